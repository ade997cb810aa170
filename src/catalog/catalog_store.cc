#include "catalog/catalog_store.h"

#include <fmt/format.h>

#include <chrono>
#include <thread>

#include "catalog/catalog_codec.h"
#include "catalog/catalog_store_schema.h"
#include "catalog/sqlite_connection.h"

namespace sluice {
namespace {

// Binds catalog, database and name to parameters first, first + 1, first + 2.
Status BindId(SqliteStatement* statement, int first, const ObjectIdentifier& id) {
  SLUICE_RETURN_NOT_OK(statement->BindText(first, id.catalog));
  SLUICE_RETURN_NOT_OK(statement->BindText(first + 1, id.database));
  return statement->BindText(first + 2, id.name);
}

// Switching to WAL needs a moment of exclusive access; a concurrent opener may hold the file, and
// SQLite does not always call the busy handler for this pragma, so retry for a while.
Status EnableWal(SqliteConnection* connection, int busy_timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  while (true) {
    Status status = connection->Execute("PRAGMA journal_mode = WAL");
    if (status.ok()) return status;
    bool busy = status.message().find("locked") != std::string::npos;
    if (!busy || std::chrono::steady_clock::now() > deadline) return status;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

CatalogStore::CatalogStore(std::unique_ptr<SqliteConnection> connection)
    : connection_(std::move(connection)) {}

CatalogStore::~CatalogStore() = default;

Result<std::unique_ptr<CatalogStore>> CatalogStore::OpenFile(const std::string& path,
                                                             int busy_timeout_ms) {
  SLUICE_ASSIGN_OR_RETURN(auto connection, SqliteConnection::Open(path, busy_timeout_ms));
  SLUICE_RETURN_NOT_OK(EnableWal(connection.get(), busy_timeout_ms));
  SLUICE_RETURN_NOT_OK(connection->Execute("PRAGMA foreign_keys = ON"));
  SLUICE_RETURN_NOT_OK(connection->Execute("PRAGMA synchronous = NORMAL"));
  SLUICE_RETURN_NOT_OK(EnsureStoreSchema(connection.get()));
  return std::unique_ptr<CatalogStore>(new CatalogStore(std::move(connection)));
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::OpenInMemory() {
  SLUICE_ASSIGN_OR_RETURN(auto connection, SqliteConnection::Open(":memory:", 0));
  SLUICE_RETURN_NOT_OK(connection->Execute("PRAGMA foreign_keys = ON"));
  SLUICE_RETURN_NOT_OK(EnsureStoreSchema(connection.get()));
  return std::unique_ptr<CatalogStore>(new CatalogStore(std::move(connection)));
}

// ---- Existence checks (used inside transactions) -------------------------------------------

Result<bool> CatalogStore::CatalogRowExists(const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("SELECT 1 FROM catalogs WHERE name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, name));
  return statement.Step();
}

Result<bool> CatalogStore::DatabaseRowExists(const std::string& catalog, const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("SELECT 1 FROM databases WHERE catalog = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, catalog));
  SLUICE_RETURN_NOT_OK(statement.BindText(2, name));
  return statement.Step();
}

Result<CatalogStore::Kind> CatalogStore::RelationKind(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("SELECT kind FROM relations WHERE catalog = ? AND "
                                               "database = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(BindId(&statement, 1, id));
  SLUICE_ASSIGN_OR_RETURN(bool found, statement.Step());
  if (!found) return Kind::kAbsent;
  return statement.ColumnText(0) == "view" ? Kind::kView : Kind::kTable;
}

Result<bool> CatalogStore::ModelRowExists(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("SELECT 1 FROM models WHERE catalog = ? AND database = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(BindId(&statement, 1, id));
  return statement.Step();
}

Result<std::vector<std::string>> CatalogStore::ListNames(
    const std::string& sql, const std::vector<std::string>& parameters) {
  SLUICE_ASSIGN_OR_RETURN(auto statement, connection_->Prepare(sql));
  for (size_t i = 0; i < parameters.size(); ++i) {
    SLUICE_RETURN_NOT_OK(statement.BindText(static_cast<int>(i) + 1, parameters[i]));
  }
  std::vector<std::string> names;
  while (true) {
    SLUICE_ASSIGN_OR_RETURN(bool has_row, statement.Step());
    if (!has_row) break;
    names.push_back(statement.ColumnText(0));
  }
  return names;
}

// ---- Catalogs ------------------------------------------------------------------------------

Result<std::optional<CatalogDescriptor>> CatalogStore::GetCatalog(const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("SELECT type, options, comment, default_database "
                                               "FROM catalogs WHERE name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, name));
  SLUICE_ASSIGN_OR_RETURN(bool found, statement.Step());
  if (!found) return std::optional<CatalogDescriptor>();
  CatalogDescriptor descriptor;
  descriptor.name = name;
  descriptor.type = statement.ColumnText(0);
  SLUICE_ASSIGN_OR_RETURN(descriptor.options, DecodeOptions(statement.ColumnText(1)));
  descriptor.comment = statement.ColumnText(2);
  descriptor.default_database = statement.ColumnText(3);
  return std::optional<CatalogDescriptor>(std::move(descriptor));
}

Result<std::vector<std::string>> CatalogStore::ListCatalogs() {
  return ListNames("SELECT name FROM catalogs ORDER BY name", {});
}

Status CatalogStore::InsertDatabase(const std::string& catalog, const std::string& name,
                                    const CatalogDatabase& database) {
  SLUICE_ASSIGN_OR_RETURN(auto insert,
                          connection_->Prepare("INSERT INTO databases (catalog, name, comment, "
                                               "properties) VALUES (?, ?, ?, ?)"));
  SLUICE_RETURN_NOT_OK(insert.BindText(1, catalog));
  SLUICE_RETURN_NOT_OK(insert.BindText(2, name));
  SLUICE_RETURN_NOT_OK(insert.BindText(3, database.comment));
  SLUICE_RETURN_NOT_OK(insert.BindText(4, EncodeOptions(database.properties)));
  return insert.Run();
}

Result<StoreOutcome> CatalogStore::CreateCatalog(const CatalogDescriptor& descriptor) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(bool exists, CatalogRowExists(descriptor.name));
  if (exists) return StoreOutcome::kExists;
  SLUICE_ASSIGN_OR_RETURN(
      auto insert, connection_->Prepare("INSERT INTO catalogs (name, type, options, comment, "
                                        "default_database) VALUES (?, ?, ?, ?, ?)"));
  SLUICE_RETURN_NOT_OK(insert.BindText(1, descriptor.name));
  SLUICE_RETURN_NOT_OK(insert.BindText(2, descriptor.type));
  SLUICE_RETURN_NOT_OK(insert.BindText(3, EncodeOptions(descriptor.options)));
  SLUICE_RETURN_NOT_OK(insert.BindText(4, descriptor.comment));
  SLUICE_RETURN_NOT_OK(insert.BindText(5, descriptor.default_database));
  SLUICE_RETURN_NOT_OK(insert.Run());
  SLUICE_RETURN_NOT_OK(InsertDatabase(descriptor.name, descriptor.default_database, {}));
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::DropCatalog(const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("DELETE FROM catalogs WHERE name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, name));
  SLUICE_RETURN_NOT_OK(statement.Run());
  if (connection_->Changes() == 0) return StoreOutcome::kMissing;
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

// ---- Databases -----------------------------------------------------------------------------

Result<StoreOutcome> CatalogStore::CreateDatabase(const std::string& catalog,
                                                  const std::string& name,
                                                  const CatalogDatabase& database) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(bool catalog_exists, CatalogRowExists(catalog));
  if (!catalog_exists) return StoreOutcome::kCatalogMissing;
  SLUICE_ASSIGN_OR_RETURN(bool exists, DatabaseRowExists(catalog, name));
  if (exists) return StoreOutcome::kExists;
  SLUICE_RETURN_NOT_OK(InsertDatabase(catalog, name, database));
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::DropDatabase(const std::string& catalog, const std::string& name,
                                                bool cascade) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(bool exists, DatabaseRowExists(catalog, name));
  if (!exists) return StoreOutcome::kMissing;
  if (!cascade) {
    SLUICE_ASSIGN_OR_RETURN(
        auto count,
        connection_->Prepare("SELECT (SELECT count(*) FROM relations WHERE catalog = ?1 AND "
                             "database = ?2) + (SELECT count(*) FROM models WHERE catalog = ?1 "
                             "AND database = ?2)"));
    SLUICE_RETURN_NOT_OK(count.BindText(1, catalog));
    SLUICE_RETURN_NOT_OK(count.BindText(2, name));
    SLUICE_ASSIGN_OR_RETURN(bool has_row, count.Step());
    if (has_row && count.ColumnInt64(0) > 0) return StoreOutcome::kNotEmpty;
  }
  SLUICE_ASSIGN_OR_RETURN(
      auto statement, connection_->Prepare("DELETE FROM databases WHERE catalog = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, catalog));
  SLUICE_RETURN_NOT_OK(statement.BindText(2, name));
  SLUICE_RETURN_NOT_OK(statement.Run());
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::AlterDatabase(const std::string& catalog,
                                                 const std::string& name, const OptionMap& set) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogDatabase> database, GetDatabase(catalog, name));
  if (!database) return StoreOutcome::kMissing;
  for (const auto& [key, value] : set) database->properties[key] = value;
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("UPDATE databases SET properties = ? WHERE catalog = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, EncodeOptions(database->properties)));
  SLUICE_RETURN_NOT_OK(statement.BindText(2, catalog));
  SLUICE_RETURN_NOT_OK(statement.BindText(3, name));
  SLUICE_RETURN_NOT_OK(statement.Run());
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<std::optional<CatalogDatabase>> CatalogStore::GetDatabase(const std::string& catalog,
                                                                 const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("SELECT comment, properties FROM databases WHERE "
                                               "catalog = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, catalog));
  SLUICE_RETURN_NOT_OK(statement.BindText(2, name));
  SLUICE_ASSIGN_OR_RETURN(bool found, statement.Step());
  if (!found) return std::optional<CatalogDatabase>();
  CatalogDatabase database;
  database.comment = statement.ColumnText(0);
  SLUICE_ASSIGN_OR_RETURN(database.properties, DecodeOptions(statement.ColumnText(1)));
  return std::optional<CatalogDatabase>(std::move(database));
}

Result<std::vector<std::string>> CatalogStore::ListDatabases(const std::string& catalog) {
  return ListNames("SELECT name FROM databases WHERE catalog = ? ORDER BY name", {catalog});
}

// ---- Tables and views ----------------------------------------------------------------------

namespace {

const char* RelationKindName(const CatalogRelation& relation) {
  return std::holds_alternative<CatalogView>(relation) ? "view" : "table";
}

std::string EncodeRelation(const CatalogRelation& relation) {
  if (const auto* view = std::get_if<CatalogView>(&relation)) return EncodeView(*view);
  return EncodeTable(std::get<CatalogTable>(relation));
}

}  // namespace

Result<StoreOutcome> CatalogStore::CreateRelation(const ObjectIdentifier& id,
                                                  const CatalogRelation& relation) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(bool database_exists, DatabaseRowExists(id.catalog, id.database));
  if (!database_exists) return StoreOutcome::kDatabaseMissing;
  SLUICE_ASSIGN_OR_RETURN(Kind kind, RelationKind(id));
  if (kind != Kind::kAbsent) return StoreOutcome::kExists;
  SLUICE_ASSIGN_OR_RETURN(auto insert,
                          connection_->Prepare("INSERT INTO relations (catalog, database, name, "
                                               "kind, definition) VALUES (?, ?, ?, ?, ?)"));
  SLUICE_RETURN_NOT_OK(BindId(&insert, 1, id));
  SLUICE_RETURN_NOT_OK(insert.BindText(4, RelationKindName(relation)));
  SLUICE_RETURN_NOT_OK(insert.BindText(5, EncodeRelation(relation)));
  SLUICE_RETURN_NOT_OK(insert.Run());
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<std::optional<CatalogRelation>> CatalogStore::GetRelation(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("SELECT kind, definition FROM relations WHERE "
                                               "catalog = ? AND database = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(BindId(&statement, 1, id));
  SLUICE_ASSIGN_OR_RETURN(bool found, statement.Step());
  if (!found) return std::optional<CatalogRelation>();
  if (statement.ColumnText(0) == "view") {
    SLUICE_ASSIGN_OR_RETURN(CatalogView view, DecodeView(statement.ColumnText(1)));
    return std::optional<CatalogRelation>(std::move(view));
  }
  SLUICE_ASSIGN_OR_RETURN(CatalogTable table, DecodeTable(statement.ColumnText(1)));
  return std::optional<CatalogRelation>(std::move(table));
}

Result<StoreOutcome> CatalogStore::ReplaceRelation(const ObjectIdentifier& id,
                                                   const CatalogRelation& relation) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("UPDATE relations SET definition = ? WHERE catalog = ? AND "
                           "database = ? AND name = ? AND kind = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, EncodeRelation(relation)));
  SLUICE_RETURN_NOT_OK(BindId(&statement, 2, id));
  SLUICE_RETURN_NOT_OK(statement.BindText(5, RelationKindName(relation)));
  SLUICE_RETURN_NOT_OK(statement.Run());
  if (connection_->Changes() == 0) return StoreOutcome::kMissing;
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::RenameRelation(const ObjectIdentifier& id,
                                                  const std::string& new_name, bool is_view) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(Kind kind, RelationKind(id));
  if (kind != (is_view ? Kind::kView : Kind::kTable)) return StoreOutcome::kMissing;
  ObjectIdentifier new_id{id.catalog, id.database, new_name};
  SLUICE_ASSIGN_OR_RETURN(Kind taken, RelationKind(new_id));
  if (taken != Kind::kAbsent) return StoreOutcome::kTargetExists;
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("UPDATE relations SET name = ? WHERE catalog = ? "
                                               "AND database = ? AND name = ?"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, new_name));
  SLUICE_RETURN_NOT_OK(BindId(&statement, 2, id));
  SLUICE_RETURN_NOT_OK(statement.Run());
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<StoreOutcome> CatalogStore::DropRelation(const ObjectIdentifier& id, bool is_view) {
  SLUICE_ASSIGN_OR_RETURN(auto transaction, SqliteTransaction::Begin(connection_.get()));
  SLUICE_ASSIGN_OR_RETURN(auto statement,
                          connection_->Prepare("DELETE FROM relations WHERE catalog = ? AND "
                                               "database = ? AND name = ? AND kind = ?"));
  SLUICE_RETURN_NOT_OK(BindId(&statement, 1, id));
  SLUICE_RETURN_NOT_OK(statement.BindText(4, is_view ? "view" : "table"));
  SLUICE_RETURN_NOT_OK(statement.Run());
  if (connection_->Changes() == 0) return StoreOutcome::kMissing;
  SLUICE_RETURN_NOT_OK(transaction->Commit());
  return StoreOutcome::kDone;
}

Result<std::optional<std::vector<RelationName>>> CatalogStore::ListRelations(
    const std::string& catalog, const std::string& database) {
  // One statement, so the existence check and the listing see the same snapshot.
  SLUICE_ASSIGN_OR_RETURN(
      auto statement,
      connection_->Prepare("SELECT d.name IS NOT NULL, r.name, r.kind FROM (SELECT 1) LEFT JOIN "
                           "databases d ON d.catalog = ?1 AND d.name = ?2 LEFT JOIN relations r "
                           "ON r.catalog = d.catalog AND r.database = d.name ORDER BY r.name"));
  SLUICE_RETURN_NOT_OK(statement.BindText(1, catalog));
  SLUICE_RETURN_NOT_OK(statement.BindText(2, database));
  std::vector<RelationName> names;
  while (true) {
    SLUICE_ASSIGN_OR_RETURN(bool has_row, statement.Step());
    if (!has_row) break;
    if (statement.ColumnInt64(0) == 0) return std::optional<std::vector<RelationName>>();
    if (statement.ColumnIsNull(1)) continue;
    names.push_back({statement.ColumnText(1), statement.ColumnText(2) == "view"});
  }
  return std::optional<std::vector<RelationName>>(std::move(names));
}

}  // namespace sluice
