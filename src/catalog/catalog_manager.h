// CatalogManager: the session-facing view of all catalogs.
//
// It resolves names against the current catalog and database, keeps the session's temporary
// objects (which shadow permanent ones of the same identifier), keeps session-only catalogs
// (`'type' = 'generic_in_memory'`), and reads and writes the persistent store
// `<directory>/catalog.db` (SQLite) that holds every catalog of type `sluice`.
//
// Persistence: permanent objects are never cached in memory. Every read goes to the store and
// every mutating call is one transaction, so several managers on one directory (in one process or
// in several) see each other's committed changes at once, and a crash never leaves half an object.
// Concurrent creates of one name: one succeeds, the others get the "already exists" error.
//
// Error texts follow Apache Flink's (CatalogManager, GenericInMemoryCatalog and the catalog
// exceptions); tests match on them. Unknown or duplicate objects are user errors; a store that
// cannot be opened, read or written is an external error naming the path and the reason.
//
// Ownership and threading: one CatalogManager per session; it owns its SQLite connection. It is
// not thread-safe: call it from one thread at a time (several managers may run in parallel).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_objects.h"
#include "catalog/catalog_store.h"
#include "common/status.h"

namespace sluice {

struct TemporaryObjects;

// Returns the wall-clock time in milliseconds since the epoch (UTC). Injected so that tests can
// control the creation times of model versions.
using WallClock = std::function<int64_t()>;

class CatalogManager {
 public:
  static constexpr const char* kDefaultCatalog = "default_catalog";
  static constexpr const char* kDefaultDatabase = "default_database";
  // The default database of catalogs created with CREATE CATALOG, unless the 'default-database'
  // option names another (as Flink's GenericInMemoryCatalog).
  static constexpr const char* kCreatedCatalogDefaultDatabase = "default";

  // Opens the store `<directory>/catalog.db`, creating the directory and the store when missing,
  // and makes sure `default_catalog.default_database` exists. `clock` defaults to the system
  // clock. Errors: the directory cannot be created or written, the store is locked for longer than
  // the busy timeout, or the file is not a Sluice store: ExternalError with the path and reason.
  static Result<std::unique_ptr<CatalogManager>> Open(const std::string& directory,
                                                      WallClock clock = nullptr);
  ~CatalogManager();
  CatalogManager(const CatalogManager&) = delete;
  CatalogManager& operator=(const CatalogManager&) = delete;

  // ---- Current catalog and database --------------------------------------------------------

  const std::string& current_catalog() const { return current_catalog_; }
  const std::string& current_database() const { return current_database_; }
  // USE CATALOG: makes `name` current and its default database the current database.
  Status UseCatalog(const std::string& name);
  // USE [catalog.]db.
  Status UseDatabase(const std::string& catalog, const std::string& database);

  // Qualifies 1..3 name parts (name; db.name; cat.db.name) with the current catalog and database.
  // Other part counts: user error "Invalid identifier ...". Does not check that objects exist.
  Result<ObjectIdentifier> Qualify(const std::vector<std::string>& parts) const;

  // ---- Catalogs ------------------------------------------------------------------------------

  // The 'type' option: absent or 'sluice' → persistent; 'generic_in_memory' → session-only; any
  // other value is a user error. The option 'default-database' names the catalog's default
  // database (default "default"), which is created with it.
  Status CreateCatalog(const std::string& name, const OptionMap& options,
                       const std::string& comment, bool if_not_exists);
  // Refuses the current catalog. A dropped persistent catalog loses all its objects.
  Status DropCatalog(const std::string& name, bool if_exists);
  Result<std::vector<std::string>> ListCatalogs();  // persistent and session-only, sorted
  Result<std::optional<CatalogDescriptor>> GetCatalog(const std::string& name);
  Result<bool> CatalogExists(const std::string& name);

  // ---- Databases -----------------------------------------------------------------------------

  Status CreateDatabase(const std::string& catalog, const std::string& name,
                        const std::string& comment, const OptionMap& options, bool if_not_exists);
  // RESTRICT (cascade == false) refuses a database holding tables, views or models; CASCADE drops
  // them with it. Refuses the current database.
  Status DropDatabase(const std::string& catalog, const std::string& name, bool if_exists,
                      bool cascade);
  // Merges `set` into the database's properties.
  Status AlterDatabase(const std::string& catalog, const std::string& name, const OptionMap& set);
  Result<std::optional<CatalogDatabase>> GetDatabase(const std::string& catalog,
                                                     const std::string& name);
  Result<bool> DatabaseExists(const std::string& catalog, const std::string& name);
  Result<std::vector<std::string>> ListDatabases(const std::string& catalog);  // sorted

  // ---- Tables and views (one namespace per database, as in Flink) --------------------------

