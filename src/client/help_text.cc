#include "client/help_text.h"

namespace sluice {

const char* HelpText() {
  return R"(Statements end with ';' and may span lines. The full list is in docs/sql-reference.md.

Catalogs and databases
  CREATE CATALOG [IF NOT EXISTS] c WITH (...)     DROP CATALOG [IF EXISTS] c     USE CATALOG c
  CREATE DATABASE [IF NOT EXISTS] db               DROP DATABASE [IF EXISTS] db [CASCADE]   USE db
  SHOW CATALOGS | DATABASES | CURRENT CATALOG | CURRENT DATABASE
Tables and views
  CREATE [TEMPORARY] TABLE [IF NOT EXISTS] t (...) WITH (...)   ALTER TABLE t SET|RESET|RENAME TO
  CREATE [TEMPORARY] VIEW v AS query               DROP [TEMPORARY] TABLE|VIEW [IF EXISTS] name
  SHOW TABLES | VIEWS | FUNCTIONS                  SHOW CREATE TABLE|VIEW name      DESCRIBE t
Models
  CREATE [OR REPLACE] [TEMPORARY] MODEL [IF NOT EXISTS] m INPUT (...) OUTPUT (...) WITH (...)
  ALTER MODEL [IF EXISTS] m SET (...) | RESET ('k', ...) | RENAME TO m2
  DROP [TEMPORARY] MODEL [IF EXISTS] m             SHOW MODELS [LIKE 'p']
  SHOW CREATE MODEL m    DESCRIBE MODEL [EXTENDED] m    SHOW MODEL VERSIONS m    SHOW PROVIDERS
Session
  SET 'key' = 'value'    SET    RESET 'key'    RESET    HELP    QUIT
)";
}

}  // namespace sluice
