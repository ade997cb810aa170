// CatalogStore: catalogs, databases, tables, views and models kept in one SQLite database.
//
// The persistent store is `<directory>/catalog.db`; a private in-memory store (":memory:") holds
// a session's `generic_in_memory` catalogs with the same code. Nothing is cached: every call
// reads or writes the database, and every mutating call is one IMMEDIATE transaction in which the
// existence checks and the write happen together, so concurrent writers on one file cannot both
// create an object.
//
// Mutations report what they found as a StoreOutcome instead of an error text; the
// CatalogManager turns outcomes into Flink's messages. Errors are store failures only.
//
// Threading: one thread at a time (the connection is not shared).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"

namespace sluice {

class SqliteConnection;

// A table or a view: they share one namespace per database.
using CatalogRelation = std::variant<CatalogTable, CatalogView>;

enum class StoreOutcome {
  kDone,
  kCatalogMissing,   // the catalog does not exist
  kDatabaseMissing,  // the (target) database does not exist
  kExists,           // the object to create already exists
  kMissing,          // the object to change does not exist (or is of the other kind)
  kTargetExists,     // the new name of a rename is taken
  kNotEmpty,         // RESTRICT drop of a database that holds objects
};

// One entry of a database listing.
struct RelationName {
  std::string name;
  bool is_view = false;
};

class CatalogStore {
 public:
  // `busy_timeout_ms`: how long a write waits for another connection's transaction.
  static Result<std::unique_ptr<CatalogStore>> OpenFile(const std::string& path,
                                                        int busy_timeout_ms);
  static Result<std::unique_ptr<CatalogStore>> OpenInMemory();
  ~CatalogStore();

  // ---- Catalogs ----
  Result<std::optional<CatalogDescriptor>> GetCatalog(const std::string& name);
  Result<std::vector<std::string>> ListCatalogs();
  // Creates the catalog and its default database. kExists when the name is taken.
  Result<StoreOutcome> CreateCatalog(const CatalogDescriptor& descriptor);
  Result<StoreOutcome> DropCatalog(const std::string& name);

  // ---- Databases ----
  Result<StoreOutcome> CreateDatabase(const std::string& catalog, const std::string& name,
                                      const CatalogDatabase& database);
  Result<StoreOutcome> DropDatabase(const std::string& catalog, const std::string& name,
                                    bool cascade);
  Result<StoreOutcome> AlterDatabase(const std::string& catalog, const std::string& name,
                                     const OptionMap& set);
  Result<std::optional<CatalogDatabase>> GetDatabase(const std::string& catalog,
                                                     const std::string& name);
  Result<std::vector<std::string>> ListDatabases(const std::string& catalog);

  // ---- Tables and views ----
  Result<StoreOutcome> CreateRelation(const ObjectIdentifier& id, const CatalogRelation& relation);
  Result<std::optional<CatalogRelation>> GetRelation(const ObjectIdentifier& id);
  // Replaces a relation of the same kind; kMissing when absent or of the other kind.
  Result<StoreOutcome> ReplaceRelation(const ObjectIdentifier& id, const CatalogRelation& relation);
  Result<StoreOutcome> RenameRelation(const ObjectIdentifier& id, const std::string& new_name,
                                      bool is_view);
  Result<StoreOutcome> DropRelation(const ObjectIdentifier& id, bool is_view);
  // std::nullopt when the database does not exist.
  Result<std::optional<std::vector<RelationName>>> ListRelations(const std::string& catalog,
                                                                 const std::string& database);

  // ---- Models ----
  // Without `or_replace`, kExists when the model exists. With it, appends version N+1 (or
  // creates version 1). The version number of `definition` is ignored.
  Result<StoreOutcome> CreateModel(const ObjectIdentifier& id, const ModelVersion& definition,
                                   bool or_replace);
  Result<std::optional<CatalogModel>> GetModel(const ObjectIdentifier& id);
  Result<StoreOutcome> AlterModelOptions(const ObjectIdentifier& id, const OptionMap& set,
                                         const std::vector<std::string>& reset);
  // `new_id` may name another database of the same catalog.
  Result<StoreOutcome> RenameModel(const ObjectIdentifier& id, const ObjectIdentifier& new_id);
  Result<StoreOutcome> DropModel(const ObjectIdentifier& id);
  Result<std::optional<std::vector<std::string>>> ListModels(const std::string& catalog,
                                                             const std::string& database);

 private:
  explicit CatalogStore(std::unique_ptr<SqliteConnection> connection);

  Result<bool> CatalogRowExists(const std::string& name);
  Result<bool> DatabaseRowExists(const std::string& catalog, const std::string& name);
  enum class Kind { kAbsent, kTable, kView };
  Result<Kind> RelationKind(const ObjectIdentifier& id);
  Result<bool> ModelRowExists(const ObjectIdentifier& id);
  Status InsertDatabase(const std::string& catalog, const std::string& name,
                        const CatalogDatabase& database);
  Status InsertModelVersion(const ObjectIdentifier& id, int64_t version,
                            const ModelVersion& definition);
  Result<std::vector<std::string>> ListNames(const std::string& sql,
                                             const std::vector<std::string>& parameters);

  std::unique_ptr<SqliteConnection> connection_;
};

}  // namespace sluice
