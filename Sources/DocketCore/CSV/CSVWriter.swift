/// Writes CSV (RFC 4180) rows to an ``OutputBuffer``: fields separated by commas, records
/// ended by CRLF, a field quoted only when it must be — when it holds a comma, a quote or a
/// line break, or starts or ends with a space or tab (which some readers would trim) — with
/// its quotes doubled. Every field is written through ``FormulaGuard/guarded(_:)``, so a
/// spreadsheet runs none as a formula. What it writes, ``CSVReader`` reads back exactly, and
/// ``FormulaGuard/unguarded(_:)`` then gives each field back as it was given.
public struct CSVWriter {
    private let output: OutputBuffer

    /// A writer to `output`. With `byteOrderMark`, the file starts with the UTF-8 byte order
    /// mark, which Excel needs to read UTF-8 (and so Vietnamese) correctly; readers that
    /// follow RFC 4180 strictly may show it as part of the first header.
    public init(to output: OutputBuffer, byteOrderMark: Bool = false) {
        self.output = output
        if byteOrderMark {
            output.write(CSVWriter.byteOrderMark)
        }
    }

    /// The UTF-8 byte order mark (U+FEFF), which Excel needs to read UTF-8 as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// Writes one record: `fields` in order, then CRLF.
    public func write(row fields: some Sequence<String>) {
        var first = true
        var onlyEmpty = true
        for field in fields {
            let field = FormulaGuard.guarded(field)
            if !first { output.write(byte: UInt8(ascii: ",")) }
            if CSVWriter.needsQuotes(field) {
                writeQuoted(field)
            } else {
                output.write(field)
            }
            onlyEmpty = first && field.isEmpty
            first = false
        }
        // A lone empty field would make a blank line, which readers skip at the end of a file.
        if onlyEmpty && !first { output.write("\"\"") }
        output.write("\r\n")
    }

    /// Writes `field` in quotes, each quote in it doubled.
    private func writeQuoted(_ field: String) {
        output.write(byte: UInt8(ascii: "\""))
        var rest = Substring(field)
        while let quote = rest.utf8.firstIndex(of: UInt8(ascii: "\"")) {
            let afterQuote = rest.utf8.index(after: quote)
            output.write(rest[..<afterQuote])
            output.write(byte: UInt8(ascii: "\""))
            rest = rest[afterQuote...]
        }
        output.write(rest)
        output.write(byte: UInt8(ascii: "\""))
    }

    /// Whether `field` must be quoted to read back as itself.
    static func needsQuotes(_ field: String) -> Bool {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
        // A field starting with U+FEFF would lose it to a reader taking it for a byte order mark.
        if first == 0xEF && utf8.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
        return utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
}
