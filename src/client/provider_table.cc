#include "client/provider_table.h"

#include "client/result_table_builder.h"
#include "model/provider_catalog_rows.h"

namespace sluice {

ResultTable ProviderTable(const ProviderRegistry& registry) {
  ResultTable table = MakeStringTable(ShowProvidersColumnNames());
  for (const ProviderOptionRow& row : ShowProvidersRows(registry)) {
    table.rows.push_back({row.provider, row.kind, row.option, row.type, BoolText(row.required),
                          row.default_value, BoolText(row.secret), row.description});
  }
  return table;
}

}  // namespace sluice
