internal import CSQLite
import DocketCore
import DocketRegister
import DocketWorkflow

/// A docket register: one SQLite file holding the localities, units, meetings, groups and
/// problems with their histories. The one narrow interface through which everything reaches
/// the store; no SQL leaves this module.
///
/// Every change runs in one `BEGIN IMMEDIATE` transaction that rolls back on a throw, so a
/// refused command leaves the register exactly as it was, and two writers wait for each other.
/// Not `Sendable`: a register owns one connection, used by one thread at a time; a server
/// shares registers through a ``RegisterPool``, which confines each to a thread of its own.
public final class Register {
    let database: Database
    /// The path of the register's file.
    public let path: String
    /// The register's time zone: `--at`, `--due` and `--week` are read in it, instants printed in it.
    public let timeZone: TimeZoneRules
    /// Where "now" comes from: the recorded time of every change.
    let clock: @Sendable () -> Instant
    /// The workflow in force, read from the register when first needed.
    var loadedWorkflow: Workflow?
    /// The history columns of a problem read, made from ``loadedWorkflow`` when first needed
    /// (``problemTexts()``).
    var loadedProblemTexts: (sql: String, values: [any SQLValueConvertible])?
    /// The transaction under way on the connection, while there is one.
    private var current: Transaction?
    /// The full-text index writes of the operations of a ``batch(_:)`` under way, made at its
    /// end (``writeSearch(_:)``); nil outside a batch.
    var heldSearchWrites: [SearchWrite]?

    private init(database: Database, path: String, timeZone: TimeZoneRules,
                 clock: @escaping @Sendable () -> Instant) {
        self.database = database
        self.path = path
        self.timeZone = timeZone
        self.clock = clock
    }

    /// Opens the register at `path`, refusing to make one: a missing file, a directory, another
    /// program's database or a damaged one is refused and left untouched. An older register is
    /// upgraded in place.
    public static func open(at path: String, clock: @escaping @Sendable () -> Instant = Instant.now) throws -> Register {
        switch RegisterFile.inspect(path) {
        case .missing: throw RegisterError.missing(path: path)
        case .empty: throw RegisterError.notARegister(path: path, reason: .empty)
        case .foreign(let reason): throw RegisterError.notARegister(path: path, reason: reason)
        case .noAccess: throw RegisterError.noAccess(path: path)
        case .database: break
        }
        return try openInspected(at: path, clock: clock)
    }

    /// Opens the register at `path`, already inspected by ``open(at:clock:)`` in this process.
    ///
    /// A process that has the register open must not inspect it again: the inspection opens
    /// and closes a descriptor of the file, and closing any descriptor of a file drops every
    /// POSIX lock the process holds on it — its SQLite connections' too. Another process may
    /// then take the exclusive lock, believe itself the last user of the write-ahead log, and
    /// delete it under the connections still writing to it (their commits lost to everyone
    /// else). So a pool inspects once, and opens its other connections with this.
    static func openInspected(at path: String, clock: @escaping @Sendable () -> Instant) throws -> Register {
        let database = try connect(path)
        return try attach(database, path: path, clock: clock)
    }

    /// Lets this connection keep up to `mebibytes` of the register's pages in its cache, where
    /// SQLite's default is 2 MiB: a server's reader asked for a unit's desk reads a thousand
    /// problems spread over the file, and its writer touches the rows and index pages of
    /// problems anywhere in it; with the default they would read most of those from the
    /// operating system again for every request. The cache fills only as pages are read; a
    /// command that runs once keeps SQLite's default.
    func keepPagesCached(mebibytes: Int) throws {
        try setPragma("cache_size = " + String(-1024 * mebibytes))
    }

    /// Lets this connection's commits grow the write-ahead log to `pages` pages before one of
    /// them copies it back into the file (SQLite's default: 1,000). A server's writer commits
    /// many small changes to pages all over the file — a problem's row, its index entries,
    /// its search document — and rewrites the same inner pages in most of them: a longer log
    /// copies each such page back once for many commits, and syncs the file less often.
    func checkpointEvery(pages: Int) throws {
        try setPragma("wal_autocheckpoint = " + String(pages))
    }

    /// Runs `PRAGMA setting` (a name, `=` and a number docket chose) on this connection.
    private func setPragma(_ setting: String) throws {
        do { try database.execute("PRAGMA " + setting) } catch { throw Register.translate(error, path: path) }
    }

    /// A number that changes whenever another connection (the pool's writer, another process)
    /// has committed a change to the register since this connection last asked: SQLite's
    /// `PRAGMA data_version`. A connection's own commits do not change it.
    func dataVersion() throws -> Int64 {
        do { return try database.scalar("PRAGMA data_version") ?? 0 } catch { throw Register.translate(error, path: path) }
    }

    /// What `init` did.
    public enum Initialization: Sendable {
        /// It made a new register.
        case created
        /// A register was already there, and it was left as it was.
        case existing
    }

