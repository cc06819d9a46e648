//===- ClassFlags.h - Flags a constructor decides members by ----*- C++ -*-===//
//
// `Detector(bool fp16) : fp16_(fp16) { ...; if (fp16_) model_.to(torch::kHalf); }`
// leaves `model_` Half in the objects made with `true` and Float in the
// others. The methods see the join of both, which says nothing, and so
// `infer()` feeding the model a Float tensor was never reported. A class
// flag is a member the class's constructors follow as a flag (Flags.h):
// nothing but their initializers sets it, so each object keeps the value
// it was made with. A method that runs only from outside the class is
// checked once per value of its class's flags, from the members' states
// in the objects made with that value (Members.h, made with a valuation);
// a finding that holds for one value is reported with it ("when 'fp16_'
// is true") like a flag the method tests itself.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_CLASSFLAGS_H
#define TORCH_TIDY_INTERPROCEDURAL_CLASSFLAGS_H

#include "interprocedural/Flags.h"
#include "interprocedural/Members.h"

namespace torch_tidy {

/// Class flags, with what a class's flags choose worked out once per class.
class ClassFlags {
public:
  ClassFlags(const ModelContext &M, Members &Mem) : M(M), Mem(Mem) {}

  /// The class flags FD is checked under: the members that FD's class's
  /// constructors follow as flags, each with the values they test, where FD
  /// is a non-static method, no constructor or destructor, of a class (not a
  /// template's) whose members are followed, and runs only from outside the
  /// class: not internal, and called on `this` by none of its methods (a
  /// method the class calls under `if (!fp16_)` never runs with `fp16_`
  /// true). None when a method or constructor reads such a member without
  /// following it as a flag: its path may depend on more than the flag, or
  /// it tells the flag to code outside (`bool fp16() const`), which may call
  /// FD for one value only. None either when a branch of FD reads what the
  /// class's code may have chosen by a flag (other than the flag itself): a
  /// member written under a test of one or from a value that reads one, a
  /// method reading such a member, a member tensor or module (`if
  /// (fc_->weight.scalar_type() == torch::kDouble)`), a base class's member,
  /// or a local computed from them (`if (dtype_ == torch::kHalf)` goes the
  /// way the constructor chose; `if (verbose_)` and a test of the method's
  /// own tensors are free). FD must be public: the class may call a private
  /// method on an object it made with one value. At most
  /// limits::FlagsFollowed.
  llvm::SmallVector<Flag, 2> of(const clang::FunctionDecl *FD);

private:
  struct OfClass {
    /// The class flags; none when the class has none it can follow.
    llvm::SmallVector<Flag, 2> Flags;
    /// What the flags may have chosen, the flags left out.
    llvm::DenseSet<const clang::ValueDecl *> Chosen;
    /// The methods the class's methods call on `this`.
    llvm::DenseSet<const clang::FunctionDecl *> CalledOnThis;
  };
  const OfClass &ofClass(const ClassShape &Shape);

  const ModelContext &M;
  Members &Mem;
  llvm::DenseMap<const clang::CXXRecordDecl *, std::unique_ptr<OfClass>>
      Classes;
};

/// Own (FD's flags) with the class flags added: a class flag FD tests too
/// keeps FD's first test and gains the class flag's values. None of the
/// class flags when together they would be more than limits::FlagsFollowed,
/// or two of them are tied (`fp16_(fp16), halfInput_(fp16)`).
llvm::SmallVector<Flag, 2> withClassFlags(llvm::SmallVector<Flag, 2> Own,
                                          llvm::ArrayRef<Flag> Class,
                                          const clang::FunctionDecl *FD);

} // namespace torch_tidy

#endif
