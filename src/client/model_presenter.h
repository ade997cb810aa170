// How models are shown: SHOW CREATE MODEL, DESCRIBE MODEL [EXTENDED], SHOW MODEL VERSIONS.
// Secret options are masked here; nothing else in the client prints model options.
#pragma once

#include <string>

#include "catalog/catalog_objects.h"
#include "client/session.h"

namespace sluice {

// Re-parseable DDL (SPEC-models.md §1): fully qualified back-quoted name, INPUT and OUTPUT on one
// line each, COMMENT, then WITH with one 'k' = 'v' per line, two-space indent, sorted by key, and
// secret values shown as '****'.
std::string ShowCreateModel(const ObjectIdentifier& id, const ModelVersion& version,
                            bool temporary);

// Columns `name`, `type`, `null`, `is input` (+ `comment` when any column has one): inputs first,
// then outputs. EXTENDED appends `# key` / value rows describing the model as a whole.
ResultTable DescribeModel(const ObjectIdentifier& id, const CatalogModel& model,
                          const ModelVersion& version, bool extended);

// Columns `version`, `created`, `kind`, `checksum`, `comment`, `is default`.
ResultTable ShowModelVersions(const CatalogModel& model);

// "2026-11-24 07:30:00.123" (UTC) for a millisecond timestamp.
std::string FormatUtcMillis(int64_t millis);

}  // namespace sluice
