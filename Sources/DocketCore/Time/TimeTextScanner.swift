/// A cursor over the UTF-8 bytes of a date, week or time typed on the command line.
///
/// The parsers of `CivilDate`, `ISOWeek` and `When` read ASCII only and refuse everything
/// else, so they work on bytes: `Character.isNumber` would let through Arabic-Indic or
/// full-width digits, which `Int(_:)` then refuses or, worse, a later reader misreads.
struct TimeTextScanner {
    private let bytes: [UInt8]
    private(set) var position: Int

    /// Scans `text` with surrounding ASCII white space removed: a value pasted with a stray
    /// space or newline is still the value the user meant.
    init(trimming text: String) {
        var bytes = Array(text.utf8)
        while let last = bytes.last, TimeTextScanner.isSpace(last) { bytes.removeLast() }
        let lead = bytes.prefix(while: TimeTextScanner.isSpace).count
        self.bytes = Array(bytes.dropFirst(lead))
        self.position = 0
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// The next byte, without reading it.
    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Reads exactly `count` ASCII digits as a number, or reads nothing and returns nil.
    mutating func digits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<(position + count)] {
            guard TimeTextScanner.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        position += count
        return value
    }

    /// Reads as many ASCII digits as there are and returns how many; their value is not needed
    /// where this is used (fractions of a second, which docket truncates).
    mutating func skipDigits() -> Int {
        let start = position
        while let byte = peek, TimeTextScanner.isDigit(byte) { position += 1 }
        return position - start
    }

    /// Reads `byte` when it comes next, and says whether it did.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// Reads whichever of `choices` comes next, if one does.
    mutating func take(oneOf choices: [UInt8]) -> UInt8? {
        guard let byte = peek, choices.contains(byte) else { return nil }
        position += 1
        return byte
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
