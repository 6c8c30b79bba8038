internal import CSQLite

/// A prepared SQL statement: bind values, step through rows, read columns, reset, reuse.
///
/// One owner holds the C handle and finalizes it in `deinit`. Not `Sendable`: a statement
/// belongs to its connection, which is confined to one owner.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL this statement was prepared from.
    public let sql: String
    private unowned let database: Database

    init(database: Database, sql: String) throws(SQLiteError) {
        var handle: OpaquePointer?
        let code = sql.withCString { sqlite3_prepare_v3(database.handle, $0, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil) }
        guard code == SQLITE_OK, let handle else {
            throw database.error(code: code, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding

    /// Binds `values` to the parameters in order, after clearing earlier bindings and resetting.
    public func bind(_ values: [any SQLValueConvertible]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        precondition(values.count == Int(sqlite3_bind_parameter_count(handle)),
                     "\(values.count) values for \(sqlite3_bind_parameter_count(handle)) parameters in: \(sql)")
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the parameter at `index` (1-based).
    public func bind(_ value: SQLValue, at index: Int32) throws(SQLiteError) {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let n):
            code = sqlite3_bind_int64(handle, index, n)
        case .real(let x):
            code = sqlite3_bind_double(handle, index, x)
        case .text(let text):
            code = Statement.bindText(text, to: handle, at: index)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                // An empty buffer may have no address, and a NULL pointer would bind SQL NULL.
                guard let base = buffer.baseAddress else { return sqlite3_bind_zeroblob64(handle, index, 0) }
                return sqlite3_bind_blob64(handle, index, base, UInt64(buffer.count), docket_sqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
    }

    /// Binds an integer, or NULL for nil, to the parameter at `index` (1-based): with
    /// ``bind(_:at:)-(String?,_)`` and ``execute()``, the way to run a statement row after row
    /// without building an array of values for each.
    @inline(__always)
    public func bind(_ value: Int64?, at index: Int32) throws(SQLiteError) {
        let code = value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index)
        guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
    }

    /// Binds text, or NULL for nil, to the parameter at `index` (1-based).
    @inline(__always)
    public func bind(_ value: String?, at index: Int32) throws(SQLiteError) {
        let code = value.map { Statement.bindText($0, to: handle, at: index) } ?? sqlite3_bind_null(handle, index)
        guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
    }

    /// Runs the statement with the values bound to it, to its end, and resets it: every
    /// parameter must have been bound since the last run (bindings are kept, not cleared).
    public func execute() throws(SQLiteError) {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Binds text by its UTF-8 bytes and length, so a NUL inside it is kept, and asks SQLite to
    /// copy them (`SQLITE_TRANSIENT`): the Swift buffer does not outlive this call.
    private static func bindText(_ text: String, to handle: OpaquePointer, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            // An empty buffer may have no address, and a NULL pointer would bind SQL NULL.
            guard let base = bytes.baseAddress else {
                return sqlite3_bind_text64(handle, index, "", 0, docket_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(handle, index, $0, UInt64(bytes.count), docket_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    // MARK: Stepping

    /// Advances to the next row: true when there is one, false when the statement is done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Binds `values`, runs the statement to its end and resets it.
    public func run(_ values: any SQLValueConvertible...) throws(SQLiteError) {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Binds `values`, calls `body` for each row, and resets the statement.
    public func forEachRow(_ values: [any SQLValueConvertible] = [], _ body: (Statement) throws -> Void) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        while try step() {
            try body(self)
        }
    }

    /// Binds `values` and maps every row with `transform`.
    public func map<T>(_ values: any SQLValueConvertible..., transform: (Statement) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(values) { result.append(try transform($0)) }
        return result
    }

    /// Binds `values` and maps the first row with `transform`, or returns nil when there is none.
    public func first<T>(_ values: any SQLValueConvertible..., transform: (Statement) throws -> T) throws -> T? {
        try first(bound: values, transform: transform)
    }

    /// Binds the array `values` and maps the first row with `transform`, or returns nil when
    /// there is none: for a query whose values are assembled (a filter, a scope).
    public func first<T>(bound values: [any SQLValueConvertible], transform: (Statement) throws -> T) throws -> T? {
        try bind(values)
        defer { sqlite3_reset(handle) }
        return try step() ? transform(self) : nil
    }

    // MARK: Columns of the current row

    /// Whether column `index` (0-based) of the current row is NULL.
    public func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// Column `index` as an integer (0 when NULL).
    public func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Column `index` as an integer, or nil when NULL.
    public func optionalInt64(_ index: Int32) -> Int64? {
        isNull(index) ? nil : sqlite3_column_int64(handle, index)
    }

    /// Column `index` as a floating-point number (0 when NULL): a search's score.
    public func double(_ index: Int32) -> Double {
        sqlite3_column_double(handle, index)
    }

    /// Column `index` as text ("" when NULL).
    public func text(_ index: Int32) -> String {
        optionalText(index) ?? ""
    }

    /// Column `index` as text, or nil when NULL. Reads by length, so a NUL inside is kept.
    public func optionalText(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Column `index` as bytes, or nil when NULL (a zero-length blob is `[]`).
    public func optionalBlob(_ index: Int32) -> [UInt8]? {
        if isNull(index) { return nil }
        // The pointer first, then the length (as SQLite asks); a zero-length blob has no pointer.
        guard let bytes = sqlite3_column_blob(handle, index) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index))))
    }

    /// Column `index` as bytes (`[]` when NULL).
    public func blob(_ index: Int32) -> [UInt8] {
        optionalBlob(index) ?? []
    }

    /// Column `index` as SQLite stores it, in its own storage class: what a dump writes out
    /// without knowing the column's type.
    public func value(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(int64(index))
        case SQLITE_FLOAT: return .real(double(index))
        case SQLITE_BLOB: return .blob(blob(index))
        default: return .text(text(index))
        }
    }

    /// The number of columns each row has.
    public var columnCount: Int32 { sqlite3_column_count(handle) }
}

@available(*, unavailable, message: "a connection and its statements belong to one thread")
extension Statement: Sendable {}