    /// Makes a register at `path` — or, when one is already there, opens it and changes nothing.
    /// An empty file becomes a register; anything else that is not a register is refused.
    ///
    /// - Parameters:
    ///   - timeZone: the register's time zone, set once; nil keeps an existing register's, or
    ///     gives a new one `Asia/Ho_Chi_Minh`. A different zone on an existing register is refused.
    ///   - at: when the register was made, in the world.
    ///   - mode: the permissions of a new register's file (its log and shared-memory files
    ///     take the same); by default its owner's alone. An existing file keeps its own.
    public static func initialize(at path: String, timeZone: TimeZoneRules?, at instant: Instant, mode: UInt32 = 0o600,
                                  clock: @escaping @Sendable () -> Instant = Instant.now) throws -> (Register, Initialization) {
        let (register, outcome) = try openOrMake(at: path, timeZone: timeZone ?? .hoChiMinh, at: instant, mode: mode, clock: clock)
        // A time zone is set once: asking an existing register for another is refused.
        if outcome == .existing, let timeZone, timeZone.identifier != register.timeZone.identifier {
            throw RegisterError.timeZoneMismatch(existing: register.timeZone.identifier, requested: timeZone.identifier)
        }
        return (register, outcome)
    }

    private static func openOrMake(at path: String, timeZone: TimeZoneRules, at instant: Instant, mode: UInt32,
                                   clock: @escaping @Sendable () -> Instant) throws -> (Register, Initialization) {
        switch RegisterFile.inspect(path) {
        case .foreign(let reason): throw RegisterError.notARegister(path: path, reason: reason)
        case .noAccess: throw RegisterError.noAccess(path: path)
        case .database: return (try open(at: path, clock: clock), .existing)
        case .missing: _ = try RegisterFile.createPrivate(path, mode: mode)
        case .empty: break
        }
        let database = try connect(path)
        let made: Bool
        do {
            // WAL is a property of the file: set once, outside any transaction, it stays.
            try database.execute("PRAGMA journal_mode = WAL")
            made = try database.transaction(.immediate) { _ in
                // Another `init` may have made it while this one waited for the lock.
                guard try database.scalar("PRAGMA user_version") == 0 else { return false }
                try database.execute(Schema.sql)
                try seed(database, timeZone: timeZone, at: instant, recordedAt: clock())
                return true
            }
        } catch let error as SQLiteError {
            throw translate(error, path: path)
        }
        return (try attach(database, path: path, clock: clock), made ? .created : .existing)
    }

    private static func connect(_ path: String) throws -> Database {
        do {
            return try Database(path: path, mode: .readWrite)
        } catch {
            throw translate(error, path: path)
        }
    }

    /// Checks that `database` is a docket register this docket can read, upgrades it when it is
    /// older, and reads its settings.
    static func attach(_ database: Database, path: String,
                               clock: @escaping @Sendable () -> Instant) throws -> Register {
        do {
            // One statement reads the header's marks and the time zone; a database without a
            // `setting` table cannot compile it, and is then told apart by its marks alone.
            let marks = "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)"
            let statement = try (try? database.prepare(marks + ", (SELECT value FROM setting WHERE key = 'timezone')"))
                ?? database.prepare(marks + ", NULL")
            guard try statement.step() else { throw RegisterError.notARegister(path: path, reason: .unreadable(errno: nil)) }
            let applicationID = statement.int64(0)
            let version = Int(statement.int64(1))
            var zoneName = statement.optionalText(2)
            statement.reset()
            guard applicationID == Schema.applicationID else {
                throw RegisterError.notARegister(path: path, reason: .otherProgram)
            }
            guard version <= Schema.version else {
                throw RegisterError.newerSchema(path: path, version: version)
            }
            if version < Schema.version {
                try Schema.migrator.upgrade(database)
                zoneName = try database.scalarText("SELECT value FROM setting WHERE key = 'timezone'")
            }
            guard let zoneName else {
                throw RegisterError.notARegister(path: path, reason: .noTimeZone)
            }
            let zone: TimeZoneRules
            do {
                zone = try TimeZoneRules.named(zoneName)
            } catch {
                throw RegisterError.unknownTimeZone(name: zoneName)
            }
            return Register(database: database, path: path, timeZone: zone, clock: clock)
        } catch let error as SQLiteError {
            throw translate(error, path: path)
        }
    }

    /// Turns the SQLite errors a user can meet into the register's own.
    static func translate(_ error: any Error, path: String) -> any Error {
        guard let error = error as? SQLiteError else { return error }
        if error.isBusy { return RegisterError.busy(path: path) }
        if error.isNotADatabase {
            return RegisterError.notARegister(path: path, reason: .damaged(message: error.message))
        }
        // A plain SQLITE_READONLY is a write refused; its other forms, and SQLITE_CANTOPEN,
        // are a log or shared-memory file this user may not open.
        if error.extendedCode == SQLITE_READONLY { return RegisterError.readOnly(path: path) }
        if error.isReadOnly { return RegisterError.noAccess(path: path) }
        return RegisterError.storage(error.fault)
    }

