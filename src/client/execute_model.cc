// Model statements (SPEC-models.md §1, §6): CREATE [OR REPLACE], ALTER, DROP, SHOW MODELS,
// SHOW CREATE MODEL, DESCRIBE MODEL, SHOW MODEL VERSIONS, SHOW PROVIDERS, SHOW MODEL METRICS.
#include <fmt/format.h>

#include <cctype>

#include "client/model_presenter.h"
#include "client/provider_table.h"
#include "client/result_table_builder.h"
#include "client/statement_executor.h"
#include "model/model_options.h"

namespace sluice {

using sql::StatementKind;

namespace {

// A model name as written, split into the identifier parts and an optional `$N` version.
struct ModelReference {
  std::vector<std::string> parts;
  std::optional<int64_t> version;
};

ModelReference SplitVersion(const std::vector<std::string>& parts) {
  ModelReference reference{parts, std::nullopt};
  if (parts.empty()) return reference;
  const std::string& last = parts.back();
  const size_t dollar = last.rfind('$');
  if (dollar == std::string::npos || dollar == 0 || dollar + 1 == last.size()) return reference;
  const std::string digits = last.substr(dollar + 1);
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return reference;
  }
  if (digits.size() > 18) return reference;
  reference.parts.back() = last.substr(0, dollar);
  reference.version = std::stoll(digits);
  return reference;
}

std::vector<ModelColumn> ToModelColumns(const std::vector<sql::ModelColumnDefinition>& columns) {
  std::vector<ModelColumn> out;
  for (const auto& column : columns) {
    out.push_back(ModelColumn{column.name, column.type, column.comment.value_or(""),
                              column.metadata_key.value_or("")});
  }
  return out;
}

std::string ProviderNameOf(const OptionMap& options) {
  Result<std::string> name = ResolveProviderName(options);
  return name.ok() ? *name : "";
}

// Keys of `existing` that name the same option as `key` under another spelling.
std::vector<std::string> OtherSpellings(const std::string& provider, const OptionMap& existing,
                                        const std::string& key) {
  const std::string canonical = NormalizeOptionKey(provider, key);
  std::vector<std::string> spellings;
  for (const auto& [existing_key, value] : existing) {
    if (existing_key != key && NormalizeOptionKey(provider, existing_key) == canonical) {
      spellings.push_back(existing_key);
    }
  }
  return spellings;
}

Status ModelDoesNotExist(const ObjectIdentifier& id) {
  return Status::UserError(
      fmt::format("Model with identifier '{}' does not exist.", id.ToString()));
}

}  // namespace

Result<StatementResult> StatementExecutor::CreateModel(const sql::CreateModelStatement& create) {
  ModelReference reference = SplitVersion(create.name);
  if (reference.version) {
    return Status::UserError(fmt::format(
        "CREATE MODEL cannot name a version ('{}'): versions are numbered by Sluice. Use CREATE OR "
        "REPLACE MODEL to add a version.",
        create.name.back()));
  }
  if (create.query) {
    return Status::UserError(
        "CREATE MODEL ... AS (training a model from a query) is not supported yet: it needs query "
        "execution, which this build does not have.");
  }
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(reference.parts));
  ModelVersion version;
  version.input = ToModelColumns(create.input_columns);
  version.output = ToModelColumns(create.output_columns);
  version.comment = create.comment.value_or("");
  version.options = ToOptionMap(create.options);
  // The kind follows from how the model is declared: AS trains it (refused above until training
  // lands), an import provider imports a file, anything else calls a service. A 'builtin' model
  // without AS is therefore not 'trained', and its provider warns that it needs AS SELECT.
  version.kind = ModelKind::kRemote;
  if (Result<const ModelProviderFactory*> factory = FindModelProvider(providers_, version);
      factory.ok() && *factory != nullptr && (*factory)->Kind() == ModelKind::kImported) {
    version.kind = ModelKind::kImported;
  }
  StatementResult result;
  for (const Status& problem : ValidateModelDefinition(providers_, version)) {
    result.warnings.push_back(fmt::format("Model '{}': {} The model is created, but using it will fail until this is fixed.",
                                          id.ToString(), problem.message()));
  }
  SLUICE_RETURN_NOT_OK(catalog_->CreateModel(id, std::move(version), create.if_not_exists,
                                             create.temporary, create.or_replace));
  return result;
}

