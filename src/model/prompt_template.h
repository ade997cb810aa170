// The 'prompt' option of remote models: a template over INPUT columns (SPEC-models.md §2.1),
// e.g. 'Review: {text}\nStars: {stars}'.
//
// Grammar: `{name}` is a placeholder when name consists of letters, digits and '_' (column names
// are matched case-sensitively); `{{` and `}}` stand for literal braces; any other brace is
// literal text, so JSON examples inside a prompt need no escaping unless they look like `{name}`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_objects.h"
#include "common/status.h"

namespace sluice {

// The placeholder names of `prompt`, in order of first appearance, without duplicates.
std::vector<std::string> PromptPlaceholders(std::string_view prompt);

// Checks that every placeholder names one of `input` columns, e.g.
//   The 'prompt' option refers to column 'txt', which is not an INPUT column. INPUT columns:
//   text, stars.
Status CheckPromptPlaceholders(std::string_view prompt, const std::vector<ModelColumn>& input);

}  // namespace sluice
