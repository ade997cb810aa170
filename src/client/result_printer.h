// Rendering of statement results as text, shared by the CLI and tests.
//
// Three formats exist for result tables:
//   tableau  as Apache Flink's SQL client prints them (TableauStyle): a `+---+` border, the
//            column names, a border, the rows, a border, then `N rows in set` / `1 row in set`,
//            or `Empty set` alone for no rows. Every cell is right-aligned and padded to the
//            column's display width (East Asian wide and fullwidth characters count as two
//            columns); NULL prints as `<NULL>`. Cells that contain line breaks are printed as
//            they are, as Flink does. A streaming result (row_kinds not empty) gets an `op`
//            column first and the footer `Received a total of N rows` (`... 1 row`, `... 0 row`),
//            and its header is printed even when no rows arrived.
//   csv      a header line and one line per row, RFC 4180 quoting (a field is quoted when it
//            holds a comma, a quote, CR or LF, or begins or ends with a space); NULL is an empty
//            field and an empty string is `""`. Lines end with "\n".
//   json     one JSON object per row and line, keys in column order; numeric and boolean columns
//            (by column_types) are unquoted, everything else, nested ARRAY/MAP/ROW text included,
//            is a string; NULL is null.
// For csv and json a streaming result gets an `op` field first.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "client/session.h"
#include "common/status.h"

namespace sluice {

enum class OutputFormat { kTableau, kCsv, kJson };

// Parses "tableau", "csv" or "json" (case-insensitive).
Result<OutputFormat> ParseOutputFormat(std::string_view name);

// The whole rendering of `table`, ending with a newline.
std::string FormatResultTable(const ResultTable& table, OutputFormat format);
std::string FormatTableau(const ResultTable& table);
std::string FormatCsv(const ResultTable& table);
std::string FormatJson(const ResultTable& table);

// "[INFO] <message>\n" and "[WARNING] <message>\n".
std::string FormatInfo(std::string_view message);
std::string FormatWarning(std::string_view message);

// The number of terminal columns `utf8` occupies on one line: two for East Asian wide and
// fullwidth code points, one for every other code point (and for each byte that is not valid
// UTF-8).
int DisplayWidth(std::string_view utf8);

// `text` as a JSON string literal, quotes included.
std::string JsonQuote(std::string_view text);

}  // namespace sluice
