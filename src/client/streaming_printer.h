// StreamingPrinter: prints the rows of a streaming query as they arrive, as Flink's SQL client
// does in tableau mode: the header first, then each changelog row with its `op` column, then
// `Received a total of N rows` when the query ends. Column widths are fixed up front from the
// column names and types (values wider than their column are cut and end in "..."), because
// later rows are not known yet. csv and json print their lines as they come.
//
// Not thread-safe: used by the thread that runs the statement.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "client/result_printer.h"
#include "client/session.h"

namespace sluice {

class StreamingPrinter {
 public:
  StreamingPrinter(OutputFormat format, std::FILE* out) : format_(format), out_(out) {}

  // Prints the rows of `chunk` (and the header before the first chunk).
  void Print(const ResultTable& chunk);
  // Prints the footer; `table` supplies the columns when no chunk arrived.
  void Finish(const ResultTable& table);
  bool started() const { return started_; }

 private:
  void Start(const ResultTable& table);
  std::string Row(const std::vector<std::string>& cells) const;

  OutputFormat format_;
  std::FILE* out_;
  bool started_ = false;
  std::vector<int> widths_;
  size_t rows_ = 0;
};

// The fixed tableau width of a column of `type` named `name` (at least the name's width).
int StreamingColumnWidth(const std::string& name, const LogicalType& type);

}  // namespace sluice
