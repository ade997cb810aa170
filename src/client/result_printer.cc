#include "client/result_printer.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

namespace sluice {
namespace {

constexpr std::string_view kNullText = "<NULL>";
constexpr std::string_view kRowKindColumn = "op";

// Decodes one code point at `i`, advancing `i`; an invalid byte decodes as itself.
uint32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  int length = 0;
  uint32_t cp = 0;
  if (c < 0x80) {
    ++*i;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    length = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    length = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    length = 4;
    cp = c & 0x07;
  } else {
    ++*i;
    return c;
  }
  if (*i + length > s.size()) {
    ++*i;
    return c;
  }
  for (int k = 1; k < length; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[*i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i += length;
  return cp;
}

// East Asian Width W or F (Unicode TR 11), the main blocks.
bool IsWide(uint32_t cp) {
  static constexpr std::pair<uint32_t, uint32_t> kRanges[] = {
      {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
      {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
      {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
      {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
      {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
      {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
      {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
      {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
      {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
      {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
      {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
      {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
      {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
      {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
      {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
      {0x30000, 0x3FFFD},
  };
  if (cp < 0x1100) return false;
  for (const auto& [low, high] : kRanges) {
    if (cp < low) return false;
    if (cp <= high) return true;
  }
  return false;
}

bool StreamingResult(const ResultTable& table) {
  return table.changelog || !table.row_kinds.empty();
}

// The header and the cells of each row as printed in the tableau (row kind first if streaming).
std::vector<std::string> TableauHeader(const ResultTable& table) {
  std::vector<std::string> header;
  if (StreamingResult(table)) header.emplace_back(kRowKindColumn);
  header.insert(header.end(), table.column_names.begin(), table.column_names.end());
  return header;
}

std::vector<std::string> TableauCells(const ResultTable& table, size_t row) {
  std::vector<std::string> cells;
  if (StreamingResult(table)) {
    cells.push_back(row < table.row_kinds.size() ? table.row_kinds[row] : std::string());
  }
  const auto& values = table.rows[row];
  for (size_t c = 0; c < table.column_names.size(); ++c) {
    if (c < values.size() && values[c].has_value()) {
      cells.push_back(*values[c]);
    } else {
      cells.emplace_back(kNullText);
    }
  }
  return cells;
}

void AppendBorder(const std::vector<int>& widths, std::string* out) {
  out->push_back('+');
  for (int width : widths) {
    out->append(static_cast<size_t>(width) + 2, '-');
    out->push_back('+');
  }
  out->push_back('\n');
}

void AppendTableauRow(const std::vector<int>& widths, const std::vector<std::string>& cells,
                      std::string* out) {
  out->push_back('|');
  for (size_t i = 0; i < widths.size(); ++i) {
    out->push_back(' ');
    int width = DisplayWidth(cells[i]);
    if (width < widths[i]) out->append(static_cast<size_t>(widths[i] - width), ' ');
    out->append(cells[i]);
    out->append(" |");
  }
  out->push_back('\n');
}

std::string CsvField(std::string_view value) {
  bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

bool IsJsonNumber(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  if (s[i] == '0' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
    return false;
  }
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  }
  return i == s.size();
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string JsonValue(const std::optional<std::string>& cell, const LogicalType* type) {
  if (!cell.has_value()) return "null";
  if (type != nullptr) {
    const TypeId id = type->id();
    const bool numeric = id == TypeId::kTinyInt || id == TypeId::kSmallInt || id == TypeId::kInt ||
                         id == TypeId::kBigInt || id == TypeId::kFloat || id == TypeId::kDouble ||
                         id == TypeId::kDecimal;
    if (numeric && IsJsonNumber(*cell)) return *cell;
    if (id == TypeId::kBoolean) {
      if (EqualsIgnoreCase(*cell, "true")) return "true";
      if (EqualsIgnoreCase(*cell, "false")) return "false";
    }
  }
  return JsonQuote(*cell);
}

}  // namespace

int DisplayWidth(std::string_view utf8) {
  int width = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    width += IsWide(NextCodePoint(utf8, &i)) ? 2 : 1;
  }
  return width;
}

std::string JsonQuote(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
  return out;
}

Result<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (EqualsIgnoreCase(name, "tableau")) return OutputFormat::kTableau;
  if (EqualsIgnoreCase(name, "csv")) return OutputFormat::kCsv;
  if (EqualsIgnoreCase(name, "json")) return OutputFormat::kJson;
  return Status::UserError(
      fmt::format("Unknown output format '{}'. Supported formats: tableau, csv, json.", name));
}

std::string FormatTableau(const ResultTable& table) {
  const bool streaming = StreamingResult(table);
  const size_t num_rows = table.rows.size();
  if (!streaming && num_rows == 0) return "Empty set\n";

  std::vector<std::string> header = TableauHeader(table);
  std::vector<std::vector<std::string>> cells;
  cells.reserve(num_rows);
  std::vector<int> widths;
  widths.reserve(header.size());
  for (const std::string& name : header) widths.push_back(DisplayWidth(name));
  for (size_t r = 0; r < num_rows; ++r) {
    cells.push_back(TableauCells(table, r));
    for (size_t c = 0; c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(cells.back()[c]));
    }
  }

  std::string out;
  AppendBorder(widths, &out);
  AppendTableauRow(widths, header, &out);
  AppendBorder(widths, &out);
  for (const auto& row : cells) AppendTableauRow(widths, row, &out);
  const char* term = num_rows > 1 ? "rows" : "row";
  if (streaming) {
    if (num_rows > 0) AppendBorder(widths, &out);
    out += fmt::format("Received a total of {} {}\n", num_rows, term);
  } else {
    AppendBorder(widths, &out);
    out += fmt::format("{} {} in set\n", num_rows, term);
  }
  return out;
}

std::string FormatCsv(const ResultTable& table) {
  const bool streaming = StreamingResult(table);
  std::string out;
  bool first = true;
  auto field = [&](std::string_view value) {
    if (!first) out.push_back(',');
    first = false;
    out += CsvField(value);
  };
  if (streaming) field(kRowKindColumn);
  for (const auto& name : table.column_names) field(name);
  out.push_back('\n');
  for (size_t r = 0; r < table.rows.size(); ++r) {
    first = true;
    if (streaming) field(r < table.row_kinds.size() ? table.row_kinds[r] : "");
    const auto& row = table.rows[r];
    for (size_t c = 0; c < table.column_names.size(); ++c) {
      if (c < row.size() && row[c].has_value() && row[c]->empty()) {
        // An empty string is written quoted so that it differs from NULL (an empty field).
        if (!first) out.push_back(',');
        first = false;
        out += "\"\"";
        continue;
      }
      field(c < row.size() && row[c].has_value() ? std::string_view(*row[c]) : "");
    }
    out.push_back('\n');
  }
  return out;
}

std::string FormatJson(const ResultTable& table) {
  const bool streaming = StreamingResult(table);
  std::string out;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    out.push_back('{');
    bool first = true;
    if (streaming) {
      out += JsonQuote(kRowKindColumn) + ":" +
             JsonQuote(r < table.row_kinds.size() ? table.row_kinds[r] : "");
      first = false;
    }
    const auto& row = table.rows[r];
    for (size_t c = 0; c < table.column_names.size(); ++c) {
      if (!first) out.push_back(',');
      first = false;
      const LogicalType* type = c < table.column_types.size() ? &table.column_types[c] : nullptr;
      std::optional<std::string> cell = c < row.size() ? row[c] : std::nullopt;
      out += JsonQuote(table.column_names[c]) + ":" + JsonValue(cell, type);
    }
    out += "}\n";
  }
  return out;
}

std::string FormatResultTable(const ResultTable& table, OutputFormat format) {
  switch (format) {
    case OutputFormat::kTableau:
      return FormatTableau(table);
    case OutputFormat::kCsv:
      return FormatCsv(table);
    case OutputFormat::kJson:
      return FormatJson(table);
  }
  return FormatTableau(table);
}

std::string FormatInfo(std::string_view message) { return fmt::format("[INFO] {}\n", message); }

std::string FormatWarning(std::string_view message) {
  return fmt::format("[WARNING] {}\n", message);
}

}  // namespace sluice
