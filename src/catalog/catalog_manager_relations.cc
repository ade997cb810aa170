// CatalogManager: tables and views. They share one namespace per database, as in Flink.

#include <algorithm>

#include "catalog/catalog_errors.h"
#include "catalog/catalog_manager.h"
#include "catalog/temporary_objects.h"

namespace sluice {
namespace errors = catalog_errors;

namespace {

bool IsView(const CatalogRelation& relation) {
  return std::holds_alternative<CatalogView>(relation);
}

}  // namespace

Status CatalogManager::CreateRelation(const ObjectIdentifier& id, const CatalogRelation& relation,
                                      bool if_not_exists, bool temporary) {
  if (temporary) {
    auto [it, inserted] = temporary_->relations.emplace(id, relation);
    if (!inserted && !if_not_exists) return errors::TemporaryTableAlreadyExist(id);
    return Status::OK();
  }
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(id.catalog));
  SLUICE_ASSIGN_OR_RETURN(StoreOutcome outcome, store->CreateRelation(id, relation));
  switch (outcome) {
    case StoreOutcome::kDatabaseMissing:
      return errors::DatabaseNotExist(id.catalog, id.database);
    case StoreOutcome::kExists:
      if (!if_not_exists) return errors::TableAlreadyExist(id);
      return Status::OK();
    default:
      return Status::OK();
  }
}

Status CatalogManager::CreateTable(const ObjectIdentifier& id, const CatalogTable& table,
                                   bool if_not_exists, bool temporary) {
  return CreateRelation(id, table, if_not_exists, temporary);
}

Status CatalogManager::CreateView(const ObjectIdentifier& id, const CatalogView& view,
                                  bool if_not_exists, bool temporary) {
  return CreateRelation(id, view, if_not_exists, temporary);
}

Result<std::optional<CatalogRelation>> CatalogManager::GetRelation(const ObjectIdentifier& id) {
  auto temporary = temporary_->relations.find(id);
  if (temporary != temporary_->relations.end()) {
    return std::optional<CatalogRelation>(temporary->second);
  }
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
  if (store == nullptr) return std::optional<CatalogRelation>();
  return store->GetRelation(id);
}

Result<std::optional<CatalogTable>> CatalogManager::GetTable(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogRelation> relation, GetRelation(id));
  if (!relation || IsView(*relation)) return std::optional<CatalogTable>();
  return std::optional<CatalogTable>(std::get<CatalogTable>(std::move(*relation)));
}

Result<std::optional<CatalogView>> CatalogManager::GetView(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogRelation> relation, GetRelation(id));
  if (!relation || !IsView(*relation)) return std::optional<CatalogView>();
  return std::optional<CatalogView>(std::get<CatalogView>(std::move(*relation)));
}

Result<bool> CatalogManager::TableOrViewExists(const ObjectIdentifier& id) {
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogRelation> relation, GetRelation(id));
  return relation.has_value();
}

Status CatalogManager::AlterRelation(const ObjectIdentifier& id, const CatalogRelation& relation,
                                     bool if_exists) {
  bool is_view = IsView(relation);
  StoreOutcome outcome = StoreOutcome::kMissing;
  if (temporary_->relations.count(id) == 0) {
    SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
    if (store != nullptr) {
      SLUICE_ASSIGN_OR_RETURN(outcome, store->ReplaceRelation(id, relation));
    }
  }
  if (outcome == StoreOutcome::kMissing && !if_exists) {
    return errors::TableNotExistForAlter(id, is_view);
  }
  return Status::OK();
}

Status CatalogManager::AlterTable(const ObjectIdentifier& id, const CatalogTable& updated,
                                  bool if_exists) {
  return AlterRelation(id, updated, if_exists);
}

Status CatalogManager::AlterView(const ObjectIdentifier& id, const CatalogView& updated,
                                 bool if_exists) {
  return AlterRelation(id, updated, if_exists);
}

