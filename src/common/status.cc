#include "common/status.h"

namespace sluice {

Status Status::ShiftPosition(int line_offset, int first_line_column_offset) const {
  if (!has_position()) return *this;
  Status copy = *this;
  if (copy.line_ == 1) copy.column_ += first_line_column_offset;
  copy.line_ += line_offset;
  return copy;
}

std::string Status::ToString() const {
  switch (code_) {
    case StatusCode::kOk:
      return "OK";
    case StatusCode::kUserError:
      return "User error: " + message_;
    case StatusCode::kExternalError:
      return "External error: " + message_;
    case StatusCode::kCancelled:
      return "Cancelled: " + message_;
    case StatusCode::kInternalError:
      return "Internal error: " + message_;
  }
  return message_;
}

}  // namespace sluice
