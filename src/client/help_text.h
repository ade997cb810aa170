// The text HELP prints: the statements Sluice understands, one line each.
#pragma once

namespace sluice {

const char* HelpText();

}  // namespace sluice
