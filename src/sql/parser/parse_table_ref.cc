// Table references: named tables, subqueries, table functions and joins.
#include <fmt/format.h>

#include "sql/parser/query_parser.h"
#include "sql/parser/query_parser_internal.h"

namespace sluice::sql {

using query_internal::Begin;
using query_internal::End;

namespace {

// A `(SELECT ...)` argument of a table function is a table argument.
void SubqueryArgumentsToTables(FunctionCallExpression& call) {
  for (FunctionArgument& argument : call.arguments) {
    if (argument.value->kind != ExpressionKind::kSubquery) continue;
    auto& subquery = argument.value->As<SubqueryExpression>();
    auto table = std::make_unique<TableArgumentExpression>();
    query_internal::BeginLike(*table, subquery);
    table->end_offset = subquery.end_offset;
    table->query = std::move(subquery.query);
    argument.value = std::move(table);
  }
}

// A table function call at the current token (a possibly dotted name and its arguments).
Result<std::unique_ptr<FunctionCallExpression>> ParseTableFunctionCall(TokenStream& tokens) {
  const Token& start = tokens.Peek();
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> name,
                          tokens.ExpectCompoundIdentifier("a table function name"));
  if (!tokens.PeekSymbol("(")) return tokens.Error("'('");
  SLUICE_ASSIGN_OR_RETURN(auto call,
                          query_internal::ParseFunctionCall(tokens, start, std::move(name)));
  SubqueryArgumentsToTables(*call);
  return call;
}

// True if the '(' at the cursor opens a query rather than a parenthesised join.
bool ParenthesisOpensQuery(TokenStream& tokens) {
  if (!PeekQueryStart(tokens)) return false;
  // "(SELECT": only a query can follow, so its errors (a missing ')' included) are its own.
  if (!tokens.PeekSymbol("(", 1)) return true;
  // "((SELECT ...) x JOIN ...)" is a join; an invalid nested query is reported as a query.
  size_t mark = tokens.Mark();
  tokens.Next();
  Result<QueryPtr> query = ParseQuery(tokens);
  bool is_query = !query.ok() || tokens.PeekSymbol(")");
  tokens.Reset(mark);
  return is_query;
}

// [AS] alias [(column, ...)]
Status ParseAlias(TokenStream& tokens, TableRef& ref) {
  if (tokens.AcceptKeyword("AS")) {
    SLUICE_ASSIGN_OR_RETURN(ref.alias, tokens.ExpectIdentifier("an alias"));
  } else if (tokens.PeekIdentifier()) {
    ref.alias = tokens.Next().text;
  } else {
    return Status::OK();
  }
  if (tokens.AcceptSymbol("(")) {
    do {
      SLUICE_ASSIGN_OR_RETURN(std::string column, tokens.ExpectIdentifier("a column name"));
      ref.column_aliases.push_back(std::move(column));
    } while (tokens.AcceptSymbol(","));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  }
  return Status::OK();
}

Result<TableRefPtr> ParseTablePrimary(TokenStream& tokens) {
  const Token& start = tokens.Peek();
  TableRefPtr ref;
  bool lateral = tokens.AcceptKeyword("LATERAL");
  if (tokens.PeekKeyword("TABLE") && tokens.PeekSymbol("(", 1)) {
    tokens.Next();
    tokens.Next();
    auto function = Begin<TableFunctionRef>(start);
    function->lateral = lateral;
    function->table_wrapped = true;
    SLUICE_ASSIGN_OR_RETURN(function->call, ParseTableFunctionCall(tokens));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    ref = std::move(function);
  } else if (tokens.PeekSymbol("(")) {
    if (lateral || ParenthesisOpensQuery(tokens)) {
      tokens.Next();
      auto subquery = Begin<SubqueryTableRef>(start);
      subquery->lateral = lateral;
      SLUICE_ASSIGN_OR_RETURN(subquery->query, ParseQuery(tokens));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
      ref = std::move(subquery);
    } else {
      tokens.Next();
      SLUICE_ASSIGN_OR_RETURN(ref, ParseTableRef(tokens));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
      ref->begin_offset = start.offset;
      ref->line = start.line;
      ref->column = start.column;
      if (!ref->alias.empty()) {
        End(*ref, tokens);
        return ref;
      }
    }
  } else if (lateral) {
    return tokens.Error("'TABLE' or '('");
  } else if (tokens.PeekKeyword("UNNEST") && tokens.PeekSymbol("(", 1)) {
    auto function = Begin<TableFunctionRef>(start);
    SLUICE_ASSIGN_OR_RETURN(function->call, ParseTableFunctionCall(tokens));
    function->with_ordinality = tokens.AcceptKeywords({"WITH", "ORDINALITY"});
    ref = std::move(function);
  } else if (tokens.PeekIdentifier()) {
    size_t mark = tokens.Mark();
    SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> name,
                            tokens.ExpectCompoundIdentifier("a table name"));
    if (tokens.PeekSymbol("(")) {
      tokens.Reset(mark);
      auto function = Begin<TableFunctionRef>(start);
      SLUICE_ASSIGN_OR_RETURN(function->call, ParseTableFunctionCall(tokens));
      ref = std::move(function);
    } else {
      auto named = Begin<NamedTableRef>(start);
      named->name = std::move(name);
      if (tokens.AcceptKeywords({"FOR", "SYSTEM_TIME", "AS", "OF"})) {
        SLUICE_ASSIGN_OR_RETURN(named->system_time, query_internal::ParseAdditive(tokens));
      }
      ref = std::move(named);
    }
  } else {
    return tokens.Error("a table reference");
  }
  SLUICE_RETURN_NOT_OK(ParseAlias(tokens, *ref));
  End(*ref, tokens);
  return ref;
}