Status CatalogManager::RenameRelation(const ObjectIdentifier& id, const ObjectIdentifier& new_id,
                                      bool if_exists, bool is_view) {
  if (new_id.catalog != id.catalog || new_id.database != id.database) {
    return errors::RenameAcrossDatabases(id, new_id, is_view);
  }
  StoreOutcome outcome = StoreOutcome::kMissing;
  if (temporary_->relations.count(id) == 0) {
    SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
    if (store != nullptr) {
      SLUICE_ASSIGN_OR_RETURN(outcome, store->RenameRelation(id, new_id.name, is_view));
    }
  }
  switch (outcome) {
    case StoreOutcome::kMissing:
      if (!if_exists) return errors::TableNotExistForAlter(id, is_view);
      return Status::OK();
    case StoreOutcome::kTargetExists:
      return errors::TableAlreadyExist(new_id);
    default:
      return Status::OK();
  }
}

Status CatalogManager::RenameTable(const ObjectIdentifier& id, const ObjectIdentifier& new_id,
                                   bool if_exists) {
  return RenameRelation(id, new_id, if_exists, /*is_view=*/false);
}

Status CatalogManager::RenameView(const ObjectIdentifier& id, const ObjectIdentifier& new_id,
                                  bool if_exists) {
  return RenameRelation(id, new_id, if_exists, /*is_view=*/true);
}

Status CatalogManager::DropRelation(const ObjectIdentifier& id, bool if_exists, bool temporary,
                                    bool is_view) {
  auto temporary_entry = temporary_->relations.find(id);
  bool temporary_matches =
      temporary_entry != temporary_->relations.end() && IsView(temporary_entry->second) == is_view;
  if (temporary) {
    if (temporary_matches) {
      temporary_->relations.erase(temporary_entry);
    } else if (!if_exists) {
      return errors::TemporaryNotExistForDrop(id);
    }
    return Status::OK();
  }
  // As in Flink, a temporary object of the same kind must be dropped first.
  if (temporary_matches) return errors::TemporaryShadowsDrop(id, is_view);
  StoreOutcome outcome = StoreOutcome::kMissing;
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, FindStore(id.catalog));
  if (store != nullptr) {
    SLUICE_ASSIGN_OR_RETURN(outcome, store->DropRelation(id, is_view));
  }
  if (outcome == StoreOutcome::kMissing && !if_exists) {
    return errors::TableOrViewNotExistForDrop(id, is_view);
  }
  return Status::OK();
}

Status CatalogManager::DropTable(const ObjectIdentifier& id, bool if_exists, bool temporary) {
  return DropRelation(id, if_exists, temporary, /*is_view=*/false);
}

Status CatalogManager::DropView(const ObjectIdentifier& id, bool if_exists, bool temporary) {
  return DropRelation(id, if_exists, temporary, /*is_view=*/true);
}

Result<std::vector<std::string>> CatalogManager::ListRelations(const std::string& catalog,
                                                               const std::string& database,
                                                               bool views_only) {
  SLUICE_ASSIGN_OR_RETURN(CatalogStore * store, StoreOrError(catalog));
  SLUICE_ASSIGN_OR_RETURN(auto permanent, store->ListRelations(catalog, database));
  if (!permanent) return errors::DatabaseNotExist(catalog, database);
  std::vector<std::string> names;
  for (const RelationName& entry : *permanent) {
    if (!views_only || entry.is_view) names.push_back(entry.name);
  }
  for (const auto& [id, relation] : temporary_->relations) {
    if (id.catalog != catalog || id.database != database) continue;
    if (!views_only || IsView(relation)) names.push_back(id.name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

Result<std::vector<std::string>> CatalogManager::ListTables(const std::string& catalog,
                                                            const std::string& database) {
  return ListRelations(catalog, database, /*views_only=*/false);
}

Result<std::vector<std::string>> CatalogManager::ListViews(const std::string& catalog,
                                                           const std::string& database) {
  return ListRelations(catalog, database, /*views_only=*/true);
}

}  // namespace sluice
