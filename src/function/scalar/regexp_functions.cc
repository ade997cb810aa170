// REGEXP, REGEXP_EXTRACT, REGEXP_REPLACE (Java regular expressions run with RE2), LIKE, ILIKE
// and SIMILAR TO (translated to RE2). A constant pattern is compiled once when the call is
// bound, and a bad constant pattern is a user error then; a bad pattern computed per row gives
// NULL, as Flink (which logs and returns NULL).
#include <re2/re2.h>

#include <fmt/format.h>

#include <memory>
#include <mutex>

#include "function/scalar/string_internal.h"

namespace sluice {
namespace {

enum class PatternKind { kJava, kLike, kILike, kSimilar };

void AppendQuoted(uint32_t cp, std::string* out) {
  std::string one;
  Utf8Append(cp, &one);
  out->append(RE2::QuoteMeta(one));
}

// SQL LIKE / SIMILAR TO pattern to an anchored RE2 pattern. `escape` is 0 for none.
bool TranslateSqlPattern(std::string_view pattern, uint32_t escape, bool similar,
                         std::string* out, std::string* error) {
  out->assign("(?s)^(?:");
  size_t pos = 0;
  while (pos < pattern.size()) {
    uint32_t cp = Utf8Decode(pattern, &pos);
    if (escape != 0 && cp == escape) {
      if (pos >= pattern.size()) {
        *error = "the pattern ends with the escape character";
        return false;
      }
      AppendQuoted(Utf8Decode(pattern, &pos), out);
    } else if (cp == '%') {
      out->append(".*");
    } else if (cp == '_') {
      out->append(".");
    } else if (similar) {
      Utf8Append(cp, out);  // SIMILAR TO keeps regular-expression syntax (| * + ? {} () [])
    } else {
      AppendQuoted(cp, out);
    }
  }
  out->append(")$");
  return true;
}

// Compiles a pattern of `kind`; nullptr with `error` set when invalid.
std::shared_ptr<const RE2> Compile(PatternKind kind, std::string_view pattern, uint32_t escape,
                                   std::string* error) {
  std::string regex;
  if (kind == PatternKind::kJava) {
    regex.assign(pattern);
  } else if (!TranslateSqlPattern(pattern, escape, kind == PatternKind::kSimilar, &regex,
                                  error)) {
    return nullptr;
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(kind != PatternKind::kILike);
  auto re = std::make_shared<RE2>(regex, options);
  if (!re->ok()) {
    *error = re->error();
    return nullptr;
  }
  return re;
}

// Per-batch cache for patterns computed per row: recompiles only when the text changes.
struct PatternCache {
  std::string text;
  std::shared_ptr<const RE2> re;
  bool valid = false;
  const RE2* Get(PatternKind kind, std::string_view pattern, uint32_t escape) {
    if (!valid || text != pattern) {
      text.assign(pattern);
      std::string error;
      re = Compile(kind, pattern, escape, &error);
      valid = true;
    }
    return re.get();
  }
};

Status BadPattern(std::string_view pattern, const std::string& error) {
  return Status::UserError(fmt::format("Invalid regular expression '{}': {}.", pattern, error));
}

// Java's replacement syntax ($1, \$) to RE2's (\1, literal backslashes doubled).
std::string JavaReplacementToRe2(std::string_view r) {
  std::string out;
  for (size_t i = 0; i < r.size(); ++i) {
    char c = r[i];
    if (c == '\\' && i + 1 < r.size()) {
      char next = r[++i];
      if (next == '\\') {
        out.append("\\\\");
      } else {
        out.push_back(next);
      }
    } else if (c == '$' && i + 1 < r.size() && r[i + 1] >= '0' && r[i + 1] <= '9') {
      out.push_back('\\');
      out.push_back(r[++i]);
    } else if (c == '\\') {
      out.append("\\\\");
    } else {
      out.push_back(c);
    }
  }
  return out;
}

enum class RegexpOp { kMatches, kExtract, kReplace, kLike };

// The pattern argument is args[1]; LIKE's escape is args[2] when present.
ScalarBindFn RegexpBinder(RegexpOp op, PatternKind kind) {
  return [op, kind](const FunctionDescription& d, const std::vector<LogicalType>& types,
                    const std::vector<const Value*>& constants) -> Result<BoundScalarFunction> {
    size_t min_args = op == RegexpOp::kReplace ? 3 : 2;
    size_t max_args = op == RegexpOp::kMatches ? 2 : 3;
    if (types.size() < min_args || types.size() > max_args) return InvalidCall(d, types);
    std::vector<LogicalType> params;
    for (size_t k = 0; k < types.size(); ++k) {
      bool int_arg = op == RegexpOp::kExtract && k == 2;
      if (int_arg ? !IsIntegralLike(types[k]) : !IsStringLike(types[k])) {
        return InvalidCall(d, types);
      }
      params.push_back(int_arg ? LogicalType::BigInt() : LogicalType::String());
    }
    // Escape character of LIKE / SIMILAR TO.
    uint32_t escape = kind == PatternKind::kJava ? 0 : '\\';
    bool constant_escape = true;
    if (op == RegexpOp::kLike && types.size() == 3) {
      std::string esc;
      if (ConstantString(constants, 2, &esc)) {
        if (Utf8Length(esc) != 1) {
          return Status::UserError(
              fmt::format("Invalid escape character '{}' for {}: it must be one character.", esc,
                          d.name));
        }
        size_t pos = 0;
        escape = Utf8Decode(esc, &pos);
      } else {
        constant_escape = false;
      }
    }
    std::shared_ptr<const RE2> constant_re;
    std::string pattern;
    if (constant_escape && ConstantString(constants, 1, &pattern)) {
      std::string error;
      constant_re = Compile(kind, pattern, escape, &error);
      if (!constant_re) return BadPattern(pattern, error);
    }
    std::string constant_replacement;
    bool has_constant_replacement =
        op == RegexpOp::kReplace && ConstantString(constants, 2, &constant_replacement);
    if (has_constant_replacement) constant_replacement = JavaReplacementToRe2(constant_replacement);

    ScalarKernel kernel = [op, kind, escape, constant_re, has_constant_replacement,
                           constant_replacement](const KernelContext&,
                                                 const std::vector<const Column*>& args,
                                                 const SelectionVector& rows,
                                                 Column* out) -> Status {
      PatternCache cache;
      std::string result;
      std::string rewrite;
      const bool row_escape = op == RegexpOp::kLike && args.size() == 3;
      ForEachActive(rows, [&](size_t i) {
        std::string_view s = args[0]->GetString(i);
        const RE2* re = constant_re.get();
        if (re == nullptr) {
          uint32_t esc = escape;
          if (row_escape) {
            std::string_view e = args[2]->GetString(i);
            size_t pos = 0;
            esc = e.empty() ? 0 : Utf8Decode(e, &pos);
          }
          re = cache.Get(kind, args[1]->GetString(i), esc);
        }
        if (re == nullptr) {
          out->SetNull(i);
          return;
        }
        switch (op) {
          case RegexpOp::kLike:
            out->Set<uint8_t>(i, RE2::FullMatch(s, *re));
            break;
          case RegexpOp::kMatches:
            out->Set<uint8_t>(i, RE2::PartialMatch(s, *re));
            break;
          case RegexpOp::kExtract: {
            int64_t group = args.size() == 3 ? args[2]->Get<int64_t>(i) : 0;
            if (group < 0 || group > re->NumberOfCapturingGroups()) {
              out->SetNull(i);
              return;
            }
            std::vector<re2::StringPiece> groups(static_cast<size_t>(group) + 1);
            if (!re->Match(s, 0, s.size(), RE2::UNANCHORED, groups.data(),
                           static_cast<int>(groups.size())) ||
                groups[group].data() == nullptr) {
              out->SetNull(i);
              return;
            }
            out->SetString(i, std::string_view(groups[group].data(), groups[group].size()));
            break;
          }
          case RegexpOp::kReplace: {
            result.assign(s);
            if (!has_constant_replacement) rewrite = JavaReplacementToRe2(args[2]->GetString(i));
            RE2::GlobalReplace(&result, *re,
                               has_constant_replacement ? constant_replacement : rewrite);
            out->SetString(i, result);
            break;
          }
        }
      });
      return Status::OK();
    };
    LogicalType result = (op == RegexpOp::kLike || op == RegexpOp::kMatches)
                             ? LogicalType::Boolean()
                             : LogicalType::String();
    // A per-row bad pattern or a missing group gives NULL, so the result may be NULL for
    // non-NULL input unless the pattern is a valid constant.
    bool may_be_null = AnyNullable(types) || !constant_re || op == RegexpOp::kExtract;
    return MakeBound(d, params, result.WithNullable(may_be_null), kernel);
  };
}

}  // namespace

void RegisterRegexpFunctions(FunctionRegistry& registry) {
  RegisterSimple(registry, "REGEXP", "REGEXP(STRING, regex STRING)",
                 "Returns TRUE if any substring of the string matches the Java regular "
                 "expression.",
                 RegexpBinder(RegexpOp::kMatches, PatternKind::kJava));
  RegisterSimple(registry, "REGEXP_EXTRACT", "REGEXP_EXTRACT(STRING, regex STRING [, group INT])",
                 "Returns the given group (0 = the whole match) of the first match of the "
                 "regular expression, or NULL.",
                 RegexpBinder(RegexpOp::kExtract, PatternKind::kJava));
  RegisterSimple(registry, "REGEXP_REPLACE",
                 "REGEXP_REPLACE(STRING, regex STRING, replacement STRING)",
                 "Returns the string with every match of the regular expression replaced ($1 "
                 "refers to a group).",
                 RegexpBinder(RegexpOp::kReplace, PatternKind::kJava));
  RegisterSimple(registry, "LIKE", "STRING LIKE pattern [ESCAPE char]",
                 "Returns TRUE if the string matches the SQL pattern (% any characters, _ one).",
                 RegexpBinder(RegexpOp::kLike, PatternKind::kLike));
  RegisterSimple(registry, "ILIKE", "STRING ILIKE pattern [ESCAPE char]",
                 "Returns TRUE if the string matches the SQL pattern, ignoring case.",
                 RegexpBinder(RegexpOp::kLike, PatternKind::kILike));
  RegisterSimple(registry, "SIMILAR TO", "STRING SIMILAR TO pattern [ESCAPE char]",
                 "Returns TRUE if the whole string matches the SQL regular expression.",
                 RegexpBinder(RegexpOp::kLike, PatternKind::kSimilar));
}

}  // namespace sluice
