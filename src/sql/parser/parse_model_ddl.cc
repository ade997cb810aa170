// Model statements (SPEC-models.md §1, §6): CREATE [OR REPLACE] MODEL [... AS query],
// ALTER / DROP MODEL, SHOW MODELS / CREATE MODEL / MODEL VERSIONS / MODEL METRICS / PROVIDERS,
// DESCRIBE MODEL. Flink's parser-level checks of CREATE MODEL are reported with Flink's texts.
#include <fmt/format.h>

#include <set>

#include "sql/parser/parse_statement_internal.h"

namespace sluice::sql::internal {
namespace {

// `( col type [METADATA FROM 'key'] [COMMENT '...'], ... )`; METADATA only when `is_output`.
Result<std::vector<ModelColumnDefinition>> ParseModelColumns(TokenStream& tokens,
                                                            bool is_output) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  std::vector<ModelColumnDefinition> columns;
  do {
    const Token& name_token = tokens.Peek();
    ModelColumnDefinition column;
    column.line = name_token.line;
    column.column = name_token.column;
    SLUICE_ASSIGN_OR_RETURN(column.name, tokens.ExpectIdentifier("a column name"));
    SLUICE_ASSIGN_OR_RETURN(column.type, tokens.ParseColumnType());
    if (is_output && tokens.AcceptKeyword("METADATA")) {
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FROM"));
      SLUICE_ASSIGN_OR_RETURN(column.metadata_key,
                              tokens.ExpectStringLiteral("a metadata key string"));
    }
    SLUICE_ASSIGN_OR_RETURN(column.comment, ParseOptionalComment(tokens));
    columns.push_back(std::move(column));
  } while (tokens.AcceptSymbol(","));
  if (!tokens.AcceptSymbol(")")) return tokens.Error("',' or ')'");
  return columns;
}

Status CheckDuplicateModelColumns(const std::vector<ModelColumnDefinition>& columns,
                                  std::string_view which) {
  std::set<std::string> seen;
  for (const ModelColumnDefinition& column : columns) {
    if (!seen.insert(column.name).second) {
      return Status::UserError(
                 fmt::format("Duplicate {} column name: '{}'.", which, column.name))
          .WithPosition(column.line, column.column);
    }
  }
  return Status::OK();
}

Status UserErrorAt(int line, int column, std::string message) {
  return Status::UserError(std::move(message)).WithPosition(line, column);
}

}  // namespace

