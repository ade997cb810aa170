// Function calls, the special forms that look like calls (CAST, CASE, EXTRACT, TRIM, ...),
// function arguments (named, TABLE t, MODEL m) and window specifications.
#include <fmt/format.h>

#include "sql/parser/query_parser.h"
#include "sql/parser/query_parser_internal.h"

namespace sluice::sql::query_internal {

namespace {

ExpressionPtr MakeKeyword(const Token& token, std::string keyword, const TokenStream& tokens) {
  auto node = Begin<KeywordExpression>(token);
  node->keyword = std::move(keyword);
  node->end_offset = token.end_offset();
  return node;
}

Result<ExpressionPtr> ExpectTimeUnit(TokenStream& tokens) {
  if (!PeekTimeUnit(tokens)) return tokens.Error("a time unit");
  const Token& token = tokens.Next();
  return MakeKeyword(token, TimeUnitName(*TimeUnitFromName(token.text)), tokens);
}

std::unique_ptr<FunctionCallExpression> NewCall(const Token& start, std::string name,
                                                FunctionSyntax syntax) {
  auto call = Begin<FunctionCallExpression>(start);
  call->name = {std::move(name)};
  call->syntax = syntax;
  return call;
}

void AddArgument(FunctionCallExpression& call, ExpressionPtr value) {
  call.arguments.push_back(FunctionArgument{"", std::move(value)});
}

// Parses `, expr` repetitions and the closing ')'.
Status ParseRemainingArguments(TokenStream& tokens, FunctionCallExpression& call) {
  while (tokens.AcceptSymbol(",")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
    AddArgument(call, std::move(value));
  }
  return tokens.ExpectSymbol(")");
}

// CAST(x AS type) / TRY_CAST(x AS type), the stream at the keyword.
Result<ExpressionPtr> ParseCast(TokenStream& tokens) {
  const Token& start = tokens.Next();
  bool try_cast = EqualsIgnoreCase(start.text, "TRY_CAST");
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr operand, ParseExpression(tokens));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AS"));
  SLUICE_ASSIGN_OR_RETURN(LogicalType type, tokens.ParseType());
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  auto node = Begin<CastExpression>(start, std::move(type));
  node->try_cast = try_cast;
  node->operand = std::move(operand);
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<ExpressionPtr> ParseCase(TokenStream& tokens) {
  auto node = Begin<CaseExpression>(tokens.Next());
  if (tokens.PeekKeyword("END")) return tokens.Error("'WHEN'");
  if (!tokens.PeekKeyword("WHEN")) {
    SLUICE_ASSIGN_OR_RETURN(node->operand, ParseExpression(tokens));
  }
  if (!tokens.PeekKeyword("WHEN")) return tokens.Error("'WHEN'");
  while (tokens.AcceptKeyword("WHEN")) {
    CaseExpression::WhenClause clause;
    SLUICE_ASSIGN_OR_RETURN(clause.condition, ParseExpression(tokens));
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("THEN"));
    SLUICE_ASSIGN_OR_RETURN(clause.result, ParseExpression(tokens));
    node->when_clauses.push_back(std::move(clause));
  }
  if (tokens.AcceptKeyword("ELSE")) {
    SLUICE_ASSIGN_OR_RETURN(node->else_result, ParseExpression(tokens));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("END"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

// ARRAY[...] and MAP[...], the stream at the keyword.
template <typename T>
Result<ExpressionPtr> ParseBracketConstructor(TokenStream& tokens, ExpressionList T::*list) {
  auto node = Begin<T>(tokens.Next());
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("["));
  if (!tokens.PeekSymbol("]")) {
    do {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
      ((*node).*list).push_back(std::move(value));
    } while (tokens.AcceptSymbol(","));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("]"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<ExpressionPtr> ParseRow(TokenStream& tokens) {
  auto node = Begin<RowExpression>(tokens.Next());
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  if (!tokens.PeekSymbol(")")) {
    do {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
      node->fields.push_back(std::move(value));
    } while (tokens.AcceptSymbol(","));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<ExpressionPtr> ParseDescriptor(TokenStream& tokens) {
  auto node = Begin<DescriptorExpression>(tokens.Next());
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  do {
    SLUICE_ASSIGN_OR_RETURN(std::string column, tokens.ExpectIdentifier("a column name"));
    node->columns.push_back(std::move(column));
  } while (tokens.AcceptSymbol(","));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

Result<ExpressionPtr> ParseExists(TokenStream& tokens) {
  auto node = Begin<ExistsExpression>(tokens.Next());
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  if (!PeekQueryStart(tokens)) return tokens.Error("a query");
  SLUICE_ASSIGN_OR_RETURN(node->query, ParseQuery(tokens));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*node, tokens);
  return ExpressionPtr(std::move(node));
}

// EXTRACT(unit FROM x).
Result<ExpressionPtr> ParseExtract(TokenStream& tokens) {
  const Token& start = tokens.Next();
  auto call = NewCall(start, "EXTRACT", FunctionSyntax::kExtract);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr unit, ExpectTimeUnit(tokens));
  AddArgument(*call, std::move(unit));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FROM"));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
  AddArgument(*call, std::move(value));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*call, tokens);
  return ExpressionPtr(std::move(call));
}

// POSITION(a IN b) or POSITION(a, b [, from]).
Result<ExpressionPtr> ParsePosition(TokenStream& tokens) {
  const Token& start = tokens.Next();
  auto call = NewCall(start, "POSITION", FunctionSyntax::kPosition);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr needle, ParseAdditive(tokens));
  AddArgument(*call, std::move(needle));
  if (tokens.AcceptKeyword("IN")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr haystack, ParseExpression(tokens));
    AddArgument(*call, std::move(haystack));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  } else {
    call->syntax = FunctionSyntax::kNormal;
    if (!tokens.PeekSymbol(",")) return tokens.Error("'IN'");
    SLUICE_RETURN_NOT_OK(ParseRemainingArguments(tokens, *call));
  }
  End(*call, tokens);
  return ExpressionPtr(std::move(call));
}

// TRIM([BOTH|LEADING|TRAILING] [chars] [FROM] x), normalized to TRIM(flag chars FROM x).
Result<ExpressionPtr> ParseTrim(TokenStream& tokens) {
  const Token& start = tokens.Next();
  auto call = NewCall(start, "TRIM", FunctionSyntax::kTrim);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  const Token& flag_token = tokens.Peek();
  std::string flag = "BOTH";
  for (std::string_view word : {"BOTH", "LEADING", "TRAILING"}) {
    if (tokens.AcceptKeyword(word)) flag = std::string(word);
  }
  auto space = Begin<LiteralExpression>(tokens.Peek());
  space->literal_kind = LiteralKind::kString;
  space->text = " ";
  space->end_offset = space->begin_offset;
  ExpressionPtr chars = std::move(space);
  ExpressionPtr value;
  if (!tokens.AcceptKeyword("FROM")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr first, ParseExpression(tokens));
    if (tokens.AcceptKeyword("FROM")) {
      chars = std::move(first);
      SLUICE_ASSIGN_OR_RETURN(value, ParseExpression(tokens));
    } else {
      value = std::move(first);
    }
  } else {
    SLUICE_ASSIGN_OR_RETURN(value, ParseExpression(tokens));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  AddArgument(*call, MakeKeyword(flag_token, flag, tokens));
  AddArgument(*call, std::move(chars));
  AddArgument(*call, std::move(value));
  End(*call, tokens);
  return ExpressionPtr(std::move(call));
}

// SUBSTRING(x FROM a [FOR b]) or SUBSTRING(x, a [, b]); both print as SUBSTRING(x, a, b).
Result<ExpressionPtr> ParseSubstring(TokenStream& tokens) {
  const Token& start = tokens.Next();
  auto call = NewCall(start, ToUpper(start.text), FunctionSyntax::kNormal);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
  AddArgument(*call, std::move(value));
  if (tokens.AcceptKeyword("FROM")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr from, ParseExpression(tokens));
    AddArgument(*call, std::move(from));
    if (tokens.AcceptKeyword("FOR")) {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr length, ParseExpression(tokens));
      AddArgument(*call, std::move(length));
    }
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  } else {
    SLUICE_RETURN_NOT_OK(ParseRemainingArguments(tokens, *call));
  }
  End(*call, tokens);
  return ExpressionPtr(std::move(call));
}

// OVERLAY(s PLACING x FROM n [FOR m]).
Result<ExpressionPtr> ParseOverlay(TokenStream& tokens) {
  const Token& start = tokens.Next();
  auto call = NewCall(start, "OVERLAY", FunctionSyntax::kOverlay);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
  AddArgument(*call, std::move(value));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("PLACING"));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr replacement, ParseExpression(tokens));
  AddArgument(*call, std::move(replacement));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FROM"));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr position, ParseExpression(tokens));
  AddArgument(*call, std::move(position));
  if (tokens.AcceptKeyword("FOR")) {
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr length, ParseExpression(tokens));
    AddArgument(*call, std::move(length));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  End(*call, tokens);
  return ExpressionPtr(std::move(call));
}

