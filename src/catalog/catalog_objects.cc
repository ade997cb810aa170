#include "catalog/catalog_objects.h"

#include <charconv>

namespace sluice {
namespace {

// Back-quotes one identifier part, doubling back quotes inside it (Flink's
// EncodingUtils.escapeIdentifier).
std::string QuoteIdentifier(const std::string& part) {
  std::string quoted = "`";
  for (char c : part) {
    if (c == '`') quoted += '`';
    quoted += c;
  }
  quoted += '`';
  return quoted;
}

}  // namespace

std::string ObjectIdentifier::ToQuotedString() const {
  return QuoteIdentifier(catalog) + "." + QuoteIdentifier(database) + "." + QuoteIdentifier(name);
}

std::string ObjectIdentifier::ToString() const { return catalog + "." + database + "." + name; }

const ModelVersion* CatalogModel::FindVersion(int64_t version) const {
  for (const ModelVersion& candidate : versions) {
    if (candidate.version == version) return &candidate;
  }
  return nullptr;
}

const ModelVersion* CatalogModel::DefaultVersion() const {
  if (versions.empty()) return nullptr;
  const ModelVersion& latest = versions.back();
  // Option keys treat '_' and '-' alike (SPEC-models.md §1).
  auto pinned = latest.options.find("default-version");
  if (pinned == latest.options.end()) pinned = latest.options.find("default_version");
  if (pinned == latest.options.end()) return &latest;
  const std::string& text = pinned->second;
  int64_t number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return nullptr;
  return FindVersion(number);
}

const char* ModelKindName(ModelKind kind) {
  switch (kind) {
    case ModelKind::kRemote:
      return "remote";
    case ModelKind::kImported:
      return "imported";
    case ModelKind::kTrained:
      return "trained";
  }
  return "remote";
}

}  // namespace sluice
