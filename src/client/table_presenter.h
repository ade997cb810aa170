// How tables and views are shown: SHOW CREATE TABLE / VIEW and DESCRIBE, as Flink prints them.
#pragma once

#include <string>

#include "catalog/catalog_objects.h"
#include "client/session.h"

namespace sluice {

std::string ShowCreateTable(const ObjectIdentifier& id, const CatalogTable& table, bool temporary);
std::string ShowCreateView(const ObjectIdentifier& id, const CatalogView& view, bool temporary);

// Flink's DESCRIBE columns: `name`, `type`, `null`, `key`, `extras`, `watermark` (+ `comment`
// when any column has one).
ResultTable DescribeTable(const CatalogTable& table);

// The name of the primary-key constraint: the declared one, else `PK_<col>_<col>`.
std::string PrimaryKeyConstraintName(const PrimaryKey& key);

}  // namespace sluice
