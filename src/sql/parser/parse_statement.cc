// ParseStatement: the statement dispatcher, and the clause helpers shared by the parse_*.cc
// families (parse_statement_internal.h).
#include <fmt/format.h>

#include "sql/parser/parse_statement_internal.h"
#include "sql/parser/parser.h"
#include "sql/parser/query_parser.h"

namespace sluice::sql {
namespace internal {

bool AcceptIfNotExists(TokenStream& tokens) {
  return tokens.AcceptKeywords({"IF", "NOT", "EXISTS"});
}

bool AcceptIfExists(TokenStream& tokens) { return tokens.AcceptKeywords({"IF", "EXISTS"}); }

Result<std::vector<std::string>> ParseObjectName(TokenStream& tokens, std::string_view what,
                                                 size_t max_parts) {
  const Token& first = tokens.Peek();
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> parts, tokens.ExpectCompoundIdentifier(what));
  if (parts.size() > max_parts) {
    std::string_view written = tokens.Source(first.offset, tokens.PreviousEndOffset());
    return tokens.ErrorMessageAt(
        first, fmt::format("Syntax error: {} has at most {} parts but found '{}'", what,
                           max_parts, written));
  }
  // A trailing '.' not followed by an identifier (e.g. `db.`) is an error, not the end of the name.
  if (tokens.PeekSymbol(".")) {
    tokens.Next();
    return tokens.Error(what);
  }
  return parts;
}

Result<OptionList> ParseOptionList(TokenStream& tokens) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  OptionList options;
  if (tokens.AcceptSymbol(")")) return options;
  do {
    SLUICE_ASSIGN_OR_RETURN(std::string key, tokens.ExpectStringLiteral("an option key string"));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("="));
    SLUICE_ASSIGN_OR_RETURN(std::string value,
                            tokens.ExpectStringLiteral("an option value string"));
    options.emplace_back(std::move(key), std::move(value));
  } while (tokens.AcceptSymbol(","));
  if (!tokens.AcceptSymbol(")")) return tokens.Error("',' or ')'");
  return options;
}

Result<std::vector<std::string>> ParseKeyList(TokenStream& tokens) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  std::vector<std::string> keys;
  if (tokens.AcceptSymbol(")")) return keys;
  do {
    SLUICE_ASSIGN_OR_RETURN(std::string key, tokens.ExpectStringLiteral("an option key string"));
    keys.push_back(std::move(key));
  } while (tokens.AcceptSymbol(","));
  if (!tokens.AcceptSymbol(")")) return tokens.Error("',' or ')'");
  return keys;
}

Result<std::vector<std::string>> ParseIdentifierList(TokenStream& tokens, std::string_view what) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  std::vector<std::string> names;
  do {
    SLUICE_ASSIGN_OR_RETURN(std::string name, tokens.ExpectIdentifier(what));
    names.push_back(std::move(name));
  } while (tokens.AcceptSymbol(","));
  if (!tokens.AcceptSymbol(")")) return tokens.Error("',' or ')'");
  return names;
}

Result<std::optional<std::string>> ParseOptionalComment(TokenStream& tokens) {
  if (!tokens.AcceptKeyword("COMMENT")) return std::optional<std::string>();
  SLUICE_ASSIGN_OR_RETURN(std::string text, tokens.ExpectStringLiteral("a comment string"));
  return std::optional<std::string>(std::move(text));
}

Result<std::optional<LikeFilter>> ParseOptionalLike(TokenStream& tokens) {
  LikeFilter like;
  size_t mark = tokens.Mark();
  if (tokens.AcceptKeyword("NOT")) like.negated = true;
  if (tokens.AcceptKeyword("ILIKE")) {
    like.case_insensitive = true;
  } else if (!tokens.AcceptKeyword("LIKE")) {
    if (like.negated) return tokens.Error("'LIKE' or 'ILIKE'");
    tokens.Reset(mark);
    return std::optional<LikeFilter>();
  }
  SLUICE_ASSIGN_OR_RETURN(like.pattern, tokens.ExpectStringLiteral("a pattern string"));
  return std::optional<LikeFilter>(std::move(like));
}

Result<std::vector<std::string>> ParseOptionalFromIn(TokenStream& tokens, std::string_view what,
                                                     size_t max_parts) {
  if (!tokens.AcceptKeyword("FROM") && !tokens.AcceptKeyword("IN")) {
    return std::vector<std::string>();
  }
  return ParseObjectName(tokens, what, max_parts);
}

Status ParseQueryText(TokenStream& tokens, std::string* sql, std::unique_ptr<QueryNode>* query) {
  if (!PeekQueryStart(tokens)) return tokens.Error("a query");
  size_t begin = tokens.CurrentOffset();
  SLUICE_ASSIGN_OR_RETURN(*query, ParseQuery(tokens));
  *sql = std::string(tokens.Source(begin, tokens.PreviousEndOffset()));
  return Status::OK();
}

