// The session's temporary tables, views and models (CREATE TEMPORARY ...), owned by the
// CatalogManager. They live in memory only and shadow permanent objects of the same identifier.
#pragma once

#include <map>

#include "catalog/catalog_objects.h"
#include "catalog/catalog_store.h"

namespace sluice {

struct TemporaryObjects {
  std::map<ObjectIdentifier, CatalogRelation> relations;
  std::map<ObjectIdentifier, CatalogModel> models;
};

}  // namespace sluice
