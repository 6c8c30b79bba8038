/// The fields of an Open311 call: its query string's, and for `POST requests` its
/// form-encoded body's (`application/x-www-form-urlencoded`). A name given twice keeps its
/// first value; names docket does not read (`email`, `device_id`, `attribute[…]`) are ignored,
/// as civic clients send them whether or not a server reads them.
struct Open311Fields: Sendable {
    private var values: [String: String] = [:]

    /// The fields of `query` (a URL's query without `?`) and then of `form`, the body; a
    /// field in both keeps the query's value.
    ///
    /// - Throws: ``Open311Refusal/badEncoding`` for a `%` not followed by two hex digits, or
    ///   bytes that are not UTF-8.
    init(query: String?, form: [UInt8] = []) throws(Open311Refusal) {
        for source in [Array((query ?? "").utf8), form] {
            for pair in source.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
                let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
                let name = try Self.decoded(parts[0])
                let value = parts.count > 1 ? try Self.decoded(parts[1]) : ""
                if values[name] == nil { values[name] = value }
            }
        }
    }

    /// The value of `name`, or nil when it is absent or empty (an empty field is one not filled in).
    subscript(_ name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// The comma-separated values of `name`, each trimmed (`status=open,closed`), empty ones dropped.
    func list(_ name: String) -> [String]? {
        self[name].map { $0.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } }
    }

    /// `bytes` with `+` as a space and `%XX` as the byte it names, read as UTF-8.
    private static func decoded(_ bytes: ArraySlice<UInt8>) throws(Open311Refusal) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                      let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2])
                else { throw .badEncoding }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw .badEncoding }
        return text
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
