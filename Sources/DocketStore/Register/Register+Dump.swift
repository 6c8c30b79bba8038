import DocketCore
import DocketRegister
import Glibc

extension Register {
    /// Hands `body` the register's ``Dump`` as a cursor over its records, all read from one
    /// snapshot: what others write meanwhile is wholly in it or not at all.
    public func dump<T>(_ body: (DumpCursor) throws -> T) throws -> T {
        try read { _ in
            try body(DumpCursor(register: self))
        }
    }

    /// What a restore made.
    public struct Restored: Sendable, Equatable {
        /// How many records the dump held, its first and last lines aside.
        public var records: Int
        /// How many of them were problems, and how many events.
        public var problems: Int
        public var events: Int
    }

    /// Makes a new register at `path` from the records of a ``Dump`` that `next` gives one at a
    /// time (nil at the end), the line naming the format first; in constant memory, whatever
    /// the dump's size.
    ///
    /// All or nothing: the register is written under a temporary name beside `path` in one
    /// transaction, then its standing counts and search index are rebuilt from what was
    /// restored and every reference checked, and only then is it renamed to `path`. A dump
    /// that is refused, a failure or a kill leaves nothing at `path`.
    ///
    /// - Parameters:
    ///   - mode: the new file's permissions, by default its owner's alone.
    ///   - progress: called after each record with how many are restored.
    /// - Throws: ``RegisterError/restoreTargetExists(path:)`` when anything is at `path`;
    ///   ``RegisterError/badDump(line:fault:)`` for a dump that does not read back whole;
    ///   what `next` throws, as it is.
    public static func restore(at path: String, mode: UInt32 = 0o600, progress: (Int) -> Void = { _ in },
                               from next: () throws -> JSONValue?) throws -> Restored {
        guard case .missing = RegisterFile.inspect(path) else { throw RegisterError.restoreTargetExists(path: path) }
        // The first line is read before anything is made: a file that is not a dump makes nothing.
        guard let header = try next() else { throw RegisterError.badDump(line: 1, fault: .empty) }
        guard header.member("format")?.stringValue == Dump.format, let version = header.member("version")?.integerValue else {
            throw RegisterError.badDump(line: 1, fault: .notADump)
        }
        guard version <= Dump.version else { throw RegisterError.badDump(line: 1, fault: .newerVersion(version)) }
        var restored = Restored(records: 0, problems: 0, events: 0)
        do {
            try AtomicFile.write(path, mode: mode, ignoringUmask: true) { temporary, _ in
                defer { for suffix in ["-wal", "-shm", "-journal"] { unlink(temporary + suffix) } }
                restored = try restoreRecords(into: temporary, progress: progress, from: next)
            }
        } catch let error as IOError {
            throw RegisterError.cannotWrite(path: path, reason: .system(errno: error.code))
        } catch let error as SQLiteError {
            throw translate(error, path: path)
        }
        return restored
    }

    /// Writes the records after the first line into the empty file at `temporary`, as
    /// ``restore(at:mode:progress:from:)`` says.
    private static func restoreRecords(into temporary: String, progress: (Int) -> Void,
                                       from next: () throws -> JSONValue?) throws -> Restored {
        let database = try Database(path: temporary, mode: .readWrite)
        // The file is thrown away unless whole: no journal is needed while it is written.
        try database.execute("PRAGMA journal_mode = OFF")
        try database.execute(Schema.sql)
        var restored = Restored(records: 0, problems: 0, events: 0)
        try database.transaction(.immediate) { _ in
            // References are checked once everything is in, and named then (`checkReferences`).
            try database.execute("PRAGMA defer_foreign_keys = ON")
            let kinds: [String: (Dump.Kind, [String])] = Dictionary(uniqueKeysWithValues: Dump.kinds.map { ($0.name, ($0, $0.fields)) })
            var inserts: [String: Statement] = [:]
            var line = 1
            var counted: Int?
            while let record = try next() {
                line += 1
                guard counted == nil else { throw RegisterError.badDump(line: line, fault: .afterEnd) }
                guard let members = record.objectMembers else { throw RegisterError.badDump(line: line, fault: .notJSON) }
                let name = record.member("kind")?.stringValue
                if name == Dump.end, let count = record.member("records")?.integerValue {
                    counted = count
                    continue
                }
                guard let name, let (kind, fields) = kinds[name] else {
                    throw RegisterError.badDump(line: line, fault: .unknownKind(name))
                }
                let insert: Statement
                if let prepared = inserts[name] {
                    insert = prepared
                } else {
                    insert = try database.prepare("INSERT INTO " + kind.table + " (" + kind.columns.joined(separator: ", ")
                        + ") VALUES (" + kind.columns.map { _ in "?" }.joined(separator: ", ") + ")")
                    inserts[name] = insert
                }
                try insert.bind([any SQLValueConvertible](repeating: SQLValue.null, count: fields.count))
                for (field, value) in members where field != "kind" {
                    guard let index = fields.firstIndex(of: field) else {
                        throw RegisterError.badDump(line: line, fault: .unknownField(kind: name, field: field))
                    }
                    guard let value = Dump.sqlValue(value, field: field, of: kind) else {
                        throw RegisterError.badDump(line: line, fault: .wrongValue(kind: name, field: field))
                    }
                    try insert.bind(value, at: Int32(index + 1))
                }
                do {
                    try insert.execute()
                } catch let error as SQLiteError where error.isRefusedRow {
                    throw RegisterError.badDump(line: line, fault: .rejected(kind: name, message: error.message))
                }
                restored.records += 1
                if name == "problem" { restored.problems += 1 }
                if name == "event" { restored.events += 1 }
                progress(restored.records)
            }
            guard let counted else { throw RegisterError.badDump(line: nil, fault: .cutShort) }
            guard counted == restored.records else {
                throw RegisterError.badDump(line: nil, fault: .wrongCount(expected: counted, found: restored.records))
            }
            try checkReferences(database)
            let register = try attach(database, path: temporary, clock: Instant.now)
            try register.countInTally(problemsFrom: 1)
            try register.indexEveryProblem()
        }
        // WAL, as every register has, set in the file's header once the file is whole.
        try database.execute("PRAGMA journal_mode = WAL")
        return restored
    }

