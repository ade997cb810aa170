// The text Flink's print sink writes for a row: the row kind and Java's toString of each
// external value (org.apache.flink.types.Row#toString), e.g. "+I[1, abc, null, true,
// 2024-01-31T12:34:56.123]". Not the SQL client's display text: NULL prints "null", booleans
// lower-case, timestamps as java.time.LocalDateTime (Instant with 'Z' for TIMESTAMP_LTZ), bytes
// as Arrays.toString of signed bytes, intervals as Period / Duration.
#pragma once

#include <string>

#include "types/value.h"
#include "vector/batch.h"

namespace sluice {

std::string FormatPrintRow(const Batch& batch, size_t row);
std::string FormatPrintValue(const Value& value);

}  // namespace sluice
