// Table, view and function statements: CREATE / ALTER / DROP TABLE (incl. CTAS and LIKE),
// CREATE / ALTER / DROP VIEW, SHOW TABLES / VIEWS / COLUMNS / CREATE ..., DESCRIBE, functions.
#include <fmt/format.h>

#include <map>
#include <set>

#include "sql/parser/parse_statement_internal.h"

namespace sluice::sql::internal {
namespace {

constexpr char kEnforcedMessage[] =
    "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint. ENFORCED/NOT ENFORCED "
    "controls if the constraint checks are performed on the incoming/outgoing data. Flink does "
    "not own the data therefore the only supported mode is the NOT ENFORCED mode";

// The elements between the parentheses of CREATE TABLE or ALTER TABLE ADD/MODIFY.
struct TableElements {
  std::vector<ColumnDefinition> columns;
  std::optional<PrimaryKeyDefinition> primary_key;
  std::optional<WatermarkDefinition> watermark;
};

// After PRIMARY KEY [(...)]: only NOT ENFORCED is accepted, as in Flink.
Status ParseEnforcement(TokenStream& tokens, const Token& constraint_start) {
  if (tokens.AcceptKeywords({"NOT", "ENFORCED"})) return Status::OK();
  return tokens.ErrorMessageAt(constraint_start, kEnforcedMessage);
}

Status SetPrimaryKey(TokenStream& tokens, const Token& at, PrimaryKeyDefinition key,
                     TableElements* out) {
  if (out->primary_key.has_value()) {
    return tokens.ErrorMessageAt(at, "Duplicate primary key definition");
  }
  out->primary_key = std::move(key);
  return Status::OK();
}

Status ParseColumn(TokenStream& tokens, TableElements* out) {
  const Token& name_token = tokens.Peek();
  ColumnDefinition column;
  column.line = name_token.line;
  column.column = name_token.column;
  SLUICE_ASSIGN_OR_RETURN(column.name, tokens.ExpectIdentifier("a column name"));
  if (tokens.AcceptKeyword("AS")) {
    column.kind = ColumnDefinition::Kind::kComputed;
    SLUICE_RETURN_NOT_OK(ParseExpressionText(tokens, &column.expression_sql));
    SLUICE_ASSIGN_OR_RETURN(column.comment, ParseOptionalComment(tokens));
    out->columns.push_back(std::move(column));
    return Status::OK();
  }
  SLUICE_ASSIGN_OR_RETURN(column.type, tokens.ParseColumnType());
  if (tokens.AcceptKeyword("METADATA")) {
    column.kind = ColumnDefinition::Kind::kMetadata;
    if (tokens.AcceptKeyword("FROM")) {
      SLUICE_ASSIGN_OR_RETURN(column.metadata_key,
                              tokens.ExpectStringLiteral("a metadata key string"));
    }
    column.is_virtual = tokens.AcceptKeyword("VIRTUAL");
  } else {
    const Token& constraint_start = tokens.Peek();
    std::optional<std::string> constraint_name;
    if (tokens.PeekKeyword("CONSTRAINT")) {
      tokens.Next();
      SLUICE_ASSIGN_OR_RETURN(constraint_name, tokens.ExpectIdentifier("a constraint name"));
      if (!tokens.PeekKeyword("PRIMARY") && !tokens.PeekKeyword("UNIQUE")) {
        return tokens.Error("'PRIMARY KEY'");
      }
    }
    if (tokens.PeekKeyword("UNIQUE")) {
      return tokens.ErrorMessageAt(constraint_start, "UNIQUE constraint is not supported yet");
    }
    if (tokens.AcceptKeyword("PRIMARY")) {
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("KEY"));
      SLUICE_RETURN_NOT_OK(ParseEnforcement(tokens, constraint_start));
      PrimaryKeyDefinition key;
      key.constraint_name = std::move(constraint_name);
      key.columns = {column.name};
      key.line = constraint_start.line;
      key.column = constraint_start.column;
      SLUICE_RETURN_NOT_OK(SetPrimaryKey(tokens, constraint_start, std::move(key), out));
    }
  }
  SLUICE_ASSIGN_OR_RETURN(column.comment, ParseOptionalComment(tokens));
  out->columns.push_back(std::move(column));
  return Status::OK();
}

// [CONSTRAINT n] PRIMARY KEY (a, b) NOT ENFORCED | [CONSTRAINT n] UNIQUE (...)
Status ParseTableConstraint(TokenStream& tokens, TableElements* out) {
  const Token& constraint_start = tokens.Peek();
  PrimaryKeyDefinition key;
  key.line = constraint_start.line;
  key.column = constraint_start.column;
  if (tokens.AcceptKeyword("CONSTRAINT")) {
    SLUICE_ASSIGN_OR_RETURN(key.constraint_name, tokens.ExpectIdentifier("a constraint name"));
  }
  if (tokens.PeekKeyword("UNIQUE")) {
    return tokens.ErrorMessageAt(constraint_start, "UNIQUE constraint is not supported yet");
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("PRIMARY"));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("KEY"));
  SLUICE_ASSIGN_OR_RETURN(key.columns, ParseIdentifierList(tokens, "a column name"));
  SLUICE_RETURN_NOT_OK(ParseEnforcement(tokens, constraint_start));
  return SetPrimaryKey(tokens, constraint_start, std::move(key), out);
}

