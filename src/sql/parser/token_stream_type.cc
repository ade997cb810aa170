// TokenStream::ParseType lives apart so that code using only the rest of TokenStream does not
// need the types library at link time.
#include "sql/parser/token_stream.h"

namespace sluice::sql {

Result<LogicalType> TokenStream::ParseType() {
  const Token& start = Peek();
  if (start.kind == TokenKind::kEnd) return Error("a data type");
  std::string_view rest = std::string_view(source_).substr(start.offset);
  size_t consumed = 0;
  Result<LogicalType> type = ParseLogicalType(rest, &consumed);
  if (!type.ok()) {
    Status status = type.status();
    if (!status.has_position())
      status = status.WithPosition(start.line, start.column);
    else
      status = status.ShiftPosition(start.line - 1, start.column - 1);
    return status;
  }
  size_t end = start.offset + consumed;
  // Move past every token that starts inside the consumed text.
  while (!AtEnd() && Peek().offset < end) Next();
  return type;
}

Result<LogicalType> TokenStream::ParseColumnType() {
  SLUICE_ASSIGN_OR_RETURN(LogicalType type, ParseType());
  if (PeekKeyword("NOT") && !PeekKeyword("NULL", 1)) {
    Next();
    return Error("'NULL'");
  }
  return type;
}

}  // namespace sluice::sql