    /// Refuses a restored register whose records refer to ones it does not hold, naming the
    /// first such record and field.
    private static func checkReferences(_ database: Database) throws {
        let statement = try database.prepare("""
            SELECT c."table", c.fkid, i."from" FROM pragma_foreign_key_check AS c
            JOIN pragma_foreign_key_list(c."table") AS i ON i.id = c.fkid LIMIT 1
            """)
        guard let (table, field) = try statement.first(transform: { ($0.text(0), $0.text(2)) }) else { return }
        let kind = Dump.kinds.first { $0.table == table }?.name ?? table
        throw RegisterError.badDump(line: nil, fault: .danglingReference(kind: kind, field: field))
    }

    /// Writes every problem's document in the search index, as its row and history give it
    /// (``searchIndexCheck()`` is what it must agree with), a batch at a time (see `index(_:)`).
    private func indexEveryProblem() throws {
        let names = SearchNamesMemo()
        let notes = try database.prepare("""
            SELECT note FROM event WHERE problem_id = ? AND note IS NOT NULL AND note <> '' ORDER BY at, id
            """)
        var documents: [SearchDocument] = []
        try database.prepare("SELECT id, title, description, recommendation, locality_id, unit_id FROM problem ORDER BY id")
            .forEachRow { row in
                let id = row.int64(0)
                documents.append(SearchDocument(
                    id: id, title: row.text(1), description: row.optionalText(2), recommendation: row.optionalText(3),
                    notes: try notes.map(id) { $0.optionalText(0) },
                    names: try names.names(locality: row.int64(4), owner: row.optionalInt64(5), read: searchNames)))
                if documents.count == 8192 {
                    for document in documents { try index(document) }
                    documents.removeAll(keepingCapacity: true)
                }
            }
        for document in documents { try index(document) }
    }
}

/// The records of a register's ``Dump``, read one at a time from one snapshot: the line naming
/// the format, then every record, then the count of them. Made by ``Register/dump(_:)``, and
/// valid inside its closure only.
///
/// Not `Sendable`: it reads through the register's connection.
public final class DumpCursor {
    private let register: Register
    /// The kinds of record with their fields, in the order they are dumped.
    private let kinds: [(Dump.Kind, [String])] = Dump.kinds.map { ($0, $0.fields) }
    private var kindIndex = -1
    private var statement: Statement?
    /// How many records it has given, the first line aside.
    public private(set) var records = 0
    private var ended = false

    fileprivate init(register: Register) {
        self.register = register
    }

    /// The next record, or nil after the last.
    public func next() throws -> JSONValue? {
        if kindIndex < 0 {
            kindIndex = 0
            let schema = try register.database.scalar("PRAGMA user_version") ?? 0
            return .object([("format", .string(Dump.format)), ("version", .integer(Dump.version)),
                            ("schema", .integer(Int(schema))), ("time_zone", .string(register.timeZone.identifier)),
                            ("dumped_at", .string(register.timeZone.iso8601(register.clock())))])
        }
        while kindIndex < kinds.count {
            let (kind, fields) = kinds[kindIndex]
            let statement = try self.statement ?? register.database.prepare(
                "SELECT " + kind.columns.joined(separator: ", ") + " FROM " + kind.table + " ORDER BY " + kind.order)
            self.statement = statement
            if try statement.step() {
                records += 1
                var members: [(String, JSONValue)] = [("kind", .string(kind.name))]
                for (index, field) in fields.enumerated() {
                    members.append((field, Dump.json(statement.value(Int32(index)))))
                }
                return .object(members)
            }
            self.statement = nil
            kindIndex += 1
        }
        guard !ended else { return nil }
        ended = true
        return .object([("kind", .string(Dump.end)), ("records", .integer(records))])
    }
}

@available(*, unavailable, message: "a dump cursor reads through one connection, on one thread")
extension DumpCursor: Sendable {}
