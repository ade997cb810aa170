// Rendering of a failed statement's Status for the CLI and the logic test runner.
//
// The text is
//   [ERROR] <message>
// and, when the status has a position that falls inside `source`:
//   line L, column C:
//   <the source line L>
//   <spaces up to column C>^
// `source` is the text the status position refers to: the statement itself (position as
// Session::Execute returned it), or the whole script when the caller has moved the position with
// Status::ShiftPosition by the statement's start. Columns count code points; the caret line copies
// tabs from the source line and uses two spaces under wide characters, so that the caret lines up
// in a terminal. Very long source lines are cut to a window around the column, marked with "...".
//
// Thread-safety: pure function.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace sluice {

// The rendering described above, ending with a newline.
std::string FormatError(const Status& status, std::string_view source);

}  // namespace sluice
