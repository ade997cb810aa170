// The operator levels and the primary expressions of the expression grammar.
#include <fmt/format.h>

#include "sql/parser/query_parser.h"
#include "sql/parser/query_parser_internal.h"

namespace sluice::sql {

using query_internal::Begin;
using query_internal::BeginLike;
using query_internal::End;

namespace {

Result<ExpressionPtr> ParseOr(TokenStream& tokens);

ExpressionPtr MakeBinary(BinaryOperator op, ExpressionPtr left, ExpressionPtr right) {
  auto node = std::make_unique<BinaryExpression>();
  BeginLike(*node, *left);
  node->end_offset = right->end_offset;
  node->op = op;
  node->left = std::move(left);
  node->right = std::move(right);
  return node;
}

std::optional<BinaryOperator> PeekComparison(const TokenStream& tokens) {
  const Token& token = tokens.Peek();
  if (token.kind != TokenKind::kSymbol) return std::nullopt;
  if (token.text == "=") return BinaryOperator::kEqual;
  if (token.text == "<>" || token.text == "!=") return BinaryOperator::kNotEqual;
  if (token.text == "<") return BinaryOperator::kLess;
  if (token.text == "<=") return BinaryOperator::kLessEqual;
  if (token.text == ">") return BinaryOperator::kGreater;
  if (token.text == ">=") return BinaryOperator::kGreaterEqual;
  return std::nullopt;
}

bool PeekQueryKeyword(const TokenStream& tokens, size_t ahead = 0) {
  return tokens.PeekKeyword("SELECT", ahead) || tokens.PeekKeyword("WITH", ahead) ||
         tokens.PeekKeyword("VALUES", ahead);
}

// IS [NOT] ..., the stream just past IS.
Result<ExpressionPtr> ParseIsTail(TokenStream& tokens, ExpressionPtr left) {
  bool negated = tokens.AcceptKeyword("NOT");
  if (tokens.AcceptKeywords({"DISTINCT", "FROM"})) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr right, query_internal::ParseAdditive(tokens));
    return MakeBinary(
        negated ? BinaryOperator::kIsNotDistinctFrom : BinaryOperator::kIsDistinctFrom,
        std::move(left), std::move(right));
  }
  auto node = std::make_unique<IsExpression>();
  BeginLike(*node, *left);
  node->negated = negated;
  if (tokens.AcceptKeyword("NULL")) {
    node->test = IsTest::kNull;
  } else if (tokens.AcceptKeyword("TRUE")) {
    node->test = IsTest::kTrue;
  } else if (tokens.AcceptKeyword("FALSE")) {
    node->test = IsTest::kFalse;
  } else if (tokens.AcceptKeyword("UNKNOWN")) {
    node->test = IsTest::kUnknown;
  } else if (tokens.AcceptKeyword("JSON")) {
    node->test = IsTest::kJson;
    if (tokens.AcceptKeyword("VALUE")) {
      node->json_type = JsonTypeTest::kValue;
    } else if (tokens.AcceptKeyword("ARRAY")) {
      node->json_type = JsonTypeTest::kArray;
    } else if (tokens.AcceptKeyword("OBJECT")) {
      node->json_type = JsonTypeTest::kObject;
    } else if (tokens.AcceptKeyword("SCALAR")) {
      node->json_type = JsonTypeTest::kScalar;
    }
  } else {
    return tokens.Error("'NULL', 'TRUE', 'FALSE', 'UNKNOWN', 'JSON' or 'DISTINCT FROM'");
  }
  node->operand = std::move(left);
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

// [NOT] IN ( ... ), the stream just past IN.
Result<ExpressionPtr> ParseInTail(TokenStream& tokens, ExpressionPtr left, bool negated) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  if (PeekQueryKeyword(tokens)) {
    auto node = std::make_unique<InSubqueryExpression>();
    BeginLike(*node, *left);
    node->negated = negated;
    node->operand = std::move(left);
    SLUICE_ASSIGN_OR_RETURN(node->query, ParseQuery(tokens));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  auto node = std::make_unique<InListExpression>();
  BeginLike(*node, *left);
  node->negated = negated;
  node->operand = std::move(left);
  do {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseOr(tokens));
    node->values.push_back(std::move(value));
  } while (tokens.AcceptSymbol(","));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

// ALL | ANY | SOME (query), the stream at the quantifier just past the comparison operator.
Result<ExpressionPtr> ParseQuantifiedTail(TokenStream& tokens, BinaryOperator op,
                                          ExpressionPtr left) {
  auto node = std::make_unique<QuantifiedComparisonExpression>();
  BeginLike(*node, *left);
  node->op = op;
  const Token& word = tokens.Next();
  node->quantifier = EqualsIgnoreCase(word.text, "ALL")   ? Quantifier::kAll
                     : EqualsIgnoreCase(word.text, "ANY") ? Quantifier::kAny
                                                          : Quantifier::kSome;
  node->operand = std::move(left);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  if (!PeekQueryStart(tokens)) return tokens.Error("a query");
  SLUICE_ASSIGN_OR_RETURN(node->query, ParseQuery(tokens));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

// Comparisons and the predicates IS / IN / LIKE / SIMILAR TO / BETWEEN.
Result<ExpressionPtr> ParsePredicate(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr left, query_internal::ParseAdditive(tokens));
  while (true) {
    if (std::optional<BinaryOperator> op = PeekComparison(tokens)) {
      tokens.Next();
      if (tokens.PeekKeyword("ALL") || tokens.PeekKeyword("ANY") || tokens.PeekKeyword("SOME")) {
        SLUICE_ASSIGN_OR_RETURN(left, ParseQuantifiedTail(tokens, *op, std::move(left)));
        continue;
      }
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr right, query_internal::ParseAdditive(tokens));
      left = MakeBinary(*op, std::move(left), std::move(right));
      continue;
    }
    if (tokens.AcceptKeyword("IS")) {
      SLUICE_ASSIGN_OR_RETURN(left, ParseIsTail(tokens, std::move(left)));
      continue;
    }
    size_t ahead = tokens.PeekKeyword("NOT") ? 1 : 0;
    bool is_in = tokens.PeekKeyword("IN", ahead);
    bool is_like = tokens.PeekKeyword("LIKE", ahead) || tokens.PeekKeyword("ILIKE", ahead) ||
                   (tokens.PeekKeyword("SIMILAR", ahead) && tokens.PeekKeyword("TO", ahead + 1));
    bool is_between = tokens.PeekKeyword("BETWEEN", ahead);
    if (!is_in && !is_like && !is_between) {
      // NOT after an operand can only start a negated predicate.
      if (ahead == 1) {
        tokens.Next();
        return tokens.Error("'IN', 'LIKE', 'ILIKE', 'SIMILAR TO' or 'BETWEEN'");
      }
      break;
    }
    bool negated = ahead == 1;
    if (negated) tokens.Next();
    if (is_in) {
      tokens.Next();
      SLUICE_ASSIGN_OR_RETURN(left, ParseInTail(tokens, std::move(left), negated));
    } else if (is_like) {
      auto node = std::make_unique<LikeExpression>();
      BeginLike(*node, *left);
      node->negated = negated;
      if (tokens.AcceptKeyword("LIKE")) {
        node->op = LikeOperator::kLike;
      } else if (tokens.AcceptKeyword("ILIKE")) {
        node->op = LikeOperator::kILike;
      } else {
        tokens.AcceptKeywords({"SIMILAR", "TO"});
        node->op = LikeOperator::kSimilarTo;
      }
      node->operand = std::move(left);
      SLUICE_ASSIGN_OR_RETURN(node->pattern, query_internal::ParseAdditive(tokens));
      if (tokens.AcceptKeyword("ESCAPE")) {
        SLUICE_ASSIGN_OR_RETURN(node->escape, query_internal::ParseAdditive(tokens));
      }
      End(*node, tokens);
      left = std::move(node);
    } else {
      tokens.Next();
      auto node = std::make_unique<BetweenExpression>();
      BeginLike(*node, *left);
      node->negated = negated;
      if (tokens.AcceptKeyword("SYMMETRIC")) {
        node->symmetric = true;
      } else {
        tokens.AcceptKeyword("ASYMMETRIC");
      }
      node->operand = std::move(left);
      SLUICE_ASSIGN_OR_RETURN(node->low, query_internal::ParseAdditive(tokens));
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AND"));
      SLUICE_ASSIGN_OR_RETURN(node->high, query_internal::ParseAdditive(tokens));
      End(*node, tokens);
      left = std::move(node);
    }
  }
  return left;
}

