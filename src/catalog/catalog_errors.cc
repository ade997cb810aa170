#include "catalog/catalog_errors.h"

#include <fmt/format.h>

namespace sluice::catalog_errors {
namespace {

// Flink's ObjectPath.getFullName(): db.name.
std::string PathName(const ObjectIdentifier& id) { return id.database + "." + id.name; }

Status User(std::string message) { return Status::UserError(std::move(message)); }

}  // namespace

Status CatalogNotExist(const std::string& catalog) {
  return User(fmt::format("Catalog {} does not exist.", catalog));
}
Status CatalogNotExistForUse(const std::string& catalog) {
  return User(fmt::format("A catalog with name [{}] does not exist.", catalog));
}
Status CatalogAlreadyExist(const std::string& catalog) {
  return User(fmt::format("Catalog {} already exists.", catalog));
}
Status CatalogInUse() { return User("Cannot drop a catalog which is currently in use."); }
Status UnknownCatalogType(const std::string& type) {
  return User(fmt::format(
      "Could not find any factory for identifier '{}' that implements 'CatalogFactory'.\n\n"
      "Available factory identifiers are:\n\ngeneric_in_memory\nsluice",
      type));
}

Status DatabaseNotExist(const std::string& catalog, const std::string& database) {
  return User(fmt::format("Database {} does not exist in Catalog {}.", database, catalog));
}
Status DatabaseNotExistForUse(const std::string& catalog, const std::string& database) {
  return User(fmt::format("A database with name [{}] does not exist in the catalog: [{}].",
                          database, catalog));
}
Status DatabaseAlreadyExist(const std::string& catalog, const std::string& database) {
  return User(fmt::format("Database {} already exists in Catalog {}.", database, catalog));
}
Status DatabaseNotEmpty(const std::string& catalog, const std::string& database) {
  return User(fmt::format("Database {} in Catalog {} is not empty.", database, catalog));
}
Status DatabaseInUse() { return User("Cannot drop a database which is currently in use."); }

Status TableAlreadyExist(const ObjectIdentifier& id) {
  return User(
      fmt::format("Table (or view) {} already exists in Catalog {}.", PathName(id), id.catalog));
}
Status TemporaryTableAlreadyExist(const ObjectIdentifier& id) {
  return User(fmt::format("Temporary table '{}' already exists", id.ToQuotedString()));
}
Status TableOrViewNotExistForDrop(const ObjectIdentifier& id, bool is_view) {
  return User(fmt::format("{} with identifier '{}' does not exist.", is_view ? "View" : "Table",
                          id.ToString()));
}
Status TemporaryNotExistForDrop(const ObjectIdentifier& id) {
  return User(
      fmt::format("Temporary table or view with identifier '{}' does not exist.", id.ToString()));
}
Status TemporaryShadowsDrop(const ObjectIdentifier& id, bool is_view) {
  const char* kind = is_view ? "view" : "table";
  return User(fmt::format(
      "Temporary {} with identifier '{}' exists. Drop it first before removing the permanent {}.",
      kind, id.ToQuotedString(), kind));
}
Status TableNotExistForAlter(const ObjectIdentifier& id, bool is_view) {
  const char* kind = is_view ? "view" : "table";
  return User(fmt::format("{} {} doesn't exist or is a temporary {}.", is_view ? "View" : "Table",
                          id.ToQuotedString(), kind));
}
Status RenameAcrossDatabases(const ObjectIdentifier& id, const ObjectIdentifier& new_id,
                             bool is_view) {
  const char* kind = is_view ? "view" : "table";
  return User(fmt::format(
      "The new {} name '{}' must be in the same catalog and database as the old {} name '{}'.",
      kind, new_id.ToString(), kind, id.ToString()));
}

Status ModelAlreadyExist(const ObjectIdentifier& id) {
  return User(fmt::format("Model {} already exists in Catalog {}.", PathName(id), id.catalog));
}
Status TemporaryModelAlreadyExist(const ObjectIdentifier& id) {
  return User(fmt::format("Temporary model '{}' already exists", id.ToQuotedString()));
}
Status ModelNotExistForDrop(const ObjectIdentifier& id) {
  return User(fmt::format("Model with identifier '{}' does not exist.", id.ToString()));
}
Status ModelNotExistForAlter(const ObjectIdentifier& id) {
  return User(fmt::format("Model {} doesn't exist.", id.ToQuotedString()));
}
Status TemporaryModelNotExistForDrop(const ObjectIdentifier& id) {
  return User(fmt::format("Temporary model with identifier '{}' does not exist.", id.ToString()));
}
Status TemporaryModelShadowsDrop(const ObjectIdentifier& id) {
  return User(fmt::format(
      "Temporary model with identifier '{}' exists. Drop it first before removing the permanent "
      "model.",
      id.ToQuotedString()));
}
Status ModelRenameAcrossCatalogs(const ObjectIdentifier& id, const ObjectIdentifier& new_id) {
  return User(fmt::format(
      "The catalog name of the new model name '{}' must be the same as the old model name '{}'.",
      new_id.ToString(), id.ToString()));
}

}  // namespace sluice::catalog_errors
