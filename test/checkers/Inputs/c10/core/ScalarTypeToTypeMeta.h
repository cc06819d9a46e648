// MOCK of LibTorch 1.13: c10/core/ScalarTypeToTypeMeta.h
#pragma once
#include <c10/core/ScalarType.h>
#include <c10/util/Optional.h>
#include <c10/util/typeid.h>

namespace c10 {

static inline caffe2::TypeMeta scalarTypeToTypeMeta(ScalarType scalar_type) { return {}; }
static inline ScalarType typeMetaToScalarType(caffe2::TypeMeta dtype) { return {}; }
static inline optional<at::ScalarType> optTypeMetaToScalarType(
    optional<caffe2::TypeMeta> type_meta) { return {}; }

static inline bool operator==(ScalarType t, caffe2::TypeMeta m) { return false; }
static inline bool operator==(caffe2::TypeMeta m, ScalarType t) { return false; }
static inline bool operator!=(ScalarType t, caffe2::TypeMeta m) { return false; }
static inline bool operator!=(caffe2::TypeMeta m, ScalarType t) { return false; }

} // namespace c10
