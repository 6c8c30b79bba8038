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


// docket_rank(search, weight_title, weight_body, weight_history, weight_names): how well a row matches, as
// BM25 scores its terms within each column (k1 1.2, b 0.75, each column's length against its
// average), weighted by column, but without BM25's inverse document frequency. That factor
// needs the number of rows holding each term, which FTS5 finds by reading every row that
// holds it — a fifth of a million for a common word — while this reads only the row's own
// hits; and for a query whose terms every match holds (the implicit AND) it is the same for
// every row, so it does not change the order. Smaller is better, as with bm25().
static void docket_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                        int argc, sqlite3_value **argv) {
    enum { maxColumns = 8, maxPhrases = 32 };
    int columns = api->xColumnCount(fts);
    int phrases = api->xPhraseCount(fts);
    if (columns > maxColumns) columns = maxColumns;
    if (phrases > maxPhrases) phrases = maxPhrases;
    int hits[maxPhrases][maxColumns] = {{0}};
    int count = 0;
    if (api->xInstCount(fts, &count) != SQLITE_OK) { sqlite3_result_error_code(context, SQLITE_ERROR); return; }
    for (int i = 0; i < count; i++) {
        int phrase, column, offset;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK) continue;
        if (phrase < phrases && column < columns) hits[phrase][column] += 1;
    }
    sqlite3_int64 rows = 0;
    api->xRowCount(fts, &rows);
    if (rows < 1) rows = 1;
    const double k1 = 1.2, b = 0.75;
    double score = 0;
    for (int column = 0; column < columns; column++) {
        double weight = column < argc ? sqlite3_value_double(argv[column]) : 1.0;
        int length = 0;
        sqlite3_int64 total = 0;
        api->xColumnSize(fts, column, &length);
        api->xColumnTotalSize(fts, column, &total);
        double average = total > 0 ? (double)total / (double)rows : 1.0;
        double norm = k1 * (1.0 - b + b * (double)length / average);
        for (int phrase = 0; phrase < phrases; phrase++) {
            int tf = hits[phrase][column];
            if (tf > 0) score += weight * (double)tf * (k1 + 1.0) / ((double)tf + norm);
        }
    }
    sqlite3_result_double(context, -score);
}

// Registers docket_rank on `db` through FTS5's API (found, as its documentation says, by
// binding a pointer to `SELECT fts5(?1)`).
static inline int docket_register_rank(sqlite3 *db) {
    fts5_api *api = 0;
    sqlite3_stmt *statement = 0;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(statement);
    rc = sqlite3_finalize(statement);
    if (rc != SQLITE_OK) return rc;
    if (api == 0 || api->iVersion < 2) return SQLITE_ERROR;
    return api->xCreateFunction(api, "docket_rank", 0, docket_rank, 0);
}
#endif
