// Internal to the query parser (parse_expression*.cc, parse_query.cc, parse_table_ref.cc):
// node positioning and the helpers the files share.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "sql/parser/ast_expression.h"
#include "sql/parser/ast_query.h"
#include "sql/parser/token_stream.h"

namespace sluice::sql::query_internal {

// Allocates a node whose span starts at `start`.
template <typename T, typename... Args>
std::unique_ptr<T> Begin(const Token& start, Args&&... args) {
  auto node = std::make_unique<T>(std::forward<Args>(args)...);
  node->begin_offset = start.offset;
  node->line = start.line;
  node->column = start.column;
  return node;
}

// Ends a node's span at the last consumed token.
template <typename T>
void End(T& node, const TokenStream& tokens) {
  node.end_offset = tokens.PreviousEndOffset();
}

// Starts `node`'s span where `from`'s starts.
template <typename T, typename U>
void BeginLike(T& node, const U& from) {
  node.begin_offset = from.begin_offset;
  node.line = from.line;
  node.column = from.column;
}

// Parses a function call whose (possibly dotted) name was just consumed; the stream is at '('.
Result<std::unique_ptr<FunctionCallExpression>> ParseFunctionCall(TokenStream& tokens,
                                                                  const Token& start,
                                                                  std::vector<std::string> name);

// Parses the special forms that look like calls (CAST, EXTRACT, TRIM, ...) when the current
// token starts one; returns null (and consumes nothing) otherwise.
Result<ExpressionPtr> ParseSpecialForm(TokenStream& tokens);

// The additive level of the expression grammar (operands of comparisons, BETWEEN, LIKE).
Result<ExpressionPtr> ParseAdditive(TokenStream& tokens);

// ( [PARTITION BY ...] [ORDER BY ...] [ROWS|RANGE ...] ), the stream at '('.
Result<std::unique_ptr<WindowSpec>> ParseWindowSpec(TokenStream& tokens);

// True if the word (any case) is a time unit usable in an interval qualifier.
bool PeekTimeUnit(const TokenStream& tokens, size_t ahead = 0);

}  // namespace sluice::sql::query_internal
