//===- ClassShape.h - Which members of a class can be followed --*- C++ -*-===//
//
// What a class's declaration and its methods' bodies say before any state
// is computed: which members nothing outside the visible code can write
// (those are followed across methods), which carry annotations, which
// members each method names and which of the class's methods it calls on
// `this`. See Members.h for how the states are computed.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_CLASSSHAPE_H
#define TORCH_TIDY_INTERPROCEDURAL_CLASSSHAPE_H

#include "domain/Facts.h"
#include "vocabulary/Vocabulary.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace torch_tidy {

class AnnotationCache;

struct ClassShape {
  const clang::CXXRecordDecl *RD = nullptr;
  /// Members nothing outside the class's visible code can write.
  llvm::DenseSet<const clang::FieldDecl *> Followed;
  /// The followed members that are objects of the user's classes, used
  /// only through their methods (`detector_.load(path)`): their states are
  /// their own members' (Objects.h, ValueKind::Object).
  llvm::DenseSet<const clang::FieldDecl *> Objects;
  /// Members whose declaration states their dtype or device: the statement
  /// holds whenever a method starts, whether or not the member is followed.
  llvm::DenseMap<const clang::FieldDecl *, Facts> Annotated;
  /// Constructors and non-static methods with bodies, in declaration order.
  std::vector<const clang::FunctionDecl *> Methods;
  /// The followed members each method's body names.
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::DenseSet<const clang::FieldDecl *>>
      Mentions;
  /// The class's methods each method calls on `this`.
  llvm::DenseMap<const clang::FunctionDecl *,
                 llvm::SmallVector<const clang::FunctionDecl *, 4>>
      Calls;
  /// Private methods only ever called directly on `this` by the class's
  /// methods: what they leave is seen by their callers, not by others.
  llvm::DenseSet<const clang::FunctionDecl *> Internal;
  /// The class may be default-constructed where this file cannot see: by
  /// an implicit or defaulted constructor without a body here.
  bool DefaultConstructedElsewhere = false;
  /// A method gives `this` or `*this` to a call (which may keep it), calls
  /// a base class's method on it, or returns it (`return *this;`, which
  /// makes an alias of the caller's object): objects of the class cannot be
  /// followed call by call (Objects.h), though its members can be.
  bool LetsThisOut = false;

  bool followsAnything() const { return !Followed.empty() || !Annotated.empty(); }
};

/// Reads RD's shape. Only members nothing else can write are followed:
/// private ones (or protected ones of a final class) of a class that is no
/// template and no nn::Module, without friends or nested classes, whose
/// every method has its body in the translation unit and keeps `this`
/// nowhere but in calls; members written through no other object, whose
/// address is not taken, to which no non-const reference binds, and, for
/// module handles, used only as the object of calls. A member of a class
/// for which FollowsObjects holds is followed as an object when it is used
/// only as the object of direct calls of its methods.
ClassShape
shapeOf(const Vocabulary &Words, AnnotationCache &Annotations,
        const clang::CXXRecordDecl *RD,
        llvm::function_ref<bool(const clang::CXXRecordDecl *)> FollowsObjects);

} // namespace torch_tidy

#endif
