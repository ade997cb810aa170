// CAST / TRY_CAST kernels between logical types, with Flink's semantics (LogicalTypeCasts for
// what is allowed; string parsing and formatting as Value's ParseValue / ToDisplayString).
#pragma once

#include "function/scalar_function.h"

namespace sluice {

// A kernel converting a column of `source` to `target` (the kernel's single argument is the
// source column). CAST fails the query on a value that does not convert, naming the value and
// both types; TRY_CAST (`try_cast`) yields NULL instead. Unsupported pairs are a user error
// ("Cast function cannot convert value of type X to type Y.").
Result<ScalarKernel> MakeCastKernel(const LogicalType& source, const LogicalType& target,
                                    bool try_cast);

// True when a column of `source` can be used as a column of `target` unchanged (same physical
// representation and no truncation, rounding or padding needed; nullability ignored). The
// evaluator passes such casts through without copying.
bool IsIdentityCast(const LogicalType& source, const LogicalType& target);

}  // namespace sluice