Result<ExpressionPtr> ParseNot(TokenStream& tokens) {
  if (!tokens.PeekKeyword("NOT")) return ParsePredicate(tokens);
  auto node = Begin<UnaryExpression>(tokens.Next());
  node->op = UnaryOperator::kNot;
  SLUICE_ASSIGN_OR_RETURN(node->operand, ParseNot(tokens));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<ExpressionPtr> ParseAnd(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr left, ParseNot(tokens));
  while (tokens.AcceptKeyword("AND")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr right, ParseNot(tokens));
    left = MakeBinary(BinaryOperator::kAnd, std::move(left), std::move(right));
  }
  return left;
}

Result<ExpressionPtr> ParseOr(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr left, ParseAnd(tokens));
  while (tokens.AcceptKeyword("OR")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr right, ParseAnd(tokens));
    left = MakeBinary(BinaryOperator::kOr, std::move(left), std::move(right));
  }
  return left;
}

Result<ExpressionPtr> ParsePrimary(TokenStream& tokens);

// A primary followed by [index], .field and ::type.
Result<ExpressionPtr> ParsePostfix(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr base, ParsePrimary(tokens));
  while (true) {
    if (tokens.AcceptSymbol("[")) {
      auto node = std::make_unique<ElementAccessExpression>();
      BeginLike(*node, *base);
      node->base = std::move(base);
      SLUICE_ASSIGN_OR_RETURN(node->index, ParseOr(tokens));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("]"));
      End(*node, tokens);
      base = std::move(node);
    } else if (tokens.AcceptSymbol(".")) {
      // A reserved word is a field name only when back-quoted (Calcite: r.`from`, not r.from).
      if (!tokens.PeekIdentifier()) return tokens.Error("a field name");
      auto node = std::make_unique<FieldAccessExpression>();
      BeginLike(*node, *base);
      node->base = std::move(base);
      node->field = tokens.Next().text;
      End(*node, tokens);
      base = std::move(node);
    } else if (tokens.AcceptSymbol("::")) {
      SLUICE_ASSIGN_OR_RETURN(LogicalType type, tokens.ParseType());
      auto node = std::make_unique<CastExpression>(std::move(type));
      BeginLike(*node, *base);
      node->operand = std::move(base);
      End(*node, tokens);
      base = std::move(node);
    } else {
      return base;
    }
  }
}

