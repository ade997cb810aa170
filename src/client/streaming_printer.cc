#include "client/streaming_printer.h"

#include <fmt/format.h>

#include <algorithm>

namespace sluice {
namespace {

constexpr int kMaxColumnWidth = 30;  // Flink's default sql-client.display.max-column-width

int TypeWidth(const LogicalType& type) {
  switch (type.id()) {
    case TypeId::kBoolean:
      return 5;
    case TypeId::kTinyInt:
      return 4;
    case TypeId::kSmallInt:
      return 6;
    case TypeId::kInt:
      return 11;
    case TypeId::kBigInt:
      return 20;
    case TypeId::kDecimal:
      return type.precision() + 2;
    case TypeId::kDate:
      return 10;
    case TypeId::kTime:
      return 8 + (type.precision() > 0 ? type.precision() + 1 : 0);
    case TypeId::kTimestamp:
    case TypeId::kTimestampLtz:
      return 19 + (type.precision() > 0 ? type.precision() + 1 : 0);
    case TypeId::kChar:
    case TypeId::kVarChar:
    case TypeId::kBinary:
    case TypeId::kVarBinary:
      return std::min(type.length(), kMaxColumnWidth);
    default:
      return kMaxColumnWidth;
  }
}

// Cuts `text` to `width` display columns, ending in "..." when it was longer.
std::string Fit(const std::string& text, int width) {
  if (DisplayWidth(text) <= width) return text;
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0xF0) length = 4;
    else if (byte >= 0xE0) length = 3;
    else if (byte >= 0xC0) length = 2;
    std::string next = out + text.substr(i, length);
    if (DisplayWidth(next) + 3 > width) break;
    out = std::move(next);
    i += length;
  }
  return out + "...";
}

}  // namespace

int StreamingColumnWidth(const std::string& name, const LogicalType& type) {
  return std::max({DisplayWidth(name), TypeWidth(type), 6 /* <NULL> */});
}

void StreamingPrinter::Start(const ResultTable& table) {
  started_ = true;
  if (format_ != OutputFormat::kTableau) {
    if (format_ == OutputFormat::kCsv) {
      ResultTable header = table;
      header.rows.clear();
      header.row_kinds.clear();
      header.changelog = true;
      std::string text = FormatCsv(header);
      std::fputs(text.c_str(), out_);
    }
    return;
  }
  widths_ = {2};
  std::vector<std::string> names = {"op"};
  for (size_t c = 0; c < table.column_names.size(); ++c) {
    widths_.push_back(StreamingColumnWidth(table.column_names[c], table.column_types[c]));
    names.push_back(table.column_names[c]);
  }
  std::string border = "+";
  for (int width : widths_) border += std::string(width + 2, '-') + "+";
  std::fputs((border + "\n" + Row(names) + "\n" + border + "\n").c_str(), out_);
}

std::string StreamingPrinter::Row(const std::vector<std::string>& cells) const {
  std::string line = "|";
  for (size_t c = 0; c < cells.size(); ++c) {
    const std::string cell = Fit(cells[c], widths_[c]);
    line += " " + std::string(widths_[c] - DisplayWidth(cell), ' ') + cell + " |";
  }
  return line;
}

void StreamingPrinter::Print(const ResultTable& chunk) {
  if (!started_) Start(chunk);
  rows_ += chunk.rows.size();
  std::string text;
  if (format_ == OutputFormat::kTableau) {
    for (size_t r = 0; r < chunk.rows.size(); ++r) {
      std::vector<std::string> cells = {r < chunk.row_kinds.size() ? chunk.row_kinds[r] : "+I"};
      for (const auto& cell : chunk.rows[r]) cells.push_back(cell.value_or("<NULL>"));
      text += Row(cells) + "\n";
    }
  } else if (format_ == OutputFormat::kCsv) {
    text = FormatCsv(chunk);
    text.erase(0, text.find('\n') + 1);  // the header was printed by Start
  } else {
    text = FormatJson(chunk);
  }
  std::fputs(text.c_str(), out_);
  std::fflush(out_);
}

void StreamingPrinter::Finish(const ResultTable& table) {
  if (format_ != OutputFormat::kTableau) {
    if (!started_) Start(table);
    return;
  }
  if (!started_) Start(table);
  std::string border = "+";
  for (int width : widths_) border += std::string(width + 2, '-') + "+";
  std::fputs(fmt::format("{}\nReceived a total of {} {}\n", border, rows_,
                         rows_ <= 1 ? "row" : "rows")
                 .c_str(),
             out_);
  std::fflush(out_);
}

}  // namespace sluice
