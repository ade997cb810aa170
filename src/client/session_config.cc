#include "client/session_config.h"

#include <fmt/format.h>

#include <cstdlib>
#include <set>

namespace sluice {
namespace {

struct KnownOption {
  const char* key;
  const char* default_value;
  std::set<std::string> allowed;  // empty: any value
};

const std::vector<KnownOption>& KnownOptions() {
  static const std::vector<KnownOption> options = {
      {"execution.runtime-mode", "streaming", {"streaming", "batch"}},
      {"parallelism.default", "", {}},
      {"sql-client.execution.result-mode", "tableau", {"tableau", "table", "changelog"}},
      {"table.exec.async-ml-predict.max-concurrent-operations", "10", {}},
      {"table.exec.async-ml-predict.output-mode", "ORDERED", {"ORDERED", "ALLOW_UNORDERED"}},
      {"table.exec.async-ml-predict.timeout", "3 min", {}},
      {"table.local-time-zone", "UTC", {}},
  };
  return options;
}

const KnownOption* FindKnown(const std::string& key) {
  for (const auto& option : KnownOptions()) {
    if (key == option.key) return &option;
  }
  return nullptr;
}

}  // namespace

SessionConfig::SessionConfig() { ResetAll(); }

Status SessionConfig::Set(const std::string& key, const std::string& value) {
  if (key.empty()) return Status::UserError("Option key can not be empty.");
  if (const KnownOption* known = FindKnown(key); known != nullptr && !known->allowed.empty() &&
                                                   known->allowed.count(value) == 0) {
    std::string allowed;
    for (const auto& candidate : known->allowed) {
      allowed += (allowed.empty() ? "'" : ", '") + candidate + "'";
    }
    return Status::UserError(fmt::format("Invalid value '{}' for option '{}'. Allowed values: {}.",
                                         value, key, allowed));
  }
  if (key == "parallelism.default" || key == "table.exec.async-ml-predict.max-concurrent-operations") {
    char* end = nullptr;
    long parsed = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || parsed <= 0) {
      return Status::UserError(fmt::format(
          "Invalid value '{}' for option '{}': expected a positive integer.", value, key));
    }
  }
  values_[key] = value;
  return Status::OK();
}

void SessionConfig::Reset(const std::string& key) {
  const KnownOption* known = FindKnown(key);
  if (known != nullptr && known->default_value[0] != '\0') {
    values_[key] = known->default_value;
  } else {
    values_.erase(key);
  }
}

void SessionConfig::ResetAll() {
  values_.clear();
  for (const auto& option : KnownOptions()) {
    if (option.default_value[0] != '\0') values_[option.key] = option.default_value;
  }
}

std::string SessionConfig::Get(const std::string& key, const std::string& fallback) const {
  auto it = values_.find(key);
  return it == values_.end() ? fallback : it->second;
}

std::vector<std::pair<std::string, std::string>> SessionConfig::Entries() const {
  return {values_.begin(), values_.end()};
}

}  // namespace sluice