// The join keywords at the cursor, consumed; nullopt (nothing consumed) when none.
std::optional<JoinType> AcceptJoin(TokenStream& tokens, bool* natural) {
  size_t mark = tokens.Mark();
  *natural = tokens.AcceptKeyword("NATURAL");
  std::optional<JoinType> type;
  if (tokens.AcceptKeyword("JOIN")) return JoinType::kInner;
  if (tokens.AcceptKeywords({"INNER", "JOIN"})) return JoinType::kInner;
  if (tokens.AcceptKeywords({"CROSS", "JOIN"})) return JoinType::kCross;
  if (tokens.AcceptKeyword("LEFT")) {
    type = JoinType::kLeft;
  } else if (tokens.AcceptKeyword("RIGHT")) {
    type = JoinType::kRight;
  } else if (tokens.AcceptKeyword("FULL")) {
    type = JoinType::kFull;
  }
  if (type.has_value()) {
    tokens.AcceptKeyword("OUTER");
    if (tokens.AcceptKeyword("JOIN")) return type;
  }
  tokens.Reset(mark);
  *natural = false;
  return std::nullopt;
}

}  // namespace

Result<std::unique_ptr<TableRef>> ParseTableRef(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(TableRefPtr left, ParseTablePrimary(tokens));
  while (true) {
    bool natural = false;
    std::optional<JoinType> type = AcceptJoin(tokens, &natural);
    if (!type.has_value()) {
      if (tokens.PeekKeyword("NATURAL") || tokens.PeekKeyword("LEFT") ||
          tokens.PeekKeyword("RIGHT") || tokens.PeekKeyword("FULL") ||
          tokens.PeekKeyword("INNER") || tokens.PeekKeyword("CROSS")) {
        // e.g. LEFT OUTER without JOIN: point at what should have been JOIN.
        size_t ahead = 1;
        while (tokens.PeekKeyword("OUTER", ahead) || tokens.PeekKeyword("LEFT", ahead) ||
               tokens.PeekKeyword("RIGHT", ahead) || tokens.PeekKeyword("FULL", ahead) ||
               tokens.PeekKeyword("INNER", ahead)) {
          ++ahead;
        }
        return tokens.ErrorAt(tokens.Peek(ahead), "'JOIN'");
      }
      return left;
    }
    auto join = std::make_unique<JoinTableRef>();
    query_internal::BeginLike(*join, *left);
    join->join_type = *type;
    join->natural = natural;
    join->left = std::move(left);
    SLUICE_ASSIGN_OR_RETURN(join->right, ParseTablePrimary(tokens));
    if (*type != JoinType::kCross && !natural) {
      if (tokens.AcceptKeyword("ON")) {
        SLUICE_ASSIGN_OR_RETURN(join->condition, ParseExpression(tokens));
      } else if (tokens.AcceptKeyword("USING")) {
        SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
        do {
          SLUICE_ASSIGN_OR_RETURN(std::string column, tokens.ExpectIdentifier("a column name"));
          join->using_columns.push_back(std::move(column));
        } while (tokens.AcceptSymbol(","));
        SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
      } else {
        return tokens.Error("'ON' or 'USING'");
      }
    }
    End(*join, tokens);
    left = std::move(join);
  }
}

}  // namespace sluice::sql
