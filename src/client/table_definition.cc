#include "client/table_definition.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace sluice {
namespace {

using Strategy = sql::TableLikeClause::Strategy;
using Feature = sql::TableLikeClause::Feature;

std::vector<TableColumn>::iterator FindColumn(std::vector<TableColumn>& columns,
                                              const std::string& name) {
  return std::find_if(columns.begin(), columns.end(),
                      [&](const TableColumn& c) { return c.name == name; });
}

std::string ColumnNames(const std::vector<TableColumn>& columns) {
  std::vector<std::string> names;
  for (const TableColumn& column : columns) names.push_back(column.name);
  return fmt::format("[{}]", fmt::join(names, ", "));
}

// The strategy LIKE applies to `feature`: the last option naming it or ALL, else Flink's
// default (INCLUDING ALL, OVERWRITING OPTIONS).
Strategy LikeStrategy(const sql::TableLikeClause& like, Feature feature) {
  Strategy strategy = feature == Feature::kOptions ? Strategy::kOverwriting : Strategy::kIncluding;
  for (const auto& [chosen, named] : like.options) {
    if (named == feature || named == Feature::kAll) {
      // OVERWRITING ALL keeps INCLUDING for features that cannot be overwritten.
      strategy = chosen;
    }
  }
  return strategy;
}

bool Includes(Strategy strategy) { return strategy != Strategy::kExcluding; }

Status MergeLikeSource(const sql::TableLikeClause& like, const CatalogTable& source,
                       CatalogTable& table) {
  std::vector<TableColumn> columns;
  const Strategy generated = LikeStrategy(like, Feature::kGenerated);
  const Strategy metadata = LikeStrategy(like, Feature::kMetadata);
  for (const TableColumn& column : source.columns) {
    if (column.kind == TableColumn::Kind::kComputed && !Includes(generated)) continue;
    if (column.kind == TableColumn::Kind::kMetadata && !Includes(metadata)) continue;
    columns.push_back(column);
  }
  for (const TableColumn& column : table.columns) {
    auto existing = FindColumn(columns, column.name);
    if (existing == columns.end()) {
      columns.push_back(column);
      continue;
    }
    const Strategy strategy = column.kind == TableColumn::Kind::kComputed   ? generated
                              : column.kind == TableColumn::Kind::kMetadata ? metadata
                                                                            : Strategy::kIncluding;
    if (existing->kind != column.kind || strategy != Strategy::kOverwriting ||
        column.kind == TableColumn::Kind::kPhysical) {
      return Status::UserError(fmt::format(
          "A column named '{}' already exists in the base table.", column.name));
    }
    *existing = column;
  }
  table.columns = std::move(columns);

  const Strategy watermarks = LikeStrategy(like, Feature::kWatermarks);
  if (source.watermark && Includes(watermarks)) {
    if (table.watermark && watermarks != Strategy::kOverwriting) {
      return Status::UserError(fmt::format(
          "There already exists a watermark spec for column '{}' in the base table. You might "
          "want to specify EXCLUDING WATERMARKS or OVERWRITING WATERMARKS.",
          table.watermark->column));
    }
    if (!table.watermark) table.watermark = source.watermark;
  }
  if (source.primary_key && Includes(LikeStrategy(like, Feature::kConstraints))) {
    if (table.primary_key) {
      return Status::UserError(
          "The base table already has a primary key. You might want to specify EXCLUDING "
          "CONSTRAINTS.");
    }
    table.primary_key = source.primary_key;
  }
  if (!source.partition_keys.empty() && Includes(LikeStrategy(like, Feature::kPartitions))) {
    if (!table.partition_keys.empty()) {
      return Status::UserError(
          "The base table already has partitions defined. You might want to specify EXCLUDING "
          "PARTITIONS.");
    }
    table.partition_keys = source.partition_keys;
  }
  const Strategy options = LikeStrategy(like, Feature::kOptions);
  if (Includes(options)) {
    OptionMap merged = source.options;
    for (const auto& [key, value] : table.options) {
      auto it = merged.find(key);
      if (it != merged.end() && options != Strategy::kOverwriting) {
        return Status::UserError(fmt::format(
            "There already exists an option ['{}' -> '{}']  in the base table. You might want "
            "to specify EXCLUDING OPTIONS or OVERWRITING OPTIONS.",
            key, it->second));
      }
      merged[key] = value;
    }
    table.options = std::move(merged);
  }
  return Status::OK();
}

}  // namespace

