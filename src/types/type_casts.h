// Flink's implicit conversion rules between logical types (LogicalTypeCasts, and the assignment
// rules that ML_PREDICT and INSERT INTO use).
#pragma once

#include <vector>

#include "types/logical_type.h"

namespace sluice {

// True when a value of type `source` may be implicitly widened to `target` without loss, as in
// Flink's LogicalTypeCasts.supportsImplicitCast: TINYINT -> SMALLINT -> INT -> BIGINT -> DECIMAL /
// FLOAT -> DOUBLE, CHAR/VARCHAR -> VARCHAR, BINARY/VARBINARY -> VARBINARY, TIMESTAMP(p) ->
// TIMESTAMP(q), NULL -> anything nullable; ARRAY, MAP, MULTISET element-wise; ROW field-wise by
// position (field names may differ).
// As in Flink, the rules look at type roots only: lengths, precisions and scales are not compared
// (VARCHAR(10) -> VARCHAR(5) and DECIMAL(10, 2) -> DECIMAL(5, 0) are accepted; the runtime cast
// truncates). Flink's quirks are kept too: TIMESTAMP -> DATE, TIMESTAMP -> TIME and TIMESTAMP <->
// TIMESTAMP_LTZ are implicit, DATE -> TIMESTAMP is not, and an exact numeric <-> a single-field
// interval (INTERVAL DAY, INTERVAL SECOND(3), ...) is. Use SupportsAvoidingCast for a check that
// respects lengths.
// Nullability: a nullable source cannot go to a NOT NULL target; NOT NULL may go to nullable.
bool SupportsImplicitCast(const LogicalType& source, const LogicalType& target);

// True when `source` can be assigned to a column of type `target` (INSERT INTO, ML_PREDICT
// descriptor columns): the same type, or SupportsImplicitCast(source, target).
bool SupportsAssignment(const LogicalType& source, const LogicalType& target);

// True when CAST(source AS target) is allowed at all (explicit cast), as Flink's
// LogicalTypeCasts.supportsExplicitCast: every implicit cast, any predefined type to CHAR/VARCHAR,
// CHAR/VARCHAR to any predefined type, exact numeric <-> single-field interval, numeric <-> BOOLEAN,
// numeric <-> TIMESTAMP/TIMESTAMP_LTZ, narrowing numeric casts, BINARY <-> VARBINARY, and (as
// Flink 1.15+) ARRAY/MAP/MULTISET/ROW to CHAR/VARCHAR. Nullability is not checked: a nullable
// value may be cast to a NOT NULL type.
bool SupportsExplicitCast(const LogicalType& source, const LogicalType& target);

// The least restrictive common type of two types, as Flink's LogicalTypeMerging
// (used for UNION, CASE, COALESCE, comparisons); an error when there is none.
Result<LogicalType> CommonType(const LogicalType& a, const LogicalType& b);

// The least restrictive common type of one or more types (Flink's findCommonType on a list):
// e.g. [INT, BIGINT, DECIMAL(2, 2)] -> DECIMAL(21, 2). Nullable when any input is nullable; the
// NULL type merges with anything, but a list of only NULL types has no common type. An error when
// `types` is empty or there is no common type.
Result<LogicalType> CommonType(const std::vector<LogicalType>& types);

// True when a value of `source` can be used as `target` without any cast, as Flink's
// LogicalTypeCasts.supportsAvoidingCast: equal types modulo nullability (NOT NULL into nullable,
// not the reverse), CHAR/VARCHAR(n) into VARCHAR(m >= n), BINARY/VARBINARY(n) into
// VARBINARY(m >= n), and constructed types of the same root whose children all qualify (ROW field
// names and descriptions are ignored).
bool SupportsAvoidingCast(const LogicalType& source, const LogicalType& target);

}  // namespace sluice