Result<ExpressionPtr> ParseUnary(TokenStream& tokens) {
  if (tokens.PeekSymbol("-") || tokens.PeekSymbol("+")) {
    const Token& start = tokens.Next();
    auto node = Begin<UnaryExpression>(start);
    node->op = start.text == "-" ? UnaryOperator::kMinus : UnaryOperator::kPlus;
    SLUICE_ASSIGN_OR_RETURN(node->operand, ParseUnary(tokens));
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  return ParsePostfix(tokens);
}

Result<ExpressionPtr> ParseMultiplicative(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr left, ParseUnary(tokens));
  while (true) {
    BinaryOperator op;
    if (tokens.PeekSymbol("*")) {
      op = BinaryOperator::kMultiply;
    } else if (tokens.PeekSymbol("/")) {
      op = BinaryOperator::kDivide;
    } else if (tokens.PeekSymbol("%")) {
      op = BinaryOperator::kModulo;
    } else {
      return left;
    }
    tokens.Next();
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr right, ParseUnary(tokens));
    left = MakeBinary(op, std::move(left), std::move(right));
  }
}

// '(' ... ')': a scalar subquery, a parenthesised expression or an implicit row.
Result<ExpressionPtr> ParseParenthesized(TokenStream& tokens) {
  const Token& open = tokens.Next();
  bool query_first = PeekQueryKeyword(tokens);
  if (!query_first && tokens.PeekSymbol("(") && PeekQueryStart(tokens)) {
    // ((SELECT ...) ...): a nested query, or an expression that starts with a subquery.
    size_t mark = tokens.Mark();
    Result<QueryPtr> query = ParseQuery(tokens);
    query_first = query.ok() && tokens.PeekSymbol(")");
    tokens.Reset(mark);
  }
  if (query_first) {
    auto node = Begin<SubqueryExpression>(open);
    SLUICE_ASSIGN_OR_RETURN(node->query, ParseQuery(tokens));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr first, ParseOr(tokens));
  if (tokens.PeekSymbol(",")) {
    auto row = Begin<RowExpression>(open);
    row->implicit = true;
    row->fields.push_back(std::move(first));
    while (tokens.AcceptSymbol(",")) {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr field, ParseOr(tokens));
      row->fields.push_back(std::move(field));
    }
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    End(*row, tokens);
    return ExpressionPtr(std::move(row));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  first->begin_offset = open.offset;
  first->line = open.line;
  first->column = open.column;
  End(*first, tokens);
  return first;
}

