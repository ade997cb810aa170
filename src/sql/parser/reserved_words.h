// The reserved words of Sluice's Flink SQL dialect.
//
// The list holds the words of Flink's (Calcite's) reserved list that matter for parsing: a
// reserved word cannot be an unquoted identifier or alias. Words such as MODEL, INPUT, OUTPUT,
// COMMENT, MODELS, VERSIONS, PROVIDERS, DESCRIPTOR, VALUE, KEY, TEXT, TIMESTAMP, DATE and TIME
// are deliberately not reserved, so users can name columns after them without back-quotes.
#pragma once

#include <string>
#include <string_view>

namespace sluice::sql {

// True if `word` (any case) is reserved.
bool IsReservedWord(std::string_view word);

// True if `name` can be written without back-quotes: a letter or '_' followed by letters,
// digits, '_' or '$', and not a reserved word.
bool IsSimpleIdentifier(std::string_view name);

// `name` as SQL: bare when IsSimpleIdentifier, otherwise back-quoted with ` doubled.
std::string QuoteIdentifier(std::string_view name);

// `value` as a SQL string literal: quoted with ' doubled.
std::string QuoteString(std::string_view value);

// True if `a` and `b` are equal ignoring ASCII case.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

// `s` with ASCII letters upper-cased.
std::string ToUpper(std::string_view s);

}  // namespace sluice::sql