Status ParseExpressionText(TokenStream& tokens, std::string* sql) {
  size_t begin = tokens.CurrentOffset();
  SLUICE_ASSIGN_OR_RETURN(auto expression, ParseExpression(tokens));
  (void)expression;
  *sql = std::string(tokens.Source(begin, tokens.PreviousEndOffset()));
  return Status::OK();
}

namespace {

constexpr std::string_view kCreateObjects = "one of TABLE, VIEW, MODEL, DATABASE, CATALOG, FUNCTION";

StatementResult ParseCreate(TokenStream& tokens, const Token& start) {
  CreateModifiers modifiers;
  if (tokens.AcceptKeyword("OR")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("REPLACE"));
    modifiers.or_replace = true;
  }
  if (tokens.AcceptKeyword("TEMPORARY")) {
    modifiers.temporary = true;
    if (!modifiers.or_replace && tokens.AcceptKeyword("SYSTEM")) {
      modifiers.system = true;
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FUNCTION"));
      return ParseCreateFunction(tokens, start, modifiers);
    }
  }
  if (tokens.AcceptKeyword("TABLE")) return ParseCreateTable(tokens, start, modifiers);
  if (tokens.AcceptKeyword("MODEL")) return ParseCreateModel(tokens, start, modifiers);
  if (modifiers.or_replace) {
    return tokens.Error(modifiers.temporary ? "one of TABLE, MODEL" : "one of TABLE, MODEL, "
                                                                      "TEMPORARY");
  }
  if (tokens.AcceptKeyword("VIEW")) return ParseCreateView(tokens, start, modifiers);
  if (tokens.AcceptKeyword("FUNCTION")) return ParseCreateFunction(tokens, start, modifiers);
  if (modifiers.temporary) return tokens.Error("one of TABLE, VIEW, MODEL, FUNCTION, SYSTEM");
  if (tokens.AcceptKeyword("DATABASE")) return ParseCreateDatabase(tokens, start);
  if (tokens.AcceptKeyword("CATALOG")) return ParseCreateCatalog(tokens, start);
  return tokens.Error(kCreateObjects);
}

StatementResult ParseDrop(TokenStream& tokens, const Token& start) {
  bool temporary = tokens.AcceptKeyword("TEMPORARY");
  if (temporary) {
    if (tokens.AcceptKeyword("SYSTEM")) {
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FUNCTION"));
      return ParseDropFunction(tokens, start, true, true);
    }
  }
  if (tokens.AcceptKeyword("TABLE")) return ParseDropTable(tokens, start, temporary);
  if (tokens.AcceptKeyword("VIEW")) return ParseDropView(tokens, start, temporary);
  if (tokens.AcceptKeyword("MODEL")) return ParseDropModel(tokens, start, temporary);
  if (tokens.AcceptKeyword("FUNCTION")) return ParseDropFunction(tokens, start, temporary, false);
  if (temporary) return tokens.Error("one of TABLE, VIEW, MODEL, FUNCTION, SYSTEM");
  if (tokens.AcceptKeyword("DATABASE")) return ParseDropDatabase(tokens, start);
  if (tokens.AcceptKeyword("CATALOG")) return ParseDropCatalog(tokens, start);
  return tokens.Error("one of TABLE, VIEW, MODEL, DATABASE, CATALOG, FUNCTION, TEMPORARY");
}

StatementResult ParseAlter(TokenStream& tokens, const Token& start) {
  if (tokens.AcceptKeyword("TABLE")) return ParseAlterTable(tokens, start);
  if (tokens.AcceptKeyword("VIEW")) return ParseAlterView(tokens, start);
  if (tokens.AcceptKeyword("MODEL")) return ParseAlterModel(tokens, start);
  if (tokens.AcceptKeyword("DATABASE")) return ParseAlterDatabase(tokens, start);
  if (tokens.AcceptKeyword("CATALOG")) return ParseAlterCatalog(tokens, start);
  return tokens.Error("one of TABLE, VIEW, MODEL, DATABASE, CATALOG");
}

