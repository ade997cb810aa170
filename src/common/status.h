// Status and Result<T>: the error-handling vocabulary of Sluice (Arrow / LevelDB style).
//
// Every operation that can fail returns a Status or a Result<T>. A Status carries a category
// (see StatusCode), a message meant for the user, and, for errors in SQL text, the 1-based line
// and column where the problem was found. Error texts are stable: tests match on them.
//
// Thread-safety: Status and Result are plain values; copies may be used from any thread.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace sluice {

enum class StatusCode {
  kOk = 0,
  // The user's input is wrong: bad SQL, unknown object, type mismatch, invalid option.
  kUserError,
  // Something outside the process failed: a file is missing, a server answered 429.
  kExternalError,
  // The user or the runtime cancelled the statement.
  kCancelled,
  // A bug in Sluice: an invariant was broken.
  kInternalError,
};

class Status {
 public:
  // An OK status.
  Status() = default;

  static Status OK() { return Status(); }
  static Status UserError(std::string message) {
    return Status(StatusCode::kUserError, std::move(message));
  }
  static Status ExternalError(std::string message) {
    return Status(StatusCode::kExternalError, std::move(message));
  }
  static Status Cancelled(std::string message) {
    return Status(StatusCode::kCancelled, std::move(message));
  }
  static Status InternalError(std::string message) {
    return Status(StatusCode::kInternalError, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // The 1-based position in SQL text this error refers to; 0 when unknown.
  int line() const { return line_; }
  int column() const { return column_; }
  bool has_position() const { return line_ > 0; }

  // Returns a copy that refers to a position in SQL text.
  Status WithPosition(int line, int column) const {
    Status copy = *this;
    copy.line_ = line;
    copy.column_ = column;
    return copy;
  }
  // Returns a copy whose position is moved by a statement's start in a larger script: the line
  // is shifted by `line_offset`, and the column by `first_line_column_offset` on the first line.
  Status ShiftPosition(int line_offset, int first_line_column_offset) const;

  // Returns a copy whose message is `prefix` followed by this message.
  Status WithPrefix(const std::string& prefix) const {
    Status copy = *this;
    copy.message_ = prefix + copy.message_;
    return copy;
  }

  // "User error: ..." style rendering for logs; the CLI prints message() only.
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  int line_ = 0;
  int column_ = 0;
};

// Either a value of type T or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : storage_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : storage_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(storage_).ok() && "Result constructed from an OK status");
  }

  bool ok() const { return std::holds_alternative<T>(storage_); }
  Status status() const { return ok() ? Status::OK() : std::get<Status>(storage_); }

  const T& value() const& { return std::get<T>(storage_); }
  T& value() & { return std::get<T>(storage_); }
  T&& value() && { return std::get<T>(std::move(storage_)); }
  T MoveValue() { return std::get<T>(std::move(storage_)); }

  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<Status, T> storage_;
};

}  // namespace sluice

#define SLUICE_CONCAT_IMPL(a, b) a##b
#define SLUICE_CONCAT(a, b) SLUICE_CONCAT_IMPL(a, b)

// Returns from the current function if `expr` (a Status) is not OK.
#define SLUICE_RETURN_NOT_OK(expr)                   \
  do {                                               \
    ::sluice::Status _sluice_status = (expr);        \
    if (!_sluice_status.ok()) return _sluice_status; \
  } while (false)

#define SLUICE_ASSIGN_OR_RETURN_IMPL(result_name, lhs, rexpr) \
  auto result_name = (rexpr);                                 \
  if (!result_name.ok()) return result_name.status();         \
  lhs = std::move(result_name).value()

// Evaluates `rexpr` (a Result<T>); on error returns its Status, else assigns the value to `lhs`.
#define SLUICE_ASSIGN_OR_RETURN(lhs, rexpr) \
  SLUICE_ASSIGN_OR_RETURN_IMPL(SLUICE_CONCAT(_sluice_result_, __LINE__), lhs, rexpr)
