import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// How an import runs.
    public struct ImportOptions: Sendable {
        /// The meeting every row was raised at, or nil.
        public var meeting: Int64?
        /// Check everything and write nothing.
        public var dryRun: Bool
        /// When a row without `raised_at` was raised (`--at`), or nil: at the meeting (its day,
        /// 09:00), or now.
        public var raisedAt: Instant?
        /// The current instant: a row raised later is refused.
        public var now: Instant
        /// Who imports: the actor of every event, and the scope every row must lie in.
        public var principal: Principal

        /// Makes the options of one import.
        public init(meeting: Int64? = nil, dryRun: Bool = false, raisedAt: Instant?, now: Instant, as principal: Principal) {
            self.meeting = meeting
            self.dryRun = dryRun
            self.raisedAt = raisedAt
            self.now = now
            self.principal = principal
        }
    }

    /// What an import did (or, in a dry run, would do).
    public struct ImportSummary: Hashable, Sendable {
        /// How many problems it filed.
        public var count: Int
        /// The number of the first and of the last, nil when there were none: the problems
        /// of one import have consecutive numbers, in the file's order.
        public var first: Int64?
        /// The number of the last problem filed.
        public var last: Int64?
        /// Whether nothing was written.
        public var dryRun: Bool

        /// Makes a summary.
        public init(count: Int, first: Int64?, last: Int64?, dryRun: Bool) {
            self.count = count
            self.first = first
            self.last = last
            self.dryRun = dryRun
        }
    }

    /// How many rows pass between two calls of an import's progress closure.
    public static let importProgressInterval = 1024

    /// Files every row of the CSV `reader` gives, all or nothing, in one transaction.
    ///
    /// The first record is the header (``ImportHeader``). Each row becomes a problem with its
    /// `file` event at its `raised_at`; a row with a `unit` is then assigned to it at the same
    /// time, with `due` as its deadline. A `group` is an existing group's number, or a title:
    /// the existing group with the same folded title, else a new group made in the same
    /// transaction. Names resolve as everywhere else, each distinct name once.
    ///
    /// While it runs the connection's page cache is made large, so that a big file is
    /// written once, at the commit, rather than spilled page by page.
    ///
    /// - Parameter progress: called with the number of rows filed so far, every
    ///   ``importProgressInterval`` rows.
    /// - Throws: ``ImportError`` naming the line and the column of the first fault (the file's
    ///   content); `RegisterError.notFound` for a `meeting` the register does not have; what
    ///   the reader throws when the file cannot be read. Nothing is written then.
    public func importProblems(from reader: inout CSVReader, options: ImportOptions,
                               progress: (Int) -> Void = { _ in }) throws -> ImportSummary {
        let header: ImportHeader
        do {
            guard let record = try reader.next() else {
                throw ImportError.emptyFile
            }
            header = try ImportHeader(record)
        } catch let error as CSVError {
            // No header yet to name the column by: its position says where.
            throw ImportError(error, column: "\(error.column)")
        }

        // A larger page cache, so that fewer pages are spilt before the commit — within the
        // 50 MB any docket command may take — and statement journals in memory rather than in
        // temporary files. Both go back to SQLite's defaults, which docket keeps otherwise.
        try database.execute("PRAGMA cache_size = -24576; PRAGMA temp_store = MEMORY")
        defer {
            try? database.execute("PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT")
        }

        let summary = try write { transaction in
            // Checked at the commit rather than statement by statement, so that no statement
            // needs a journal of its own (see `insert`); every reference is checked before
            // it is written anyway. The setting ends with the transaction.
            try database.execute("PRAGMA defer_foreign_keys = ON")
            let summary = try importRows(from: &reader, header: header, options: options, in: transaction, progress: progress)
            if let first = summary.first { try countInTally(problemsFrom: first) }
            // A dry run does all the work and keeps none of it.
            if options.dryRun { transaction.rollBackAtEnd() }
            return summary
        }
        if !options.dryRun && summary.count >= Register.importCheckpointThreshold { emptyTheLog() }
        return summary
    }

    /// Files the rows after the header, inside the import's transaction, and returns the summary.
    private func importRows(from reader: inout CSVReader, header: ImportHeader, options: ImportOptions,
                            in store: SQLiteStoreTransaction, progress: (Int) -> Void) throws -> ImportSummary {
        var batch = ImportBatch(store: store, options: options, workflow: try currentWorkflow())
        let meetingDay = try options.meeting.map(store.meetingDay)
        let raisedAt = try store.raisedAt(options.raisedAt, meeting: meetingDay)
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch let error as CSVError {
                throw ImportError(error, column: header.name(ofField: error.column))
            }
            guard let row = try header.row(record, in: timeZone, now: options.now,
                                           defaultRaisedAt: raisedAt) else { continue }
            do {
                try meetingDay?.check(row.raisedAt)
            } catch {
                throw RegisterError.importRow(line: row.line, column: ImportColumn.raisedAt.name, fault: .register(error))
            }
            try batch.file(row)
            if batch.count % Register.importProgressInterval == 0 { progress(batch.count) }
        }
        try batch.flush()
        return ImportSummary(count: batch.count, first: batch.first, last: batch.last, dryRun: options.dryRun)
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