// The units that may end a range qualifier "start TO end" (as in the type INTERVAL ... TO ...),
// written for an error message; empty if `start` cannot start a range.
std::string_view IntervalEnds(TimeUnit start) {
  switch (start) {
    case TimeUnit::kYear:
      return "MONTH";
    case TimeUnit::kDay:
      return "HOUR, MINUTE or SECOND";
    case TimeUnit::kHour:
      return "MINUTE or SECOND";
    case TimeUnit::kMinute:
      return "SECOND";
    default:
      return "";
  }
}

// INTERVAL [-|+] 'value' qualifier, the stream at INTERVAL.
Result<ExpressionPtr> ParseInterval(TokenStream& tokens) {
  auto node = Begin<LiteralExpression>(tokens.Next());
  node->literal_kind = LiteralKind::kInterval;
  if (tokens.AcceptSymbol("-")) {
    node->negative = true;
  } else {
    tokens.AcceptSymbol("+");
  }
  const Token& value = tokens.Peek();
  if (value.kind != TokenKind::kString && value.kind != TokenKind::kInteger &&
      value.kind != TokenKind::kDecimal) {
    return tokens.Error("a string literal");
  }
  node->text = tokens.Next().text;
  if (!query_internal::PeekTimeUnit(tokens)) return tokens.Error("an interval qualifier");
  IntervalQualifier& q = node->interval;
  q.start = *TimeUnitFromName(tokens.Next().text);
  if (tokens.AcceptSymbol("(")) {
    if (tokens.Peek().kind != TokenKind::kInteger) return tokens.Error("a precision");
    q.start_precision = std::stoi(tokens.Next().text);
    if (q.start == TimeUnit::kSecond && tokens.AcceptSymbol(",")) {
      if (tokens.Peek().kind != TokenKind::kInteger) return tokens.Error("a precision");
      q.fractional_precision = std::stoi(tokens.Next().text);
    }
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  }
  if (tokens.PeekKeyword("TO") && query_internal::PeekTimeUnit(tokens, 1)) {
    const Token& to = tokens.Next();
    std::string_view allowed = IntervalEnds(q.start);
    if (allowed.empty()) {
      return tokens.ErrorMessageAt(
          to, fmt::format("Syntax error: {} cannot start a range interval qualifier (... TO ...)",
                          TimeUnitName(q.start)));
    }
    TimeUnit end = *TimeUnitFromName(tokens.Peek().text);
    if (end <= q.start || end > TimeUnit::kSecond ||
        (q.start == TimeUnit::kYear && end != TimeUnit::kMonth) ||
        (q.start != TimeUnit::kYear && end < TimeUnit::kHour)) {
      return tokens.Error(fmt::format("{} after {} TO", allowed, TimeUnitName(q.start)));
    }
    tokens.Next();
    q.end = end;
    if (*q.end == TimeUnit::kSecond && tokens.AcceptSymbol("(")) {
      if (tokens.Peek().kind != TokenKind::kInteger) return tokens.Error("a precision");
      q.fractional_precision = std::stoi(tokens.Next().text);
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    }
  }
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<ExpressionPtr> ParseLiteralToken(TokenStream& tokens) {
  const Token& token = tokens.Next();
  auto node = Begin<LiteralExpression>(token);
  switch (token.kind) {
    case TokenKind::kInteger:
      node->literal_kind = LiteralKind::kInteger;
      break;
    case TokenKind::kDecimal:
      node->literal_kind = LiteralKind::kDecimal;
      break;
    case TokenKind::kApproxNumber:
      node->literal_kind = LiteralKind::kApprox;
      break;
    default:
      node->literal_kind = LiteralKind::kString;
      break;
  }
  node->text = token.text;
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

// Words that are literals or literal prefixes: NULL, TRUE, FALSE, DATE '...', X'..', ...
Result<ExpressionPtr> ParseWordLiteral(TokenStream& tokens) {
  const Token& token = tokens.Peek();
  auto literal = [&](LiteralKind kind, size_t consumed) {
    auto node = Begin<LiteralExpression>(token);
    node->literal_kind = kind;
    for (size_t i = 0; i < consumed; ++i) node->text = tokens.Next().text;
    End(*node, tokens);
    return node;
  };
  if (tokens.PeekKeyword("NULL")) return ExpressionPtr(literal(LiteralKind::kNull, 1));
  if (tokens.PeekKeyword("TRUE") || tokens.PeekKeyword("FALSE")) {
    bool value = tokens.PeekKeyword("TRUE");
    auto node = literal(LiteralKind::kBoolean, 1);
    node->bool_value = value;
    node->text.clear();
    return ExpressionPtr(std::move(node));
  }
  if (tokens.PeekKeyword("UNKNOWN")) {
    // The UNKNOWN truth value is the NULL of type BOOLEAN.
    auto cast = Begin<CastExpression>(token, LogicalType::Boolean());
    cast->operand = ExpressionPtr(literal(LiteralKind::kNull, 1));
    cast->operand->As<LiteralExpression>().text = "NULL";
    End(*cast, tokens);
    return ExpressionPtr(std::move(cast));
  }
  if (tokens.PeekKeyword("INTERVAL")) return ParseInterval(tokens);
  if (tokens.Peek(1).kind == TokenKind::kString) {
    static constexpr std::pair<std::string_view, LiteralKind> kTyped[] = {
        {"DATE", LiteralKind::kDate},
        {"TIME", LiteralKind::kTime},
        {"TIMESTAMP", LiteralKind::kTimestamp},
        {"TIMESTAMP_LTZ", LiteralKind::kTimestampLtz}};
    for (const auto& [word, kind] : kTyped) {
      if (tokens.PeekKeyword(word)) return ExpressionPtr(literal(kind, 2));
    }
    if (tokens.PeekKeyword("X") && token.end_offset() == tokens.Peek(1).offset) {
      return ExpressionPtr(literal(LiteralKind::kBinary, 2));
    }
  }
  return ExpressionPtr();
}

Result<ExpressionPtr> ParsePrimary(TokenStream& tokens) {
  const Token& token = tokens.Peek();
  switch (token.kind) {
    case TokenKind::kInteger:
    case TokenKind::kDecimal:
    case TokenKind::kApproxNumber:
    case TokenKind::kString:
      return ParseLiteralToken(tokens);
    case TokenKind::kSymbol:
      if (token.text == "(") return ParseParenthesized(tokens);
      if (token.text == "*") {
        auto node = Begin<StarExpression>(tokens.Next());
        End(*node, tokens);
        return ExpressionPtr(std::move(node));
      }
      if (token.text == "?") {
        auto node = Begin<ParameterExpression>(tokens.Next());
        End(*node, tokens);
        return ExpressionPtr(std::move(node));
      }
      return tokens.Error("an expression");
    case TokenKind::kEnd:
      return tokens.Error("an expression");
    case TokenKind::kWord:
    case TokenKind::kQuotedIdentifier:
      break;
  }
  if (token.kind == TokenKind::kWord) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr literal, ParseWordLiteral(tokens));
    if (literal != nullptr) return literal;
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr special, query_internal::ParseSpecialForm(tokens));
    if (special != nullptr) return special;
    if (IsReservedWord(token.text)) return tokens.Error("an expression");
  }
  // A column, t.*, or a function call a.b.f(...).
  const Token& start = tokens.Next();
  std::vector<std::string> names = {start.text};
  while (tokens.PeekSymbol(".")) {
    const Token& after = tokens.Peek(1);
    if (after.kind == TokenKind::kQuotedIdentifier ||
        (after.kind == TokenKind::kWord && !IsReservedWord(after.text))) {
      tokens.Next();
      names.push_back(tokens.Next().text);
    } else if (after.kind == TokenKind::kSymbol && after.text == "*") {
      tokens.Next();
      tokens.Next();
      auto star = Begin<StarExpression>(start);
      star->qualifier = std::move(names);
      End(*star, tokens);
      return ExpressionPtr(std::move(star));
    } else {
      break;
    }
  }
  if (tokens.PeekSymbol("(")) {
    SLUICE_ASSIGN_OR_RETURN(auto call,
                            query_internal::ParseFunctionCall(tokens, start, std::move(names)));
    return ExpressionPtr(std::move(call));
  }
  auto column = Begin<ColumnRefExpression>(start);
  column->names = std::move(names);
  End(*column, tokens);
  return ExpressionPtr(std::move(column));
}

}  // namespace

