/// Reads one JSON document (RFC 8259, strictly) into a ``JSONValue``: what a request body
/// holds, parsed on every POST, so in one pass over the bytes with strings made from
/// UTF-8 slices.
///
/// It accepts exactly the RFC's grammar: one value of any kind with white space (space, tab,
/// line feed, carriage return) around it, and a leading UTF-8 byte order mark, which it skips
/// (the RFC allows a reader to). A number with no fraction and no exponent that fits `Int` is
/// ``JSONValue/integer(_:)``; any other number is ``JSONValue/number(_:)``. Object members keep
/// their order.
///
/// It refuses, with a ``JSONReadError`` saying where: anything after the value, trailing
/// commas, numbers outside the grammar (`01`, `+1`, `.5`, `1.`, `1e`) or beyond a `Double`
/// (`1e400`), unescaped control characters, bad escapes, lone surrogates, bytes that are not
/// UTF-8, a key twice in one object, and nesting deeper than ``maximumDepth``, so a body of
/// brackets cannot exhaust the stack. Text is not normalised: that is the caller's choice.
///
/// ```swift
/// let body = try JSONReader.parse(request.bytes)
/// guard let title = body.member("title")?.stringValue else { … }
/// ```
public enum JSONReader {
    /// How deeply arrays and objects may nest: `[[…]]` with 64 brackets is read, 65 refused.
    public static let maximumDepth = 64