// WATERMARK FOR ts AS expr
Status ParseWatermark(TokenStream& tokens, TableElements* out) {
  const Token& watermark_token = tokens.Next();
  if (out->watermark.has_value()) {
    return tokens.ErrorMessageAt(watermark_token,
                                 "Multiple WATERMARK statements is not supported yet.");
  }
  WatermarkDefinition watermark;
  watermark.line = watermark_token.line;
  watermark.column = watermark_token.column;
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FOR"));
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> rowtime,
                          tokens.ExpectCompoundIdentifier("a column name"));
  for (size_t i = 0; i < rowtime.size(); ++i) {
    if (i > 0) watermark.rowtime_column += '.';
    watermark.rowtime_column += rowtime[i];
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AS"));
  SLUICE_RETURN_NOT_OK(ParseExpressionText(tokens, &watermark.expression_sql));
  out->watermark = std::move(watermark);
  return Status::OK();
}

Status ParseTableElement(TokenStream& tokens, TableElements* out) {
  if (tokens.PeekKeyword("WATERMARK") && tokens.PeekKeyword("FOR", 1)) {
    return ParseWatermark(tokens, out);
  }
  if ((tokens.PeekKeyword("PRIMARY") && tokens.PeekKeyword("KEY", 1)) ||
      (tokens.PeekKeyword("UNIQUE") && tokens.PeekSymbol("(", 1)) ||
      (tokens.PeekKeyword("CONSTRAINT") && tokens.PeekIdentifier(1) &&
       (tokens.PeekKeyword("PRIMARY", 2) || tokens.PeekKeyword("UNIQUE", 2)))) {
    return ParseTableConstraint(tokens, out);
  }
  return ParseColumn(tokens, out);
}

// `( element, ... )` with at least one element.
Status ParseTableElements(TokenStream& tokens, TableElements* out) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  do {
    SLUICE_RETURN_NOT_OK(ParseTableElement(tokens, out));
  } while (tokens.AcceptSymbol(","));
  if (!tokens.AcceptSymbol(")")) return tokens.Error("',' or ')'");
  return Status::OK();
}

// Flink's checks of duplicate column names (MergeTableLikeUtil), in its order: physical columns
// first, then computed and metadata columns against all earlier ones.
Status CheckDuplicateColumns(const std::vector<ColumnDefinition>& columns) {
  using Kind = ColumnDefinition::Kind;
  auto error = [&](const ColumnDefinition& column, std::string message) {
    return Status::UserError(std::move(message)).WithPosition(column.line, column.column);
  };
  std::set<std::string> physical;
  for (const ColumnDefinition& column : columns) {
    if (column.kind != Kind::kPhysical) continue;
    if (!physical.insert(column.name).second) {
      return error(column, fmt::format("A regular Column named '{}' already exists in the table.",
                                       column.name));
    }
  }
  std::map<std::string, Kind> derived;
  for (const ColumnDefinition& column : columns) {
    if (column.kind == Kind::kPhysical) continue;
    bool computed = column.kind == Kind::kComputed;
    if (physical.count(column.name) > 0) {
      return error(column,
                   fmt::format("A column named '{}' already exists in the table. Duplicate "
                               "columns exist in the {} column and regular column. ",
                               column.name, computed ? "compute" : "metadata"));
    }
    auto it = derived.find(column.name);
    if (it != derived.end()) {
      if (it->second != column.kind) {
        return error(column, fmt::format("A column named '{}' already exists in the base table. "
                                         "{} columns can only overwrite other {} columns.",
                                         column.name, computed ? "Computed" : "Metadata",
                                         computed ? "computed" : "metadata"));
      }
      return error(column,
                   computed
                       ? fmt::format("A generated column named '{}' already exists in the base "
                                     "table. You might want to specify EXCLUDING GENERATED or "
                                     "OVERWRITING GENERATED.",
                                     column.name)
                       : fmt::format("A metadata column named '{}' already exists in the base "
                                     "table. You might want to specify EXCLUDING METADATA or "
                                     "OVERWRITING METADATA.",
                                     column.name));
    }
    derived.emplace(column.name, column.kind);
  }
  return Status::OK();
}

