#include "slt_parser.h"

#include <sstream>

#include "client/statement_splitter.h"

namespace sluice::slt {
namespace {

constexpr std::string_view kSeparator = "----";
constexpr std::string_view kFence = "====";

bool IsBlank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

std::vector<std::string> Tokens(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> tokens;
  std::string token;
  while (in >> token) tokens.push_back(token);
  return tokens;
}

// The text after the first `count` whitespace-separated tokens of `line`, trimmed.
std::string RestAfterTokens(const std::string& line, int count) {
  size_t pos = 0;
  for (int t = 0; t < count; ++t) {
    pos = line.find_first_not_of(" \t", pos);
    if (pos == std::string::npos) return "";
    pos = line.find_first_of(" \t", pos);
    if (pos == std::string::npos) return "";
  }
  size_t begin = line.find_first_not_of(" \t", pos);
  if (begin == std::string::npos) return "";
  size_t end = line.find_last_not_of(" \t");
  return line.substr(begin, end - begin + 1);
}

bool IsDirectiveLine(const std::string& line) {
  std::vector<std::string> tokens = Tokens(line);
  if (tokens.empty()) return false;
  const std::string& word = tokens[0];
  return word == "statement" || word == "query" || word == "restart" || word == "connection" ||
         word == "env" || word == "unsetenv" || word == "halt";
}

// Whether the expected block starting at `begin` ends with a "====" line.
bool IsFenced(const std::vector<std::string>& lines, size_t begin) {
  for (size_t k = begin; k < lines.size(); ++k) {
    if (lines[k] == kFence) return true;
    if (!IsBlank(lines[k])) continue;
    size_t m = k;
    while (m < lines.size() && IsBlank(lines[m])) ++m;
    if (m == lines.size() || IsDirectiveLine(lines[m]) || lines[m][0] == '#') return false;
  }
  return false;
}

// Reads SQL lines from `*i` up to a blank line, "----" or the end. A blank line inside a quoted
// piece or a block comment belongs to the SQL.
std::string ReadSql(const std::vector<std::string>& lines, size_t* i) {
  std::string sql;
  bool first = true;
  while (*i < lines.size() && lines[*i] != kSeparator) {
    if (IsBlank(lines[*i]) && !EndsInsideQuoteOrComment(sql)) break;
    if (!first) sql += '\n';
    first = false;
    sql += lines[*i];
    ++*i;
  }
  return sql;
}

// Reads the expected block when `*i` is at "----"; leaves `*i` after the block.
void ReadExpectedBlock(const std::vector<std::string>& lines, size_t* i, SltRecord* record) {
  record->sql_end = static_cast<int>(*i);
  if (*i >= lines.size() || lines[*i] != kSeparator) {
    record->block_end = record->sql_end;
    return;
  }
  record->has_expected_block = true;
  ++*i;
  if (IsFenced(lines, *i)) {
    while (*i < lines.size() && lines[*i] != kFence)
      record->expected_lines.push_back(lines[(*i)++]);
    if (*i < lines.size()) ++*i;  // the fence
  } else {
    while (*i < lines.size() && !IsBlank(lines[*i]))
      record->expected_lines.push_back(lines[(*i)++]);
  }
  record->block_end = static_cast<int>(*i);
}

void SkipToBlank(const std::vector<std::string>& lines, size_t* i) {
  while (*i < lines.size() && !IsBlank(lines[*i])) ++*i;
}

}  // namespace

std::vector<std::string> SplitLines(std::string_view content) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string line(content.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

std::vector<SltRecord> ParseSlt(const std::vector<std::string>& lines) {
  std::vector<SltRecord> records;
  size_t i = 0;
  while (i < lines.size()) {
    const std::string& line = lines[i];
    if (IsBlank(line) || line[0] == '#') {
      ++i;
      continue;
    }
    SltRecord record;
    record.line = static_cast<int>(i) + 1;
    std::vector<std::string> tokens = Tokens(line);
    const std::string& directive = tokens[0];
    ++i;
    auto invalid = [&](std::string problem) {
      record.kind = RecordKind::kInvalid;
      record.argument = std::move(problem);
      SkipToBlank(lines, &i);
    };
    if (directive == "statement") {
      std::string mode = tokens.size() > 1 ? tokens[1] : "";
      if (mode == "ok") {
        record.kind = RecordKind::kStatementOk;
      } else if (mode == "error") {
        record.kind = RecordKind::kStatementError;
      } else if (mode == "warning") {
        record.kind = RecordKind::kStatementWarning;
      } else {
        invalid("expected 'statement ok', 'statement error' or 'statement warning'");
        records.push_back(std::move(record));
        continue;
      }
      record.argument = RestAfterTokens(line, 2);
      if (record.kind == RecordKind::kStatementWarning && record.argument.empty()) {
        invalid("'statement warning' needs the expected warning text");
      } else {
        record.sql = ReadSql(lines, &i);
        ReadExpectedBlock(lines, &i, &record);
        if (record.sql.empty()) {
          invalid("missing SQL");
        } else if (record.has_expected_block && record.kind != RecordKind::kStatementError) {
          invalid("only 'statement error' and 'query' records take a '----' block");
        } else if (record.kind == RecordKind::kStatementError && record.has_expected_block &&
                   !record.argument.empty()) {
          invalid("'statement error' takes either a message part or a '----' block, not both");
        }
      }
    } else if (directive == "query") {
      record.kind = RecordKind::kQuery;
      if (tokens.size() < 2) {
        invalid("'query' needs column letters, e.g. 'query TI'");
      } else {
        record.column_letters = tokens[1];
        bool ok = true;
        for (size_t t = 2; t < tokens.size(); ++t) {
          if (tokens[t] == "both") {
            record.both_modes = true;
            record.rowsort = true;
          } else if (tokens[t] == "rowsort") {
            record.rowsort = true;
          } else if (tokens[t] != "nosort") {
            invalid("unknown query option '" + tokens[t] + "'");
            ok = false;
            break;
          }
        }
        if (ok) {
          record.sql = ReadSql(lines, &i);
          ReadExpectedBlock(lines, &i, &record);
          if (record.sql.empty()) invalid("missing SQL");
        }
      }
    } else if (directive == "restart" && tokens.size() == 1) {
      record.kind = RecordKind::kRestart;
    } else if (directive == "halt" && tokens.size() == 1) {
      record.kind = RecordKind::kHalt;
    } else if (directive == "connection" && tokens.size() == 2) {
      record.kind = RecordKind::kConnection;
      record.argument = tokens[1];
    } else if (directive == "env" && tokens.size() >= 2) {
      record.kind = RecordKind::kEnv;
      record.argument = tokens[1];
      record.value = RestAfterTokens(line, 2);
    } else if (directive == "unsetenv" && tokens.size() == 2) {
      record.kind = RecordKind::kUnsetEnv;
      record.argument = tokens[1];
    } else {
      invalid("unknown or malformed directive '" + line + "'");
    }
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace sluice::slt
