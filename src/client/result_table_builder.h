// Small helpers to build ResultTables for statements that answer with rows (SHOW, DESCRIBE).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "client/session.h"

namespace sluice {

// A table whose columns are all STRING (nullable), as Flink's SHOW / DESCRIBE results.
inline ResultTable MakeStringTable(std::vector<std::string> column_names) {
  ResultTable table;
  table.column_types.assign(column_names.size(), LogicalType::String());
  table.column_names = std::move(column_names);
  return table;
}

// A one-column table of names, as SHOW CATALOGS / TABLES / MODELS print.
ResultTable NameTable(const std::string& column_name, const std::vector<std::string>& names);

inline StatementResult RowsResult(ResultTable table) {
  StatementResult result;
  result.kind = StatementResult::Kind::kRows;
  result.table = std::move(table);
  return result;
}

// "TRUE" / "FALSE", as Flink prints booleans.
inline std::string BoolText(bool value) { return value ? "TRUE" : "FALSE"; }

// Quotes a SQL string literal: 'it''s'.
std::string QuoteSqlString(const std::string& text);
// Back-quotes an identifier: `my``name`.
std::string QuoteIdentifier(const std::string& name);

}  // namespace sluice
