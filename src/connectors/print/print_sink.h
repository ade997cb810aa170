// PrintSinkWriter: writes each row as one line to a stream, as Flink's print sink: an optional
// prefix ("<print-identifier>> ", "<task>> " when parallel, "<print-identifier>:<task>> "
// with both; task numbers start at 1) followed by FormatPrintRow. Lines are written per batch
// and flushed, so they appear as the job runs.
//
// Thread-safety: one task's thread; several tasks may share stdout (each batch is one fwrite).
#pragma once

#include <cstdio>
#include <string>

#include "connectors/connector.h"

namespace sluice {

// "id> ", "2> ", "id:2> " or "" (Flink's PrintSinkOutputWriter prefix).
std::string PrintPrefix(const std::string& identifier, int task_index, int parallelism);

class PrintSinkWriter : public SinkWriter {
 public:
  // `out` is not owned (stdout or stderr, or a test's file).
  PrintSinkWriter(std::FILE* out, std::string prefix) : out_(out), prefix_(std::move(prefix)) {}

  Status Write(const Batch& batch) override;
  Status Commit() override;

 private:
  std::FILE* out_;
  std::string prefix_;
  std::string buffer_;
};

}  // namespace sluice
