#include "catalog/catalog_store_schema.h"

#include <fmt/format.h>

namespace sluice {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE schema_version (
  version INTEGER NOT NULL
);
CREATE TABLE catalogs (
  name             TEXT PRIMARY KEY,
  type             TEXT NOT NULL,
  options          TEXT NOT NULL,
  comment          TEXT NOT NULL,
  default_database TEXT NOT NULL
);
CREATE TABLE databases (
  catalog    TEXT NOT NULL REFERENCES catalogs (name) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  comment    TEXT NOT NULL,
  properties TEXT NOT NULL,
  PRIMARY KEY (catalog, name)
);
CREATE TABLE relations (
  catalog    TEXT NOT NULL,
  database   TEXT NOT NULL,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('table', 'view')),
  definition TEXT NOT NULL,
  PRIMARY KEY (catalog, database, name),
  FOREIGN KEY (catalog, database) REFERENCES databases (catalog, name) ON DELETE CASCADE
);
CREATE TABLE models (
  catalog  TEXT NOT NULL,
  database TEXT NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (catalog, database, name),
  FOREIGN KEY (catalog, database) REFERENCES databases (catalog, name)
    ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE model_versions (
  catalog           TEXT NOT NULL,
  database          TEXT NOT NULL,
  name              TEXT NOT NULL,
  version           INTEGER NOT NULL,
  created_at_millis INTEGER NOT NULL,
  kind              TEXT NOT NULL,
  definition        TEXT NOT NULL,
  artifact          BLOB NOT NULL,
  artifact_sha256   TEXT NOT NULL,
  PRIMARY KEY (catalog, database, name, version),
  FOREIGN KEY (catalog, database, name) REFERENCES models (catalog, database, name)
    ON DELETE CASCADE ON UPDATE CASCADE
);
)sql";

Result<int64_t> CountRows(SqliteConnection* connection, const char* sql) {
  SLUICE_ASSIGN_OR_RETURN(SqliteStatement statement, connection->Prepare(sql));
  SLUICE_ASSIGN_OR_RETURN(bool has_row, statement.Step());
  return has_row ? statement.ColumnInt64(0) : 0;
}

}  // namespace

Status EnsureStoreSchema(SqliteConnection* connection) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection));
  SLUICE_ASSIGN_OR_RETURN(int64_t has_version_table,
                          CountRows(connection,
                                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                    "name = 'schema_version'"));
  if (has_version_table == 0) {
    SLUICE_ASSIGN_OR_RETURN(
        int64_t other_tables,
        CountRows(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    if (other_tables > 0) {
      return Status::ExternalError(fmt::format(
          "'{}' is not a Sluice catalog store: it holds other tables and no schema_version.",
          connection->path()));
    }
    SLUICE_RETURN_NOT_OK(connection->Execute(kSchemaV1));
    SLUICE_RETURN_NOT_OK(connection->Execute(fmt::format(
        "INSERT INTO schema_version (version) VALUES ({})", kCatalogStoreSchemaVersion)));
    return transaction->Commit();
  }
  SLUICE_ASSIGN_OR_RETURN(int64_t version,
                          CountRows(connection, "SELECT max(version) FROM schema_version"));
  if (version > kCatalogStoreSchemaVersion) {
    return Status::ExternalError(fmt::format(
        "The catalog store '{}' has layout version {}, newer than this Sluice supports ({}).",
        connection->path(), version, kCatalogStoreSchemaVersion));
  }
  if (version < 1) {
    return Status::ExternalError(fmt::format(
        "'{}' is not a Sluice catalog store: its schema_version is empty.", connection->path()));
  }
  // Future layouts add their migrations here, one step per version.
  return transaction->Commit();
}

}  // namespace sluice
