internal import CSQLite
import Glibc
import Synchronization

/// One connection to an SQLite database file.
///
/// Opens with the settings DESIGN.md asks of every connection — foreign keys on, a busy
/// timeout, `synchronous=FULL` — and keeps prepared statements for reuse. One owner holds the
/// C handle and closes it in `deinit`; not `Sendable`: a connection is confined to its owner.
public final class Database {
    let handle: OpaquePointer
    /// The file this connection is open on.
    public let path: String
    private var cache: [String: Statement] = [:]
    private var rankRegistered = false

    /// How a connection opens its file.
    public enum OpenMode: Sendable {
        /// Read and write an existing file; never create one.
        case readWrite
        /// Read and write, creating the file when it does not exist.
        case readWriteCreate
        /// Read only.
        case readOnly
    }

    /// How long, in milliseconds, a connection waits for another's lock by default: over the
    /// contract's 10 seconds before a command gives up with exit 75.
    public static let defaultBusyTimeout: Int32 = 12_000

    /// Opens the database at `path`.
    ///
    /// - Parameter busyTimeout: how long, in milliseconds, to wait for another connection's
    ///   lock before giving up with `SQLITE_BUSY`.
    public init(path: String, mode: OpenMode, busyTimeout: Int32 = Database.defaultBusyTimeout) throws(SQLiteError) {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(handle)
            throw SQLiteError(code: code, message: message)
        }
        self.handle = handle
        self.path = path
        Database.waitWhenBusy(handle, milliseconds: busyTimeout)
        _ = docket_sqlite_strict_quotes(handle)
        // foreign_keys does nothing inside a transaction: it is set here, as the connection opens.
        _ = docket_sqlite_enable_foreign_keys(handle)
        // A commit must survive a power cut. FULL is what most builds of SQLite (Debian's
        // among them) already do in WAL mode; the PRAGMA is compiled only where it is not.
        if !Database.synchronousIsFullByDefault {
            try execute("PRAGMA synchronous = FULL")
        }
    }

    /// Whether this build of SQLite syncs every commit (synchronous=FULL) without being told.
    static let synchronousIsFullByDefault =
        sqlite3_compileoption_used("DEFAULT_SYNCHRONOUS=2") == 1
        && (sqlite3_compileoption_used("DEFAULT_WAL_SYNCHRONOUS=2") == 1
            || sqlite3_compileoption_used("DEFAULT_WAL_SYNCHRONOUS") == 0)

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements that take no parameters and return no rows.
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Prepares a statement that the caller owns.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A statement prepared once per connection and reused: for the SQL that runs again and again.
    public func cached(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = cache[sql] { return statement }
        let statement = try Statement(database: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// Runs `sql` with `values` and returns the first column of its first row as an integer.
    public func scalar(_ sql: String, _ values: any SQLValueConvertible...) throws -> Int64? {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return statement.optionalInt64(0)
    }

    /// Runs `sql` with `values` and returns the first column of its first row as text.
    public func scalarText(_ sql: String, _ values: any SQLValueConvertible...) throws -> String? {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        return statement.optionalText(0)
    }

    /// Runs `sql` once with `values`, to its end.
    public func run(_ sql: String, _ values: any SQLValueConvertible...) throws(SQLiteError) {
        let statement = try cached(sql)
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// Makes `docket_rank(search, weights…)` — BM25 per column without the inverse document
    /// frequency, which costs a read of every row that holds each term (see shim.h) —
    /// available to this connection's full-text queries. Done once, when first needed.
    public func registerSearchRanking() throws(SQLiteError) {
        guard !rankRegistered else { return }
        let code = docket_register_rank(handle)
        guard code == SQLITE_OK else { throw error(code: code, sql: "SELECT fts5(?1)") }
        rankRegistered = true
    }

    /// Sets how long, in milliseconds, this connection waits for another's lock before
    /// giving up with `SQLITE_BUSY`.
    public func setBusyTimeout(_ milliseconds: Int32) {
        Database.waitWhenBusy(handle, milliseconds: milliseconds)
    }

    /// How many times, in this process, a statement found the register locked by another
    /// connection and had to wait for it (whether or not the wait then succeeded): the
    /// server's "busy waits".
    public static var busyWaits: Int { busyWaitCount.load(ordering: .relaxed) }
    private static let busyWaitCount = Atomic<Int>(0)

    /// SQLite's own busy timeout, waited the way `sqlite3_busy_timeout` waits (its steps of 1
    /// to 100 ms), and counted in ``busyWaits`` at its first step.
    private static func waitWhenBusy(_ handle: OpaquePointer, milliseconds: Int32) {
        guard milliseconds > 0 else {
            sqlite3_busy_handler(handle, nil, nil)
            return
        }
        sqlite3_busy_handler(handle, { context, count in
            let limit = Int(bitPattern: context)
            if count == 0 { Database.busyWaitCount.add(1, ordering: .relaxed) }
            let steps: [Int] = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100]
            let index = Int(count)
            let waited = index < steps.count ? steps[..<index].reduce(0, +) : 328 + (index - steps.count) * 100
            let step = index < steps.count ? steps[index] : 100
            guard waited < limit else { return 0 }
            usleep(UInt32(min(step, limit - waited)) * 1000)
            return 1
        }, UnsafeMutableRawPointer(bitPattern: Int(milliseconds)))
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// How many rows the last INSERT, UPDATE or DELETE on this connection changed.
    public var changedRowCount: Int { Int(sqlite3_changes64(handle)) }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    func error(code: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        // The connection's last error may belong to an earlier call when `code` came from
        // elsewhere (sqlite3_reset returns the step's code); prefer the code we were given.
        let chosen = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return SQLiteError(code: chosen, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

@available(*, unavailable, message: "a connection and its statements belong to one thread")
extension Database: Sendable {}
