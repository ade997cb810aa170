#include "slt_executor.h"

#include <set>

#include <algorithm>
#include <set>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "client/error_formatter.h"

namespace sluice::slt {
namespace {

constexpr std::string_view kAnyCell = "<ANY>";

std::string RenderCell(const std::optional<std::string>& cell) {
  if (!cell.has_value()) return "NULL";
  if (cell->empty()) return "(empty)";
  return *cell;
}

std::string Indent(const std::string& text) {
  std::string out = "    ";
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += "    ";
  }
  return out;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

bool HasBlankLine(const std::vector<std::string>& lines) {
  return std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
    return line.find_first_not_of(" \t") == std::string::npos;
  });
}

// The block as it would be written in the file after the SQL.
std::string PasteableBlock(const std::vector<std::string>& lines) {
  std::string out = "----\n" + JoinLines(lines);
  if (HasBlankLine(lines)) out += "====\n";
  return out;
}

std::string TrimTrailingNewlines(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

std::string ErrorText(const Status& status, std::string_view sql) {
  return TrimTrailingNewlines(FormatError(status, sql));
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cells;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string::npos) {
      cells.push_back(line.substr(start));
      return cells;
    }
    cells.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// Lines are equal, or equal once every expected cell "<ANY>" is taken to match its cell.
bool LineMatches(const std::string& expected, const std::string& actual) {
  if (expected == actual) return true;
  if (expected.find(kAnyCell) == std::string::npos) return false;
  std::vector<std::string> expected_cells = SplitTabs(expected);
  std::vector<std::string> actual_cells = SplitTabs(actual);
  if (expected_cells.size() != actual_cells.size()) return false;
  for (size_t i = 0; i < expected_cells.size(); ++i) {
    if (expected_cells[i] != kAnyCell && expected_cells[i] != actual_cells[i]) return false;
  }
  return true;
}

bool RowsMatch(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  if (expected.size() != actual.size()) return false;
  for (size_t i = 0; i < expected.size(); ++i) {
    if (!LineMatches(expected[i], actual[i])) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> RenderRows(const ResultTable& table, bool rowsort) {
  const bool streaming = !table.row_kinds.empty();
  std::vector<std::string> rows;
  rows.reserve(table.rows.size());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    std::string row;
    if (streaming) row = (r < table.row_kinds.size() ? table.row_kinds[r] : "") + "\t";
    const auto& cells = table.rows[r];
    for (size_t c = 0; c < table.column_names.size(); ++c) {
      if (c > 0) row += '\t';
      row += RenderCell(c < cells.size() ? cells[c] : std::nullopt);
    }
    rows.push_back(std::move(row));
  }
  if (rowsort) std::sort(rows.begin(), rows.end());
  std::vector<std::string> lines;
  for (const std::string& row : rows) {
    size_t start = 0;
    while (true) {
      size_t newline = row.find('\n', start);
      if (newline == std::string::npos) {
        lines.push_back(row.substr(start));
        break;
      }
      lines.push_back(row.substr(start, newline - start));
      start = newline + 1;
    }
  }
  return lines;
}

SltExecutor::SltExecutor(std::string file_name, std::string catalog_dir)
    : file_name_(std::move(file_name)), catalog_dir_(std::move(catalog_dir)) {}

SltExecutor::~SltExecutor() {
  CloseSessions();
  for (const auto& [name, value] : saved_env_) {
    if (value.has_value()) {
      setenv(name.c_str(), value->c_str(), 1);
    } else {
      unsetenv(name.c_str());
    }
  }
}

void SltExecutor::CloseSessions() { sessions_.clear(); }

void SltExecutor::Fail(const SltRecord& record, const std::string& reason,
                       const std::string& details) {
  std::string text = fmt::format("{}:{}: {}\n", file_name_, record.line, reason);
  if (!record.sql.empty()) text += "  SQL:\n" + Indent(record.sql) + "\n";
  text += details;
  if (!details.empty() && details.back() != '\n') text += '\n';
  std::fputs(text.c_str(), stdout);
  std::fflush(stdout);
}

void SltExecutor::SetEnv(const std::string& name, const std::optional<std::string>& value) {
  if (saved_env_.find(name) == saved_env_.end()) {
    const char* old = std::getenv(name.c_str());
    saved_env_[name] = old != nullptr ? std::optional<std::string>(old) : std::nullopt;
  }
  if (value.has_value()) {
    setenv(name.c_str(), value->c_str(), 1);
  } else {
    unsetenv(name.c_str());
  }
}

Session* SltExecutor::Current(const SltRecord& record) {
  auto it = sessions_.find(current_);
  if (it != sessions_.end()) return it->second.get();
  SessionOptions options;
  options.catalog_dir = catalog_dir_;
  Result<std::unique_ptr<Session>> session = Session::Open(options);
  if (!session.ok()) {
    Fail(record, fmt::format("could not open session '{}'", current_),
         "  Actual error:\n" + Indent(session.status().message()));
    return nullptr;
  }
  Session* raw = session->get();
  sessions_[current_] = session.MoveValue();
  return raw;
}

bool SltExecutor::RunStatement(const SltRecord& record) {
  Session* session = Current(record);
  if (session == nullptr) return false;
  Result<StatementResult> result = session->Execute(record.sql);
  switch (record.kind) {
    case RecordKind::kStatementOk:
      if (!result.ok()) {
        Fail(record, "statement failed but should have succeeded",
             "  Actual error:\n" + Indent(ErrorText(result.status(), record.sql)));
        return false;
      }
      return true;
    case RecordKind::kStatementWarning: {
      if (!result.ok()) {
        Fail(record, "statement failed but should have succeeded with a warning",
             "  Actual error:\n" + Indent(ErrorText(result.status(), record.sql)));
        return false;
      }
      for (const std::string& warning : result->warnings) {
        if (warning.find(record.argument) != std::string::npos) return true;
      }
      std::string actual;
      for (const std::string& warning : result->warnings) actual += "[WARNING] " + warning + "\n";
      if (actual.empty()) actual = "(no warnings)";
      Fail(record, fmt::format("expected a warning containing '{}'", record.argument),
           "  Actual warnings:\n" + Indent(TrimTrailingNewlines(actual)));
      return false;
    }
    case RecordKind::kStatementError: {
      if (result.ok()) {
        Fail(record, "statement succeeded but should have failed", "");
        return false;
      }
      const Status& status = result.status();
      if (!record.has_expected_block) {
        if (status.message().find(record.argument) != std::string::npos) return true;
        Fail(record, fmt::format("expected an error containing '{}'", record.argument),
             "  Actual error:\n" + Indent(status.message()));
        return false;
      }
      // A block starting with "[ERROR]" is compared with the CLI's rendering (position and
      // caret included); otherwise with the message.
      std::string expected = TrimTrailingNewlines(JoinLines(record.expected_lines));
      std::string actual = expected.rfind("[ERROR]", 0) == 0
                               ? ErrorText(status, record.sql)
                               : TrimTrailingNewlines(status.message());
      if (actual == expected) return true;
      Fail(record, "wrong error message",
           "  Expected:\n" + PasteableBlock(record.expected_lines) +
               "  Actual (paste after the SQL):\n" + PasteableBlock(SplitLines(actual)));
      return false;
    }
    default:
      return false;
  }
}

namespace {

// Applies a changelog: +I/+U rows are added, -U/-D rows remove one equal row. Returns the sorted
// rows, or an error naming a retraction of a row that is not there.
Result<std::vector<std::string>> FoldChangelog(const ResultTable& table) {
  ResultTable plain = table;
  plain.row_kinds.clear();
  plain.changelog = false;
  const std::vector<std::string> rows = RenderRows(plain, false);
  std::multiset<std::string> folded;
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string kind = i < table.row_kinds.size() ? table.row_kinds[i] : "+I";
    if (kind == "+I" || kind == "+U") {
      folded.insert(rows[i]);
    } else {
      auto it = folded.find(rows[i]);
      if (it == folded.end()) {
        return Status::UserError(fmt::format("changelog row {} {} retracts a row that is not there",
                                             kind, rows[i]));
      }
      folded.erase(it);
    }
  }
  return std::vector<std::string>(folded.begin(), folded.end());
}

}  // namespace

bool SltExecutor::RunBothModes(const SltRecord& record,
                               std::optional<std::vector<std::string>>* rendered) {
  Session* session = Current(record);
  if (session == nullptr) return false;
  std::string previous_mode = "streaming";
  if (Result<StatementResult> options = session->Execute("SET"); options.ok()) {
    for (const auto& row : options->table.rows) {
      if (row.size() == 2 && row[0] == "execution.runtime-mode" && row[1]) previous_mode = *row[1];
    }
  }
  std::vector<std::string> results[2];
  const char* modes[2] = {"batch", "streaming"};
  for (int m = 0; m < 2; ++m) {
    (void)session->Execute(fmt::format("SET 'execution.runtime-mode' = '{}'", modes[m]));
    Result<StatementResult> result = session->Execute(record.sql);
    if (!result.ok()) {
      (void)session->Execute(fmt::format("SET 'execution.runtime-mode' = '{}'", previous_mode));
      Fail(record, fmt::format("query failed in {} mode", modes[m]),
           "  Actual error:\n" + Indent(ErrorText(result.status(), record.sql)));
      return false;
    }
    if (m == 0) {
      results[m] = RenderRows(result->table, true);
    } else {
      Result<std::vector<std::string>> folded = FoldChangelog(result->table);
      if (!folded.ok()) {
        Fail(record, "streaming changelog is inconsistent", "  " + folded.status().message());
        return false;
      }
      results[m] = *folded;
    }
  }
  (void)session->Execute(fmt::format("SET 'execution.runtime-mode' = '{}'", previous_mode));
  *rendered = results[0];
  for (int m = 0; m < 2; ++m) {
    if (!RowsMatch(record.expected_lines, results[m])) {
      Fail(record, fmt::format("wrong result in {} mode", modes[m]),
           "  Expected:\n" + PasteableBlock(record.expected_lines) +
               "  Actual (paste after the SQL):\n" + PasteableBlock(results[m]));
      return false;
    }
  }
  return true;
}

bool SltExecutor::RunQuery(const SltRecord& record,
                           std::optional<std::vector<std::string>>* rendered) {
  if (record.both_modes) return RunBothModes(record, rendered);
  Session* session = Current(record);
  if (session == nullptr) return false;
  Result<StatementResult> result = session->Execute(record.sql);
  if (!result.ok()) {
    Fail(record, "query failed",
         "  Actual error:\n" + Indent(ErrorText(result.status(), record.sql)));
    return false;
  }
  if (result->kind != StatementResult::Kind::kRows) {
    Fail(record, "query returned no result table", "  Actual:\n    [INFO] " + result->info_message);
    return false;
  }
  const ResultTable& table = result->table;
  *rendered = RenderRows(table, record.rowsort);
  const std::vector<std::string>& actual = **rendered;
  size_t columns = table.column_names.size() + (table.row_kinds.empty() ? 0 : 1);
  if (record.column_letters.size() != columns) {
    Fail(record,
         fmt::format("query has {} column letters ('{}') but the result has {} columns",
                     record.column_letters.size(), record.column_letters, columns),
         "  Actual (paste after the SQL):\n" + PasteableBlock(actual));
    return false;
  }
  if (RowsMatch(record.expected_lines, actual)) return true;
  Fail(record, "wrong result",
       "  Expected:\n" + PasteableBlock(record.expected_lines) +
           "  Actual (paste after the SQL):\n" + PasteableBlock(actual));
  return false;
}

SltSummary SltExecutor::Run(const std::vector<SltRecord>& records,
                            std::map<size_t, std::vector<std::string>>* actual_blocks) {
  SltSummary summary;
  for (size_t index = 0; index < records.size(); ++index) {
    const SltRecord& record = records[index];
    bool ok = true;
    bool counted = true;
    switch (record.kind) {
      case RecordKind::kStatementOk:
      case RecordKind::kStatementError:
      case RecordKind::kStatementWarning:
        ok = RunStatement(record);
        break;
      case RecordKind::kQuery: {
        std::optional<std::vector<std::string>> actual;
        ok = RunQuery(record, &actual);
        if (actual_blocks != nullptr && !ok && actual.has_value())
          (*actual_blocks)[index] = *actual;
        break;
      }
      case RecordKind::kRestart:
        sessions_.clear();
        ok = Current(record) != nullptr;
        counted = !ok;
        break;
      case RecordKind::kConnection:
        current_ = record.argument;
        counted = false;
        break;
      case RecordKind::kEnv:
        SetEnv(record.argument, record.value);
        counted = false;
        break;
      case RecordKind::kUnsetEnv:
        SetEnv(record.argument, std::nullopt);
        counted = false;
        break;
      case RecordKind::kHalt:
        return summary;
      case RecordKind::kInvalid:
        Fail(record, "invalid record: " + record.argument, "");
        ok = false;
        break;
    }
    if (!counted) continue;
    if (ok) {
      ++summary.passed;
    } else {
      ++summary.failed;
    }
  }
  return summary;
}

}  // namespace sluice::slt