  // Temporary objects need no existing catalog or database (as in Flink) and live until the
  // manager is destroyed. A permanent object may be created under the name of a temporary one.
  Status CreateTable(const ObjectIdentifier& id, const CatalogTable& table, bool if_not_exists,
                     bool temporary);
  Status CreateView(const ObjectIdentifier& id, const CatalogView& view, bool if_not_exists,
                    bool temporary);
  // Temporary objects first. std::nullopt when absent, or when the object is of the other kind
  // (GetTable of a view). Errors only when the store fails.
  Result<std::optional<CatalogTable>> GetTable(const ObjectIdentifier& id);
  Result<std::optional<CatalogView>> GetView(const ObjectIdentifier& id);
  // Whether a table or view named `id` exists (temporary or permanent).
  Result<bool> TableOrViewExists(const ObjectIdentifier& id);
  // Replaces a permanent table's definition. Missing (or only temporary, as in Flink): error
  // unless `if_exists`.
  Status AlterTable(const ObjectIdentifier& id, const CatalogTable& updated, bool if_exists);
  Status AlterView(const ObjectIdentifier& id, const CatalogView& updated, bool if_exists);
  // Renames a permanent table or view within its catalog and database (`new_id` is fully
  // qualified; only its name may differ). Temporary objects cannot be renamed (as in Flink).
  Status RenameTable(const ObjectIdentifier& id, const ObjectIdentifier& new_id, bool if_exists);
  Status RenameView(const ObjectIdentifier& id, const ObjectIdentifier& new_id, bool if_exists);
  // `temporary` selects which kind is dropped (DROP TEMPORARY TABLE); without it a temporary
  // object of that name is refused with Flink's message. Dropping a view with DropTable (or a
  // table with DropView) is refused with Flink's message.
  Status DropTable(const ObjectIdentifier& id, bool if_exists, bool temporary);
  Status DropView(const ObjectIdentifier& id, bool if_exists, bool temporary);
  // Names of tables AND views (as Flink's SHOW TABLES), temporary included, sorted, unique.
  Result<std::vector<std::string>> ListTables(const std::string& catalog,
                                              const std::string& database);
  // Names of views only (SHOW VIEWS), temporary included, sorted, unique.
  Result<std::vector<std::string>> ListViews(const std::string& catalog,
                                             const std::string& database);
  // Whether `id` names a temporary table, view or model of this session.
  bool IsTemporary(const ObjectIdentifier& id) const;

  // ---- Models (SPEC-models.md §1, §6) --------------------------------------------------------

  // Without `or_replace`: creates version 1 (an existing model is an error unless
  // `if_not_exists`). With `or_replace`: appends version N+1 to an existing model, keeping the
  // old versions, or creates version 1. `definition.version` is ignored; `created_at_millis` is set
  // from the clock when 0.
  Status CreateModel(const ObjectIdentifier& id, ModelVersion definition, bool if_not_exists,
                     bool temporary, bool or_replace);
  // Temporary first; std::nullopt when absent.
  Result<std::optional<CatalogModel>> GetModel(const ObjectIdentifier& id);
  // Changes the options of the latest version in place: `set` is merged, then `reset` keys are
  // removed. Missing model: error unless `if_exists`.
  Status AlterModelOptions(const ObjectIdentifier& id, const OptionMap& set,
                           const std::vector<std::string>& reset, bool if_exists);
  // Keeps every version. Refused across catalogs; `new_id` must not exist.
  Status RenameModel(const ObjectIdentifier& id, const ObjectIdentifier& new_id, bool if_exists);
  // Removes every version.
  Status DropModel(const ObjectIdentifier& id, bool if_exists, bool temporary);
  Result<std::vector<std::string>> ListModels(const std::string& catalog,
                                              const std::string& database);  // sorted

 private:
  CatalogManager(std::string directory, WallClock clock, std::unique_ptr<CatalogStore> store,
                 std::unique_ptr<CatalogStore> memory_store);

  // The store holding `catalog` (session-only catalogs first), or nullptr when there is no such
  // catalog.
  Result<CatalogStore*> FindStore(const std::string& catalog);
  // Like FindStore, but a missing catalog is Flink's "Catalog x does not exist." error.
  Result<CatalogStore*> StoreOrError(const std::string& catalog);
  Status CreateRelation(const ObjectIdentifier& id, const CatalogRelation& relation,
                        bool if_not_exists, bool temporary);
  Status AlterRelation(const ObjectIdentifier& id, const CatalogRelation& relation, bool if_exists);
  Status RenameRelation(const ObjectIdentifier& id, const ObjectIdentifier& new_id, bool if_exists,
                        bool is_view);
  Status DropRelation(const ObjectIdentifier& id, bool if_exists, bool temporary, bool is_view);
  Result<std::optional<CatalogRelation>> GetRelation(const ObjectIdentifier& id);
  Result<std::vector<std::string>> ListRelations(const std::string& catalog,
                                                 const std::string& database, bool views_only);
  int64_t Now() const;

  std::string directory_;
  WallClock clock_;
  // The persistent store `<directory>/catalog.db`, holding every catalog of type 'sluice'.
  std::unique_ptr<CatalogStore> store_;
  // A private in-memory store holding this session's 'generic_in_memory' catalogs.
  std::unique_ptr<CatalogStore> memory_store_;
  std::unique_ptr<TemporaryObjects> temporary_;
  std::string current_catalog_ = kDefaultCatalog;
  std::string current_database_ = kDefaultDatabase;
};

}  // namespace sluice
