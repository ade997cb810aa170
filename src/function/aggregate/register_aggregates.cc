// RegisterAggregateFunctions: the built-in aggregate functions with their signatures.
#include "function/aggregate/aggregate_binders.h"
#include "function/aggregate/aggregate_util.h"
#include "function/function_registry.h"

namespace sluice {

void RegisterAggregateFunctions(FunctionRegistry& registry) {
  using namespace aggregate_internal;
  struct Entry {
    const char* name;
    const char* signature;
    const char* description;
    SimpleAggregateFunction::Binder binder;
  };
  const Entry entries[] = {
      {"COUNT", "COUNT(*) | COUNT([DISTINCT] ANY [, ANY ...])",
       "The number of rows, or of rows where every argument is not NULL.", &BindCount},
      {"SUM", "SUM([DISTINCT] NUMERIC)", "The sum of the non-NULL values; NULL when none.",
       &BindSum},
      {"$SUM0", "$SUM0(NUMERIC)", "The sum of the non-NULL values; 0 when none (internal).",
       &BindSum0},
      {"AVG", "AVG([DISTINCT] NUMERIC)",
       "The average of the non-NULL values, of the argument type; NULL when none.", &BindAvg},
      {"MIN", "MIN(COMPARABLE)", "The smallest non-NULL value.", &BindMin},
      {"MAX", "MAX(COMPARABLE)", "The largest non-NULL value.", &BindMax},
      {"FIRST_VALUE", "FIRST_VALUE(ANY)", "The first non-NULL value in arrival order.",
       &BindFirstValue},
      {"LAST_VALUE", "LAST_VALUE(ANY)", "The last non-NULL value in arrival order.",
       &BindLastValue},
      {"LISTAGG", "LISTAGG([DISTINCT] STRING [, STRING])",
       "The non-NULL values joined with the separator (',' by default).", &BindListAgg},
      {"VAR_POP", "VAR_POP([DISTINCT] NUMERIC)", "The population variance.", &BindVarPop},
      {"VAR_SAMP", "VAR_SAMP([DISTINCT] NUMERIC)", "The sample variance.", &BindVarSamp},
      {"VARIANCE", "VARIANCE([DISTINCT] NUMERIC)", "The sample variance (VAR_SAMP).", &BindVarSamp},
      {"STDDEV_POP", "STDDEV_POP([DISTINCT] NUMERIC)", "The population standard deviation.",
       &BindStddevPop},
      {"STDDEV_SAMP", "STDDEV_SAMP([DISTINCT] NUMERIC)", "The sample standard deviation.",
       &BindStddevSamp},
      {"STDDEV", "STDDEV([DISTINCT] NUMERIC)", "The sample standard deviation (STDDEV_SAMP).",
       &BindStddevSamp},
  };
  for (const Entry& e : entries) {
    registry.RegisterAggregate(std::make_unique<SimpleAggregateFunction>(
        FunctionDescription{e.name, e.signature, e.description}, e.binder));
  }
}

}  // namespace sluice
