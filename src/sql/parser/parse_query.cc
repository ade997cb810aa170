// Queries: WITH, set operations, SELECT, VALUES, ORDER BY / LIMIT / OFFSET / FETCH.
#include <fmt/format.h>

#include "sql/parser/query_parser.h"
#include "sql/parser/query_parser_internal.h"

namespace sluice::sql {

using query_internal::Begin;
using query_internal::End;

namespace {

Result<QueryPtr> ParseSetExpression(TokenStream& tokens);

// Parses a comma-separated list with `parse_one`.
template <typename F>
Status ParseCommaList(TokenStream& tokens, F&& parse_one) {
  do {
    SLUICE_RETURN_NOT_OK(parse_one());
  } while (tokens.AcceptSymbol(","));
  return Status::OK();
}

// An element of GROUPING SETS / ROLLUP / CUBE: (a, b), () or an expression.
Result<ExpressionPtr> ParseGroupingElement(TokenStream& tokens) {
  if (!tokens.PeekSymbol("(")) return ParseExpression(tokens);
  auto row = Begin<RowExpression>(tokens.Next());
  row->implicit = true;
  if (!tokens.PeekSymbol(")")) {
    SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr field, ParseExpression(tokens));
      row->fields.push_back(std::move(field));
      return Status::OK();
    }));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*row, tokens);
  return ExpressionPtr(std::move(row));
}

Result<ExpressionPtr> ParseGroupByItem(TokenStream& tokens) {
  const Token& start = tokens.Peek();
  std::optional<GroupingSetKind> kind;
  if (tokens.PeekKeyword("GROUPING") && tokens.PeekKeyword("SETS", 1)) {
    kind = GroupingSetKind::kGroupingSets;
    tokens.Next();
  } else if (tokens.PeekKeyword("ROLLUP")) {
    kind = GroupingSetKind::kRollup;
  } else if (tokens.PeekKeyword("CUBE")) {
    kind = GroupingSetKind::kCube;
  }
  if (!kind.has_value()) {
    if (tokens.PeekSymbol("(") && tokens.PeekSymbol(")", 1)) return ParseGroupingElement(tokens);
    return ParseExpression(tokens);
  }
  tokens.Next();
  auto node = Begin<GroupingSetExpression>(start);
  node->grouping_kind = *kind;
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr element, ParseGroupingElement(tokens));
    node->elements.push_back(std::move(element));
    return Status::OK();
  }));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<QueryPtr> ParseSelect(TokenStream& tokens) {
  auto select = Begin<SelectQuery>(tokens.Next());
  if (tokens.AcceptKeyword("DISTINCT")) {
    select->distinct = true;
  } else {
    tokens.AcceptKeyword("ALL");
  }
  SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
    SelectItem item;
    SLUICE_ASSIGN_OR_RETURN(item.expression, ParseExpression(tokens));
    if (tokens.AcceptKeyword("AS")) {
      SLUICE_ASSIGN_OR_RETURN(item.alias, tokens.ExpectIdentifier("an alias"));
    } else if (tokens.PeekIdentifier()) {
      item.alias = tokens.Next().text;
    }
    select->items.push_back(std::move(item));
    return Status::OK();
  }));
  if (tokens.AcceptKeyword("FROM")) {
    SLUICE_ASSIGN_OR_RETURN(select->from, ParseTableRef(tokens));
    while (tokens.AcceptSymbol(",")) {
      auto join = std::make_unique<JoinTableRef>();
      query_internal::BeginLike(*join, *select->from);
      join->join_type = JoinType::kComma;
      join->left = std::move(select->from);
      SLUICE_ASSIGN_OR_RETURN(join->right, ParseTableRef(tokens));
      End(*join, tokens);
      select->from = std::move(join);
    }
  }
  if (tokens.AcceptKeyword("WHERE")) {
    SLUICE_ASSIGN_OR_RETURN(select->where, ParseExpression(tokens));
  }
  if (tokens.AcceptKeyword("GROUP")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("BY"));
    SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr item, ParseGroupByItem(tokens));
      select->group_by.push_back(std::move(item));
      return Status::OK();
    }));
  }
  if (tokens.AcceptKeyword("HAVING")) {
    SLUICE_ASSIGN_OR_RETURN(select->having, ParseExpression(tokens));
  }
  if (tokens.AcceptKeyword("WINDOW")) {
    SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
      SLUICE_ASSIGN_OR_RETURN(std::string name, tokens.ExpectIdentifier("a window name"));
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AS"));
      SLUICE_ASSIGN_OR_RETURN(auto spec, query_internal::ParseWindowSpec(tokens));
      select->windows.emplace_back(std::move(name), std::move(spec));
      return Status::OK();
    }));
  }
  End(*select, tokens);
  return QueryPtr(std::move(select));
}

