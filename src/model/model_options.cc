#include "model/model_options.h"

#include <cstdlib>

#include <fmt/format.h>

#include "model/option_text.h"

namespace sluice {

namespace {

constexpr const char* kMasked = "****";

const std::string* FindOption(const OptionMap& options, const std::string& key) {
  auto it = options.find(key);
  return it == options.end() ? nullptr : &it->second;
}

bool IsEnvNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool IsEnvNameChar(char c) { return IsEnvNameStart(c) || (c >= '0' && c <= '9'); }

}  // namespace

std::string NormalizeOptionKey(std::string_view provider, std::string_view key) {
  if (!provider.empty() && key.size() > provider.size() + 1 && key[provider.size()] == '.' &&
      EqualsIgnoreCaseAscii(key.substr(0, provider.size()), provider)) {
    key.remove_prefix(provider.size() + 1);
  }
  std::string normalized(key);
  for (char& c : normalized) {
    if (c == '_') c = '-';
  }
  return normalized;
}

Result<OptionMap> NormalizeOptions(std::string_view provider, const OptionMap& options) {
  OptionMap normalized;
  std::map<std::string, std::string> spelling_of;  // normalized key -> the user's spelling
  for (const auto& [key, value] : options) {
    std::string canonical = NormalizeOptionKey(provider, key);
    auto [it, inserted] = spelling_of.emplace(canonical, key);
    if (!inserted) {
      return Status::UserError(fmt::format("Option '{}' is given twice, as '{}' and as '{}'.",
                                           canonical, it->second, key));
    }
    normalized.emplace(std::move(canonical), value);
  }
  return normalized;
}

Result<std::string> ResolveProviderName(const OptionMap& options) {
  const std::string* provider = FindOption(options, "provider");
  const std::string* type = FindOption(options, "type");
  const std::string* format = FindOption(options, "format");

  std::string type_name = type ? ToLowerAscii(TrimAscii(*type)) : std::string();
  if (type && type_name != "import" && type_name != "remote") {
    return Status::UserError(
        fmt::format("Unsupported model type '{}'. Supported types: import, remote.", *type));
  }
  std::string format_name = format ? ToLowerAscii(TrimAscii(*format)) : std::string();
  if (format && format_name.empty()) {
    return Status::UserError("Option 'format' must not be empty.");
  }

  if (provider) {
    std::string name = ToLowerAscii(TrimAscii(*provider));
    if (name.empty()) return Status::UserError("Option 'provider' must not be empty.");
    if (format && format_name != name) {
      return Status::UserError(
          fmt::format("Options 'provider' = '{}' and 'format' = '{}' name different model "
                      "providers.",
                      *provider, *format));
    }
    return name;
  }
  if (type_name == "import" && !format) {
    return Status::UserError(
        "Option 'format' is required when 'type' = 'import'. Supported formats: ONNX, XGBOOST.");
  }
  if (format) return format_name;
  return std::string();
}

bool IsSecretOptionKey(std::string_view key) {
  std::string folded = ToLowerAscii(key);
  for (char& c : folded) {
    if (c == '_') c = '-';
  }
  size_t dot = folded.rfind('.');
  std::string_view bare = folded;
  if (dot != std::string::npos) bare.remove_prefix(dot + 1);
  return bare == "api-key" || EndsWith(bare, "key") || EndsWith(bare, "token") ||
         EndsWith(bare, "secret") || EndsWith(bare, "password");
}

OptionMap MaskSecretOptions(const OptionMap& options) {
  OptionMap masked = options;
  for (auto& [key, value] : masked) {
    if (IsSecretOptionKey(key)) value = kMasked;
  }
  return masked;
}

Result<std::string> ResolveEnvReferences(std::string_view value, const EnvLookup& lookup) {
  std::string out;
  out.reserve(value.size());
  size_t i = 0;
  while (i < value.size()) {
    if (value.compare(i, 3, "$${") == 0) {
      out += "${";
      i += 3;
      continue;
    }
    if (value.compare(i, 2, "${") != 0) {
      out += value[i++];
      continue;
    }
    size_t close = value.find('}', i + 2);
    if (close == std::string_view::npos) {
      return Status::UserError(
          "Unterminated environment variable reference: '${' without a closing '}'. Write '$${' "
          "for a literal '${'.");
    }
    std::string name(value.substr(i + 2, close - i - 2));
    bool valid = !name.empty() && IsEnvNameStart(name[0]);
    for (char c : name) valid = valid && IsEnvNameChar(c);
    if (!valid) {
      return Status::UserError(
          "Invalid environment variable reference: a name of letters, digits and '_' is expected "
          "between '${' and '}'.");
    }
    std::optional<std::string> resolved;
    if (lookup) {
      resolved = lookup(name);
    } else if (const char* env = std::getenv(name.c_str())) {
      resolved = std::string(env);
    }
    if (!resolved) {
      return Status::UserError(fmt::format("Environment variable '{}' is not set.", name));
    }
    out += *resolved;
    i = close + 1;
  }
  return out;
}

Result<OptionMap> ResolveEnvReferences(const OptionMap& options, const EnvLookup& lookup) {
  OptionMap resolved;
  for (const auto& [key, value] : options) {
    Result<std::string> one = ResolveEnvReferences(value, lookup);
    if (!one.ok()) return one.status().WithPrefix(fmt::format("Option '{}': ", key));
    resolved.emplace(key, one.MoveValue());
  }
  return resolved;
}

}  // namespace sluice
