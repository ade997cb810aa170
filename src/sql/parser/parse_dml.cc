// Statements that run or configure work: queries, INSERT, statement sets, EXPLAIN, SET / RESET.
#include "sql/parser/parse_statement_internal.h"
#include "sql/parser/query_parser.h"

namespace sluice::sql::internal {
namespace {

// A literal of a static partition (`PARTITION (k = v)`) as text.
Result<std::string> ParsePartitionValue(TokenStream& tokens) {
  const Token& token = tokens.Peek();
  switch (token.kind) {
    case TokenKind::kString:
    case TokenKind::kInteger:
    case TokenKind::kDecimal:
    case TokenKind::kApproxNumber:
      return tokens.Next().text;
    case TokenKind::kSymbol:
      if (token.text == "-" && (tokens.Peek(1).kind == TokenKind::kInteger ||
                                tokens.Peek(1).kind == TokenKind::kDecimal ||
                                tokens.Peek(1).kind == TokenKind::kApproxNumber)) {
        tokens.Next();
        return "-" + tokens.Next().text;
      }
      break;
    case TokenKind::kWord:
      if (tokens.PeekKeyword("TRUE") || tokens.PeekKeyword("FALSE") ||
          tokens.PeekKeyword("NULL")) {
        return ToUpper(tokens.Next().text);
      }
      break;
    default:
      break;
  }
  return tokens.Error("a literal");
}

// An INSERT nested in EXPLAIN or a statement set; the stream is at INSERT.
Result<std::unique_ptr<InsertStatement>> ParseNestedInsert(TokenStream& tokens) {
  const Token& start = tokens.Peek();
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("INSERT"));
  SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<Statement> statement, ParseInsert(tokens, start));
  return std::unique_ptr<InsertStatement>(static_cast<InsertStatement*>(statement.release()));
}

// INSERTs each ended by ';' up to END (the last ';' may be left out).
Status ParseInsertsUntilEnd(TokenStream& tokens, StatementSetStatement* set) {
  do {
    if (!tokens.PeekKeyword("INSERT")) return tokens.Error("'INSERT'");
    SLUICE_ASSIGN_OR_RETURN(std::unique_ptr<InsertStatement> insert, ParseNestedInsert(tokens));
    set->inserts.push_back(std::move(insert));
    if (!tokens.AcceptSymbol(";") && !tokens.PeekKeyword("END")) return tokens.Error("';'");
  } while (!tokens.PeekKeyword("END"));
  tokens.Next();
  return Status::OK();
}

// SET / RESET keys and values: a string literal, or the words as written (`SET a.b = 10`).
Result<std::string> ParseSettingText(TokenStream& tokens, std::string_view what, bool stop_at_eq) {
  if (tokens.Peek().kind == TokenKind::kString) return tokens.Next().text;
  size_t begin = tokens.CurrentOffset();
  while (!tokens.AtEnd() && !tokens.PeekSymbol(";") && !(stop_at_eq && tokens.PeekSymbol("="))) {
    tokens.Next();
  }
  if (tokens.CurrentOffset() == begin) return tokens.Error(what);
  return std::string(tokens.Source(begin, tokens.PreviousEndOffset()));
}

}  // namespace

StatementResult ParseQueryStatement(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<QueryStatement>(start);
  SLUICE_RETURN_NOT_OK(ParseQueryText(tokens, &statement->query_sql, &statement->query));
  return Finish(std::move(statement));
}

StatementResult ParseInsert(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<InsertStatement>(start);
  if (tokens.AcceptKeyword("OVERWRITE")) {
    statement->overwrite = true;
  } else if (!tokens.AcceptKeyword("INTO")) {
    return tokens.Error("'INTO' or 'OVERWRITE'");
  }
  SLUICE_ASSIGN_OR_RETURN(statement->target, ParseObjectName(tokens, "a table name"));
  if (tokens.AcceptKeyword("PARTITION")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("("));
    do {
      SLUICE_ASSIGN_OR_RETURN(std::string key, tokens.ExpectIdentifier("a partition column"));
      SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("="));
      SLUICE_ASSIGN_OR_RETURN(std::string value, ParsePartitionValue(tokens));
      statement->static_partitions.emplace_back(std::move(key), std::move(value));
    } while (tokens.AcceptSymbol(","));
    if (!tokens.AcceptSymbol(")")) return tokens.Error("',' or ')'");
  }
  // `(a, b) SELECT ...` is a column list; `(SELECT ...)` is the query.
  if (tokens.PeekSymbol("(") && tokens.PeekIdentifier(1)) {
    SLUICE_ASSIGN_OR_RETURN(statement->column_list, ParseIdentifierList(tokens, "a column name"));
  }
  SLUICE_RETURN_NOT_OK(ParseQueryText(tokens, &statement->query_sql, &statement->query));
  return Finish(std::move(statement));
}

