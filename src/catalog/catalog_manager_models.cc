// CatalogManager: models and their versions (SPEC-models.md §1, §6).

#include <algorithm>

#include "catalog/catalog_errors.h"
#include "catalog/catalog_manager.h"
#include "catalog/temporary_objects.h"

namespace sluice {
namespace errors = catalog_errors;

Status CatalogManager::CreateModel(const ObjectIdentifier& id, ModelVersion definition,
                                   bool if_not_exists, bool temporary, bool or_replace) {
  if (definition.created_at_millis == 0) definition.created_at_millis = Now();
  if (temporary) {
    auto existing = temporary_->models.find(id);
    if (existing == temporary_->models.end()) {
      definition.version = 1;
      temporary_->models[id].versions.push_back(std::move(definition));
    } else if (or_replace) {
      definition.version = existing->second.Latest().version + 1;
      existing->second.versions.push_back(std::move(definition));
    } else if (!if_not_exists) {
      return errors::TemporaryModelAlreadyExist(id);
    }
    return Status::OK();
  }
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(id.catalog));
  SLUICE_ASSIGN_OR_RETURN(StoreOutcome outcome, store->CreateModel(id, definition, or_replace));
  switch (outcome) {
    case StoreOutcome::kDatabaseMissing:
      return errors::DatabaseNotExist(id.catalog, id.database);
    case StoreOutcome::kExists:
      if (!if_not_exists) return errors::ModelAlreadyExist(id);
      return Status::OK();
    default:
      return Status::OK();
  }
}

Result<std::optional<CatalogModel>> CatalogManager::GetModel(const ObjectIdentifier& id) {
  auto temporary = temporary_->models.find(id);
  if (temporary != temporary_->models.end()) {
    return std::optional<CatalogModel>(temporary->second);
  }
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
  if (store == nullptr) return std::optional<CatalogModel>();
  return store->GetModel(id);
}

Status CatalogManager::AlterModelOptions(const ObjectIdentifier& id, const OptionMap& set,
                                         const std::vector<std::string>& reset, bool if_exists) {
  auto temporary = temporary_->models.find(id);
  if (temporary != temporary_->models.end()) {
    OptionMap& options = temporary->second.versions.back().options;
    for (const auto& [key, value] : set) options[key] = value;
    for (const std::string& key : reset) options.erase(key);
    return Status::OK();
  }
  StoreOutcome outcome = StoreOutcome::kMissing;
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
  if (store != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(outcome, store->AlterModelOptions(id, set, reset));
  }
  if (outcome == StoreOutcome::kMissing && !if_exists) return errors::ModelNotExistForAlter(id);
  return Status::OK();
}

Status CatalogManager::RenameModel(const ObjectIdentifier& id, const ObjectIdentifier& new_id,
                                   bool if_exists) {
  if (new_id.catalog != id.catalog) return errors::ModelRenameAcrossCatalogs(id, new_id);
  auto temporary = temporary_->models.find(id);
  if (temporary != temporary_->models.end()) {
    if (temporary_->models.count(new_id) > 0) return errors::TemporaryModelAlreadyExist(new_id);
    CatalogModel model = std::move(temporary->second);
    temporary_->models.erase(temporary);
    temporary_->models.emplace(new_id, std::move(model));
    return Status::OK();
  }
  StoreOutcome outcome = StoreOutcome::kMissing;
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
  if (store != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(outcome, store->RenameModel(id, new_id));
  }
  switch (outcome) {
    case StoreOutcome::kMissing:
      if (!if_exists) return errors::ModelNotExistForAlter(id);
      return Status::OK();
    case StoreOutcome::kDatabaseMissing:
      return errors::DatabaseNotExist(new_id.catalog, new_id.database);
    case StoreOutcome::kTargetExists:
      return errors::ModelAlreadyExist(new_id);
    default:
      return Status::OK();
  }
}

Status CatalogManager::DropModel(const ObjectIdentifier& id, bool if_exists, bool temporary) {
  auto temporary_entry = temporary_->models.find(id);
  if (temporary) {
    if (temporary_entry != temporary_->models.end()) {
      temporary_->models.erase(temporary_entry);
    } else if (!if_exists) {
      return errors::TemporaryModelNotExistForDrop(id);
    }
    return Status::OK();
  }
  if (temporary_entry != temporary_->models.end()) return errors::TemporaryModelShadowsDrop(id);
  StoreOutcome outcome = StoreOutcome::kMissing;
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
  if (store != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(outcome, store->DropModel(id));
  }
  if (outcome == StoreOutcome::kMissing && !if_exists) return errors::ModelNotExistForDrop(id);
  return Status::OK();
}

Result<std::vector<std::string>> CatalogManager::ListModels(const std::string& catalog,
                                                            const std::string& database) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(catalog));
  SLUICE_ASSIGN_OR_RETURN(auto permanent, store->ListModels(catalog, database));
  if (!permanent) return errors::DatabaseNotExist(catalog, database);
  std::vector<std::string> names = std::move(*permanent);
  for (const auto& [id, model] : temporary_->models) {
    if (id.catalog == catalog && id.database == database) names.push_back(id.name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace sluice