// FLOOR(x [TO unit]) / CEIL(x [TO unit]).
Result<ExpressionPtr> ParseFloorCeil(TokenStream& tokens) {
  const Token& start = tokens.Next();
  auto call = NewCall(start, ToUpper(start.text), FunctionSyntax::kNormal);
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  SLUICE_ASSIGN_OR_RETURN(ExpressionPtr value, ParseExpression(tokens));
  AddArgument(*call, std::move(value));
  if (tokens.AcceptKeyword("TO")) {
    call->syntax = FunctionSyntax::kFloorCeil;
    SLUICE_ASSIGN_OR_RETURN(ExpressionPtr unit, ExpectTimeUnit(tokens));
    AddArgument(*call, std::move(unit));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  } else {
    SLUICE_RETURN_NOT_OK(ParseRemainingArguments(tokens, *call));
  }
  End(*call, tokens);
  return ExpressionPtr(std::move(call));
}

// One function argument value: TABLE t [PARTITION BY ...] [ORDER BY ...], TABLE (query),
// MODEL m, or an expression.
Result<ExpressionPtr> ParseArgumentValue(TokenStream& tokens) {
  if (tokens.PeekKeyword("TABLE")) {
    auto node = Begin<TableArgumentExpression>(tokens.Next());
    if (tokens.AcceptSymbol("(")) {
      if (!PeekQueryStart(tokens)) return tokens.Error("a query");
      SLUICE_ASSIGN_OR_RETURN(node->query, ParseQuery(tokens));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
    } else {
      SLUICE_ASSIGN_OR_RETURN(node->table_name, tokens.ExpectCompoundIdentifier("a table name"));
    }
    if (tokens.AcceptKeywords({"PARTITION", "BY"})) {
      do {
        SLUICE_ASSIGN_OR_RETURN(ExpressionPtr key, ParseExpression(tokens));
        node->partition_by.push_back(std::move(key));
      } while (tokens.AcceptSymbol(","));
    }
    if (tokens.AcceptKeywords({"ORDER", "BY"})) {
      SLUICE_ASSIGN_OR_RETURN(node->order_by, ParseOrderByItems(tokens));
    }
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  if (tokens.PeekKeyword("MODEL") && tokens.PeekIdentifier(1)) {
    auto node = Begin<ModelArgumentExpression>(tokens.Next());
    SLUICE_ASSIGN_OR_RETURN(node->model_name, tokens.ExpectCompoundIdentifier("a model name"));
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  return ParseExpression(tokens);
}

bool IsJsonFunction(const std::string& name) {
  std::string upper = ToUpper(name);
  return upper.rfind("JSON_", 0) == 0;
}

// Keywords of the JSON function clauses, printed in upper case; other words (column names)
// keep their case.
bool IsJsonClauseKeyword(std::string_view word) {
  static constexpr std::string_view kKeywords[] = {
      "ABSENT",  "ARRAY", "ASC",   "BY",      "CONDITIONAL", "DEFAULT", "DESC",
      "EMPTY",   "ERROR", "FALSE", "KEY",     "KEEP",        "NULL",    "OBJECT",
      "OMIT",    "ON",    "ORDER", "QUOTES",  "SCALAR",      "TRUE",    "UNCONDITIONAL",
      "UNKNOWN", "VALUE", "WITH",  "WITHOUT", "WRAPPER"};
  for (std::string_view keyword : kKeywords) {
    if (EqualsIgnoreCase(word, keyword)) return true;
  }
  return false;
}

// The clauses after the arguments of a JSON function (RETURNING type, ... ON EMPTY, ...),
// kept as canonical text; the stream is left at the closing ')'.
Status ParseJsonClauses(TokenStream& tokens, FunctionCallExpression& call) {
  std::string text;
  int depth = 0;
  while (!tokens.AtEnd() && !(depth == 0 && tokens.PeekSymbol(")"))) {
    if (tokens.PeekKeyword("RETURNING") && depth == 0) {
      tokens.Next();
      SLUICE_ASSIGN_OR_RETURN(call.returning_type, tokens.ParseType());
      continue;
    }
    const Token& token = tokens.Next();
    if (token.kind == TokenKind::kSymbol && token.text == "(") ++depth;
    if (token.kind == TokenKind::kSymbol && token.text == ")") --depth;
    std::string piece = TokenDisplay(tokens, token);
    if (token.kind == TokenKind::kWord && IsJsonClauseKeyword(token.text)) {
      piece = ToUpper(token.text);
    }
    bool glue = text.empty() || piece == "," || piece == ")" || text.back() == '(';
    if (!glue) text += " ";
    text += piece;
  }
  call.trailing_clauses = std::move(text);
  return Status::OK();
}

}  // namespace

Result<std::unique_ptr<WindowSpec>> ParseWindowSpec(TokenStream& tokens) {
  auto spec = std::make_unique<WindowSpec>();
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  if (tokens.AcceptKeywords({"PARTITION", "BY"})) {
    do {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr key, ParseExpression(tokens));
      spec->partition_by.push_back(std::move(key));
    } while (tokens.AcceptSymbol(","));
  }
  if (tokens.AcceptKeywords({"ORDER", "BY"})) {
    SLUICE_ASSIGN_OR_RETURN(spec->order_by, ParseOrderByItems(tokens));
  }
  if (tokens.PeekKeyword("ROWS") || tokens.PeekKeyword("RANGE")) {
    spec->has_frame = true;
    spec->rows = EqualsIgnoreCase(tokens.Next().text, "ROWS");
    auto parse_bound = [&tokens]() -> Result<FrameBound> {
      FrameBound bound;
      if (tokens.AcceptKeywords({"UNBOUNDED", "PRECEDING"})) {
        bound.kind = FrameBoundKind::kUnboundedPreceding;
      } else if (tokens.AcceptKeywords({"UNBOUNDED", "FOLLOWING"})) {
        bound.kind = FrameBoundKind::kUnboundedFollowing;
      } else if (tokens.AcceptKeywords({"CURRENT", "ROW"})) {
        bound.kind = FrameBoundKind::kCurrentRow;
      } else {
        SLUICE_ASSIGN_OR_RETURN(bound.offset, ParseAdditive(tokens));
        if (tokens.AcceptKeyword("PRECEDING")) {
          bound.kind = FrameBoundKind::kPreceding;
        } else if (tokens.AcceptKeyword("FOLLOWING")) {
          bound.kind = FrameBoundKind::kFollowing;
        } else {
          return tokens.Error("'PRECEDING' or 'FOLLOWING'");
        }
      }
      return bound;
    };
    if (tokens.AcceptKeyword("BETWEEN")) {
      SLUICE_ASSIGN_OR_RETURN(spec->frame_start, parse_bound());
      SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("AND"));
      SLUICE_ASSIGN_OR_RETURN(spec->frame_end, parse_bound());
    } else {
      SLUICE_ASSIGN_OR_RETURN(spec->frame_start, parse_bound());
    }
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  return spec;
}

