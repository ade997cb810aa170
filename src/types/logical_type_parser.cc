// ParseLogicalType: a recursive-descent parser for Flink's type syntax (LogicalTypeParser plus
// the SQL DDL forms such as `INT ARRAY`).
#include <fmt/format.h>

#include <cctype>
#include <string>
#include <utility>

#include "types/logical_type.h"
#include "types/type_lexer.h"

namespace sluice {

namespace {

std::string ToUpper(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

class TypeParser {
 public:
  explicit TypeParser(std::string_view text) : lexer_(text) {}

  // type := base_type nullability? (('ARRAY' | 'MULTISET') nullability?)*
  Result<LogicalType> ParseType() {
    const TypeToken start = lexer_.Peek();
    SLUICE_ASSIGN_OR_RETURN(LogicalType type, ParseBaseType());
    SLUICE_ASSIGN_OR_RETURN(type, ParseNullability(std::move(type), start));
    while (true) {
      if (PeekWord("ARRAY")) {
        lexer_.Next();
        type = LogicalType::Array(std::move(type));
      } else if (PeekWord("MULTISET")) {
        lexer_.Next();
        type = LogicalType::Multiset(std::move(type));
      } else {
        break;
      }
      SLUICE_ASSIGN_OR_RETURN(type, ParseNullability(std::move(type), start));
    }
    return type;
  }

  // Checks that nothing but blanks follows the type.
  Status ExpectEnd() {
    const TypeToken& token = lexer_.Peek();
    if (token.kind == TypeTokenKind::kEnd) return Status::OK();
    return Unexpected(token, "end of type");
  }

  size_t consumed_end() const { return lexer_.consumed_end(); }

 private:
  // ---- token helpers -------------------------------------------------------------------------

  bool PeekWord(std::string_view keyword, size_t ahead = 0) {
    const TypeToken& token = lexer_.Peek(ahead);
    return token.kind == TypeTokenKind::kWord && WordIs(token.text, keyword);
  }

  bool PeekSymbol(char symbol) {
    const TypeToken& token = lexer_.Peek();
    return token.kind == TypeTokenKind::kSymbol && token.text[0] == symbol;
  }

  Status ErrorAt(size_t offset, std::string message) const {
    const auto [line, column] = lexer_.LineColumn(offset);
    return Status::UserError(std::move(message)).WithPosition(line, column);
  }

  // "Invalid type: expected <what>, found '<token>'".
  Status Unexpected(const TypeToken& token, std::string_view what) const {
    if (token.kind == TypeTokenKind::kError) return ErrorAt(token.begin, token.text);
    const std::string found = token.kind == TypeTokenKind::kEnd
                                  ? std::string("end of input")
                                  : fmt::format("'{}'", lexer_.Raw(token));
    return ErrorAt(token.begin, fmt::format("Invalid type: expected {}, found {}", what, found));
  }

  Status ExpectSymbol(char symbol, std::string_view context) {
    if (!PeekSymbol(symbol)) {
      return Unexpected(lexer_.Peek(), fmt::format("'{}' {}", symbol, context));
    }
    lexer_.Next();
    return Status::OK();
  }

  Status ExpectWord(std::string_view keyword, std::string_view context) {
    if (!PeekWord(keyword)) return Unexpected(lexer_.Peek(), fmt::format("{} {}", keyword, context));
    lexer_.Next();
    return Status::OK();
  }

  // A number that does not fit an int32 becomes -1, which every range check refuses.
  Result<int32_t> ExpectNumber(std::string_view what) {
    const TypeToken& token = lexer_.Peek();
    if (token.kind != TypeTokenKind::kNumber) return Unexpected(token, what);
    const std::string digits = lexer_.Next().text;
    if (digits.size() > 10) return -1;
    const int64_t value = std::stoll(digits);
    return value > LogicalType::kMaxLength ? -1 : static_cast<int32_t>(value);
  }

  // `'(' number ')'` when present; `value` is left alone otherwise.
  Status ParseOptionalParameter(int32_t* value, std::string_view what) {
    if (!PeekSymbol('(')) return Status::OK();
    lexer_.Next();
    SLUICE_ASSIGN_OR_RETURN(*value, ExpectNumber(fmt::format("the {}", what)));
    return ExpectSymbol(')', fmt::format("after {}", what));
  }

  // Validates a finished type, reporting problems at the type's first token.
  Result<LogicalType> Checked(LogicalType type, const TypeToken& start) const {
    Status status = type.Validate();
    if (!status.ok()) {
      const auto [line, column] = lexer_.LineColumn(start.begin);
      return status.WithPosition(line, column);
    }
    return type;
  }

  // ---- grammar -------------------------------------------------------------------------------

  Result<LogicalType> ParseNullability(LogicalType type, const TypeToken& start) {
    if (PeekWord("NOT") && PeekWord("NULL", 1)) {
      lexer_.Next();
      lexer_.Next();
      if (type.id() == TypeId::kNull) {
        return ErrorAt(start.begin,
                       "The nullability of a NULL type cannot be disabled because the type must "
                       "always be able to contain a null value.");
      }
      return type.NotNull();
    }
    if (PeekWord("NULL")) {
      lexer_.Next();
      return type.WithNullable(true);
    }
    return type;
  }

  Result<LogicalType> ParseBaseType() {
    const TypeToken start = lexer_.Peek();
    if (start.kind != TypeTokenKind::kWord) return Unexpected(start, "a type");
    const std::string word = ToUpper(start.text);
    lexer_.Next();

    if (word == "BOOLEAN") return LogicalType::Boolean();
    if (word == "TINYINT") return LogicalType::TinyInt();
    if (word == "SMALLINT") return LogicalType::SmallInt();
    if (word == "INT" || word == "INTEGER") return LogicalType::Int();
    if (word == "BIGINT") return LogicalType::BigInt();
    if (word == "FLOAT" || word == "REAL") return LogicalType::Float();
    if (word == "DOUBLE") {
      if (PeekWord("PRECISION")) lexer_.Next();
      return LogicalType::Double();
    }
    if (word == "DATE") return LogicalType::Date();
    if (word == "NULL") return LogicalType::Null();
    if (word == "STRING") return LogicalType::String();
    if (word == "BYTES") return LogicalType::Bytes();
    if (word == "DECIMAL" || word == "DEC" || word == "NUMERIC") return ParseDecimal(start);
    if (word == "CHAR" || word == "VARCHAR" || word == "BINARY" || word == "VARBINARY") {
      // Without a length, CHAR and BINARY have length 1, while VARCHAR and VARBINARY are STRING
      // and BYTES: Flink SQL derives DDL types through Calcite, whose FlinkTypeSystem gives the
      // variable-length types a default precision of Integer.MAX_VALUE.
      const bool variable = word == "VARCHAR" || word == "VARBINARY";
      int32_t length = variable ? LogicalType::kMaxLength : 1;
      SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&length, word + " length"));
      LogicalType type = word == "CHAR"      ? LogicalType::Char(length)
                         : word == "VARCHAR" ? LogicalType::VarChar(length)
                         : word == "BINARY"  ? LogicalType::Binary(length)
                                             : LogicalType::VarBinary(length);
      return Checked(std::move(type), start);
    }
    if (word == "TIME") {
      int32_t precision = 0;
      SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&precision, "TIME precision"));
      if (PeekWord("WITHOUT") && PeekWord("TIME", 1)) {
        SLUICE_RETURN_NOT_OK(ParseTimeZoneSuffix("WITHOUT"));
      }
      return Checked(LogicalType::Time(precision), start);
    }
    if (word == "TIMESTAMP") return ParseTimestamp(start);
    if (word == "TIMESTAMP_LTZ") {
      int32_t precision = 6;
      SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&precision, "TIMESTAMP_LTZ precision"));
      return Checked(LogicalType::TimestampLtz(precision), start);
    }
    if (word == "INTERVAL") return ParseInterval(start);
    if (word == "ARRAY" || word == "MULTISET") {
      SLUICE_RETURN_NOT_OK(ExpectSymbol('<', "after " + word));
      SLUICE_ASSIGN_OR_RETURN(LogicalType element, ParseType());
      SLUICE_RETURN_NOT_OK(ExpectSymbol('>', "after " + word + " element type"));
      return word == "ARRAY" ? LogicalType::Array(std::move(element))
                             : LogicalType::Multiset(std::move(element));
    }
    if (word == "MAP") {
      SLUICE_RETURN_NOT_OK(ExpectSymbol('<', "after MAP"));
      SLUICE_ASSIGN_OR_RETURN(LogicalType key, ParseType());
      SLUICE_RETURN_NOT_OK(ExpectSymbol(',', "after MAP key type"));
      SLUICE_ASSIGN_OR_RETURN(LogicalType value, ParseType());
      SLUICE_RETURN_NOT_OK(ExpectSymbol('>', "after MAP value type"));
      return LogicalType::Map(std::move(key), std::move(value));
    }
    if (word == "ROW") return ParseRow(start);
    if (word == "RAW") return ErrorAt(start.begin, "Invalid type: RAW types are not supported");
    return ErrorAt(start.begin, fmt::format("Invalid type: unknown type '{}'", start.text));
  }

  Result<LogicalType> ParseDecimal(const TypeToken& start) {
    int32_t precision = 10;
    int32_t scale = 0;
    if (PeekSymbol('(')) {
      lexer_.Next();
      SLUICE_ASSIGN_OR_RETURN(precision, ExpectNumber("the DECIMAL precision"));
      if (PeekSymbol(',')) {
        lexer_.Next();
        SLUICE_ASSIGN_OR_RETURN(scale, ExpectNumber("the DECIMAL scale"));
        SLUICE_RETURN_NOT_OK(ExpectSymbol(')', "after DECIMAL scale"));
      } else {
        SLUICE_RETURN_NOT_OK(ExpectSymbol(')', "after DECIMAL precision"));
      }
    }
    return Checked(LogicalType::Decimal(precision, scale), start);
  }

  // Consumes `<first> TIME ZONE` (first is WITHOUT, or WITH LOCAL).
  Status ParseTimeZoneSuffix(std::string_view first) {
    lexer_.Next();  // WITHOUT or WITH
    if (first == "WITH") SLUICE_RETURN_NOT_OK(ExpectWord("LOCAL", "after WITH"));
    SLUICE_RETURN_NOT_OK(
        ExpectWord("TIME", first == "WITH" ? "after WITH LOCAL" : "after WITHOUT"));
    return ExpectWord("ZONE", "after TIME");
  }

  Result<LogicalType> ParseTimestamp(const TypeToken& start) {
    int32_t precision = 6;
    SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&precision, "TIMESTAMP precision"));
    if (PeekWord("WITHOUT") && PeekWord("TIME", 1)) {
      SLUICE_RETURN_NOT_OK(ParseTimeZoneSuffix("WITHOUT"));
    } else if (PeekWord("WITH") && PeekWord("LOCAL", 1)) {
      SLUICE_RETURN_NOT_OK(ParseTimeZoneSuffix("WITH"));
      return Checked(LogicalType::TimestampLtz(precision), start);
    } else if (PeekWord("WITH") && PeekWord("TIME", 1)) {
      return ErrorAt(start.begin,
                     "Invalid type: TIMESTAMP WITH TIME ZONE is not supported, use "
                     "TIMESTAMP WITH LOCAL TIME ZONE (TIMESTAMP_LTZ)");
    }
    return Checked(LogicalType::Timestamp(precision), start);
  }

  Result<LogicalType> ParseInterval(const TypeToken& start) {
    using R = IntervalResolution;
    const TypeToken unit = lexer_.Peek();
    auto expect_to = [&](std::string_view options, std::string_view after) -> Status {
      return Unexpected(lexer_.Peek(), fmt::format("{} after INTERVAL {} TO", options, after));
    };
    if (PeekWord("YEAR")) {
      lexer_.Next();
      int32_t precision = 2;
      SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&precision, "INTERVAL YEAR precision"));
      R resolution = R::kYear;
      if (PeekWord("TO")) {
        lexer_.Next();
        if (!PeekWord("MONTH")) return expect_to("MONTH", "YEAR");
        lexer_.Next();
        resolution = R::kYearToMonth;
      }
      return Checked(LogicalType::IntervalYearMonth(resolution, precision), start);
    }
    if (PeekWord("MONTH")) {
      lexer_.Next();
      return LogicalType::IntervalYearMonth(R::kMonth);
    }
    int32_t day_precision = 2;
    int32_t fractional = 6;
    R resolution;
    if (PeekWord("DAY")) {
      lexer_.Next();
      SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&day_precision, "INTERVAL DAY precision"));
      resolution = R::kDay;
      if (PeekWord("TO")) {
        lexer_.Next();
        if (PeekWord("HOUR")) {
          resolution = R::kDayToHour;
        } else if (PeekWord("MINUTE")) {
          resolution = R::kDayToMinute;
        } else if (PeekWord("SECOND")) {
          resolution = R::kDayToSecond;
        } else {
          return expect_to("HOUR, MINUTE or SECOND", "DAY");
        }
        lexer_.Next();
      }
    } else if (PeekWord("HOUR")) {
      lexer_.Next();
      resolution = R::kHour;
      if (PeekWord("TO")) {
        lexer_.Next();
        if (PeekWord("MINUTE")) {
          resolution = R::kHourToMinute;
        } else if (PeekWord("SECOND")) {
          resolution = R::kHourToSecond;
        } else {
          return expect_to("MINUTE or SECOND", "HOUR");
        }
        lexer_.Next();
      }
    } else if (PeekWord("MINUTE")) {
      lexer_.Next();
      resolution = R::kMinute;
      if (PeekWord("TO")) {
        lexer_.Next();
        if (!PeekWord("SECOND")) return expect_to("SECOND", "MINUTE");
        lexer_.Next();
        resolution = R::kMinuteToSecond;
      }
    } else if (PeekWord("SECOND")) {
      lexer_.Next();
      resolution = R::kSecond;
    } else {
      return Unexpected(unit, "YEAR, MONTH, DAY, HOUR, MINUTE or SECOND after INTERVAL");
    }
    if (resolution == R::kDayToSecond || resolution == R::kHourToSecond ||
        resolution == R::kMinuteToSecond || resolution == R::kSecond) {
      SLUICE_RETURN_NOT_OK(ParseOptionalParameter(&fractional, "SECOND precision"));
    }
    return Checked(LogicalType::IntervalDayTime(resolution, day_precision, fractional), start);
  }

  // ROW<name type ['description'], ...> or ROW(name type ['description'], ...).
  Result<LogicalType> ParseRow(const TypeToken& start) {
    char close;
    if (PeekSymbol('<')) {
      close = '>';
    } else if (PeekSymbol('(')) {
      close = ')';
    } else {
      return Unexpected(lexer_.Peek(), "'<' or '(' after ROW");
    }
    lexer_.Next();
    std::vector<RowField> fields;
    if (PeekSymbol(close)) {
      lexer_.Next();
      return LogicalType::Row(std::move(fields));
    }
    while (true) {
      const TypeToken& name = lexer_.Peek();
      if (name.kind != TypeTokenKind::kWord && name.kind != TypeTokenKind::kQuotedName) {
        return Unexpected(name, "a field name in ROW");
      }
      std::string field_name = lexer_.Next().text;
      SLUICE_ASSIGN_OR_RETURN(LogicalType field_type, ParseType());
      std::string description;
      if (lexer_.Peek().kind == TypeTokenKind::kString) description = lexer_.Next().text;
      fields.push_back(
          LogicalType::Field(std::move(field_name), std::move(field_type), std::move(description)));
      if (PeekSymbol(',')) {
        lexer_.Next();
        continue;
      }
      SLUICE_RETURN_NOT_OK(ExpectSymbol(close, "or ',' after ROW field"));
      break;
    }
    return Checked(LogicalType::Row(std::move(fields)), start);
  }

  TypeLexer lexer_;
};

}  // namespace

Result<LogicalType> ParseLogicalType(std::string_view text, size_t* consumed) {
  TypeParser parser(text);
  SLUICE_ASSIGN_OR_RETURN(LogicalType type, parser.ParseType());
  if (consumed != nullptr) {
    *consumed = parser.consumed_end();
  } else {
    SLUICE_RETURN_NOT_OK(parser.ExpectEnd());
  }
  return type;
}

}  // namespace sluice