TableColumn ToTableColumn(const sql::ColumnDefinition& definition) {
  TableColumn column;
  column.name = definition.name;
  column.type = definition.type;
  column.comment = definition.comment.value_or("");
  switch (definition.kind) {
    case sql::ColumnDefinition::Kind::kPhysical:
      column.kind = TableColumn::Kind::kPhysical;
      break;
    case sql::ColumnDefinition::Kind::kComputed:
      column.kind = TableColumn::Kind::kComputed;
      column.expression = definition.expression_sql;
      break;
    case sql::ColumnDefinition::Kind::kMetadata:
      column.kind = TableColumn::Kind::kMetadata;
      column.metadata_key = definition.metadata_key.value_or("");
      column.is_virtual = definition.is_virtual;
      break;
  }
  return column;
}

PrimaryKey ToPrimaryKey(const sql::PrimaryKeyDefinition& definition) {
  return PrimaryKey{definition.constraint_name.value_or(""), definition.columns};
}

Status ValidateTable(CatalogTable& table) {
  std::set<std::string> seen;
  for (const TableColumn& column : table.columns) {
    if (!seen.insert(column.name).second) {
      return Status::UserError(fmt::format("A column named '{}' already exists in the table.",
                                           column.name));
    }
  }
  if (table.primary_key) {
    std::set<std::string> key_columns;
    for (const std::string& name : table.primary_key->columns) {
      if (!key_columns.insert(name).second) {
        return Status::UserError(fmt::format(
            "Invalid primary key '{}'. A column with name '{}' is declared twice.",
            table.primary_key->constraint_name.empty() ? "PK" : table.primary_key->constraint_name,
            name));
      }
      auto column = FindColumn(table.columns, name);
      if (column == table.columns.end()) {
        return Status::UserError(fmt::format(
            "Invalid primary key. Column '{}' does not exist. Available columns: {}", name,
            ColumnNames(table.columns)));
      }
      if (column->kind != TableColumn::Kind::kPhysical) {
        return Status::UserError(fmt::format(
            "Invalid primary key. Column '{}' is not a physical column.", name));
      }
      column->type = column->type.NotNull();
    }
  }
  if (table.watermark) {
    auto column = FindColumn(table.columns, table.watermark->column);
    if (column == table.columns.end()) {
      return Status::UserError(fmt::format(
          "The rowtime attribute field '{}' is not defined in the table schema. Available fields: "
          "{}",
          table.watermark->column, ColumnNames(table.columns)));
    }
    const TypeId id = column->type.id();
    if (column->kind != TableColumn::Kind::kComputed && id != TypeId::kTimestamp &&
        id != TypeId::kTimestampLtz) {
      return Status::UserError(fmt::format(
          "Invalid data type of time field for watermark definition. The field must be of type "
          "TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the "
          "time field type is {}",
          column->type.ToString()));
    }
  }
  for (const std::string& key : table.partition_keys) {
    if (FindColumn(table.columns, key) == table.columns.end()) {
      return Status::UserError(fmt::format(
          "Partition column '{}' not defined in the table schema. Available columns: {}", key,
          ColumnNames(table.columns)));
    }
  }
  return Status::OK();
}

