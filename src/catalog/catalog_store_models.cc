// CatalogStore: the model half (models and their versions).

#include <set>

#include "catalog/catalog_codec.h"
#include "catalog/catalog_store.h"
#include "catalog/sqlite_connection.h"

namespace sluice {
namespace {

Status BindModelId(SqliteStatement* statement, int first, const ObjectIdentifier& id) {
  SLUICE_RETURN_NOT_OK(statement->BindText(first, id.catalog));
  SLUICE_RETURN_NOT_OK(statement->BindText(first + 1, id.database));
  return statement->BindText(first + 2, id.name);
}

}  // namespace

Status CatalogStore::InsertModelVersion(const ObjectIdentifier& id, int64_t version,
                                        const ModelVersion& definition) {
  SLUICE_ASSIGN_OR_RETURN(
      auto insert,
      connection_->Prepare("INSERT INTO model_versions (catalog, database, name, version, "
                           "created_at_millis, kind, definition, artifact, artifact_sha256) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
  SLUICE_RETURN_NOT_OK(BindModelId(&insert, 1, id));
  SLUICE_RETURN_NOT_OK(insert.BindInt64(4, version));
  SLUICE_RETURN_NOT_OK(insert.BindInt64(5, definition.created_at_millis));
  SLUICE_RETURN_NOT_OK(insert.BindText(6, ModelKindName(definition.kind)));
  SLUICE_RETURN_NOT_OK(insert.BindText(7, EncodeModelDefinition(definition)));
  SLUICE_RETURN_NOT_OK(insert.BindBlob(8, definition.artifact));
  SLUICE_RETURN_NOT_OK(insert.BindText(9, definition.artifact_sha256));
  return insert.Run();
}

Result<StoreOutcome> CatalogStore::CreateModel(const ObjectIdentifier& id,
                                               const ModelVersion& definition, bool or_replace) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(bool database_exists, DatabaseRowExists(id.catalog, id.database));
  if (!database_exists) return StoreOutcome::kDatabaseMissing;
  SLUICE_ASSIGN_OR_RETURN(bool exists, ModelRowExists(id));
  int64_t version = 1;
  if (exists) {
    if (!or_replace) return StoreOutcome::kExists;
    SLUICE_ASSIGN_OR_RETURN(auto latest,
                            connection_->Prepare("SELECT coalesce(max(version), 0) FROM "
                                                 "model_versions WHERE catalog = ? AND "
                                                 "database = ? AND name = ?"));
    SLUICE_RETURN_NOT_OK(BindModelId(&latest, 1, id));
    SLUICE_ASSIGN_OR_RETURN(bool has_row, latest.Step());
    version = (has_row ? latest.ColumnInt64(0) : 0) + 1;
  } else {
    SLUICE_ASSIGN_OR_RETURN(
        auto insert,
        connection_->Prepare("INSERT INTO models (catalog, database, name) VALUES (?, ?, ?)"));
    SLUICE_RETURN_NOT_OK(BindModelId(&insert, 1, id));
    SLUICE_RETURN_NOT_OK(insert.Run());
  }
  SLUICE_RETURN_NOT_OK(InsertModelVersion(id, version, definition));
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<std::optional<CatalogModel>> CatalogStore::GetModel(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("SELECT version, created_at_millis, kind, definition, artifact, "
                           "artifact_sha256 FROM model_versions WHERE catalog = ? AND "
                           "database = ? AND name = ? ORDER BY version"));
  SLUICE_RETURN_NOT_OK(BindModelId(&statement, 1, id));
  CatalogModel model;
  while (true) {
    SLUICE_ASSIGN_OR_RETURN(bool has_row, statement.Step());
    if (!has_row) break;
    ModelVersion version;
    version.version = statement.ColumnInt64(0);
    version.created_at_millis = statement.ColumnInt64(1);
    SLUICE_ASSIGN_OR_RETURN(version.kind, ParseModelKind(statement.ColumnText(2)));
    SLUICE_RETURN_NOT_OK(DecodeModelDefinition(statement.ColumnText(3), &version));
    version.artifact = statement.ColumnBlob(4);
    version.artifact_sha256 = statement.ColumnText(5);
    model.versions.push_back(std::move(version));
  }
  if (model.versions.empty()) return std::optional<CatalogModel>();
  return std::optional<CatalogModel>(std::move(model));
}

Result<StoreOutcome> CatalogStore::AlterModelOptions(const ObjectIdentifier& id,
                                                     const OptionMap& set,
                                                     const std::vector<std::string>& reset) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(
      auto latest,
      connection_->Prepare("SELECT version, definition FROM model_versions WHERE catalog = ? AND "
                           "database = ? AND name = ? ORDER BY version DESC LIMIT 1"));
  SLUICE_RETURN_NOT_OK(BindModelId(&latest, 1, id));
  SLUICE_ASSIGN_OR_RETURN(bool found, latest.Step());
  if (!found) return StoreOutcome::kMissing;
  ModelVersion version;
  version.version = latest.ColumnInt64(0);
  SLUICE_RETURN_NOT_OK(DecodeModelDefinition(latest.ColumnText(1), &version));
  for (const auto& [key, value] : set) version.options[key] = value;
  for (const std::string& key : reset) version.options.erase(key);
  SLUICE_ASSIGN_OR_RETURN(
      auto update,
      connection_->Prepare("UPDATE model_versions SET definition = ? WHERE catalog = ? AND "
                           "database = ? AND name = ? AND version = ?"));
  SLUICE_RETURN_NOT_OK(update.BindText(1, EncodeModelDefinition(version)));
  SLUICE_RETURN_NOT_OK(BindModelId(&update, 2, id));
  SLUICE_RETURN_NOT_OK(update.BindInt64(5, version.version));
  SLUICE_RETURN_NOT_OK(update.Run());
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::RenameModel(const ObjectIdentifier& id,
                                               const ObjectIdentifier& new_id) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(bool exists, ModelRowExists(id));
  if (!exists) return StoreOutcome::kMissing;
  SLUICE_ASSIGN_OR_RETURN(bool database_exists, DatabaseRowExists(new_id.catalog, new_id.database));
  if (!database_exists) return StoreOutcome::kDatabaseMissing;
  SLUICE_ASSIGN_OR_RETURN(bool taken, ModelRowExists(new_id));
  if (taken) return StoreOutcome::kTargetExists;
  // The versions follow by ON UPDATE CASCADE.
  SLUICE_ASSIGN_OR_RETURN(auto update,
                          connection_->Prepare("UPDATE models SET database = ?, name = ? WHERE "
                                               "catalog = ? AND database = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(update.BindText(1, new_id.database));
  SLUICE_RETURN_NOT_OK(update.BindText(2, new_id.name));
  SLUICE_RETURN_NOT_OK(BindModelId(&update, 3, id));
  SLUICE_RETURN_NOT_OK(update.Run());
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::DropModel(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("DELETE FROM models WHERE catalog = ? AND database = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(BindModelId(&statement, 1, id));
  SLUICE_RETURN_NOT_OK(statement.Run());
  if (connection_->Changes() == 0) return StoreOutcome::kMissing;
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<std::optional<std::vector<std::string>>> CatalogStore::ListModels(
    const std::string& catalog, const std::string& database) {
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("SELECT d.name IS NOT NULL, m.name FROM (SELECT 1) LEFT JOIN "
                           "databases d ON d.catalog = ?1 AND d.name = ?2 LEFT JOIN models m "
                           "ON m.catalog = d.catalog AND m.database = d.name ORDER BY m.name"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, catalog));
  SLUICE_RETURN_NOT_OK(statement.BindText(2, database));
  std::vector<std::string> names;
  while (true) {
    SLUICE_ASSIGN_OR_RETURN(bool has_row, statement.Step());
    if (!has_row) break;
    if (statement.ColumnInt64(0) == 0) return std::optional<std::vector<std::string>>();
    if (statement.ColumnIsNull(1)) continue;
    names.push_back(statement.ColumnText(1));
  }
  return std::optional<std::vector<std::string>>(std::move(names));
}

}  // namespace sluice
