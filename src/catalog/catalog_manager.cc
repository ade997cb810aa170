// CatalogManager: opening the store, current catalog/database, catalogs and databases.
// Tables and views: catalog_manager_relations.cc; models: catalog_manager_models.cc.

#include "catalog/catalog_manager.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>

#include "catalog/catalog_errors.h"
#include "catalog/temporary_objects.h"

namespace sluice {
namespace errors = catalog_errors;

namespace {

// How long a write waits for another session's transaction before giving up.
constexpr int kBusyTimeoutMs = 10000;

int64_t SystemNowMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

CatalogManager::CatalogManager(std::string directory, WallClock clock,
                               std::unique_ptr<CatalogStore> store,
                               std::unique_ptr<CatalogStore> memory_store)
    : directory_(std::move(directory)),
      clock_(std::move(clock)),
      store_(std::move(store)),
      memory_store_(std::move(memory_store)),
      temporary_(std::make_unique<TemporaryObjects>()) {}

CatalogManager::~CatalogManager() = default;

Result<std::unique_ptr<CatalogManager>> CatalogManager::Open(const std::string& directory,
                                                             WallClock clock) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) {
    return Status::ExternalError(
        fmt::format("Cannot create the catalog directory '{}': {}", directory, error.message()));
  }
  if (!fs::is_directory(directory, error)) {
    return Status::ExternalError(
        fmt::format("Cannot use '{}' as the catalog directory: it is not a directory", directory));
  }
  std::string path = (fs::path(directory) / "catalog.db").string();
  SLUICE_ASSIGN_OR_RETURN(auto store, CatalogStore::OpenFile(path, kBusyTimeoutMs));
  SLUICE_ASSIGN_OR_RETURN(auto memory_store, CatalogStore::OpenInMemory());

  // The built-in catalog and database always exist; a concurrent opener may create them first.
  CatalogDescriptor builtin;
  builtin.name = kDefaultCatalog;
  builtin.type = "sluice";
  builtin.default_database = kDefaultDatabase;
  SLUICE_ASSIGN_OR_RETURN(StoreOutcome outcome, store->CreateCatalog(builtin));
  (void)outcome;
  SLUICE_ASSIGN_OR_RETURN(outcome, store->CreateDatabase(kDefaultCatalog, kDefaultDatabase, {}));

  if (!clock) clock = SystemNowMillis;
  return std::unique_ptr<CatalogManager>(
      new CatalogManager(directory, std::move(clock), std::move(store), std::move(memory_store)));
}

int64_t CatalogManager::Now() const { return clock_(); }

Result<CatalogStore*> CatalogManager::FindStore(const std::string& catalog) {
  SLUICE_ASSIGN_OR_RETURN(auto in_memory, memory_store_->GetCatalog(catalog));
  if (in_memory) return memory_store_.get();
  SLUICE_ASSIGN_OR_RETURN(auto persistent, store_->GetCatalog(catalog));
  if (persistent) return store_.get();
  return static_cast<CatalogStore*>(nullptr);
}

Result<CatalogStore*> CatalogManager::StoreOrError(const std::string& catalog) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(catalog));
  if (store == nullptr) return errors::CatalogNotExist(catalog);
  return store;
}

// ---- Current catalog and database ----------------------------------------------------------

Status CatalogManager::UseCatalog(const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogDescriptor> descriptor, GetCatalog(name));
  if (!descriptor) return errors::CatalogNotExistForUse(name);
  if (name != current_catalog_) {
    current_catalog_ = name;
    current_database_ = descriptor->default_database;
  }
  return Status::OK();
}

Status CatalogManager::UseDatabase(const std::string& catalog, const std::string& database) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(catalog));
  if (store == nullptr) return errors::CatalogNotExistForUse(catalog);
  SLUICE_ASSIGN_OR_RETURN(auto found, store->GetDatabase(catalog, database));
  if (!found) return errors::DatabaseNotExistForUse(catalog, database);
  current_catalog_ = catalog;
  current_database_ = database;
  return Status::OK();
}

Result<ObjectIdentifier> CatalogManager::Qualify(const std::vector<std::string>& parts) const {
  switch (parts.size()) {
    case 1:
      return ObjectIdentifier{current_catalog_, current_database_, parts[0]};
    case 2:
      return ObjectIdentifier{current_catalog_, parts[0], parts[1]};
    case 3:
      return ObjectIdentifier{parts[0], parts[1], parts[2]};
    default: {
      std::string joined;
      for (size_t i = 0; i < parts.size(); ++i) joined += (i > 0 ? "." : "") + parts[i];
      return Status::UserError(
          fmt::format("Invalid identifier '{}': an identifier has 1 to 3 parts "
                      "([catalog.][database.]name).",
                      joined));
    }
  }
}

// ---- Catalogs ------------------------------------------------------------------------------