StatementResult ParseCreateModel(TokenStream& tokens, const Token& start,
                                 const CreateModifiers& modifiers) {
  auto statement = NewStatement<CreateModelStatement>(start);
  statement->or_replace = modifiers.or_replace;
  statement->temporary = modifiers.temporary;
  statement->if_not_exists = AcceptIfNotExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));

  std::optional<Token> input_token;
  std::optional<Token> output_token;
  if (tokens.PeekKeyword("INPUT")) {
    input_token = tokens.Next();
    SLUICE_ASSIGN_OR_RETURN(statement->input_columns, ParseModelColumns(tokens, false));
  }
  if (tokens.PeekKeyword("OUTPUT")) {
    output_token = tokens.Next();
    SLUICE_ASSIGN_OR_RETURN(statement->output_columns, ParseModelColumns(tokens, true));
  }
  SLUICE_ASSIGN_OR_RETURN(statement->comment, ParseOptionalComment(tokens));
  // Where the property list is (WITH), or should have been.
  Token with_token = tokens.Peek();
  if (tokens.AcceptKeyword("WITH")) {
    SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  } else if (!tokens.PeekKeyword("AS") && !tokens.PeekSymbol(";") && !tokens.AtEnd()) {
    // Something unexpected instead of the remaining clauses.
    if (!input_token && !output_token && !statement->comment) {
      return tokens.Error("one of INPUT, OUTPUT, COMMENT, WITH, AS");
    }
    return tokens.Error(statement->comment ? "'WITH' or 'AS'" : "one of COMMENT, WITH, AS");
  }
  if (tokens.AcceptKeyword("AS")) {
    SLUICE_RETURN_NOT_OK(ParseQueryText(tokens, &statement->query_sql, &statement->query));
  }

  // Flink's checks, in Flink's order (SqlCreateModelAs, then SqlCreateModel).
  if (statement->query != nullptr) {
    if (input_token) {
      return UserErrorAt(input_token->line, input_token->column,
                         "CREATE MODEL AS SELECT syntax does not support to specify explicit "
                         "input columns.");
    }
    if (output_token) {
      return UserErrorAt(output_token->line, output_token->column,
                         "CREATE MODEL AS SELECT syntax does not support to specify explicit "
                         "output columns.");
    }
  }
  if (!statement->input_columns.empty() && statement->output_columns.empty()) {
    const ModelColumnDefinition& first = statement->input_columns.front();
    return UserErrorAt(first.line, first.column,
                       "Output column list can not be empty with non-empty input column list.");
  }
  if (statement->input_columns.empty() && !statement->output_columns.empty()) {
    const ModelColumnDefinition& first = statement->output_columns.front();
    return UserErrorAt(first.line, first.column,
                       "Input column list can not be empty with non-empty output column list.");
  }
  if (statement->options.empty()) {
    return UserErrorAt(with_token.line, with_token.column, "Model property list can not be empty.");
  }
  SLUICE_RETURN_NOT_OK(CheckDuplicateModelColumns(statement->input_columns, "input"));
  SLUICE_RETURN_NOT_OK(CheckDuplicateModelColumns(statement->output_columns, "output"));
  return Finish(std::move(statement));
}

StatementResult ParseAlterModel(TokenStream& tokens, const Token& start) {
  using Action = AlterModelStatement::Action;
  auto statement = NewStatement<AlterModelStatement>(start);
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));
  const Token action_token = tokens.Peek();
  if (tokens.AcceptKeyword("SET")) {
    statement->action = Action::kSet;
    SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
    if (statement->options.empty()) {
      return UserErrorAt(action_token.line, action_token.column,
                         "ALTER MODEL SET does not support empty option.");
    }
  } else if (tokens.AcceptKeyword("RESET")) {
    statement->action = Action::kReset;
    SLUICE_ASSIGN_OR_RETURN(statement->reset_keys, ParseKeyList(tokens));
    if (statement->reset_keys.empty()) {
      return UserErrorAt(action_token.line, action_token.column,
                         "ALTER MODEL RESET does not support empty key.");
    }
  } else if (tokens.AcceptKeyword("RENAME")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("TO"));
    statement->action = Action::kRename;
    SLUICE_ASSIGN_OR_RETURN(statement->new_name, ParseObjectName(tokens, "a model name"));
  } else {
    return tokens.Error("one of SET, RESET, RENAME");
  }
  return Finish(std::move(statement));
}

StatementResult ParseDropModel(TokenStream& tokens, const Token& start, bool temporary) {
  auto statement = NewStatement<DropModelStatement>(start);
  statement->temporary = temporary;
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));
  return Finish(std::move(statement));
}

StatementResult ParseShowModels(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowModelsStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->database, ParseOptionalFromIn(tokens, "a database name", 2));
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseShowCreateModel(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowCreateModelStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));
  return Finish(std::move(statement));
}

StatementResult ParseDescribeModel(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<DescribeModelStatement>(start);
  // EXTENDED is also a valid model name: it is the flag only when a name follows.
  if (tokens.PeekKeyword("EXTENDED") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    statement->extended = true;
  }
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));
  return Finish(std::move(statement));
}

StatementResult ParseShowModelVersions(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowModelVersionsStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));
  return Finish(std::move(statement));
}

StatementResult ParseShowModelMetrics(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowModelMetricsStatement>(start);
  if (tokens.PeekIdentifier()) {
    SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a model name"));
  }
  return Finish(std::move(statement));
}

}  // namespace sluice::sql::internal