StatementResult ParseShow(TokenStream& tokens, const Token& start) {
  if (tokens.AcceptKeyword("CATALOGS")) return ParseShowCatalogs(tokens, start);
  if (tokens.AcceptKeyword("DATABASES")) return ParseShowDatabases(tokens, start);
  if (tokens.AcceptKeyword("CURRENT")) return ParseShowCurrent(tokens, start);
  if (tokens.AcceptKeyword("TABLES")) return ParseShowTables(tokens, start);
  if (tokens.AcceptKeyword("VIEWS")) return ParseShowViews(tokens, start);
  if (tokens.AcceptKeyword("MODELS")) return ParseShowModels(tokens, start);
  if (tokens.AcceptKeyword("COLUMNS")) return ParseShowColumns(tokens, start);
  if (tokens.AcceptKeyword("FUNCTIONS")) return ParseShowFunctions(tokens, start, false);
  if (tokens.AcceptKeyword("USER")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FUNCTIONS"));
    return ParseShowFunctions(tokens, start, true);
  }
  if (tokens.AcceptKeyword("PROVIDERS")) return Finish(NewStatement<ShowProvidersStatement>(start));
  if (tokens.AcceptKeyword("CREATE")) {
    if (tokens.AcceptKeyword("TABLE")) return ParseShowCreateTable(tokens, start);
    if (tokens.AcceptKeyword("VIEW")) return ParseShowCreateView(tokens, start);
    if (tokens.AcceptKeyword("MODEL")) return ParseShowCreateModel(tokens, start);
    return tokens.Error("one of TABLE, VIEW, MODEL");
  }
  if (tokens.AcceptKeyword("MODEL")) {
    if (tokens.AcceptKeyword("VERSIONS")) return ParseShowModelVersions(tokens, start);
    if (tokens.AcceptKeyword("METRICS")) return ParseShowModelMetrics(tokens, start);
    return tokens.Error("'VERSIONS' or 'METRICS'");
  }
  return tokens.Error(
      "one of CATALOGS, DATABASES, TABLES, VIEWS, MODELS, FUNCTIONS, USER FUNCTIONS, COLUMNS, "
      "CURRENT, CREATE, MODEL, PROVIDERS");
}

StatementResult ParseDescribe(TokenStream& tokens, const Token& start) {
  // `DESCRIBE MODEL m` names a model; `DESCRIBE model` describes a table called model.
  bool extended = tokens.AcceptKeyword("EXTENDED");
  if (tokens.PeekKeyword("MODEL") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    auto result = ParseDescribeModel(tokens, start);
    if (result.ok() && extended) result.value()->As<DescribeModelStatement>().extended = true;
    return result;
  }
  if (!extended && tokens.PeekKeyword("CATALOG") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    return ParseDescribeCatalog(tokens, start);
  }
  if (!extended && tokens.PeekKeyword("FUNCTION") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    return ParseDescribeFunction(tokens, start);
  }
  return ParseDescribeTable(tokens, start, extended);
}

StatementResult ParseOne(TokenStream& tokens) {
  const Token& start = tokens.Peek();
  if (PeekQueryStart(tokens)) return ParseQueryStatement(tokens, start);
  if (start.kind != TokenKind::kWord) return tokens.Error("a statement");
  std::string verb = ToUpper(start.text);
  tokens.Next();
  if (verb == "CREATE") return ParseCreate(tokens, start);
  if (verb == "DROP") return ParseDrop(tokens, start);
  if (verb == "ALTER") return ParseAlter(tokens, start);
  if (verb == "SHOW") return ParseShow(tokens, start);
  if (verb == "DESCRIBE" || verb == "DESC") return ParseDescribe(tokens, start);
  if (verb == "USE") return ParseUse(tokens, start);
  if (verb == "INSERT") return ParseInsert(tokens, start);
  if (verb == "EXECUTE") return ParseExecute(tokens, start);
  if (verb == "EXPLAIN") return ParseExplain(tokens, start);
  if (verb == "BEGIN") return ParseBegin(tokens, start);
  if (verb == "END") return Finish(NewStatement<EndStatementSetStatement>(start));
  if (verb == "SET") return ParseSet(tokens, start);
  if (verb == "RESET") return ParseReset(tokens, start);
  if (verb == "HELP") return Finish(NewStatement<HelpStatement>(start));
  if (verb == "QUIT" || verb == "EXIT") return Finish(NewStatement<QuitStatement>(start));
  if (verb == "STATEMENT" && tokens.PeekKeyword("SET")) {
    tokens.Next();
    return ParseStatementSetBody(tokens, start);
  }
  return tokens.ErrorAt(start, "a statement");
}

}  // namespace
}  // namespace internal

Result<std::unique_ptr<Statement>> ParseStatement(std::string_view sql) {
  SLUICE_ASSIGN_OR_RETURN(TokenStream tokens, TokenStream::Create(sql));
  if (tokens.AtEnd()) return tokens.Error("a statement");
  SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> statement, internal::ParseOne(tokens));
  tokens.AcceptSymbol(";");
  if (!tokens.AtEnd()) return tokens.Error("end of statement");
  return statement;
}

}  // namespace sluice::sql
