// Internal to the statement parser (parse_*.cc): the per-family statement parsers that
// ParseStatement (parse_statement.cc) dispatches to, and the clause helpers they share.
//
// Each Parse<Kind> function is called with the stream just past the keywords that selected it
// (e.g. past `CREATE MODEL`), with `start` the statement's first token (its position becomes the
// statement's line/column). It consumes its statement and leaves the stream at what follows
// (';' or the end); ParseStatement checks that nothing is left.
//
// Thread-safety: none needed; every function works on the caller's stream only.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "sql/parser/ast_statement.h"
#include "sql/parser/token_stream.h"

namespace sluice::sql::internal {

using StatementResult = Result<std::unique_ptr<Statement>>;

// Modifiers read between CREATE and the object keyword.
struct CreateModifiers {
  bool or_replace = false;
  bool temporary = false;
  bool system = false;  // TEMPORARY SYSTEM (functions only)
};

// Allocates a statement positioned at `start`.
template <typename T>
std::unique_ptr<T> NewStatement(const Token& start) {
  auto statement = std::make_unique<T>();
  statement->line = start.line;
  statement->column = start.column;
  return statement;
}

// Converts a finished statement to the common result type.
template <typename T>
StatementResult Finish(std::unique_ptr<T> statement) {
  return std::unique_ptr<Statement>(std::move(statement));
}

// ------------------------------------------------------------------ shared clauses (parse_statement.cc)

// `IF NOT EXISTS` / `IF EXISTS`, consumed when present.
bool AcceptIfNotExists(TokenStream& tokens);
bool AcceptIfExists(TokenStream& tokens);

// A dotted object name of 1..max_parts identifiers; more parts are a positioned syntax error.
Result<std::vector<std::string>> ParseObjectName(TokenStream& tokens, std::string_view what,
                                                 size_t max_parts = 3);

// `( 'k' = 'v', ... )`; `()` gives an empty list (callers that need options check).
Result<OptionList> ParseOptionList(TokenStream& tokens);
// `( 'k', ... )`; `()` gives an empty list.
Result<std::vector<std::string>> ParseKeyList(TokenStream& tokens);
// `( a, b, ... )` of simple identifiers, at least one.
Result<std::vector<std::string>> ParseIdentifierList(TokenStream& tokens, std::string_view what);
// `COMMENT 'text'` when present.
Result<std::optional<std::string>> ParseOptionalComment(TokenStream& tokens);
// `[NOT] LIKE 'p'` / `[NOT] ILIKE 'p'` when present.
Result<std::optional<LikeFilter>> ParseOptionalLike(TokenStream& tokens);
// `(FROM | IN) name` when present: the name's parts (1..max_parts); empty when absent.
Result<std::vector<std::string>> ParseOptionalFromIn(TokenStream& tokens, std::string_view what,
                                                     size_t max_parts);

// Parses a query at the cursor, keeping its exact source text and its AST.
Status ParseQueryText(TokenStream& tokens, std::string* sql, std::unique_ptr<QueryNode>* query);
// Parses an expression at the cursor (to check it) and keeps its exact source text.
Status ParseExpressionText(TokenStream& tokens, std::string* sql);

// ------------------------------------------------------------------ catalogs, databases, USE, SHOW
// (parse_catalog_ddl.cc)
StatementResult ParseCreateCatalog(TokenStream& tokens, const Token& start);
StatementResult ParseDropCatalog(TokenStream& tokens, const Token& start);
StatementResult ParseAlterCatalog(TokenStream& tokens, const Token& start);
StatementResult ParseDescribeCatalog(TokenStream& tokens, const Token& start);
StatementResult ParseShowCatalogs(TokenStream& tokens, const Token& start);
StatementResult ParseShowCurrent(TokenStream& tokens, const Token& start);  // past SHOW CURRENT
StatementResult ParseCreateDatabase(TokenStream& tokens, const Token& start);
StatementResult ParseDropDatabase(TokenStream& tokens, const Token& start);
StatementResult ParseAlterDatabase(TokenStream& tokens, const Token& start);
StatementResult ParseShowDatabases(TokenStream& tokens, const Token& start);
StatementResult ParseUse(TokenStream& tokens, const Token& start);  // past USE

// ------------------------------------------------------------------ tables, views, functions
// (parse_table_ddl.cc)
StatementResult ParseCreateTable(TokenStream& tokens, const Token& start,
                                 const CreateModifiers& modifiers);
StatementResult ParseAlterTable(TokenStream& tokens, const Token& start);
StatementResult ParseDropTable(TokenStream& tokens, const Token& start, bool temporary);
StatementResult ParseShowTables(TokenStream& tokens, const Token& start);
StatementResult ParseShowCreateTable(TokenStream& tokens, const Token& start);
StatementResult ParseDescribeTable(TokenStream& tokens, const Token& start, bool extended);
StatementResult ParseShowColumns(TokenStream& tokens, const Token& start);
StatementResult ParseCreateView(TokenStream& tokens, const Token& start,
                                const CreateModifiers& modifiers);
StatementResult ParseDropView(TokenStream& tokens, const Token& start, bool temporary);
StatementResult ParseAlterView(TokenStream& tokens, const Token& start);
StatementResult ParseShowViews(TokenStream& tokens, const Token& start);
StatementResult ParseShowCreateView(TokenStream& tokens, const Token& start);
StatementResult ParseCreateFunction(TokenStream& tokens, const Token& start,
                                    const CreateModifiers& modifiers);
StatementResult ParseDropFunction(TokenStream& tokens, const Token& start, bool temporary,
                                  bool system);
StatementResult ParseShowFunctions(TokenStream& tokens, const Token& start, bool user_only);
StatementResult ParseDescribeFunction(TokenStream& tokens, const Token& start);

// ------------------------------------------------------------------ models (parse_model_ddl.cc)
StatementResult ParseCreateModel(TokenStream& tokens, const Token& start,
                                 const CreateModifiers& modifiers);
StatementResult ParseAlterModel(TokenStream& tokens, const Token& start);
StatementResult ParseDropModel(TokenStream& tokens, const Token& start, bool temporary);
StatementResult ParseShowModels(TokenStream& tokens, const Token& start);
StatementResult ParseShowCreateModel(TokenStream& tokens, const Token& start);
StatementResult ParseDescribeModel(TokenStream& tokens, const Token& start);
StatementResult ParseShowModelVersions(TokenStream& tokens, const Token& start);
StatementResult ParseShowModelMetrics(TokenStream& tokens, const Token& start);

// ------------------------------------------------------------------ DML and session (parse_dml.cc)
// A query statement; the stream is at the query's first token.
StatementResult ParseQueryStatement(TokenStream& tokens, const Token& start);
// Past INSERT.
StatementResult ParseInsert(TokenStream& tokens, const Token& start);
// Past EXECUTE: STATEMENT SET ..., INSERT ..., or a query.
StatementResult ParseExecute(TokenStream& tokens, const Token& start);
// Past STATEMENT SET (BEGIN ... END follows).
StatementResult ParseStatementSetBody(TokenStream& tokens, const Token& start);
// Past BEGIN: STATEMENT SET [; INSERT ...; END].
StatementResult ParseBegin(TokenStream& tokens, const Token& start);
StatementResult ParseExplain(TokenStream& tokens, const Token& start);
StatementResult ParseSet(TokenStream& tokens, const Token& start);
StatementResult ParseReset(TokenStream& tokens, const Token& start);

}  // namespace sluice::sql::internal
