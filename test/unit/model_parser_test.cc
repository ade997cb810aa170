// Tests of ParseStatement for the model statements (SPEC-models.md §1, §6), including Flink's
// CREATE MODEL error texts and their positions.
#include <gtest/gtest.h>

#include "sql/parser/parser.h"

namespace sluice::sql {
namespace {

using Names = std::vector<std::string>;

template <typename T>
std::unique_ptr<T> ParseAs(std::string_view sql) {
  auto result = ParseStatement(sql);
  if (!result.ok()) {
    ADD_FAILURE() << "parse failed for: " << sql << "\n  " << result.status().message() << " at "
                  << result.status().line() << ":" << result.status().column();
    return nullptr;
  }
  std::unique_ptr<Statement> statement = std::move(result).value();
  if (statement->kind != T::kKind) {
    ADD_FAILURE() << "wrong kind for: " << sql << ": " << StatementKindName(statement->kind);
    return nullptr;
  }
  return std::unique_ptr<T>(static_cast<T*>(statement.release()));
}

Status ParseError(std::string_view sql) {
  auto result = ParseStatement(sql);
  if (result.ok()) {
    ADD_FAILURE() << "expected an error for: " << sql;
    return Status::OK();
  }
  EXPECT_EQ(result.status().code(), StatusCode::kUserError);
  return result.status();
}

TEST(CreateModelTest, FullForm) {
  auto s = ParseAs<CreateModelStatement>(
      "CREATE MODEL IF NOT EXISTS cat.db.sentiment\n"
      "INPUT (text STRING COMMENT 'the review')\n"
      "OUTPUT (label STRING, score DOUBLE NOT NULL)\n"
      "COMMENT 'classifies reviews'\n"
      "WITH (\n"
      "  'provider' = 'openai',\n"
      "  'endpoint' = 'https://api.openai.com/v1/chat/completions',\n"
      "  'model' = 'gpt-4o-mini'\n"
      ");");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, (Names{"cat", "db", "sentiment"}));
  EXPECT_TRUE(s->if_not_exists);
  EXPECT_FALSE(s->or_replace);
  EXPECT_FALSE(s->temporary);
  ASSERT_EQ(s->input_columns.size(), 1u);
  EXPECT_EQ(s->input_columns[0].name, "text");
  EXPECT_EQ(s->input_columns[0].type, LogicalType::String());
  EXPECT_EQ(s->input_columns[0].comment, "the review");
  EXPECT_EQ(s->input_columns[0].line, 2);
  EXPECT_EQ(s->input_columns[0].column, 8);
  ASSERT_EQ(s->output_columns.size(), 2u);
  EXPECT_EQ(s->output_columns[1].name, "score");
  EXPECT_EQ(s->output_columns[1].type, LogicalType::Double().NotNull());
  EXPECT_FALSE(s->output_columns[0].comment.has_value());
  EXPECT_EQ(s->comment, "classifies reviews");
  ASSERT_EQ(s->options.size(), 3u);
  EXPECT_EQ(s->options[0], (std::pair<std::string, std::string>{"provider", "openai"}));
  EXPECT_EQ(s->options[2].second, "gpt-4o-mini");
  EXPECT_EQ(s->query, nullptr);
  EXPECT_TRUE(s->query_sql.empty());
}

TEST(CreateModelTest, WithoutSchemas) {
  auto s = ParseAs<CreateModelStatement>("CREATE MODEL m WITH ('provider' = 'openai')");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->input_columns.empty());
  EXPECT_TRUE(s->output_columns.empty());
  EXPECT_EQ(s->options.size(), 1u);
}

TEST(CreateModelTest, OrReplaceTemporary) {
  auto s = ParseAs<CreateModelStatement>(
      "CREATE OR REPLACE TEMPORARY MODEL m INPUT (a INT) OUTPUT (b INT) WITH ('k' = 'v')");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->or_replace);
  EXPECT_TRUE(s->temporary);
  auto t = ParseAs<CreateModelStatement>("CREATE TEMPORARY MODEL m WITH ('k' = 'v')");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->temporary);
  EXPECT_FALSE(t->or_replace);
}