// Flink makes the columns of the primary key NOT NULL.
void ApplyPrimaryKeyNullability(const std::optional<PrimaryKeyDefinition>& key,
                                std::vector<ColumnDefinition>* columns) {
  if (!key.has_value()) return;
  for (ColumnDefinition& column : *columns) {
    if (column.kind != ColumnDefinition::Kind::kPhysical) continue;
    for (const std::string& name : key->columns) {
      if (name == column.name) column.type = column.type.NotNull();
    }
  }
}

Result<TableLikeClause> ParseTableLike(TokenStream& tokens) {
  TableLikeClause like;
  SLUICE_ASSIGN_OR_RETURN(like.source, ParseObjectName(tokens, "a table name"));
  if (!tokens.AcceptSymbol("(")) return like;
  using Strategy = TableLikeClause::Strategy;
  using Feature = TableLikeClause::Feature;
  do {
    Strategy strategy;
    if (tokens.AcceptKeyword("INCLUDING")) {
      strategy = Strategy::kIncluding;
    } else if (tokens.AcceptKeyword("EXCLUDING")) {
      strategy = Strategy::kExcluding;
    } else if (tokens.AcceptKeyword("OVERWRITING")) {
      strategy = Strategy::kOverwriting;
    } else {
      return tokens.Error("one of INCLUDING, EXCLUDING, OVERWRITING");
    }
    static const std::pair<const char*, Feature> kFeatures[] = {
        {"ALL", Feature::kAll},           {"CONSTRAINTS", Feature::kConstraints},
        {"PARTITIONS", Feature::kPartitions}, {"GENERATED", Feature::kGenerated},
        {"OPTIONS", Feature::kOptions},   {"WATERMARKS", Feature::kWatermarks},
        {"METADATA", Feature::kMetadata},
    };
    bool found = false;
    for (const auto& [word, feature] : kFeatures) {
      if (tokens.AcceptKeyword(word)) {
        like.options.emplace_back(strategy, feature);
        found = true;
        break;
      }
    }
    if (!found) {
      return tokens.Error(
          "one of ALL, CONSTRAINTS, PARTITIONS, GENERATED, OPTIONS, WATERMARKS, METADATA");
    }
  } while (!tokens.PeekSymbol(")"));
  tokens.Next();
  return like;
}

}  // namespace

StatementResult ParseCreateTable(TokenStream& tokens, const Token& start,
                                 const CreateModifiers& modifiers) {
  auto statement = NewStatement<CreateTableStatement>(start);
  statement->or_replace = modifiers.or_replace;
  statement->temporary = modifiers.temporary;
  statement->if_not_exists = AcceptIfNotExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a table name"));
  if (tokens.PeekSymbol("(")) {
    TableElements elements;
    SLUICE_RETURN_NOT_OK(ParseTableElements(tokens, &elements));
    SLUICE_RETURN_NOT_OK(CheckDuplicateColumns(elements.columns));
    ApplyPrimaryKeyNullability(elements.primary_key, &elements.columns);
    statement->columns = std::move(elements.columns);
    statement->primary_key = std::move(elements.primary_key);
    statement->watermark = std::move(elements.watermark);
  }
  SLUICE_ASSIGN_OR_RETURN(statement->comment, ParseOptionalComment(tokens));
  if (tokens.AcceptKeyword("PARTITIONED")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("BY"));
    SLUICE_ASSIGN_OR_RETURN(statement->partition_keys,
                            ParseIdentifierList(tokens, "a column name"));
  }
  if (tokens.AcceptKeyword("WITH")) {
    SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  }
  if (tokens.AcceptKeyword("AS")) {
    SLUICE_RETURN_NOT_OK(ParseQueryText(tokens, &statement->query_sql, &statement->query));
  } else if (modifiers.or_replace) {
    // CREATE OR REPLACE TABLE exists only as REPLACE TABLE AS SELECT.
    return tokens.Error("'AS'");
  } else if (tokens.AcceptKeyword("LIKE")) {
    SLUICE_ASSIGN_OR_RETURN(statement->like, ParseTableLike(tokens));
  }
  return Finish(std::move(statement));
}