Result<CatalogTable> BuildCatalogTable(const sql::CreateTableStatement& statement,
                                       const CatalogTable* like_source) {
  CatalogTable table;
  for (const auto& definition : statement.columns) table.columns.push_back(ToTableColumn(definition));
  if (statement.primary_key) table.primary_key = ToPrimaryKey(*statement.primary_key);
  if (statement.watermark) {
    table.watermark =
        WatermarkSpec{statement.watermark->rowtime_column, statement.watermark->expression_sql};
  }
  table.partition_keys = statement.partition_keys;
  table.comment = statement.comment.value_or("");
  for (const auto& [key, value] : statement.options) table.options[key] = value;
  if (statement.like && like_source != nullptr) {
    SLUICE_RETURN_NOT_OK(MergeLikeSource(*statement.like, *like_source, table));
  }
  SLUICE_RETURN_NOT_OK(ValidateTable(table));
  return table;
}

Status ApplyColumnChange(const sql::AlterTableStatement& statement, CatalogTable& table) {
  using Action = sql::AlterTableStatement::Action;
  switch (statement.action) {
    case Action::kAddColumns:
      for (const auto& definition : statement.columns) {
        if (FindColumn(table.columns, definition.name) != table.columns.end()) {
          return Status::UserError(fmt::format(
              "Try to add a column `{}` which already exists in the table.", definition.name));
        }
        table.columns.push_back(ToTableColumn(definition));
      }
      break;
    case Action::kModifyColumns:
      for (const auto& definition : statement.columns) {
        auto column = FindColumn(table.columns, definition.name);
        if (column == table.columns.end()) {
          return Status::UserError(fmt::format(
              "Try to modify a column `{}` which does not exist in the table.", definition.name));
        }
        *column = ToTableColumn(definition);
      }
      break;
    case Action::kDropColumns:
      for (const std::string& name : statement.dropped_columns) {
        auto column = FindColumn(table.columns, name);
        if (column == table.columns.end()) {
          return Status::UserError(fmt::format(
              "The column `{}` does not exist in the base table.", name));
        }
        if (table.primary_key &&
            std::count(table.primary_key->columns.begin(), table.primary_key->columns.end(), name)) {
          return Status::UserError(fmt::format(
              "The column `{}` is used as the primary key.", name));
        }
        if (table.watermark && table.watermark->column == name) {
          return Status::UserError(fmt::format(
              "The column `{}` is referenced by watermark expression.", name));
        }
        table.columns.erase(column);
      }
      break;
    case Action::kRenameColumn: {
      auto column = FindColumn(table.columns, statement.old_column_name);
      if (column == table.columns.end()) {
        return Status::UserError(fmt::format(
            "The column `{}` does not exist in the base table.", statement.old_column_name));
      }
      if (FindColumn(table.columns, statement.new_column_name) != table.columns.end()) {
        return Status::UserError(fmt::format(
            "The column `{}` already existed in table schema.", statement.new_column_name));
      }
      column->name = statement.new_column_name;
      if (table.primary_key) {
        for (std::string& name : table.primary_key->columns) {
          if (name == statement.old_column_name) name = statement.new_column_name;
        }
      }
      if (table.watermark && table.watermark->column == statement.old_column_name) {
        table.watermark->column = statement.new_column_name;
      }
      break;
    }
    case Action::kDropWatermark:
      if (!table.watermark) {
        return Status::UserError("The base table does not define any watermark strategy.");
      }
      table.watermark.reset();
      break;
    case Action::kDropPrimaryKey:
      if (!table.primary_key) {
        return Status::UserError("The base table does not define any primary key.");
      }
      table.primary_key.reset();
      break;
    default:
      return Status::InternalError("not a column change");
  }
  if (statement.primary_key) {
    if (table.primary_key && statement.action == Action::kAddColumns) {
      return Status::UserError(
          "The base table has already defined the primary key constraint. You might want to use "
          "ALTER TABLE MODIFY PRIMARY KEY to change it.");
    }
    table.primary_key = ToPrimaryKey(*statement.primary_key);
  }
  if (statement.watermark) {
    if (table.watermark && statement.action == Action::kAddColumns) {
      return Status::UserError(
          "The base table has already defined the watermark strategy. You might want to use "
          "ALTER TABLE MODIFY WATERMARK to change it.");
    }
    table.watermark =
        WatermarkSpec{statement.watermark->rowtime_column, statement.watermark->expression_sql};
  }
  return ValidateTable(table);
}

}  // namespace sluice
