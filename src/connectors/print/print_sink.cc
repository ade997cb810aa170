#include "connectors/print/print_sink.h"

#include "connectors/print/print_format.h"

namespace sluice {

std::string PrintPrefix(const std::string& identifier, int task_index, int parallelism) {
  std::string prefix = identifier;
  if (parallelism > 1) {
    if (!prefix.empty()) prefix += ':';
    prefix += std::to_string(task_index + 1);
  }
  if (!prefix.empty()) prefix += "> ";
  return prefix;
}

Status PrintSinkWriter::Write(const Batch& batch) {
  buffer_.clear();
  for (size_t row = 0; row < batch.num_rows(); ++row) {
    buffer_ += prefix_;
    buffer_ += FormatPrintRow(batch, row);
    buffer_ += '\n';
  }
  if (!buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size()) {
      return Status::ExternalError("print: could not write to the output stream");
    }
    std::fflush(out_);
  }
  return Status::OK();
}

Status PrintSinkWriter::Commit() {
  std::fflush(out_);
  return Status::OK();
}

}  // namespace sluice
