#ifndef DOCKET_CSQLITE_SHIM_H
#define DOCKET_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast Swift cannot import: it tells SQLite to copy bound text.
static inline sqlite3_destructor_type docket_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
