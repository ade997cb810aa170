// Text encodings of catalog objects for the catalog store: JSON documents, with types written as
// LogicalType::ToString() and read back with ParseLogicalType().
//
// Decoding errors mean the stored document is damaged or was written by an incompatible build;
// they are ExternalErrors naming what could not be read.
#pragma once

#include <string>

#include "catalog/catalog_objects.h"
#include "common/status.h"

namespace sluice {

std::string EncodeOptions(const OptionMap& options);
Result<OptionMap> DecodeOptions(const std::string& text);

std::string EncodeTable(const CatalogTable& table);
Result<CatalogTable> DecodeTable(const std::string& text);

std::string EncodeView(const CatalogView& view);
Result<CatalogView> DecodeView(const std::string& text);

// The parts of a model version kept as JSON: schemas, comment, options, training report. The
// version number, creation time, kind, artifact and checksum are columns of their own.
std::string EncodeModelDefinition(const ModelVersion& version);
// Fills the JSON parts of `version` from `text`.
Status DecodeModelDefinition(const std::string& text, ModelVersion* version);

// "remote" / "imported" / "trained" and back.
Result<ModelKind> ParseModelKind(const std::string& text);

}  // namespace sluice