StatementResult ParseStatementSetBody(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<StatementSetStatement>(start);
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("BEGIN"));
  SLUICE_RETURN_NOT_OK(ParseInsertsUntilEnd(tokens, statement.get()));
  return Finish(std::move(statement));
}

StatementResult ParseExecute(TokenStream& tokens, const Token& start) {
  if (tokens.AcceptKeywords({"STATEMENT", "SET"})) return ParseStatementSetBody(tokens, start);
  if (tokens.AcceptKeyword("INSERT")) return ParseInsert(tokens, start);
  if (PeekQueryStart(tokens)) return ParseQueryStatement(tokens, start);
  return tokens.Error("one of STATEMENT SET, INSERT, a query");
}

StatementResult ParseBegin(TokenStream& tokens, const Token& start) {
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("STATEMENT"));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("SET"));
  // The whole set in one text: BEGIN STATEMENT SET; INSERT ...; END
  if (tokens.PeekSymbol(";") && tokens.PeekKeyword("INSERT", 1)) {
    tokens.Next();
    auto statement = NewStatement<StatementSetStatement>(start);
    SLUICE_RETURN_NOT_OK(ParseInsertsUntilEnd(tokens, statement.get()));
    return Finish(std::move(statement));
  }
  return Finish(NewStatement<BeginStatementSetStatement>(start));
}

StatementResult ParseExplain(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ExplainStatement>(start);
  if (tokens.AcceptKeyword("PLAN")) {
    SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("FOR"));
    statement->plan_for = true;
  } else {
    static constexpr std::string_view kDetails[] = {"ESTIMATED_COST", "CHANGELOG_MODE",
                                                    "PLAN_ADVICE", "JSON_EXECUTION_PLAN"};
    auto accept_detail = [&]() {
      for (std::string_view detail : kDetails) {
        if (tokens.AcceptKeyword(detail)) {
          statement->details.emplace_back(detail);
          return true;
        }
      }
      return false;
    };
    if (accept_detail()) {
      while (tokens.AcceptSymbol(",")) {
        if (!accept_detail()) {
          return tokens.Error(
              "one of ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, JSON_EXECUTION_PLAN");
        }
      }
    }
  }
  const Token& inner_start = tokens.Peek();
  if (PeekQueryStart(tokens)) {
    SLUICE_ASSIGN_OR_RETURN(statement->statement, ParseQueryStatement(tokens, inner_start));
  } else if (tokens.AcceptKeyword("INSERT")) {
    SLUICE_ASSIGN_OR_RETURN(statement->statement, ParseInsert(tokens, inner_start));
  } else if (tokens.AcceptKeyword("EXECUTE")) {
    SLUICE_ASSIGN_OR_RETURN(statement->statement, ParseExecute(tokens, inner_start));
  } else if (tokens.AcceptKeywords({"STATEMENT", "SET"})) {
    SLUICE_ASSIGN_OR_RETURN(statement->statement, ParseStatementSetBody(tokens, inner_start));
  } else {
    return tokens.Error("a query, INSERT or STATEMENT SET");
  }
  return Finish(std::move(statement));
}

StatementResult ParseSet(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<SetStatement>(start);
  if (tokens.AtEnd() || tokens.PeekSymbol(";")) return Finish(std::move(statement));
  SLUICE_ASSIGN_OR_RETURN(statement->key, ParseSettingText(tokens, "an option key", true));
  SLUICE_RETURN_NOT_OK(tokens.ExpectSymbol("="));
  SLUICE_ASSIGN_OR_RETURN(statement->value, ParseSettingText(tokens, "an option value", false));
  return Finish(std::move(statement));
}

StatementResult ParseReset(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ResetStatement>(start);
  if (tokens.AtEnd() || tokens.PeekSymbol(";")) return Finish(std::move(statement));
  SLUICE_ASSIGN_OR_RETURN(statement->key, ParseSettingText(tokens, "an option key", false));
  return Finish(std::move(statement));
}

}  // namespace sluice::sql::internal
