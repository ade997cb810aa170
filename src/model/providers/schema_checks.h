// Schema checks shared by providers: Flink's rules for remote models (one STRING input, STRING or
// ARRAY<FLOAT> output, error metadata columns) with Sluice's extensions ('prompt' over several
// inputs, structured output), and the rules common to local models.
//
// Texts follow Flink's AbstractOpenAIModelFunction where Flink has one, e.g.
//   Model should have exactly one input column, but actually has 2 columns: [a, b]
//   input column a should be STRING, but is a INT.
// `version.options` must be normalized. All functions return the first problem found.
#pragma once

#include <string_view>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"

namespace sluice {

// The OUTPUT columns that the model computes (those without a metadata key).
std::vector<const ModelColumn*> ModelOutputColumns(const ModelVersion& version);

// INPUT of a remote model: without 'prompt', exactly one character-string column; with 'prompt',
// one or more columns of any type, every placeholder naming one of them. No metadata columns.
Status CheckRemoteInput(const ModelVersion& version);

// OUTPUT columns with a metadata key must use one of Flink's keys with its type:
// 'error-string' STRING, 'http-status-code' INT, 'http-headers-map' MAP<STRING, ARRAY<STRING>>.
Status CheckErrorMetadataColumns(const ModelVersion& version);

// Text generation: one STRING output (Flink), or several typed outputs or one ROW (structured
// output, Sluice). Metadata columns are not counted.
Status CheckTextGenerationOutput(const ModelVersion& version);

// Embedding: exactly one ARRAY<FLOAT> or ARRAY<DOUBLE> output. Metadata columns are not counted.
Status CheckEmbeddingOutput(const ModelVersion& version);

// Local (imported and trained) models have no metadata columns at all.
Status CheckNoMetadataColumns(const ModelVersion& version, std::string_view provider);

}  // namespace sluice
