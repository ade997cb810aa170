// How the datagen connector generates one column: the parsed `fields.<name>.*` options, the
// option specs they are checked against, and Flink's errors for bad combinations.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"
#include "model/option_spec.h"
#include "types/logical_type.h"

namespace sluice {

enum class DatagenKind { kRandom, kSequence };

struct DatagenField {
  std::string name;
  LogicalType type = LogicalType::Int();
  DatagenKind kind = DatagenKind::kRandom;
  // Random integers and intervals: inclusive bounds (the type's range by default).
  int64_t min_int = 0;
  int64_t max_int = 0;
  // Random FLOAT / DOUBLE / DECIMAL: inclusive bounds (Flink's defaults: MIN_VALUE..MAX_VALUE).
  double min_double = 0;
  double max_double = 0;
  // Random strings and byte strings: the length (Flink: the declared length, 100 for STRING /
  // BYTES); with var_len the length of each row is uniform in [1, length].
  int32_t length = 100;
  bool var_len = false;
  double null_rate = 0;
  // Random TIMESTAMP / TIMESTAMP_LTZ: values lie in [now - max_past, now].
  int64_t max_past_micros = 0;
  // Sequence: inclusive range.
  int64_t start = 0;
  int64_t end = 0;
};

// The options this column accepts, given its kind (already known to be valid): the keys are
// `fields.<name>.<option>`. A column type that the kind cannot generate is a user error
// "Unsupported type: <type>" (Flink's text).
Result<std::vector<OptionSpec>> DatagenFieldOptionSpecs(const std::string& name,
                                                        const LogicalType& type,
                                                        DatagenKind kind);

// Reads `fields.<name>.kind` ("Unsupported generator kind: x" when neither random nor sequence)
// and, for sequences, checks that start and end are given ("Could not find required property
// 'fields.<name>.start' for sequence generator.").
Result<DatagenKind> ReadDatagenKind(const std::string& name, const OptionMap& options);

// Builds the field from options that passed CheckConnectorOptions; checks min <= max and
// start <= end.
Result<DatagenField> ParseDatagenField(const std::string& name, const LogicalType& type,
                                       DatagenKind kind, const OptionMap& options);

}  // namespace sluice
