// Cast kernels by family; MakeCastKernel (cast_functions.cc) picks one.
#pragma once

#include <string>

#include "function/scalar_function.h"

namespace sluice {

// numeric <-> numeric (integer narrowing wraps as Java's primitive casts; DECIMAL results that
// do not fit their precision are NULL, as Flink), numeric <-> BOOLEAN. Null when the pair is
// not numeric/boolean.
ScalarKernel MakeNumericCast(const LogicalType& source, const LogicalType& target);
// Any type to CHAR/VARCHAR (display text; CHAR(n) pads, VARCHAR(n) truncates).
ScalarKernel MakeToStringCast(const LogicalType& source, const LogicalType& target);
// CHAR/VARCHAR to any predefined type (ParseValue); TRY_CAST gives NULL on failure.
ScalarKernel MakeFromStringCast(const LogicalType& source, const LogicalType& target,
                                bool try_cast);
// DATE / TIME / TIMESTAMP / TIMESTAMP_LTZ between themselves, numeric <-> TIMESTAMP[_LTZ],
// exact numeric <-> single-field interval, interval <-> interval.
ScalarKernel MakeTemporalCast(const LogicalType& source, const LogicalType& target);

// The user error of a failed cast.
Status CastError(const std::string& value_text, const LogicalType& source,
                 const LogicalType& target, const std::string& detail);

// Seconds east of UTC for a session time zone (UTC when unknown).
int64_t ZoneOffsetSeconds(const std::string& zone);

}  // namespace sluice
