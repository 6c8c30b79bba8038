#ifndef DOCKET_CSQLITE_SHIM_H
#define DOCKET_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast Swift cannot import: it tells SQLite to copy bound text.
static inline sqlite3_destructor_type docket_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_db_config is variadic, which Swift cannot call: one wrapper per option docket sets.

// Foreign keys on, set through the C API rather than a PRAGMA, which would be parsed and
// compiled at every start.
static inline int docket_sqlite_enable_foreign_keys(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, (int *)0);
}

// Refuse the legacy double-quoted string literals, so a misspelt column name is an error.
static inline int docket_sqlite_strict_quotes(sqlite3 *db) {
    int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
}
#endif