StatementResult ParseAlterTable(TokenStream& tokens, const Token& start) {
  using Action = AlterTableStatement::Action;
  auto statement = NewStatement<AlterTableStatement>(start);
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a table name"));
  if (tokens.AcceptKeyword("SET")) {
    statement->action = Action::kSetOptions;
    SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  } else if (tokens.AcceptKeyword("RESET")) {
    statement->action = Action::kResetOptions;
    SLUICE_ASSIGN_OR_RETURN(statement->reset_keys, ParseKeyList(tokens));
  } else if (tokens.AcceptKeyword("RENAME")) {
    if (tokens.AcceptKeyword("TO")) {
      statement->action = Action::kRename;
      SLUICE_ASSIGN_OR_RETURN(statement->new_name, ParseObjectName(tokens, "a table name"));
    } else {
      statement->action = Action::kRenameColumn;
      SLUICE_ASSIGN_OR_RETURN(statement->old_column_name,
                              tokens.ExpectIdentifier("'TO' or a column name"));
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("TO"));
      SLUICE_ASSIGN_OR_RETURN(statement->new_column_name,
                              tokens.ExpectIdentifier("a column name"));
    }
  } else if (tokens.PeekKeyword("ADD") || tokens.PeekKeyword("MODIFY")) {
    statement->action = tokens.AcceptKeyword("ADD") ? Action::kAddColumns : Action::kModifyColumns;
    tokens.AcceptKeyword("MODIFY");
    TableElements elements;
    if (tokens.PeekSymbol("(")) {
      SLUICE_RETURN_NOT_OK(ParseTableElements(tokens, &elements));
    } else {
      SLUICE_RETURN_NOT_OK(ParseTableElement(tokens, &elements));
    }
    SLUICE_RETURN_NOT_OK(CheckDuplicateColumns(elements.columns));
    statement->columns = std::move(elements.columns);
    statement->primary_key = std::move(elements.primary_key);
    statement->watermark = std::move(elements.watermark);
  } else if (tokens.AcceptKeyword("DROP")) {
    if (tokens.AcceptKeywords({"PRIMARY", "KEY"})) {
      statement->action = Action::kDropPrimaryKey;
    } else if (tokens.AcceptKeyword("WATERMARK")) {
      statement->action = Action::kDropWatermark;
    } else if (tokens.PeekSymbol("(")) {
      statement->action = Action::kDropColumns;
      SLUICE_ASSIGN_OR_RETURN(statement->dropped_columns,
                              ParseIdentifierList(tokens, "a column name"));
    } else {
      statement->action = Action::kDropColumns;
      SLUICE_ASSIGN_OR_RETURN(std::string column,
                              tokens.ExpectIdentifier("a column name, PRIMARY KEY or WATERMARK"));
      statement->dropped_columns.push_back(std::move(column));
    }
  } else {
    return tokens.Error("one of SET, RESET, RENAME, ADD, MODIFY, DROP");
  }
  return Finish(std::move(statement));
}

StatementResult ParseDropTable(TokenStream& tokens, const Token& start, bool temporary) {
  auto statement = NewStatement<DropTableStatement>(start);
  statement->temporary = temporary;
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a table name"));
  return Finish(std::move(statement));
}

StatementResult ParseShowTables(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowTablesStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->database, ParseOptionalFromIn(tokens, "a database name", 2));
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseShowCreateTable(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowCreateTableStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a table name"));
  return Finish(std::move(statement));
}

StatementResult ParseDescribeTable(TokenStream& tokens, const Token& start, bool extended) {
  auto statement = NewStatement<DescribeTableStatement>(start);
  statement->extended = extended;
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a table name"));
  return Finish(std::move(statement));
}

