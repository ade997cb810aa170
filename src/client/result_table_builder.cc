#include "client/result_table_builder.h"

namespace sluice {

ResultTable NameTable(const std::string& column_name, const std::vector<std::string>& names) {
  ResultTable table = MakeStringTable({column_name});
  for (const std::string& name : names) table.rows.push_back({name});
  return table;
}

std::string QuoteSqlString(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string QuoteIdentifier(const std::string& name) {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

}  // namespace sluice
