// The error texts of catalog operations, in one place. They follow Apache Flink's texts
// (CatalogManager, the catalog exception classes and the SQL converters) so that Flink scripts
// and their expected errors carry over; tests match on them.
#pragma once

#include <string>

#include "catalog/catalog_objects.h"
#include "common/status.h"

namespace sluice::catalog_errors {

// Catalogs.
Status CatalogNotExist(const std::string& catalog);        // Catalog c does not exist.
Status CatalogNotExistForUse(const std::string& catalog);  // A catalog with name [c] ...
Status CatalogAlreadyExist(const std::string& catalog);    // Catalog c already exists.
Status CatalogInUse();
Status UnknownCatalogType(const std::string& type);

// Databases.
Status DatabaseNotExist(const std::string& catalog, const std::string& database);
Status DatabaseNotExistForUse(const std::string& catalog, const std::string& database);
Status DatabaseAlreadyExist(const std::string& catalog, const std::string& database);
Status DatabaseNotEmpty(const std::string& catalog, const std::string& database);
Status DatabaseInUse();

// Tables and views.
Status TableAlreadyExist(const ObjectIdentifier& id);  // Table (or view) db.t already exists ...
Status TemporaryTableAlreadyExist(const ObjectIdentifier& id);
Status TableOrViewNotExistForDrop(const ObjectIdentifier& id, bool is_view);
Status TemporaryNotExistForDrop(const ObjectIdentifier& id);
Status TemporaryShadowsDrop(const ObjectIdentifier& id, bool is_view);
Status TableNotExistForAlter(const ObjectIdentifier& id, bool is_view);
Status RenameAcrossDatabases(const ObjectIdentifier& id, const ObjectIdentifier& new_id,
                             bool is_view);

// Models.
Status ModelAlreadyExist(const ObjectIdentifier& id);
Status TemporaryModelAlreadyExist(const ObjectIdentifier& id);
Status ModelNotExistForDrop(const ObjectIdentifier& id);
Status ModelNotExistForAlter(const ObjectIdentifier& id);
Status TemporaryModelNotExistForDrop(const ObjectIdentifier& id);
Status TemporaryModelShadowsDrop(const ObjectIdentifier& id);
Status ModelRenameAcrossCatalogs(const ObjectIdentifier& id, const ObjectIdentifier& new_id);

}  // namespace sluice::catalog_errors
