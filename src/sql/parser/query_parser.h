// The query side of the recursive-descent parser: expressions and queries.
//
// The functions parse from the current token of a TokenStream and leave it on the first token
// after what they parsed; errors are positioned user errors (token_stream.h). Statement parsing
// (parser.h) builds on them.
#pragma once

#include <memory>
#include <string_view>

#include "common/status.h"
#include "sql/parser/ast_expression.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/token_stream.h"

namespace sluice::sql {

// Parses one expression (Flink precedence: OR < AND < NOT < comparison / IS / IN / LIKE /
// BETWEEN < || + - < * / % < unary - + < postfix [ ] . ::).
Result<std::unique_ptr<Expression>> ParseExpression(TokenStream& tokens);

// Parses a full query: [WITH ...] query with set operations, ORDER BY, LIMIT / OFFSET / FETCH.
Result<std::unique_ptr<QueryNode>> ParseQuery(TokenStream& tokens);

// Parses one table reference with its joins (what follows FROM, without commas).
Result<std::unique_ptr<TableRef>> ParseTableRef(TokenStream& tokens);

// Parses ORDER BY items (after the ORDER BY keywords).
Result<std::vector<OrderItem>> ParseOrderByItems(TokenStream& tokens);

// True if the current token starts a query: SELECT, WITH, VALUES, or '(' ... SELECT.
bool PeekQueryStart(const TokenStream& tokens);

// Convenience for tests and stored expressions (computed columns, watermarks): parses the whole
// of `sql` as one expression / one query (a trailing ';' is allowed for a query) and fails with
// "expected end of input" if text remains.
Result<std::unique_ptr<Expression>> ParseStandaloneExpression(std::string_view sql);
Result<std::unique_ptr<QueryNode>> ParseStandaloneQuery(std::string_view sql);

}  // namespace sluice::sql
