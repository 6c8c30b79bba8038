internal import CSQLite

extension Database {
    /// Copies this database, as of one moment, into a new file at `destination` with SQLite's
    /// online backup API: others may keep writing while it runs, and the copy is consistent.
    ///
    /// The copy is made in one step, holding one read snapshot; in WAL mode that blocks no
    /// writer. The destination is written in rollback-journal mode, then switched to WAL so it
    /// opens like any register, and checkpointed so the file alone holds everything.
    public func backup(to destination: String) throws(SQLiteError) {
        let target = try Database(path: destination, mode: .readWriteCreate)
        guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
            throw target.error(code: sqlite3_errcode(target.handle), sql: nil)
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw target.error(code: code == SQLITE_DONE ? finish : code, sql: nil)
        }
        try target.execute("PRAGMA journal_mode = WAL")
        // Leave nothing in the copy's WAL, so the copy is its one file once this connection closes.
        try target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}
