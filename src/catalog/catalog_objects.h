// The objects a catalog stores: identifiers, tables, views and models (with their versions).
//
// These are plain values: the SQL layer builds them from DDL, the CatalogManager persists them,
// and the executor reads them back. Expressions (computed columns, watermarks, view queries) are
// kept as SQL text, exactly as the user wrote them; the binder parses them when they are used.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "types/logical_type.h"

namespace sluice {

// Option maps keep the user's keys and values; std::map keeps them sorted by key.
using OptionMap = std::map<std::string, std::string>;

// A fully qualified catalog.database.object name.
struct ObjectIdentifier {
  std::string catalog;
  std::string database;
  std::string name;

  // `cat`.`db`.`name`, back-quoted as Flink's asSerializableString (SHOW CREATE, ALTER errors).
  std::string ToQuotedString() const;
  // cat.db.name, as Flink's asSummaryString (most error messages).
  std::string ToString() const;

  bool operator==(const ObjectIdentifier& o) const {
    return catalog == o.catalog && database == o.database && name == o.name;
  }
  bool operator<(const ObjectIdentifier& o) const {
    if (catalog != o.catalog) return catalog < o.catalog;
    if (database != o.database) return database < o.database;
    return name < o.name;
  }
};

// A database's comment and properties (CREATE DATABASE ... COMMENT ... WITH (...)).
struct CatalogDatabase {
  std::string comment;
  OptionMap properties;
};

// What CREATE CATALOG recorded about a catalog (DESCRIBE CATALOG, SHOW CREATE CATALOG).
struct CatalogDescriptor {
  std::string name;
  std::string type;  // "sluice" (persistent) or "generic_in_memory" (session-only)
  OptionMap options;
  std::string comment;
  std::string default_database;
};

// One column of a table: physical, computed (`c AS expr`) or metadata (`c T METADATA [FROM 'k']
// [VIRTUAL]`).
struct TableColumn {
  enum class Kind { kPhysical, kComputed, kMetadata };

  std::string name;
  Kind kind = Kind::kPhysical;
  // The declared type; for computed columns, the type the binder derived (nullable STRING until
  // the execution engine derives real types).
  LogicalType type = LogicalType::String();
  std::string expression;    // computed columns: the SQL text of the expression
  std::string metadata_key;  // metadata columns: the FROM key, empty when it is the column name
  bool is_virtual = false;   // metadata columns declared VIRTUAL
  std::string comment;
};

struct WatermarkSpec {
  std::string column;      // the rowtime column
  std::string expression;  // SQL text, e.g. "ts - INTERVAL '5' SECOND"
};

struct PrimaryKey {
  std::string constraint_name;  // empty when unnamed
  std::vector<std::string> columns;
};

struct CatalogTable {
  std::vector<TableColumn> columns;
  std::optional<WatermarkSpec> watermark;
  std::optional<PrimaryKey> primary_key;
  std::vector<std::string> partition_keys;
  std::string comment;
  OptionMap options;
};

struct CatalogView {
  std::string query;  // the SQL text of the defining query
  // Column names and types as far as they are known; empty names mean "derived from the query".
  std::vector<std::string> column_names;
  std::string comment;
};

// One column of a model's INPUT or OUTPUT schema.
struct ModelColumn {
  std::string name;
  LogicalType type = LogicalType::String();
  std::string comment;
  // OUTPUT only: `col T METADATA FROM 'error-string'` etc.; empty for ordinary outputs.
  std::string metadata_key;
};

enum class ModelKind { kRemote, kImported, kTrained };

// One immutable version of a model. CREATE creates version 1; CREATE OR REPLACE and retraining
// add version N+1. ALTER MODEL SET/RESET change the options of the latest version in place.
struct ModelVersion {
  int64_t version = 1;
  int64_t created_at_millis = 0;  // wall-clock time of creation, UTC
  ModelKind kind = ModelKind::kRemote;
  std::vector<ModelColumn> input;
  std::vector<ModelColumn> output;
  std::string comment;
  OptionMap options;  // as the user wrote them; secrets included (masked only when shown)
  // Imported and trained models: the artifact and its SHA-256 (hex); empty for remote models.
  std::string artifact;
  std::string artifact_sha256;
  std::string training_report;  // trained models: JSON report; empty otherwise
};

struct CatalogModel {
  // Ascending by version number, never empty.
  std::vector<ModelVersion> versions;

  // The version plain `m` names: the 'default-version' option of the latest version when set,
  // else the latest version. Returns nullptr when the pinned version does not exist.
  const ModelVersion* DefaultVersion() const;
  const ModelVersion* FindVersion(int64_t version) const;
  const ModelVersion& Latest() const { return versions.back(); }
};

const char* ModelKindName(ModelKind kind);  // "remote", "imported", "trained"

}  // namespace sluice