Result<QueryPtr> ParseValues(TokenStream& tokens) {
  auto values = Begin<ValuesQuery>(tokens.Next());
  SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
    ExpressionList row;
    if (tokens.AcceptSymbol("(")) {
      SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
        SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
        row.push_back(std::move(value));
        return Status::OK();
      }));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    } else {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
      row.push_back(std::move(value));
    }
    values->rows.push_back(std::move(row));
    return Status::OK();
  }));
  End(*values, tokens);
  return QueryPtr(std::move(values));
}

Result<QueryPtr> ParseQueryPrimary(TokenStream& tokens) {
  if (tokens.PeekKeyword("SELECT")) return ParseSelect(tokens);
  if (tokens.PeekKeyword("VALUES")) return ParseValues(tokens);
  if (tokens.PeekSymbol("(")) {
    const Token& open = tokens.Next();
    SLUICE_ASSIGN_OR_RETURN(QueryPtr query, ParseQuery(tokens));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    query->begin_offset = open.offset;
    query->line = open.line;
    query->column = open.column;
    End(*query, tokens);
    return query;
  }
  return tokens.Error("a query");
}

Result<QueryPtr> ParseIntersectTerm(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(QueryPtr left, ParseQueryPrimary(tokens));
  while (tokens.AcceptKeyword("INTERSECT")) {
    auto node = std::make_unique<SetOperationQuery>();
    query_internal::BeginLike(*node, *left);
    node->op = SetOperator::kIntersect;
    node->all = tokens.AcceptKeyword("ALL");
    if (!node->all) tokens.AcceptKeyword("DISTINCT");
    node->left = std::move(left);
    SLUICE_ASSIGN_OR_RETURN(node->right, ParseQueryPrimary(tokens));
    End(*node, tokens);
    left = std::move(node);
  }
  return left;
}

Result<QueryPtr> ParseSetExpression(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(QueryPtr left, ParseIntersectTerm(tokens));
  while (tokens.PeekKeyword("UNION") || tokens.PeekKeyword("EXCEPT") ||
         tokens.PeekKeyword("MINUS")) {
    auto node = std::make_unique<SetOperationQuery>();
    query_internal::BeginLike(*node, *left);
    node->op = tokens.PeekKeyword("UNION") ? SetOperator::kUnion : SetOperator::kExcept;
    tokens.Next();
    node->all = tokens.AcceptKeyword("ALL");
    if (!node->all) tokens.AcceptKeyword("DISTINCT");
    node->left = std::move(left);
    SLUICE_ASSIGN_OR_RETURN(node->right, ParseIntersectTerm(tokens));
    End(*node, tokens);
    left = std::move(node);
  }
  return left;
}

// Wraps a query that already has modifiers as SELECT * FROM (query), so outer ones can be added.
QueryPtr WrapInSelect(QueryPtr inner) {
  auto select = std::make_unique<SelectQuery>();
  query_internal::BeginLike(*select, *inner);
  select->end_offset = inner->end_offset;
  auto star = std::make_unique<StarExpression>();
  query_internal::BeginLike(*star, *inner);
  select->items.push_back(SelectItem{std::move(star), ""});
  auto from = std::make_unique<SubqueryTableRef>();
  query_internal::BeginLike(*from, *inner);
  from->end_offset = inner->end_offset;
  from->query = std::move(inner);
  select->from = std::move(from);
  return select;
}

// The count of LIMIT / OFFSET / FETCH: an unsigned integer literal or '?' (Calcite's
// UnsignedNumericLiteralOrParam; a decimal would fail validation in Flink anyway).
// `expected` names the accepted forms in the error.
Result<ExpressionPtr> ParseRowCount(TokenStream& tokens,
                                    std::string_view expected = "an unsigned integer or '?'") {
  const Token& token = tokens.Peek();
  if (token.kind == TokenKind::kInteger) {
    auto node = Begin<LiteralExpression>(tokens.Next());
    node->literal_kind = LiteralKind::kInteger;
    node->text = token.text;
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  if (token.kind == TokenKind::kSymbol && token.text == "?") {
    auto node = Begin<ParameterExpression>(tokens.Next());
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  return tokens.Error(expected);
}

}  // namespace

Result<std::vector<OrderItem>> ParseOrderByItems(TokenStream& tokens) {
  std::vector<OrderItem> items;
  SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
    OrderItem item;
    SLUICE_ASSIGN_OR_RETURN(item.expression, ParseExpression(tokens));
    if (tokens.AcceptKeyword("DESC")) {
      item.descending = true;
    } else {
      tokens.AcceptKeyword("ASC");
    }
    if (tokens.AcceptKeyword("NULLS")) {
      if (tokens.AcceptKeyword("FIRST")) {
        item.nulls_first = true;
      } else if (tokens.AcceptKeyword("LAST")) {
        item.nulls_first = false;
      } else {
        return tokens.Error("'FIRST' or 'LAST'");
      }
    }
    items.push_back(std::move(item));
    return Status::OK();
  }));
  return items;
}

