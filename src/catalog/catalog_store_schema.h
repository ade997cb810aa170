// The layout of the catalog store (catalog.db) and its migrations.
//
// The store keeps one row per persistent catalog, database, table or view, model, and model
// version. Definitions are JSON documents (see catalog_codec.h); model artifacts are BLOBs.
// Databases, objects and versions are removed with their parent by ON DELETE CASCADE, and a
// model's versions follow its renames by ON UPDATE CASCADE.
//
// `schema_version` holds one row with the layout version. A store written by a newer Sluice is
// refused; an older one is migrated by EnsureStoreSchema.
#pragma once

#include <string>

#include "catalog/sqlite_connection.h"
#include "common/status.h"

namespace sluice {

// The layout version this build writes.
inline constexpr int kCatalogStoreSchemaVersion = 1;

// Creates the layout when the store is empty, checks (and migrates) it otherwise. Runs in its own
// IMMEDIATE transaction, so several connections opening a new store at once are safe. Errors: a
// file that is not a Sluice store (other tables, no schema_version) or a newer layout version.
Status EnsureStoreSchema(SqliteConnection* connection);

}  // namespace sluice