Result<std::unique_ptr<FunctionCallExpression>> ParseFunctionCall(TokenStream& tokens,
                                                                  const Token& start,
                                                                  std::vector<std::string> name) {
  auto call = Begin<FunctionCallExpression>(start);
  call->name = std::move(name);
  std::string upper = ToUpper(call->function_name());
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
  bool json = IsJsonFunction(upper);
  if (!tokens.PeekSymbol(")")) {
    if (tokens.AcceptKeyword("DISTINCT")) {
      call->distinct = true;
    } else {
      tokens.AcceptKeyword("ALL");
    }
    if ((upper == "TIMESTAMPADD" || upper == "TIMESTAMPDIFF") && PeekTimeUnit(tokens)) {
      SLUICE_ASSIGN_OR_RETURN(ExpressionPtr unit, ExpectTimeUnit(tokens));
      AddArgument(*call, std::move(unit));
      if (!tokens.PeekSymbol(")")) SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(","));
    }
    bool more = !tokens.PeekSymbol(")");
    while (more) {
      FunctionArgument argument;
      if (tokens.PeekSymbol("*") && (tokens.PeekSymbol(")", 1) || tokens.PeekSymbol(",", 1))) {
        auto star = Begin<StarExpression>(tokens.Next());
        End(*star, tokens);
        argument.value = std::move(star);
      } else {
        if ((tokens.Peek().kind == TokenKind::kWord ||
             tokens.Peek().kind == TokenKind::kQuotedIdentifier) &&
            tokens.PeekSymbol("=>", 1)) {
          argument.name = tokens.Next().text;
          tokens.Next();
        }
        SLUICE_ASSIGN_OR_RETURN(argument.value, ParseArgumentValue(tokens));
      }
      call->arguments.push_back(std::move(argument));
      more = tokens.AcceptSymbol(",");
    }
    if (json && !tokens.PeekSymbol(")")) SLUICE_RETURN_NOT_OK(ParseJsonClauses(tokens, *call));
  }
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  if (tokens.PeekKeyword("FILTER") && tokens.PeekSymbol("(", 1)) {
    tokens.Next();
    tokens.Next();
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("WHERE"));
    SLUICE_ASSIGN_OR_RETURN(call->filter, ParseExpression(tokens));
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol(")"));
  }
  if (tokens.AcceptKeyword("OVER")) {
    if (tokens.PeekSymbol("(")) {
      SLUICE_ASSIGN_OR_RETURN(call->over, ParseWindowSpec(tokens));
    } else {
      call->over = std::make_unique<WindowSpec>();
      SLUICE_ASSIGN_OR_RETURN(call->over->name, tokens.ExpectIdentifier("a window name"));
    }
  }
  End(*call, tokens);
  return call;
}