TEST(CreateModelTest, OutputMetadataColumns) {
  auto s = ParseAs<CreateModelStatement>(
      "CREATE MODEL m INPUT (q STRING) OUTPUT (a STRING, err STRING METADATA FROM "
      "'error-string', code INT METADATA FROM 'http-status-code' COMMENT 'status', "
      "h MAP<STRING, ARRAY<STRING>> METADATA FROM 'http-headers-map') WITH ('k' = 'v')");
  ASSERT_TRUE(s);
  ASSERT_EQ(s->output_columns.size(), 4u);
  EXPECT_FALSE(s->output_columns[0].metadata_key.has_value());
  EXPECT_EQ(s->output_columns[1].metadata_key, "error-string");
  EXPECT_EQ(s->output_columns[2].metadata_key, "http-status-code");
  EXPECT_EQ(s->output_columns[2].comment, "status");
  EXPECT_EQ(s->output_columns[3].type,
            LogicalType::Map(LogicalType::String(), LogicalType::Array(LogicalType::String())));
}

TEST(CreateModelTest, InputHasNoMetadata) {
  EXPECT_EQ(ParseError("CREATE MODEL m INPUT (q STRING METADATA FROM 'x') OUTPUT (a STRING) "
                       "WITH ('k' = 'v')")
                .message(),
            "Syntax error: expected ',' or ')' but found 'METADATA'");
}

TEST(CreateModelTest, ColumnsNamedLikeKeywords) {
  auto s = ParseAs<CreateModelStatement>(
      "CREATE MODEL model INPUT (input STRING, `comment` STRING) OUTPUT (output STRING, "
      "`value` DOUBLE) WITH ('k' = 'v')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, (Names{"model"}));
  EXPECT_EQ(s->input_columns[0].name, "input");
  EXPECT_EQ(s->input_columns[1].name, "comment");
  EXPECT_EQ(s->output_columns[0].name, "output");
}

TEST(CreateModelTest, VersionedName) {
  auto s = ParseAs<CreateModelStatement>("CREATE MODEL m$2 WITH ('k' = 'v')");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, (Names{"m$2"}));
}

TEST(CreateModelTest, AsQuery) {
  auto s = ParseAs<CreateModelStatement>(
      "CREATE MODEL iris_clf WITH ('task' = 'classification', 'algorithm' = "
      "'logistic_regression', 'label' = 'species')\n"
      "AS SELECT sepal_len, sepal_wid, petal_len, petal_wid, species FROM iris;");
  ASSERT_TRUE(s);
  ASSERT_NE(s->query, nullptr);
  EXPECT_EQ(s->query_sql, "SELECT sepal_len, sepal_wid, petal_len, petal_wid, species FROM iris");
  EXPECT_EQ(s->options.size(), 3u);
}

TEST(CreateModelTest, AsQueryWithCommentAndWithClause) {
  auto s = ParseAs<CreateModelStatement>(
      "CREATE MODEL m COMMENT 'km' WITH ('algorithm' = 'kmeans') AS "
      "WITH x AS (SELECT a FROM t) SELECT a FROM x");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->comment, "km");
  EXPECT_EQ(s->query_sql, "WITH x AS (SELECT a FROM t) SELECT a FROM x");
}

TEST(CreateModelTest, AsWithExplicitInputIsRefused) {
  Status st = ParseError(
      "CREATE MODEL m\n  INPUT (a INT) OUTPUT (b INT) WITH ('k' = 'v') AS SELECT a, b FROM t");
  EXPECT_EQ(st.message(),
            "CREATE MODEL AS SELECT syntax does not support to specify explicit input columns.");
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 3);
}

TEST(CreateModelTest, AsWithExplicitOutputIsRefused) {
  Status st = ParseError("CREATE MODEL m OUTPUT (b INT) WITH ('k' = 'v') AS SELECT a FROM t");
  EXPECT_EQ(st.message(),
            "CREATE MODEL AS SELECT syntax does not support to specify explicit output columns.");
  EXPECT_EQ(st.column(), 16);
}