Status CatalogManager::CreateCatalog(const std::string& name, const OptionMap& options,
                                     const std::string& comment, bool if_not_exists) {
  if (name.empty()) return Status::UserError("Catalog name cannot be null or empty.");
  auto type_option = options.find("type");
  std::string type = type_option == options.end() ? "sluice" : type_option->second;
  if (type != "sluice" && type != "generic_in_memory") return errors::UnknownCatalogType(type);

  CatalogDescriptor descriptor;
  descriptor.name = name;
  descriptor.type = type;
  descriptor.options = options;
  descriptor.comment = comment;
  auto default_database = options.find("default-database");
  descriptor.default_database =
      default_database == options.end() ? kCreatedCatalogDefaultDatabase : default_database->second;

  // A name is taken when either store has it; the persistent store decides atomically for
  // persistent catalogs.
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * existing, FindStore(name));
  StoreOutcome outcome = StoreOutcome::kExists;
  if (existing == nullptr) {
    CatalogStore* target = type == "sluice" ? store_.get() : memory_store_.get();
    SLUICE_ASSIGN_OR_RETURN(outcome, target->CreateCatalog(descriptor));
  }
  if (outcome == StoreOutcome::kExists && !if_not_exists) return errors::CatalogAlreadyExist(name);
  return Status::OK();
}

Status CatalogManager::DropCatalog(const std::string& name, bool if_exists) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(name));
  if (store != nullptr && name == current_catalog_) return errors::CatalogInUse();
  StoreOutcome outcome = StoreOutcome::kMissing;
  if (store != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(outcome, store->DropCatalog(name));
  }
  if (outcome == StoreOutcome::kMissing && !if_exists) return errors::CatalogNotExist(name);
  return Status::OK();
}

Result<std::vector<std::string>> CatalogManager::ListCatalogs() {
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> names, store_->ListCatalogs());
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> in_memory, memory_store_->ListCatalogs());
  names.insert(names.end(), in_memory.begin(), in_memory.end());
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Result<std::optional<CatalogDescriptor>> CatalogManager::GetCatalog(const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(auto in_memory, memory_store_->GetCatalog(name));
  if (in_memory) return in_memory;
  return store_->GetCatalog(name);
}

Result<bool> CatalogManager::CatalogExists(const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(name));
  return store != nullptr;
}

// ---- Databases -----------------------------------------------------------------------------

Status CatalogManager::CreateDatabase(const std::string& catalog, const std::string& name,
                                      const std::string& comment, const OptionMap& options,
                                      bool if_not_exists) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(catalog));
  SLUICE_ASSIGN_OR_RETURN(StoreOutcome outcome,
                          store->CreateDatabase(catalog, name, CatalogDatabase{comment, options}));
  switch (outcome) {
    case StoreOutcome::kCatalogMissing:
      return errors::CatalogNotExist(catalog);
    case StoreOutcome::kExists:
      if (!if_not_exists) return errors::DatabaseAlreadyExist(catalog, name);
      return Status::OK();
    default:
      return Status::OK();
  }
}

Status CatalogManager::DropDatabase(const std::string& catalog, const std::string& name,
                                    bool if_exists, bool cascade) {
  if (catalog == current_catalog_ && name == current_database_) return errors::DatabaseInUse();
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(catalog));
  SLUICE_ASSIGN_OR_RETURN(StoreOutcome outcome, store->DropDatabase(catalog, name, cascade));
  switch (outcome) {
    case StoreOutcome::kMissing:
      if (!if_exists) return errors::DatabaseNotExist(catalog, name);
      return Status::OK();
    case StoreOutcome::kNotEmpty:
      return errors::DatabaseNotEmpty(catalog, name);
    default:
      break;
  }
  // Temporary objects of the database stay, as in Flink.
  return Status::OK();
}

Status CatalogManager::AlterDatabase(const std::string& catalog, const std::string& name,
                                     const OptionMap& set) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(catalog));
  SLUICE_ASSIGN_OR_RETURN(StoreOutcome outcome, store->AlterDatabase(catalog, name, set));
  if (outcome == StoreOutcome::kMissing) return errors::DatabaseNotExist(catalog, name);
  return Status::OK();
}

Result<std::optional<CatalogDatabase>> CatalogManager::GetDatabase(const std::string& catalog,
                                                                   const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(catalog));
  if (store == nullptr) return std::optional<CatalogDatabase>();
  return store->GetDatabase(catalog, name);
}

Result<bool> CatalogManager::DatabaseExists(const std::string& catalog, const std::string& name) {
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogDatabase> database, GetDatabase(catalog, name));
  return database.has_value();
}

Result<std::vector<std::string>> CatalogManager::ListDatabases(const std::string& catalog) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(catalog));
  return store->ListDatabases(catalog);
}

bool CatalogManager::IsTemporary(const ObjectIdentifier& id) const {
  return temporary_->relations.count(id) > 0 || temporary_->models.count(id) > 0;
}

}  // namespace sluice