Result<ExpressionPtr> ParseSpecialForm(TokenStream& tokens) {
  const Token& token = tokens.Peek();
  if (token.kind != TokenKind::kWord) return ExpressionPtr();
  std::string word = ToUpper(token.text);
  bool call = tokens.PeekSymbol("(", 1);
  if (word == "CASE") return ParseCase(tokens);
  if ((word == "CAST" || word == "TRY_CAST") && call) return ParseCast(tokens);
  if (word == "EXISTS") return ParseExists(tokens);
  if (word == "ARRAY" && tokens.PeekSymbol("[", 1)) {
    return ParseBracketConstructor(tokens, &ArrayExpression::elements);
  }
  if (word == "MAP" && tokens.PeekSymbol("[", 1)) {
    return ParseBracketConstructor(tokens, &MapExpression::keys_and_values);
  }
  if (word == "ROW" && call) return ParseRow(tokens);
  if (word == "DESCRIPTOR" && call) return ParseDescriptor(tokens);
  if (word == "EXTRACT" && call) return ParseExtract(tokens);
  if (word == "POSITION" && call) return ParsePosition(tokens);
  if (word == "TRIM" && call) return ParseTrim(tokens);
  if (word == "SUBSTRING" && call) return ParseSubstring(tokens);
  if (word == "OVERLAY" && call) return ParseOverlay(tokens);
  if ((word == "FLOOR" || word == "CEIL" || word == "CEILING") && call) {
    return ParseFloorCeil(tokens);
  }
  if (!call && (word == "CURRENT_TIMESTAMP" || word == "CURRENT_DATE" || word == "CURRENT_TIME" ||
                word == "LOCALTIME" || word == "LOCALTIMESTAMP" ||
                word == "CURRENT_ROW_TIMESTAMP" || word == "CURRENT_USER")) {
    // CURRENT_ROW_TIMESTAMP and CURRENT_USER are not reserved: without parentheses they are
    // the niladic functions only when no column of that name can be meant; treat them as
    // functions like Flink does.
    auto node = NewCall(tokens.Next(), word, FunctionSyntax::kNoParens);
    End(*node, tokens);
    return ExpressionPtr(std::move(node));
  }
  if (call && (word == "LEFT" || word == "RIGHT" || word == "GROUPING" || word == "CURRENT_DATE" ||
               word == "CURRENT_TIMESTAMP" || word == "LOCALTIMESTAMP" || word == "LOCALTIME" ||
               word == "CURRENT_TIME")) {
    const Token& start = tokens.Next();
    SLUICE_ASSIGN_OR_RETURN(auto node, ParseFunctionCall(tokens, start, {word}));
    return ExpressionPtr(std::move(node));
  }
  return ExpressionPtr();
}

}  // namespace sluice::sql::query_internal
