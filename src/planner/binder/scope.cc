#include "planner/binder/scope.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace sluice {

Scope Scope::FromSchema(const Schema& schema) {
  Scope scope;
  for (size_t i = 0; i < schema.size(); ++i) {
    ScopeColumn column;
    column.name = schema.names[i];
    column.type = schema.types[i];
    scope.Add(std::move(column));
  }
  return scope;
}

bool Scope::QualifierMatches(const ScopeColumn& column, const std::vector<std::string>& names,
                             size_t count) const {
  if (count == 0 || count > column.qualifier.size()) return false;
  size_t offset = column.qualifier.size() - count;
  for (size_t i = 0; i < count; ++i) {
    if (column.qualifier[offset + i] != names[i]) return false;
  }
  return true;
}

Result<ResolvedColumn> Scope::Resolve(const std::vector<std::string>& names) const {
  // Qualified forms first, longest qualifier first: `t.c`, `db.t.c`, `cat.db.t.c`; the parts
  // after the column are ROW field accesses.
  bool any_table = false;
  for (size_t split = names.size() - 1; split >= 1; --split) {
    std::vector<size_t> table_matches;
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (QualifierMatches(columns_[i], names, split)) table_matches.push_back(i);
    }
    if (table_matches.empty()) continue;
    any_table = true;
    std::vector<size_t> hits;
    for (size_t i : table_matches) {
      if (columns_[i].name == names[split]) hits.push_back(i);
    }
    if (hits.empty()) {
      return Status::UserError(fmt::format("Column '{}' not found in table '{}'", names[split],
                                           names[split - 1]));
    }
    if (hits.size() > 1) {
      return Status::UserError(fmt::format("Column '{}' is ambiguous", names[split]));
    }
    ResolvedColumn resolved;
    resolved.index = hits[0];
    resolved.fields.assign(names.begin() + split + 1, names.end());
    return resolved;
  }
  // Unqualified: the first part is a column, the rest are ROW field accesses.
  std::vector<size_t> hits;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].name == names[0]) hits.push_back(i);
  }
  if (hits.empty()) {
    if (names.size() > 1 && !any_table) {
      return Status::UserError(fmt::format("Table '{}' not found", names[0]));
    }
    return Status::UserError(fmt::format("Column '{}' not found in any table", names[0]));
  }
  if (hits.size() > 1) {
    int group = columns_[hits[0]].using_group;
    bool same_group = group >= 0;
    for (size_t h : hits) same_group = same_group && columns_[h].using_group == group;
    if (!same_group) {
      return Status::UserError(fmt::format("Column '{}' is ambiguous", names[0]));
    }
  }
  ResolvedColumn resolved;
  resolved.index = hits[0];
  resolved.fields.assign(names.begin() + 1, names.end());
  return resolved;
}

Result<std::vector<size_t>> Scope::ExpandStar(const std::vector<std::string>& qualifier) const {
  std::vector<size_t> positions;
  bool table_found = qualifier.empty();
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (!qualifier.empty()) {
      if (!QualifierMatches(columns_[i], qualifier, qualifier.size())) continue;
      table_found = true;
    }
    if (columns_[i].hidden_from_star) continue;
    positions.push_back(i);
  }
  if (!table_found) {
    return Status::UserError(fmt::format("Unknown identifier '{}'", fmt::join(qualifier, ".")));
  }
  return positions;
}

void Scope::Requalify(const std::vector<std::string>& qualifier) {
  for (ScopeColumn& column : columns_) column.qualifier = qualifier;
}

Schema Scope::ToSchema() const {
  Schema schema;
  for (const ScopeColumn& column : columns_) schema.Add(column.name, column.type);
  return schema;
}

}  // namespace sluice