    /// The one JSON value `bytes` hold.
    ///
    /// - Complexity: O(*n*) in the number of bytes; a contiguous collection (`[UInt8]`,
    ///   `String.UTF8View`, `ArraySlice`) is read in place, any other is copied first.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONReadError) -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONReadError) in try parse(buffer: buffer) }
        } ?? Array(bytes).withUnsafeBufferPointer { buffer in
            Result { () throws(JSONReadError) in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    /// The one JSON value in `buffer`.
    private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(JSONReadError) -> JSONValue {
        var parser = Parser(buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            parser.position = 3
        }
        parser.skipWhiteSpace()
        guard parser.position < buffer.count else { throw .empty }
        let value = try parser.value(depth: 0)
        parser.skipWhiteSpace()
        guard parser.position == buffer.count else { throw .trailingContent(offset: parser.position) }
        return value
    }
}

/// The reading of one document: the bytes, the place in them, and a scratch buffer for the
/// strings that have escapes to undo.
private struct Parser {
    /// The whole input.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    var position = 0
    /// Reused by every string with an escape, so that only the resulting `String` allocates.
    var scratch: [UInt8] = []

    /// A parser at the start of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at `position`, or nil at the end.
    var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// Steps over the four bytes JSON counts as white space.
    mutating func skipWhiteSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The value starting at `position` (white space already skipped), inside `depth` containers.
    mutating func value(depth: Int) throws(JSONReadError) -> JSONValue {
        guard let byte = current else { throw .unexpected(offset: position) }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw .unexpected(offset: position)
        }
    }

    /// Steps over `word` (`true`, `false`, `null`), refusing at the first byte that differs.
    mutating func literal(_ word: StaticString) throws(JSONReadError) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard current == byte else { throw .unexpected(offset: position) }
            position += 1
        }
    }

    /// The array whose `[` is at `position`, itself at nesting `depth`.
    mutating func array(depth: Int) throws(JSONReadError) -> JSONValue {
        guard depth <= JSONReader.maximumDepth else { throw .tooDeep }
        position += 1  // [
        skipWhiteSpace()
        var elements: [JSONValue] = []
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth))
            skipWhiteSpace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
                skipWhiteSpace()
            case UInt8(ascii: "]"):
                position += 1
                return .array(elements)
            default:
                throw .unexpected(offset: position)
            }
        }
    }

    /// The object whose `{` is at `position`, itself at nesting `depth`; a key given twice is refused.
    mutating func object(depth: Int) throws(JSONReadError) -> JSONValue {
        guard depth <= JSONReader.maximumDepth else { throw .tooDeep }
        position += 1  // {
        skipWhiteSpace()
        var members: [(String, JSONValue)] = []
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        // Keys are compared one by one while the object is small, through a set once it is not.
        var keys: Set<String>? = nil
        while true {
            guard current == UInt8(ascii: "\"") else { throw .unexpected(offset: position) }
            let key = try string()
            if let inserted = keys?.insert(key).inserted {
                guard inserted else { throw .duplicateKey(key) }
            } else {
                for member in members where member.0 == key { throw .duplicateKey(key) }
                if members.count == 15 { keys = Set(members.map(\.0) + [key]) }
            }
            skipWhiteSpace()
            guard current == UInt8(ascii: ":") else { throw .unexpected(offset: position) }
            position += 1
            skipWhiteSpace()
            members.append((key, try value(depth: depth)))
            skipWhiteSpace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
                skipWhiteSpace()
            case UInt8(ascii: "}"):
                position += 1
                return .object(members)
            default:
                throw .unexpected(offset: position)
            }
        }
    }

    /// The string whose opening quote is at `position`, its escapes undone and its UTF-8 checked.
    mutating func string() throws(JSONReadError) -> String {
        let opening = position
        position += 1
        var runStart = position
        var escaped = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<position])
                position += 1
                if !escaped { return String(decoding: run, as: UTF8.self) }
                scratch.append(contentsOf: run)
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                guard position + 1 < bytes.count else { throw .unterminatedString(offset: opening) }
                try escape()
                runStart = position
            } else if byte < 0x20 {
                throw .controlCharacter(offset: position)
            } else if byte < 0x80 {
                position += 1
            } else {
                try skipMultiByteScalar()
            }
        }
        throw .unterminatedString(offset: opening)
    }

    /// Steps over the UTF-8 sequence of more than one byte at `position`, refusing it unless it
    /// is well formed (Unicode's table 3-7: no overlong forms, no surrogates, none above U+10FFFF).
    mutating func skipMultiByteScalar() throws(JSONReadError) {
        let lead = bytes[position]
        // The range of the second byte, which is where the table's exceptions lie, and the length.
        let second: ClosedRange<UInt8>
        let length: Int
        switch lead {
        case 0xC2...0xDF: second = 0x80...0xBF; length = 2
        case 0xE0: second = 0xA0...0xBF; length = 3
        case 0xE1...0xEC, 0xEE...0xEF: second = 0x80...0xBF; length = 3
        case 0xED: second = 0x80...0x9F; length = 3
        case 0xF0: second = 0x90...0xBF; length = 4
        case 0xF1...0xF3: second = 0x80...0xBF; length = 4
        case 0xF4: second = 0x80...0x8F; length = 4
        default: throw .invalidUTF8(offset: position)
        }
        guard position + length <= bytes.count, second.contains(bytes[position + 1]) else {
            throw .invalidUTF8(offset: position)
        }
        for index in position + 2 ..< position + length where bytes[index] & 0xC0 != 0x80 {
            throw .invalidUTF8(offset: position)
        }
        position += length
    }

    /// Undoes the escape whose backslash is at `position`, with at least one byte after it,
    /// appending its UTF-8 to `scratch`.
    mutating func escape() throws(JSONReadError) {
        let backslash = position
        let replacement: UInt8
        switch bytes[position + 1] {
        case UInt8(ascii: "\""): replacement = 0x22
        case UInt8(ascii: "\\"): replacement = 0x5C
        case UInt8(ascii: "/"): replacement = 0x2F
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = 0x0A
        case UInt8(ascii: "r"): replacement = 0x0D
        case UInt8(ascii: "t"): replacement = 0x09
        case UInt8(ascii: "u"):
            position += 2
            try unicodeEscape(backslash: backslash)
            return
        default:
            throw .invalidEscape(offset: backslash)
        }
        scratch.append(replacement)
        position += 2
    }

    /// Undoes `\uXXXX` (its four digits at `position`), and the low half after it if it is a
    /// high surrogate.
    mutating func unicodeEscape(backslash: Int) throws(JSONReadError) {
        let unit = try hexQuad(backslash: backslash)
        var scalar: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                  bytes[position + 1] == UInt8(ascii: "u") else { throw .loneSurrogate(offset: backslash) }
            let lowBackslash = position
            position += 2
            let low = try hexQuad(backslash: lowBackslash)
            guard (0xDC00...0xDFFF).contains(low) else { throw .loneSurrogate(offset: backslash) }
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw .loneSurrogate(offset: backslash)
        default:
            scalar = unit
        }
        // UTF-8 by hand: `Unicode.Scalar` and its encoding would cost more than these branches.
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(0xC0 | UInt8(scalar >> 6))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        case ..<0x10000:
            scratch.append(0xE0 | UInt8(scalar >> 12))
            scratch.append(0x80 | UInt8((scalar >> 6) & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        default:
            scratch.append(0xF0 | UInt8(scalar >> 18))
            scratch.append(0x80 | UInt8((scalar >> 12) & 0x3F))
            scratch.append(0x80 | UInt8((scalar >> 6) & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        }
    }

    /// The four hexadecimal digits at `position`, of the escape whose backslash is at `backslash`.
    mutating func hexQuad(backslash: Int) throws(JSONReadError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw .invalidEscape(offset: backslash) }
        var unit: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalidEscape(offset: backslash)
            }
            unit = unit << 4 | UInt32(digit)
            position += 1
        }
        return unit
    }

    /// The number at `position`: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number() throws(JSONReadError) -> JSONValue {
        let start = position
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        // The integer part, accumulated negatively so that `Int.min` fits; nil once it overflows.
        var magnitude: Int? = 0
        guard let first = current, isDigit(first) else { throw .unexpected(offset: position) }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = current, isDigit(next) { throw .unexpected(offset: position) }
        } else {
            while let byte = current, isDigit(byte) {
                if let value = magnitude {
                    let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = times10.subtractingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                    magnitude = overflow1 || overflow2 ? nil : sum
                }
                position += 1
            }
        }
        var integral = true
        if current == UInt8(ascii: ".") {
            integral = false
            position += 1
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try digits()
        }
        if integral, let magnitude {
            if negative { return .integer(magnitude) }
            if magnitude != .min { return .integer(-magnitude) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        // The grammar is checked above, so `Double` reads the text; too large a number reads as
        // infinity, which JSON cannot say.
        guard let double = Double(text), double.isFinite else { throw .numberOutOfRange(offset: start) }
        return .number(double)
    }

    /// Steps over one or more digits, as a fraction or an exponent needs.
    mutating func digits() throws(JSONReadError) {
        guard let byte = current, isDigit(byte) else { throw .unexpected(offset: position) }
        position += 1
        while let byte = current, isDigit(byte) { position += 1 }
    }

    /// Whether `byte` is an ASCII digit, in one comparison.
    func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