StatementResult ParseShowColumns(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowColumnsStatement>(start);
  if (!tokens.AcceptKeyword("FROM") && !tokens.AcceptKeyword("IN")) {
    return tokens.Error("'FROM' or 'IN'");
  }
  SLUICE_ASSIGN_OR_RETURN(statement->table, ParseObjectName(tokens, "a table name"));
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseCreateView(TokenStream& tokens, const Token& start,
                                const CreateModifiers& modifiers) {
  auto statement = NewStatement<CreateViewStatement>(start);
  statement->temporary = modifiers.temporary;
  statement->if_not_exists = AcceptIfNotExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a view name"));
  if (tokens.PeekSymbol("(")) {
    SLUICE_ASSIGN_OR_RETURN(statement->column_names, ParseIdentifierList(tokens, "a column name"));
  }
  SLUICE_ASSIGN_OR_RETURN(statement->comment, ParseOptionalComment(tokens));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AS"));
  SLUICE_RETURN_NOT_OK(ParseQueryText(tokens, &statement->query_sql, &statement->query));
  return Finish(std::move(statement));
}

StatementResult ParseDropView(TokenStream& tokens, const Token& start, bool temporary) {
  auto statement = NewStatement<DropViewStatement>(start);
  statement->temporary = temporary;
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a view name"));
  return Finish(std::move(statement));
}

StatementResult ParseAlterView(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<AlterViewStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a view name"));
  if (tokens.AcceptKeyword("RENAME")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("TO"));
    statement->action = AlterViewStatement::Action::kRename;
    SLUICE_ASSIGN_OR_RETURN(statement->new_name, ParseObjectName(tokens, "a view name"));
  } else if (tokens.AcceptKeyword("AS")) {
    statement->action = AlterViewStatement::Action::kAs;
    SLUICE_RETURN_NOT_OK(ParseQueryText(tokens, &statement->query_sql, &statement->query));
  } else {
    return tokens.Error("'RENAME' or 'AS'");
  }
  return Finish(std::move(statement));
}

StatementResult ParseShowViews(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowViewsStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->database, ParseOptionalFromIn(tokens, "a database name", 2));
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseShowCreateView(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowCreateViewStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a view name"));
  return Finish(std::move(statement));
}

StatementResult ParseCreateFunction(TokenStream& tokens, const Token& start,
                                    const CreateModifiers& modifiers) {
  auto statement = NewStatement<CreateFunctionStatement>(start);
  statement->temporary = modifiers.temporary;
  statement->system = modifiers.system;
  statement->if_not_exists = AcceptIfNotExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name,
                          ParseObjectName(tokens, "a function name", modifiers.system ? 1 : 3));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AS"));
  SLUICE_ASSIGN_OR_RETURN(statement->class_name, tokens.ExpectStringLiteral("a class name string"));
  if (tokens.AcceptKeyword("LANGUAGE")) {
    if (tokens.PeekKeyword("JAVA") || tokens.PeekKeyword("SCALA") || tokens.PeekKeyword("PYTHON")) {
      statement->language = ToUpper(tokens.Next().text);
    } else {
      return tokens.Error("one of JAVA, SCALA, PYTHON");
    }
  }
  return Finish(std::move(statement));
}

StatementResult ParseDropFunction(TokenStream& tokens, const Token& start, bool temporary,
                                  bool system) {
  auto statement = NewStatement<DropFunctionStatement>(start);
  statement->temporary = temporary;
  statement->system = system;
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name,
                          ParseObjectName(tokens, "a function name", system ? 1 : 3));
  return Finish(std::move(statement));
}

StatementResult ParseShowFunctions(TokenStream& tokens, const Token& start, bool user_only) {
  auto statement = NewStatement<ShowFunctionsStatement>(start);
  statement->user_only = user_only;
  SLUICE_ASSIGN_OR_RETURN(statement->database, ParseOptionalFromIn(tokens, "a database name", 2));
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseDescribeFunction(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<DescribeFunctionStatement>(start);
  if (tokens.PeekKeyword("EXTENDED") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    statement->extended = true;
  }
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a function name"));
  return Finish(std::move(statement));
}

}  // namespace sluice::sql::internal
