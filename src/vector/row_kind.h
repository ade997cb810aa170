// RowKind: the kind of change a row of a changelog stream describes (Flink's RowKind).
//
// An append-only stream carries only kInsert rows. An updating operator (a streaming GROUP BY,
// a regular join over updating input) retracts a previous result with kUpdateBefore and sends
// the new one with kUpdateAfter; kDelete removes a row. The byte values are stable: they are
// written into checkpoints and exchanged between tasks.
#pragma once

#include <cstdint>
#include <string_view>

namespace sluice {

enum class RowKind : uint8_t {
  kInsert = 0,        // +I
  kUpdateBefore = 1,  // -U
  kUpdateAfter = 2,   // +U
  kDelete = 3,        // -D
};

// Flink's short string: "+I", "-U", "+U", "-D".
inline std::string_view ShortString(RowKind kind) {
  switch (kind) {
    case RowKind::kInsert:
      return "+I";
    case RowKind::kUpdateBefore:
      return "-U";
    case RowKind::kUpdateAfter:
      return "+U";
    case RowKind::kDelete:
      return "-D";
  }
  return "??";
}

// True for the kinds that add a row to the result (+I, +U); false for retractions (-U, -D).
inline bool IsAccumulate(RowKind kind) {
  return kind == RowKind::kInsert || kind == RowKind::kUpdateAfter;
}

// True for the kinds that remove a row from the result (-U, -D).
inline bool IsRetract(RowKind kind) { return !IsAccumulate(kind); }

}  // namespace sluice