TEST(CreateModelTest, InputWithoutOutput) {
  Status st = ParseError("CREATE MODEL m\nINPUT (f1 STRING)\nWITH ('k' = 'v')");
  EXPECT_EQ(st.message(), "Output column list can not be empty with non-empty input column list.");
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 8);
}

TEST(CreateModelTest, OutputWithoutInput) {
  Status st = ParseError("CREATE MODEL m OUTPUT (f2 STRING) WITH ('k' = 'v')");
  EXPECT_EQ(st.message(), "Input column list can not be empty with non-empty output column list.");
  EXPECT_EQ(st.line(), 1);
  EXPECT_EQ(st.column(), 24);
}

TEST(CreateModelTest, MissingWith) {
  Status st = ParseError("CREATE MODEL m INPUT (a INT) OUTPUT (b INT)");
  EXPECT_EQ(st.message(), "Model property list can not be empty.");
  EXPECT_TRUE(st.has_position());
  EXPECT_EQ(ParseError("CREATE MODEL m").message(), "Model property list can not be empty.");
  EXPECT_EQ(ParseError("CREATE MODEL m;").message(), "Model property list can not be empty.");
}

TEST(CreateModelTest, EmptyWith) {
  Status st = ParseError("CREATE MODEL m INPUT (a INT) OUTPUT (b INT)\nWITH ()");
  EXPECT_EQ(st.message(), "Model property list can not be empty.");
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 1);
}

TEST(CreateModelTest, AsQueryStillNeedsWith) {
  EXPECT_EQ(ParseError("CREATE MODEL m AS SELECT a FROM t").message(),
            "Model property list can not be empty.");
}

TEST(CreateModelTest, DuplicateInputColumn) {
  Status st =
      ParseError("CREATE MODEL m INPUT (f1 STRING, f1 INT) OUTPUT (f2 STRING) WITH ('k' = 'v')");
  EXPECT_EQ(st.message(), "Duplicate input column name: 'f1'.");
  EXPECT_EQ(st.column(), 34);
}

TEST(CreateModelTest, DuplicateOutputColumn) {
  Status st =
      ParseError("CREATE MODEL m INPUT (f1 STRING) OUTPUT (f2 STRING,\n f2 INT) WITH ('k' = 'v')");
  EXPECT_EQ(st.message(), "Duplicate output column name: 'f2'.");
  EXPECT_EQ(st.line(), 2);
  EXPECT_EQ(st.column(), 2);
}

TEST(CreateModelTest, SameNameInInputAndOutputIsAllowed) {
  EXPECT_TRUE(ParseAs<CreateModelStatement>(
      "CREATE MODEL m INPUT (x STRING) OUTPUT (x STRING) WITH ('k' = 'v')"));
}

TEST(CreateModelTest, OptionWithoutValue) {
  Status st = ParseError("CREATE MODEL m WITH ('a')");
  EXPECT_EQ(st.message(), "Syntax error: expected '=' but found ')'");
  EXPECT_EQ(st.column(), 25);
}

TEST(CreateModelTest, OptionValueMustBeString) {
  EXPECT_EQ(ParseError("CREATE MODEL m WITH ('a' = 1)").message(),
            "Syntax error: expected an option value string but found '1'");
}

TEST(CreateModelTest, MisspelledModelKeyword) {
  Status st = ParseError("CREATE MODLE m WITH ('a' = 'b')");
  EXPECT_EQ(st.message(),
            "Syntax error: expected one of TABLE, VIEW, MODEL, DATABASE, CATALOG, FUNCTION but "
            "found 'MODLE'");
  EXPECT_EQ(st.column(), 8);
}