Result<std::unique_ptr<QueryNode>> ParseQuery(TokenStream& tokens) {
  const Token& start = tokens.Peek();
  std::vector<CommonTableExpression> with;
  if (tokens.AcceptKeyword("WITH")) {
    SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
      CommonTableExpression cte;
      SLUICE_ASSIGN_OR_RETURN(cte.name, tokens.ExpectIdentifier("a query name"));
      if (tokens.AcceptSymbol("(")) {
        SLUICE_RETURN_NOT_OK(ParseCommaList(tokens, [&]() -> Status {
          SLUICE_ASSIGN_OR_RETURN(std::string column, tokens.ExpectIdentifier("a column name"));
          cte.columns.push_back(std::move(column));
          return Status::OK();
        }));
        SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
      }
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AS"));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
      SLUICE_ASSIGN_OR_RETURN(cte.query, ParseQuery(tokens));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
      with.push_back(std::move(cte));
      return Status::OK();
    }));
  }
  SLUICE_ASSIGN_OR_RETURN(QueryPtr body, ParseSetExpression(tokens));

  std::vector<OrderItem> order_by;
  ExpressionPtr limit;
  ExpressionPtr offset;
  if (tokens.AcceptKeyword("ORDER")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("BY"));
    SLUICE_ASSIGN_OR_RETURN(order_by, ParseOrderByItems(tokens));
  }
  auto parse_offset = [&]() -> Status {
    SLUICE_ASSIGN_OR_RETURN(offset, ParseRowCount(tokens));
    if (!tokens.AcceptKeyword("ROWS")) tokens.AcceptKeyword("ROW");
    return Status::OK();
  };
  // LIMIT ALL means no limit.
  auto parse_limit = [&]() -> Status {
    if (tokens.AcceptKeyword("ALL")) return Status::OK();
    SLUICE_ASSIGN_OR_RETURN(limit, ParseRowCount(tokens, "an unsigned integer, '?' or 'ALL'"));
    return Status::OK();
  };
  if (tokens.AcceptKeyword("LIMIT")) {
    SLUICE_RETURN_NOT_OK(parse_limit());
    if (tokens.AcceptKeyword("OFFSET")) SLUICE_RETURN_NOT_OK(parse_offset());
  } else {
    if (tokens.AcceptKeyword("OFFSET")) SLUICE_RETURN_NOT_OK(parse_offset());
    if (tokens.AcceptKeyword("LIMIT")) {
      SLUICE_RETURN_NOT_OK(parse_limit());
    } else if (tokens.AcceptKeyword("FETCH")) {
      if (!tokens.AcceptKeyword("FIRST") && !tokens.AcceptKeyword("NEXT")) {
        return tokens.Error("'FIRST' or 'NEXT'");
      }
      if (tokens.PeekKeyword("ROW") || tokens.PeekKeyword("ROWS")) {
        auto one = Begin<LiteralExpression>(tokens.Peek());
        one->literal_kind = LiteralKind::kInteger;
        one->text = "1";
        one->end_offset = one->begin_offset;
        limit = std::move(one);
      } else {
        SLUICE_ASSIGN_OR_RETURN(limit, ParseRowCount(tokens));
      }
      if (!tokens.AcceptKeyword("ROWS") && !tokens.AcceptKeyword("ROW")) {
        return tokens.Error("'ROWS'");
      }
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("ONLY"));
    }
  }

  bool has_outer = !with.empty() || !order_by.empty() || limit != nullptr || offset != nullptr;
  if (has_outer && body->HasModifiers()) body = WrapInSelect(std::move(body));
  if (!with.empty()) {
    body->with = std::move(with);
    body->begin_offset = start.offset;
    body->line = start.line;
    body->column = start.column;
  }
  if (!order_by.empty()) body->order_by = std::move(order_by);
  if (limit != nullptr) body->limit = std::move(limit);
  if (offset != nullptr) body->offset = std::move(offset);
  if (has_outer) End(*body, tokens);
  return body;
}

Result<std::unique_ptr<QueryNode>> ParseStandaloneQuery(std::string_view sql) {
  SLUICE_ASSIGN_OR_RETURN(TokenStream tokens, TokenStream::Create(sql));
  if (!PeekQueryStart(tokens)) return tokens.Error("a query");
  SLUICE_ASSIGN_OR_RETURN(QueryPtr query, ParseQuery(tokens));
  tokens.AcceptSymbol(";");
  if (!tokens.AtEnd()) return tokens.Error("end of input");
  return query;
}

}  // namespace sluice::sql
