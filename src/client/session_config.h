// SessionConfig: the options a session changes with `SET 'key' = 'value'` and `RESET`.
//
// Known options have defaults (Flink's where Flink defines them); SET of an unknown key is
// accepted and kept, as in Flink, so scripts written for Flink run unchanged. Values are checked
// only for the options Sluice reads.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/status.h"

namespace sluice {

class SessionConfig {
 public:
  SessionConfig();

  // Sets one option; known options are validated (e.g. execution.runtime-mode must be
  // 'streaming' or 'batch').
  Status Set(const std::string& key, const std::string& value);
  // Resets one option to its default (removes an unknown key).
  void Reset(const std::string& key);
  // Resets every option.
  void ResetAll();

  // The value of `key`, or `fallback` when the key is neither set nor has a default.
  std::string Get(const std::string& key, const std::string& fallback = "") const;

  // Every option that has a value (defaults and SET ones), sorted by key.
  std::vector<std::pair<std::string, std::string>> Entries() const;

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace sluice
