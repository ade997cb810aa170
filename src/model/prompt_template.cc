#include "model/prompt_template.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/option_text.h"

namespace sluice {

namespace {
bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
}  // namespace

std::vector<std::string> PromptPlaceholders(std::string_view prompt) {
  std::vector<std::string> names;
  size_t i = 0;
  while (i < prompt.size()) {
    if (prompt.compare(i, 2, "{{") == 0 || prompt.compare(i, 2, "}}") == 0) {
      i += 2;
      continue;
    }
    if (prompt[i] != '{') {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < prompt.size() && IsNameChar(prompt[end])) ++end;
    if (end > i + 1 && end < prompt.size() && prompt[end] == '}') {
      std::string name(prompt.substr(i + 1, end - i - 1));
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      i = end + 1;
    } else {
      ++i;
    }
  }
  return names;
}

Status CheckPromptPlaceholders(std::string_view prompt, const std::vector<ModelColumn>& input) {
  std::vector<std::string> column_names;
  for (const ModelColumn& column : input) column_names.push_back(column.name);
  for (const std::string& name : PromptPlaceholders(prompt)) {
    if (std::find(column_names.begin(), column_names.end(), name) == column_names.end()) {
      return Status::UserError(fmt::format(
          "The 'prompt' option refers to column '{}', which is not an INPUT column. INPUT "
          "columns: {}.",
          name, column_names.empty() ? std::string("none") : JoinStrings(column_names, ", ")));
    }
  }
  return Status::OK();
}

}  // namespace sluice
