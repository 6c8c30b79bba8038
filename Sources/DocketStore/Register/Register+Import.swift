import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// How an import runs (``ImportOptions``).
    public typealias ImportOptions = DocketRegister.ImportOptions
    /// What an import did (``ImportSummary``).
    public typealias ImportSummary = DocketRegister.ImportSummary

    /// Files every row of the CSV `reader` gives, all or nothing, in one transaction
    /// (``RegisterTransaction/importProblems(from:options:progress:)``).
    ///
    /// While it runs the connection's page cache is made large, so that a big file is
    /// written once, at the commit, rather than spilled page by page.
    public func importProblems(from reader: inout CSVReader, options: ImportOptions,
                               progress: (Int) -> Void = { _ in }) throws -> ImportSummary {
        // A larger page cache, so that fewer pages are spilt before the commit — within the
        // 50 MB any docket command may take — and statement journals in memory rather than in
        // temporary files. Both go back to SQLite's defaults, which docket keeps otherwise.
        try database.execute("PRAGMA cache_size = -24576; PRAGMA temp_store = MEMORY")
        defer {
            try? database.execute("PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT")
        }

        let summary = try writeOperation { transaction in
            // Checked at the commit rather than statement by statement, so that no statement
            // needs a journal of its own (see `insert`); every reference is checked before
            // it is written anyway. The setting ends with the transaction.
            try database.execute("PRAGMA defer_foreign_keys = ON")
            return try await transaction.importProblems(from: &reader, options: options, progress: progress)
        }
        if !options.dryRun && summary.count >= Register.importCheckpointThreshold { emptyTheLog() }
        return summary
    }

    /// How many rows make an import big enough to empty the write-ahead log after it.
    static let importCheckpointThreshold = 1000

    /// Copies the write-ahead log into the register's file and truncates it, if no reader
    /// keeps it busy for more than a moment; otherwise leaves it to SQLite's own checkpoints.
    ///
    /// Why: a large import leaves a log as large as what it wrote, and every docket command
    /// that then opens the register alone reads all of it to rebuild its index (SQLite's
    /// recovery) — some 40 ms a command after 100,000 rows — until the next write restarts it.
    private func emptyTheLog() {
        database.setBusyTimeout(200)
        try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database.setBusyTimeout(Database.defaultBusyTimeout)
    }
}