TEST(CreateModelTest, MisspelledClause) {
  Status st = ParseError("CREATE MODEL m INPUTS (a INT) WITH ('a' = 'b')");
  EXPECT_EQ(st.message(),
            "Syntax error: expected one of INPUT, OUTPUT, COMMENT, WITH, AS but found 'INPUTS'");
  EXPECT_EQ(st.column(), 16);
  EXPECT_EQ(ParseError("CREATE MODEL m INPUT (a INT) OUTPUT (b INT) WTIH ('a' = 'b')").message(),
            "Syntax error: expected one of COMMENT, WITH, AS but found 'WTIH'");
}

TEST(CreateModelTest, BadColumnType) {
  Status st = ParseError("CREATE MODEL m\nINPUT (a INTT) OUTPUT (b INT) WITH ('a' = 'b')");
  EXPECT_TRUE(st.has_position());
  EXPECT_EQ(st.line(), 2);
}

TEST(CreateModelTest, EmptyColumnList) {
  EXPECT_EQ(ParseError("CREATE MODEL m INPUT () OUTPUT (b INT) WITH ('a' = 'b')").message(),
            "Syntax error: expected a column name but found ')'");
}

TEST(CreateModelTest, OrReplaceOnlyForTableAndModel) {
  EXPECT_EQ(ParseError("CREATE OR REPLACE VIEW v AS SELECT 1").message(),
            "Syntax error: expected one of TABLE, MODEL, TEMPORARY but found 'VIEW'");
}

TEST(AlterModelTest, Set) {
  auto s = ParseAs<AlterModelStatement>(
      "ALTER MODEL IF EXISTS db.m SET ('default-version' = '2', 'temperature' = '0.1')");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->if_exists);
  EXPECT_EQ(s->name, (Names{"db", "m"}));
  EXPECT_EQ(s->action, AlterModelStatement::Action::kSet);
  ASSERT_EQ(s->options.size(), 2u);
  EXPECT_EQ(s->options[0].second, "2");
}

TEST(AlterModelTest, ResetAndRename) {
  auto r = ParseAs<AlterModelStatement>("ALTER MODEL m RESET ('temperature', 'seed')");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->action, AlterModelStatement::Action::kReset);
  EXPECT_EQ(r->reset_keys, (Names{"temperature", "seed"}));
  auto n = ParseAs<AlterModelStatement>("ALTER MODEL m RENAME TO c.d.m2");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->action, AlterModelStatement::Action::kRename);
  EXPECT_EQ(n->new_name, (Names{"c", "d", "m2"}));
}

TEST(AlterModelTest, EmptySetAndReset) {
  Status set = ParseError("ALTER MODEL m\n  SET ()");
  EXPECT_EQ(set.message(), "ALTER MODEL SET does not support empty option.");
  EXPECT_EQ(set.line(), 2);
  EXPECT_EQ(set.column(), 3);
  Status reset = ParseError("ALTER MODEL m RESET ()");
  EXPECT_EQ(reset.message(), "ALTER MODEL RESET does not support empty key.");
  EXPECT_EQ(reset.column(), 15);
}

TEST(AlterModelTest, Errors) {
  EXPECT_EQ(ParseError("ALTER MODEL m UPDATE ('a' = 'b')").message(),
            "Syntax error: expected one of SET, RESET, RENAME but found 'UPDATE'");
  EXPECT_EQ(ParseError("ALTER MODEL m RENAME m2").message(),
            "Syntax error: expected 'TO' but found 'm2'");
  EXPECT_EQ(ParseError("ALTER MODEL m SET ('a' = )").message(),
            "Syntax error: expected an option value string but found ')'");
}

TEST(DropModelTest, Forms) {
  auto s = ParseAs<DropModelStatement>("DROP MODEL m");
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->temporary);
  EXPECT_FALSE(s->if_exists);
  auto t = ParseAs<DropModelStatement>("DROP TEMPORARY MODEL IF EXISTS c.d.m;");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->temporary);
  EXPECT_TRUE(t->if_exists);
  EXPECT_EQ(t->name, (Names{"c", "d", "m"}));
}

TEST(DropModelTest, MissingName) {
  EXPECT_EQ(ParseError("DROP MODEL").message(),
            "Syntax error: unexpected end of input, expected a model name");
  EXPECT_EQ(ParseError("DROP MODEL a.b.c.d").message(),
            "Syntax error: a model name has at most 3 parts but found 'a.b.c.d'");
}

