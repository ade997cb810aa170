#include "client/error_formatter.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "client/result_printer.h"

namespace sluice {
namespace {

// Lines longer than this (in code points) are shown as a window around the column.
constexpr int kMaxShownLine = 160;
constexpr int kContextBefore = 70;

// The byte length of the code point starting at `s[i]` (1 for an invalid byte).
size_t CodePointLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t length = c < 0x80             ? 1
                  : (c & 0xE0) == 0xC0 ? 2
                  : (c & 0xF0) == 0xE0 ? 3
                  : (c & 0xF8) == 0xF0 ? 4
                                       : 1;
  if (i + length > s.size()) return 1;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  }
  return length;
}

// Splits `line` into code points.
std::vector<std::string_view> CodePoints(std::string_view line) {
  std::vector<std::string_view> points;
  for (size_t i = 0; i < line.size();) {
    size_t length = CodePointLength(line, i);
    points.push_back(line.substr(i, length));
    i += length;
  }
  return points;
}

// Line `line_number` (1-based) of `source` without its line break, or nullopt.
std::optional<std::string_view> SourceLine(std::string_view source, int line_number) {
  size_t start = 0;
  for (int l = 1; l < line_number; ++l) {
    size_t newline = source.find('\n', start);
    if (newline == std::string_view::npos) return std::nullopt;
    start = newline + 1;
  }
  if (start > source.size()) return std::nullopt;
  size_t end = source.find('\n', start);
  std::string_view line =
      source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

std::string FormatError(const Status& status, std::string_view source) {
  std::string out = fmt::format("[ERROR] {}\n", status.message());
  if (!status.has_position()) return out;
  std::optional<std::string_view> line = SourceLine(source, status.line());
  if (!line.has_value()) return out;
  std::vector<std::string_view> points = CodePoints(*line);
  int column = std::max(status.column(), 1);
  // The caret may sit one past the end of the line (an error at the end of the input).
  if (column > static_cast<int>(points.size()) + 1) return out;

  size_t first = 0;
  size_t last = points.size();
  if (static_cast<int>(points.size()) > kMaxShownLine) {
    int begin = std::max(0, column - 1 - kContextBefore);
    first = static_cast<size_t>(begin);
    last = std::min(points.size(), first + kMaxShownLine);
  }
  std::string shown;
  std::string caret;
  if (first > 0) {
    shown += "...";
    caret += "   ";
  }
  for (size_t i = first; i < last; ++i) {
    shown += points[i];
    if (static_cast<int>(i) < column - 1) {
      if (points[i] == "\t") {
        caret += '\t';
      } else {
        caret.append(static_cast<size_t>(DisplayWidth(points[i])), ' ');
      }
    }
  }
  if (last < points.size()) shown += "...";
  caret += '^';
  out += fmt::format("line {}, column {}:\n{}\n{}\n", status.line(), status.column(), shown, caret);
  return out;
}

}  // namespace sluice
