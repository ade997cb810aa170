// The model providers that ship with Sluice, registered explicitly (DESIGN.md §5.3).
#pragma once

#include "model/provider_registry.h"

namespace sluice {

// Registers anthropic, builtin, gemini, onnx, openai and xgboost. Call once per registry.
void RegisterBuiltinProviders(ProviderRegistry& registry);

}  // namespace sluice