    /// Runs `body` as one write transaction, taking the write lock first and handing it the
    /// transaction: all of it is committed, or — when it throws, or asks with
    /// `rollBackAtEnd()` — none of it. Inside a ``batch(_:)`` it is a savepoint of the
    /// batch's transaction instead: undone alone when it throws, committed with the batch.
    func write<T>(_ body: (SQLiteStoreTransaction) throws -> T) throws -> T {
        if let outer = current {
            precondition(outer.kind == .immediate, "a write cannot start inside a read")
            // What the savepoint undoes, it undoes of the index writes held for the batch too.
            let held = heldSearchWrites?.count ?? 0
            do {
                return try database.savepoint { transaction in
                    current = transaction
                    defer {
                        current = outer
                        if transaction.rollsBack { heldSearchWrites?.removeSubrange(held...) }
                    }
                    return try body(SQLiteStoreTransaction(register: self, transaction: transaction))
                }
            } catch {
                heldSearchWrites?.removeSubrange(held...)
                throw Register.translate(error, path: path)
            }
        }
        do {
            return try database.transaction(.immediate) { transaction in
                current = transaction
                defer { current = nil }
                return try body(SQLiteStoreTransaction(register: self, transaction: transaction))
            }
        } catch {
            throw Register.translate(error, path: path)
        }
    }

    /// Runs `body` on one read snapshot, so that everything it reads agrees; inside a
    /// transaction already under way, on that one.
    func read<T>(_ body: (SQLiteStoreTransaction) throws -> T) throws -> T {
        if let current { return try body(SQLiteStoreTransaction(register: self, transaction: current)) }
        do {
            return try database.transaction(.deferred) { transaction in
                current = transaction
                defer { current = nil }
                return try body(SQLiteStoreTransaction(register: self, transaction: transaction))
            }
        } catch {
            throw Register.translate(error, path: path)
        }
    }

    /// Runs `operation` — one of the register's operations, written `async` over the store
    /// protocol — as one write transaction (``write(_:)``), to its end on this thread.
    func writeOperation<T>(_ operation: (SQLiteStoreTransaction) async throws -> T) throws -> T {
        try write { store in try synchronously { try await operation(store) } }
    }

    /// Runs `operation` — one of the register's operations, written `async` over the store
    /// protocol — on one read snapshot (``read(_:)``), to its end on this thread.
    func readOperation<T>(_ operation: (SQLiteStoreTransaction) async throws -> T) throws -> T {
        try read { store in try synchronously { try await operation(store) } }
    }

    /// Runs `body` as one transaction in which every operation of the register is a savepoint:
    /// a group commit. An operation that throws is undone alone and the others stand; all
    /// that stood are committed together, durably, when `body` returns. The write lock is
    /// taken first, so the batch waits for another process's writer as any write does.
    ///
    /// The batch's writes to the full-text index are made after its last operation, together
    /// (``writeSearch(_:)``).
    public func batch<T>(_ body: () throws -> T) throws -> T {
        // Inside a batch, a batch is one of its operations: a savepoint.
        if current != nil { return try write { _ in try body() } }
        return try write { _ in
            heldSearchWrites = []
            defer { heldSearchWrites = nil }
            let result = try body()
            try performHeldSearchWrites()
            return result
        }
    }

    /// Whether the transaction of a ``batch(_:)`` is still under way: false once SQLite has
    /// rolled all of it back itself (a full disk, an I/O error), so that what its operations
    /// did before is gone too.
    public var batchIsIntact: Bool { database.isInTransaction }

    /// Runs `body` on one read snapshot of the register: every read it makes (pages of a list
    /// among them) sees the register as it stood when the first began, whatever is written
    /// meanwhile — an export of many pages is of one moment.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try read { _ in try body() }
    }

    /// Whether `other` names the register's file (or its WAL, shared-memory or journal file):
    /// nothing docket writes may be the register itself.
    public func isOwnFile(_ other: String) -> Bool {
        let own = [path, path + "-wal", path + "-shm", path + "-journal"]
        // By name too: a new file named like the register's WAL or shared memory would be
        // taken for it by the next connection, though it is not there yet.
        if let target = RegisterFile.canonical(other),
           own.contains(where: { RegisterFile.canonical($0) == target }) {
            return true
        }
        guard let target = RegisterFile.identity(other) else { return false }
        return own.contains { RegisterFile.identity($0).map { $0 == target } ?? false }
    }
}

@available(*, unavailable, message: "a register's connection belongs to one thread: share a RegisterPool")
extension Register: Sendable {}

extension Register {
    /// Copies everything in the write-ahead log into the database file and empties the log,
    /// so the next process to open the register has no log to read: for after a bulk load.
    public func checkpoint() throws {
        do {
            try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        } catch {
            throw Register.translate(error, path: path)
        }
    }
}

extension Register {
    /// Runs `body` as one write transaction (`write`), handing it the transaction as the store
    /// protocol sees it: what the register contract suite drives, over this store as over any.
    package func transaction<T>(_ body: (any RegisterTransaction) async throws -> T) throws -> T {
        try writeOperation { store in try await body(store) }
    }

    /// Runs `body` on one read snapshot, as the store protocol's reads (the register contract
    /// suite's).
    package func reportSnapshot<T>(_ body: (any ReportSource) async throws -> T) throws -> T {
        try readOperation { store in try await body(store) }
    }
}
