// Catalog and database statements, USE, SHOW CATALOGS / DATABASES / CURRENT ... (Flink syntax).
#include "sql/parser/parse_statement_internal.h"

namespace sluice::sql::internal {

StatementResult ParseCreateCatalog(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<CreateCatalogStatement>(start);
  statement->if_not_exists = AcceptIfNotExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, tokens.ExpectIdentifier("a catalog name"));
  SLUICE_ASSIGN_OR_RETURN(statement->comment, ParseOptionalComment(tokens));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("WITH"));
  SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseDropCatalog(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<DropCatalogStatement>(start);
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, tokens.ExpectIdentifier("a catalog name"));
  return Finish(std::move(statement));
}

StatementResult ParseAlterCatalog(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<AlterCatalogStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, tokens.ExpectIdentifier("a catalog name"));
  if (tokens.AcceptKeyword("SET")) {
    statement->action = AlterCatalogStatement::Action::kSet;
    SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  } else if (tokens.AcceptKeyword("RESET")) {
    statement->action = AlterCatalogStatement::Action::kReset;
    SLUICE_ASSIGN_OR_RETURN(statement->reset_keys, ParseKeyList(tokens));
  } else if (tokens.AcceptKeyword("COMMENT")) {
    statement->action = AlterCatalogStatement::Action::kComment;
    SLUICE_ASSIGN_OR_RETURN(statement->comment, tokens.ExpectStringLiteral("a comment string"));
  } else {
    return tokens.Error("one of SET, RESET, COMMENT");
  }
  return Finish(std::move(statement));
}

StatementResult ParseDescribeCatalog(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<DescribeCatalogStatement>(start);
  // EXTENDED is also a valid catalog name: it is the flag only when a name follows.
  if (tokens.PeekKeyword("EXTENDED") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    statement->extended = true;
  }
  SLUICE_ASSIGN_OR_RETURN(statement->name, tokens.ExpectIdentifier("a catalog name"));
  return Finish(std::move(statement));
}

StatementResult ParseShowCatalogs(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowCatalogsStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseShowCurrent(TokenStream& tokens, const Token& start) {
  if (tokens.AcceptKeyword("CATALOG")) {
    return Finish(NewStatement<ShowCurrentCatalogStatement>(start));
  }
  if (tokens.AcceptKeyword("DATABASE")) {
    return Finish(NewStatement<ShowCurrentDatabaseStatement>(start));
  }
  return tokens.Error("'CATALOG' or 'DATABASE'");
}

StatementResult ParseCreateDatabase(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<CreateDatabaseStatement>(start);
  statement->if_not_exists = AcceptIfNotExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a database name", 2));
  SLUICE_ASSIGN_OR_RETURN(statement->comment, ParseOptionalComment(tokens));
  if (tokens.AcceptKeyword("WITH")) {
    SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  }
  return Finish(std::move(statement));
}

StatementResult ParseDropDatabase(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<DropDatabaseStatement>(start);
  statement->if_exists = AcceptIfExists(tokens);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a database name", 2));
  if (tokens.AcceptKeyword("CASCADE")) {
    statement->cascade = true;
  } else {
    tokens.AcceptKeyword("RESTRICT");
  }
  return Finish(std::move(statement));
}

StatementResult ParseAlterDatabase(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<AlterDatabaseStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a database name", 2));
  SLUICE_RETURN_NOT_OK(tokens.ExpectKeyword("SET"));
  SLUICE_ASSIGN_OR_RETURN(statement->options, ParseOptionList(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseShowDatabases(TokenStream& tokens, const Token& start) {
  auto statement = NewStatement<ShowDatabasesStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(std::vector<std::string> catalog,
                          ParseOptionalFromIn(tokens, "a catalog name", 1));
  if (!catalog.empty()) statement->catalog = std::move(catalog[0]);
  SLUICE_ASSIGN_OR_RETURN(statement->like, ParseOptionalLike(tokens));
  return Finish(std::move(statement));
}

StatementResult ParseUse(TokenStream& tokens, const Token& start) {
  // `USE CATALOG c`; `USE catalog` alone uses a database called catalog.
  if (tokens.PeekKeyword("CATALOG") && tokens.PeekIdentifier(1)) {
    tokens.Next();
    auto statement = NewStatement<UseCatalogStatement>(start);
    SLUICE_ASSIGN_OR_RETURN(statement->name, tokens.ExpectIdentifier("a catalog name"));
    return Finish(std::move(statement));
  }
  auto statement = NewStatement<UseDatabaseStatement>(start);
  SLUICE_ASSIGN_OR_RETURN(statement->name, ParseObjectName(tokens, "a database name", 2));
  return Finish(std::move(statement));
}

}  // namespace sluice::sql::internal