Result<StatementResult> StatementExecutor::AlterModel(const sql::AlterModelStatement& alter) {
  using Action = sql::AlterModelStatement::Action;
  ModelReference reference = SplitVersion(alter.name);
  if (reference.version) {
    return Status::UserError(fmt::format(
        "ALTER MODEL changes the latest version; it cannot name a version ('{}').",
        alter.name.back()));
  }
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(reference.parts));
  if (alter.action == Action::kRename) {
    SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier new_id, catalog_->Qualify(alter.new_name));
    SLUICE_RETURN_NOT_OK(catalog_->RenameModel(id, new_id, alter.if_exists));
    return StatementResult{};
  }
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogModel> model, catalog_->GetModel(id));
  if (!model) {
    // The catalog reports the missing model with Flink's ALTER text (or ignores IF EXISTS).
    SLUICE_RETURN_NOT_OK(catalog_->AlterModelOptions(id, {}, {}, alter.if_exists));
    return StatementResult{};
  }
  const OptionMap& current = model->Latest().options;
  const std::string provider = ProviderNameOf(current);
  OptionMap set;
  std::vector<std::string> reset;
  if (alter.action == Action::kSet) {
    set = ToOptionMap(alter.options);
    for (const auto& [key, value] : set) {
      for (std::string& spelling : OtherSpellings(provider, current, key)) {
        reset.push_back(std::move(spelling));
      }
      if (NormalizeOptionKey(provider, key) == "default-version") {
        char* end = nullptr;
        const long long pinned = std::strtoll(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || model->FindVersion(pinned) == nullptr) {
          std::vector<std::string> versions;
          for (const ModelVersion& v : model->versions) versions.push_back(std::to_string(v.version));
          return Status::UserError(fmt::format(
              "Model '{}' has no version '{}'. Existing versions: {}.", id.ToString(), value,
              fmt::join(versions, ", ")));
        }
      }
    }
  } else {
    for (const std::string& key : alter.reset_keys) {
      reset.push_back(key);
      for (std::string& spelling : OtherSpellings(provider, current, key)) {
        reset.push_back(std::move(spelling));
      }
    }
  }
  SLUICE_RETURN_NOT_OK(catalog_->AlterModelOptions(id, set, reset, alter.if_exists));
  StatementResult result;
  SLUICE_ASSIGN_OR_RETURN(model, catalog_->GetModel(id));
  if (model) {
    for (const Status& problem : ValidateModelDefinition(providers_, model->Latest())) {
      result.warnings.push_back(fmt::format("Model '{}': {}", id.ToString(), problem.message()));
    }
  }
  return result;
}

Result<StatementResult> StatementExecutor::ShowModels(const sql::ShowModelsStatement& show) {
  SLUICE_ASSIGN_OR_RETURN(auto database, ResolveDatabase(show.database));
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> names,
                          catalog_->ListModels(database.first, database.second));
  return RowsResult(NameTable("model name", FilterByLike(names, show.like)));
}

Result<StatementResult> StatementExecutor::ShowModelVersionsOrDescribe(
    const sql::Statement& statement) {
  const std::vector<std::string>* name = nullptr;
  if (statement.kind == StatementKind::kShowCreateModel) {
    name = &statement.As<sql::ShowCreateModelStatement>().name;
  } else if (statement.kind == StatementKind::kDescribeModel) {
    name = &statement.As<sql::DescribeModelStatement>().name;
  } else {
    name = &statement.As<sql::ShowModelVersionsStatement>().name;
  }
  ModelReference reference = SplitVersion(*name);
  SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(reference.parts));
  SLUICE_ASSIGN_OR_RETURN(std::optional<CatalogModel> model, catalog_->GetModel(id));
  if (!model) {
    if (statement.kind == StatementKind::kShowCreateModel) {
      return Status::UserError(fmt::format(
          "Could not execute SHOW CREATE MODEL. Model with identifier {} does not exist.",
          id.ToQuotedString()));
    }
    return ModelDoesNotExist(id);
  }
  if (statement.kind == StatementKind::kShowModelVersions) {
    return RowsResult(ShowModelVersions(*model));
  }
  const ModelVersion* version =
      reference.version ? model->FindVersion(*reference.version) : model->DefaultVersion();
  if (version == nullptr) {
    return Status::UserError(fmt::format(
        "Model '{}' has no version {}.", id.ToString(),
        reference.version ? std::to_string(*reference.version)
                          : "'" + model->Latest().options.at("default-version") + "'"));
  }
  if (statement.kind == StatementKind::kShowCreateModel) {
    return RowsResult(NameTable(
        "result", {ShowCreateModel(id, *version, catalog_->IsTemporary(id))}));
  }
  return RowsResult(DescribeModel(id, *model, *version,
                                  statement.As<sql::DescribeModelStatement>().extended));
}

Result<StatementResult> StatementExecutor::ExecuteModelStatement(const sql::Statement& statement) {
  switch (statement.kind) {
    case StatementKind::kCreateModel:
      return CreateModel(statement.As<sql::CreateModelStatement>());
    case StatementKind::kAlterModel:
      return AlterModel(statement.As<sql::AlterModelStatement>());
    case StatementKind::kDropModel: {
      const auto& drop = statement.As<sql::DropModelStatement>();
      ModelReference reference = SplitVersion(drop.name);
      if (reference.version) {
        return Status::UserError(fmt::format(
            "DROP MODEL drops every version of a model; it cannot name a version ('{}').",
            drop.name.back()));
      }
      SLUICE_ASSIGN_OR_RETURN(ObjectIdentifier id, catalog_->Qualify(reference.parts));
      SLUICE_RETURN_NOT_OK(catalog_->DropModel(id, drop.if_exists, drop.temporary));
      return StatementResult{};
    }
    case StatementKind::kShowModels:
      return ShowModels(statement.As<sql::ShowModelsStatement>());
    case StatementKind::kShowCreateModel:
    case StatementKind::kDescribeModel:
    case StatementKind::kShowModelVersions:
      return ShowModelVersionsOrDescribe(statement);
    case StatementKind::kShowProviders:
      return RowsResult(ProviderTable(providers_));
    case StatementKind::kShowModelMetrics: {
      // Metrics are counted by model calls; none run in this session yet, so the table is empty
      // until ML_PREDICT calls a model.
      ResultTable table = MakeStringTable(
          {"model name", "requests", "errors", "prompt tokens", "completion tokens"});
      return RowsResult(std::move(table));
    }
    default:
      break;
  }
  return Status::InternalError("not a model statement");
}

}  // namespace sluice
