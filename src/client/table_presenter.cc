#include "client/table_presenter.h"

#include <fmt/format.h>

#include <algorithm>

#include "client/result_table_builder.h"

namespace sluice {
namespace {

std::string JoinQuoted(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += QuoteIdentifier(name);
  }
  return out;
}

std::string MetadataExtras(const TableColumn& column) {
  std::string out = "METADATA";
  if (!column.metadata_key.empty()) out += " FROM " + QuoteSqlString(column.metadata_key);
  if (column.is_virtual) out += " VIRTUAL";
  return out;
}

std::string WithClause(const OptionMap& options) {
  std::string out = "WITH (\n";
  size_t index = 0;
  for (const auto& [key, value] : options) {
    out += "  " + QuoteSqlString(key) + " = " + QuoteSqlString(value);
    out += ++index < options.size() ? ",\n" : "\n";
  }
  return out + ")";
}

}  // namespace

std::string PrimaryKeyConstraintName(const PrimaryKey& key) {
  if (!key.constraint_name.empty()) return key.constraint_name;
  std::string name = "PK";
  for (const std::string& column : key.columns) name += "_" + column;
  return name;
}

std::string ShowCreateTable(const ObjectIdentifier& id, const CatalogTable& table,
                            bool temporary) {
  std::vector<std::string> lines;
  for (const TableColumn& column : table.columns) {
    std::string line = "  " + QuoteIdentifier(column.name);
    switch (column.kind) {
      case TableColumn::Kind::kPhysical:
        line += " " + column.type.ToString();
        break;
      case TableColumn::Kind::kComputed:
        line += " AS " + column.expression;
        break;
      case TableColumn::Kind::kMetadata:
        line += " " + column.type.ToString() + " " + MetadataExtras(column);
        break;
    }
    if (!column.comment.empty()) line += " COMMENT " + QuoteSqlString(column.comment);
    lines.push_back(std::move(line));
  }
  if (table.watermark) {
    lines.push_back(fmt::format("  WATERMARK FOR {} AS {}", QuoteIdentifier(table.watermark->column),
                                table.watermark->expression));
  }
  if (table.primary_key) {
    lines.push_back(fmt::format("  CONSTRAINT {} PRIMARY KEY ({}) NOT ENFORCED",
                                QuoteIdentifier(PrimaryKeyConstraintName(*table.primary_key)),
                                JoinQuoted(table.primary_key->columns)));
  }
  std::string ddl = fmt::format("CREATE {}TABLE {} (\n", temporary ? "TEMPORARY " : "",
                                id.ToQuotedString());
  for (size_t i = 0; i < lines.size(); ++i) ddl += lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
  ddl += ")";
  if (!table.comment.empty()) ddl += "\nCOMMENT " + QuoteSqlString(table.comment);
  if (!table.partition_keys.empty()) {
    ddl += "\nPARTITIONED BY (" + JoinQuoted(table.partition_keys) + ")";
  }
  // As Flink, a table without options has no WITH clause.
  if (!table.options.empty()) ddl += "\n" + WithClause(table.options);
  return ddl;
}

std::string ShowCreateView(const ObjectIdentifier& id, const CatalogView& view, bool temporary) {
  std::string ddl = fmt::format("CREATE {}VIEW {}", temporary ? "TEMPORARY " : "",
                                id.ToQuotedString());
  if (!view.column_names.empty()) ddl += " (" + JoinQuoted(view.column_names) + ")";
  if (!view.comment.empty()) ddl += "\nCOMMENT " + QuoteSqlString(view.comment);
  return ddl + "\nAS " + view.query;
}

ResultTable DescribeTable(const CatalogTable& table) {
  const bool with_comment = std::any_of(table.columns.begin(), table.columns.end(),
                                        [](const TableColumn& c) { return !c.comment.empty(); });
  std::vector<std::string> names = {"name", "type", "null", "key", "extras", "watermark"};
  if (with_comment) names.push_back("comment");
  ResultTable result = MakeStringTable(names);
  for (const TableColumn& column : table.columns) {
    const bool is_rowtime = table.watermark && table.watermark->column == column.name;
    // A computed column's type comes from its expression, which the binder derives when the table
    // is used; until then it is unknown and shown as NULL rather than guessed.
    std::optional<std::string> type;
    if (column.kind != TableColumn::Kind::kComputed) {
      type = column.type.WithNullable(true).ToSummaryString();
      if (is_rowtime) *type += " *ROWTIME*";
    }
    std::optional<std::string> key;
    if (table.primary_key &&
        std::find(table.primary_key->columns.begin(), table.primary_key->columns.end(),
                  column.name) != table.primary_key->columns.end()) {
      std::string columns;
      for (const std::string& name : table.primary_key->columns) {
        columns += (columns.empty() ? "" : ", ") + name;
      }
      key = "PRI(" + columns + ")";
    }
    std::optional<std::string> extras;
    if (column.kind == TableColumn::Kind::kComputed) extras = "AS " + column.expression;
    if (column.kind == TableColumn::Kind::kMetadata) extras = MetadataExtras(column);
    std::optional<std::string> watermark;
    if (is_rowtime) watermark = table.watermark->expression;
    std::vector<std::optional<std::string>> row = {
        column.name, type,
        column.kind == TableColumn::Kind::kComputed
            ? std::nullopt
            : std::optional<std::string>(BoolText(column.type.nullable())),
        key, extras, watermark};
    if (with_comment) {
      row.push_back(column.comment.empty() ? std::nullopt
                                           : std::optional<std::string>(column.comment));
    }
    result.rows.push_back(std::move(row));
  }
  return result;
}

}  // namespace sluice
