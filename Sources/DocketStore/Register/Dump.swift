import DocketCore

/// docket's dump: the whole register as JSON Lines, which `restore` reads back into a new one.
///
/// The first line names the format and its version:
///
///     {"format":"docket-dump","version":1,"schema":12,"time_zone":"Asia/Ho_Chi_Minh","dumped_at":"…"}
///
/// then one record a line, each an object with its `kind` and the fields of one row — settings,
/// workflows, localities, units and their changes, categories, calendar days, meetings, groups,
/// tokens, problems, events, corrections, places — in that order, each kind by number; the last
/// line counts them: `{"kind":"end","records":N}`, so that a dump cut short is told from a whole
/// one. Numbers, names, recorded times (seconds since 1970, UTC) and tokens' hashes (hexadecimal)
/// are kept as they are: a restored register is the same register. What the store derives —
/// the standing counts of the weekly report, the search index — is not dumped but rebuilt; the
/// server's Idempotency-Key answers (kept 24 hours for retries) are not dumped.
public enum Dump {
    /// The name of the format, on the first line.
    public static let format = "docket-dump"
    /// The version of the format this docket writes, and the newest it reads.
    public static let version = 1

    /// One kind of record: the table it is a row of and the columns it holds, each a field
    /// of the same name — but for a column named `kind` (a locality's, a unit's), which is the
    /// field `type`, as `kind` names the record.
    struct Kind {
        /// The record's `kind`.
        let name: String
        let table: String
        let columns: [String]
        /// The record's fields, in the order of ``columns``.
        var fields: [String] { columns.map { $0 == "kind" ? "type" : $0 } }
        /// The fields that hold bytes, written in hexadecimal.
        var bytes: Set<String> = []
        /// What orders the rows: the primary key.
        var order = "id"
    }

    /// Every kind of record, in the order a dump writes them: each after those it refers to.
    static let kinds: [Kind] = [
        Kind(name: "setting", table: "setting", columns: ["key", "value"], order: "key"),
        Kind(name: "workflow", table: "workflow", columns: ["id", "name", "version", "definition", "installed_at"]),
        Kind(name: "locality", table: "locality",
             columns: ["id", "code", "name", "kind", "key", "parent_id", "province_id", "merged_from", "created_at"]),
        Kind(name: "unit", table: "unit", columns: ["id", "code", "name", "key", "kind", "parent_id", "created_at"]),
        Kind(name: "unit_change", table: "unit_change",
             columns: ["id", "unit_id", "at", "recorded_at", "actor", "field", "old_value", "new_value"]),
        Kind(name: "category", table: "category",
             columns: ["id", "code", "name", "key", "code_key", "description", "created_at", "actor"]),
        Kind(name: "calendar", table: "calendar", columns: ["date", "name", "working", "source", "created_at", "actor"],
             order: "date"),
        Kind(name: "meeting", table: "meeting",
             columns: ["id", "locality_id", "held_on", "title", "lead", "notes", "created_at", "recorded_at", "actor"]),
        Kind(name: "group", table: "problem_group", columns: ["id", "title", "created_at", "recorded_at", "actor"]),
        Kind(name: "token", table: "token",
             columns: ["id", "name", "role", "unit_id", "locality_id", "secret_hash", "created_at", "revoked_at"],
             bytes: ["secret_hash"]),
        Kind(name: "problem", table: "problem",
             columns: ["id", "title", "description", "recommendation", "category", "category_key", "locality_id",
                      "province_id", "meeting_id", "group_id", "state", "unit_id", "escalated_to_id", "due",
                      "raised_at", "resolved_at", "resolution", "updated_at", "recorded_at"]),
        Kind(name: "event", table: "event",
             columns: ["id", "problem_id", "at", "recorded_at", "actor", "action", "from_state", "to_state", "unit_id",
                      "escalated_to_id", "due", "note"]),
        Kind(name: "correction", table: "correction",
             columns: ["id", "event_id", "problem_id", "at", "field", "old_value", "new_value"]),
        Kind(name: "place", table: "problem_place", columns: ["problem_id", "lat", "long"], order: "problem_id"),
    ]

    /// The tables a dump leaves out, and why: what the store rebuilds, and what is kept only
    /// for a day.
    static let derivedTables: Set<String> = ["tally", "search", "idempotency"]

    /// The kind of the last line.
    static let end = "end"

    /// A row's value as the dump writes it: a number, a string, null; bytes in hexadecimal.
    static func json(_ value: SQLValue) -> JSONValue {
        switch value {
        case .null: .null
        case .integer(let number): .integer(Int(number))
        case .real(let number): .number(number)
        case .text(let text): .string(text)
        case .blob(let bytes): .string(Hex.encode(bytes))
        }
    }

    /// The value of field `field` of a `kind` record as the store keeps it; nil when the dump
    /// cannot hold such a value there.
    static func sqlValue(_ value: JSONValue, field: String, of kind: Kind) -> SQLValue? {
        switch value {
        case .null: return .null
        case .integer(let number): return kind.bytes.contains(field) ? nil : .integer(Int64(number))
        case .number(let number): return kind.bytes.contains(field) ? nil : .real(number)
        case .string(let text):
            guard kind.bytes.contains(field) else { return .text(text) }
            return Hex.decode(text).map(SQLValue.blob)
        case .bool, .array, .object: return nil
        }
    }
}

/// Bytes as lower-case hexadecimal, and back.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes `text` spells in hexadecimal (either case); nil when it does not.
    static func decode(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }
}