TEST(ShowModelsTest, Forms) {
  auto s = ParseAs<ShowModelsStatement>("SHOW MODELS");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->database.empty());
  EXPECT_FALSE(s->like.has_value());
  auto f = ParseAs<ShowModelsStatement>("SHOW MODELS FROM cat.db LIKE 'sent%'");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->database, (Names{"cat", "db"}));
  EXPECT_EQ(f->like->pattern, "sent%");
  auto i = ParseAs<ShowModelsStatement>("SHOW MODELS IN db NOT ILIKE 'X%'");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->database, (Names{"db"}));
  EXPECT_TRUE(i->like->negated);
  EXPECT_TRUE(i->like->case_insensitive);
}

TEST(ShowModelsTest, LikeNeedsPattern) {
  EXPECT_EQ(ParseError("SHOW MODELS LIKE").message(),
            "Syntax error: unexpected end of input, expected a pattern string");
  EXPECT_EQ(ParseError("SHOW MODELS NOT 'x'").message(),
            "Syntax error: expected 'LIKE' or 'ILIKE' but found ''x''");
}

TEST(ShowModelStatementsTest, ShowCreateDescribe) {
  auto sc = ParseAs<ShowCreateModelStatement>("SHOW CREATE MODEL cat.db.m");
  ASSERT_TRUE(sc);
  EXPECT_EQ(sc->name, (Names{"cat", "db", "m"}));
  auto d = ParseAs<DescribeModelStatement>("DESCRIBE MODEL m");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->extended);
  EXPECT_EQ(d->name, (Names{"m"}));
  auto e = ParseAs<DescribeModelStatement>("DESC MODEL EXTENDED db.m");
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->extended);
  EXPECT_EQ(e->name, (Names{"db", "m"}));
  auto e2 = ParseAs<DescribeModelStatement>("DESCRIBE EXTENDED MODEL m");
  ASSERT_TRUE(e2);
  EXPECT_TRUE(e2->extended);
  // A model called extended.
  auto e3 = ParseAs<DescribeModelStatement>("DESCRIBE MODEL extended");
  ASSERT_TRUE(e3);
  EXPECT_FALSE(e3->extended);
  EXPECT_EQ(e3->name, (Names{"extended"}));
}

TEST(ShowModelStatementsTest, VersionsProvidersMetrics) {
  auto v = ParseAs<ShowModelVersionsStatement>("SHOW MODEL VERSIONS m");
  ASSERT_TRUE(v);
  EXPECT_EQ(v->name, (Names{"m"}));
  EXPECT_TRUE(ParseAs<ShowProvidersStatement>("SHOW PROVIDERS;"));
  auto all = ParseAs<ShowModelMetricsStatement>("SHOW MODEL METRICS");
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->name.empty());
  auto one = ParseAs<ShowModelMetricsStatement>("SHOW MODEL METRICS db.m");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->name, (Names{"db", "m"}));
}

TEST(ShowModelStatementsTest, Errors) {
  EXPECT_EQ(ParseError("SHOW MODEL VERSION m").message(),
            "Syntax error: expected 'VERSIONS' or 'METRICS' but found 'VERSION'");
  EXPECT_EQ(ParseError("SHOW MODEL VERSIONS").message(),
            "Syntax error: unexpected end of input, expected a model name");
  EXPECT_EQ(ParseError("SHOW CREATE MODLE m").message(),
            "Syntax error: expected one of TABLE, VIEW, MODEL but found 'MODLE'");
}

TEST(ModelInQueryTest, MlPredictQueryParses) {
  auto s = ParseAs<QueryStatement>(
      "SELECT * FROM ML_PREDICT(TABLE reviews, MODEL sentiment$2, DESCRIPTOR(text))");
  ASSERT_TRUE(s);
  EXPECT_NE(s->query, nullptr);
}

}  // namespace
}  // namespace sluice::sql
