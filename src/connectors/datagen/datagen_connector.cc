// The 'datagen' connector: a source of generated rows (Flink's DataGenTableSourceFactory
// options). See datagen_field.h for the per-column options and datagen_reader.h for how rows
// are produced.
#include <algorithm>

#include "connectors/connector.h"
#include "connectors/connector_options.h"
#include "connectors/datagen/datagen_field.h"
#include "connectors/datagen/datagen_reader.h"

namespace sluice {

namespace {

constexpr std::string_view kName = "datagen";

std::vector<OptionSpec> TableLevelSpecs() {
  return {
      OptionSpec{.key = "rows-per-second", .type = OptionType::kInt, .default_value = "10000",
                 .description = "Rows per second to emit (for the whole source).",
                 .min_value = 1.0},
      OptionSpec{.key = "number-of-rows", .type = OptionType::kInt,
                 .description = "Total number of rows to emit; unbounded when not set.",
                 .min_value = 0.0},
  };
}

// Checks the options and builds the generators of every physical column.
Result<std::vector<DatagenField>> BuildFields(const CatalogTable& table) {
  Schema schema = PhysicalSchema(table);
  std::vector<OptionSpec> specs = TableLevelSpecs();
  std::vector<DatagenKind> kinds;
  for (size_t i = 0; i < schema.size(); ++i) {
    SLUICE_ASSIGN_OR_RETURN(DatagenKind kind, ReadDatagenKind(schema.names[i], table.options));
    SLUICE_ASSIGN_OR_RETURN(std::vector<OptionSpec> field_specs,
                            DatagenFieldOptionSpecs(schema.names[i], schema.types[i], kind));
    specs.insert(specs.end(), field_specs.begin(), field_specs.end());
    kinds.push_back(kind);
  }
  SLUICE_RETURN_NOT_OK(CheckConnectorOptions(kName, table.options, specs));
  std::vector<DatagenField> fields;
  for (size_t i = 0; i < schema.size(); ++i) {
    SLUICE_ASSIGN_OR_RETURN(DatagenField field, ParseDatagenField(schema.names[i],
                                                                  schema.types[i], kinds[i],
                                                                  table.options));
    fields.push_back(std::move(field));
  }
  return fields;
}

class DatagenConnector : public ConnectorFactory {
 public:
  DatagenConnector() {
    options_ = TableLevelSpecs();
    auto field = [](const char* option, OptionType type, const char* description) {
      return OptionSpec{.key = std::string("fields.#.") + option, .type = type,
                        .description = description};
    };
    options_.push_back(OptionSpec{.key = "fields.#.kind", .type = OptionType::kEnum,
                                  .default_value = "random",
                                  .allowed_values = {"random", "sequence"},
                                  .description = "Generator of the field."});
    options_.push_back(field("min", OptionType::kDouble, "Minimum of a random number."));
    options_.push_back(field("max", OptionType::kDouble, "Maximum of a random number."));
    options_.push_back(field("max-past", OptionType::kDuration,
                             "How far in the past a random timestamp may lie."));
    options_.push_back(field("length", OptionType::kInt, "Length of a random string."));
    options_.push_back(field("var-len", OptionType::kBool, "Random string lengths."));
    options_.push_back(field("start", OptionType::kInt, "First value of a sequence."));
    options_.push_back(field("end", OptionType::kInt, "Last value of a sequence."));
    options_.push_back(field("null-rate", OptionType::kDouble, "Share of NULL values."));
  }

  std::string_view Name() const override { return kName; }
  const std::vector<OptionSpec>& Options() const override { return options_; }
  bool SupportsSource() const override { return true; }
  bool SupportsSink() const override { return false; }

  Status Validate(const CatalogTable& table) const override {
    return BuildFields(table).status();
  }

  Result<std::unique_ptr<SourceReader>> OpenSource(const SourceContext& context) const override {
    SLUICE_ASSIGN_OR_RETURN(std::vector<DatagenField> fields, BuildFields(context.table));
    DatagenConfig config;
    config.rows_per_second = GetIntOption(context.table.options, "rows-per-second", 10000);
    if (auto rows = FindOption(context.table.options, "number-of-rows")) {
      config.total_rows = GetIntOption(context.table.options, "number-of-rows", 0);
    }
    // A sequence ends the source when it is exhausted (every column's, not just projected).
    for (const DatagenField& field : fields) {
      if (field.kind != DatagenKind::kSequence || field.type.id() == TypeId::kBoolean) continue;
      unsigned __int128 span =
          static_cast<unsigned __int128>(static_cast<__int128>(field.end) - field.start) + 1;
      int64_t count = span > static_cast<unsigned __int128>(INT64_MAX)
                          ? INT64_MAX
                          : static_cast<int64_t>(span);
      config.total_rows = config.total_rows ? std::min(*config.total_rows, count) : count;
    }
    for (size_t index : context.projected_columns) {
      if (index >= fields.size()) {
        return Status::InternalError("datagen: projected column out of range");
      }
      config.fields.push_back(fields[index]);
      config.seeds.push_back(index);
    }
    return std::unique_ptr<SourceReader>(std::make_unique<DatagenReader>(
        std::move(config), context.task_index, context.parallelism, context.batch_size));
  }

 private:
  std::vector<OptionSpec> options_;
};

}  // namespace

void RegisterDatagenConnector(ConnectorRegistry& registry) {
  registry.Register(std::make_unique<DatagenConnector>());
}

}  // namespace sluice
