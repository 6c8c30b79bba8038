internal import CSQLite
import DocketRegister
import DocketRegister

/// An error SQLite reported: its result code, its message, and the SQL that was running.
///
/// The store turns the ones a user can cause (a busy register, a file that is not a database)
/// into ``RegisterError``s; the rest reach the user as this error's one sentence.
public struct SQLiteError: Error, Sendable, Hashable {
    /// The extended result code (`SQLITE_CONSTRAINT_FOREIGNKEY`, …); its low byte is the primary code.
    public let extendedCode: Int32
    /// SQLite's own words for what went wrong.
    public let message: String
    /// The statement that was running, when there was one.
    public let sql: String?

    /// Makes an error from a result code, a message and the SQL that was running.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.extendedCode = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, …).
    public var code: Int32 { extendedCode & 0xFF }

    /// The database stayed locked by another connection for the whole busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    /// The file is not a database, or is damaged beyond reading.
    public var isNotADatabase: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

    /// A write was refused because the file, its directory or the medium is read-only.
    public var isReadOnly: Bool { code == SQLITE_READONLY || code == SQLITE_CANTOPEN }

    /// A row was refused for what it holds: a constraint (NOT NULL, UNIQUE, CHECK, a trigger's
    /// refusal) or a value of the wrong type for an INTEGER PRIMARY KEY.
    public var isRefusedRow: Bool { code == SQLITE_CONSTRAINT || code == SQLITE_MISMATCH }
}

extension SQLiteError: CustomStringConvertible {
    /// SQLite's message and code, with the SQL when there was one: meant for a developer's eye.
    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " (while running: \(sql))" }
        return text
    }
}

extension SQLiteError {
    /// The error as a store's failure, for the register's callers, who see no SQLite.
    public var fault: StoreFault {
        StoreFault(store: "SQLite", code: String(extendedCode), message: message, statement: sql)
    }
}