namespace query_internal {

Result<ExpressionPtr> ParseAdditive(TokenStream& tokens) {
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr left, ParseMultiplicative(tokens));
  while (true) {
    BinaryOperator op;
    if (tokens.PeekSymbol("+")) {
      op = BinaryOperator::kPlus;
    } else if (tokens.PeekSymbol("-")) {
      op = BinaryOperator::kMinus;
    } else if (tokens.PeekSymbol("||")) {
      op = BinaryOperator::kConcat;
    } else {
      return left;
    }
    tokens.Next();
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr right, ParseMultiplicative(tokens));
    left = MakeBinary(op, std::move(left), std::move(right));
  }
}

bool PeekTimeUnit(const TokenStream& tokens, size_t ahead) {
  const Token& token = tokens.Peek(ahead);
  if (token.kind != TokenKind::kWord) return false;
  std::optional<TimeUnit> unit = TimeUnitFromName(token.text);
  return unit.has_value();
}

}  // namespace query_internal

Result<std::unique_ptr<Expression>> ParseExpression(TokenStream& tokens) { return ParseOr(tokens); }

bool PeekQueryStart(const TokenStream& tokens) {
  size_t ahead = 0;
  while (tokens.PeekSymbol("(", ahead)) ++ahead;
  return PeekQueryKeyword(tokens, ahead);
}

Result<std::unique_ptr<Expression>> ParseStandaloneExpression(std::string_view sql) {
  SLUICE_ASSIGN_OR_RETURN(TokenStream tokens, TokenStream::Create(sql));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr expression, ParseExpression(tokens));
  if (!tokens.AtEnd()) return tokens.Error("end of input");
  return expression;
}

}  // namespace sluice::sql
