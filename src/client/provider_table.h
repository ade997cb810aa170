// The result of SHOW PROVIDERS: one row per provider option.
#pragma once

#include "client/session.h"
#include "model/provider_registry.h"

namespace sluice {

ResultTable ProviderTable(const ProviderRegistry& registry);

}  // namespace sluice
