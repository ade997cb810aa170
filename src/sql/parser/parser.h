// The entry point of the SQL parser: text in, statement AST (sql/parser/ast_statement.h) out.
//
// Thread-safety: stateless; call from any thread.
#pragma once

#include <memory>
#include <string_view>

#include "common/status.h"
#include "sql/parser/ast_statement.h"

namespace sluice::sql {

// Parses exactly one statement (an optional trailing ';' is allowed). Syntax errors are
// Status::UserError with a message naming what was expected and what was found, e.g.
//   "Syntax error: expected ')' but found 'FROM'"
// and with WithPosition(line, column) of the offending token (1-based, relative to `sql`).
// Semantic rules that Flink checks in its parser (e.g. CREATE MODEL's column lists) are user
// errors with Flink's texts, positioned at the offending clause.
Result<std::unique_ptr<Statement>> ParseStatement(std::string_view sql);

}  // namespace sluice::sql
