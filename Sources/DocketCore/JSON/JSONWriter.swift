/// Writes one JSON document (RFC 8259) to an ``OutputBuffer`` as it goes, so a million
/// problems are exported without holding them: objects and arrays are opened and closed,
/// keys and values written in between, in the order given.
///
/// Pretty output (the default) puts each member and element on its own line, indented by
/// two spaces, with `": "` after keys, and empty containers as `{}` and `[]`; compact output
/// has no white space at all. Strings are escaped as RFC 8259 requires: `"` and `\`, the
/// control characters U+0000–U+001F (`\n`, `\r`, `\t`, `\b`, `\f` in their short form, the
/// others as `\u00XX`); everything else, Vietnamese included, stays UTF-8 as it is.
///
/// ```swift
/// var json = JSONWriter(to: output)
/// json.beginObject()
/// json.key("id"); json.value(12)
/// json.key("unit"); json.value(nil as String?)
/// json.endObject()
/// ```
///
/// Writing in the wrong order (a value in an object without its key, a second document) is
/// a programming error and stops the program.
public struct JSONWriter {
    /// One open object or array.
    private struct Level {
        var isObject: Bool
        var count = 0
    }

    private let output: OutputBuffer
    private let pretty: Bool
    private var levels: [Level] = []
    /// Whether a key has been written and its value not yet.
    private var awaitingValue = false
    private var finishedDocument = false

    /// A writer of one document to `output`, pretty-printed unless `pretty` is false.
    public init(to output: OutputBuffer, pretty: Bool = true) {
        self.output = output
        self.pretty = pretty
    }

    /// Whether the document is complete: its top-level value written and every container closed.
    public var isComplete: Bool { finishedDocument }

    /// Opens an object, as a value (in an array, after a key, or at the top).
    public mutating func beginObject() {
        startValue()
        output.write(byte: UInt8(ascii: "{"))
        levels.append(Level(isObject: true))
    }

    /// Closes the innermost open container, which must be an object.
    public mutating func endObject() {
        precondition(levels.last?.isObject == true && !awaitingValue, "endObject() without an open object")
        close(UInt8(ascii: "}"))
    }

    /// Opens an array, as a value.
    public mutating func beginArray() {
        startValue()
        output.write(byte: UInt8(ascii: "["))
        levels.append(Level(isObject: false))
    }

    /// Closes the innermost open container, which must be an array.
    public mutating func endArray() {
        precondition(levels.last?.isObject == false, "endArray() without an open array")
        close(UInt8(ascii: "]"))
    }

    /// Writes the key of the next member of the innermost open object.
    public mutating func key(_ name: String) {
        precondition(levels.last?.isObject == true && !awaitingValue, "key(\"\(name)\") outside an object, or after another key")
        if levels[levels.count - 1].count > 0 { output.write(byte: UInt8(ascii: ",")) }
        levels[levels.count - 1].count += 1
        newLine()
        writeString(name)
        output.write(byte: UInt8(ascii: ":"))
        if pretty { output.write(byte: UInt8(ascii: " ")) }
        awaitingValue = true
    }

    /// Writes a string, or `null` for nil.
    public mutating func value(_ string: String?) {
        guard let string else { return null() }
        startValue()
        writeString(string)
        endValue()
    }

    /// Writes a whole number.
    public mutating func value(_ number: Int) {
        startValue()
        output.write(String(number))
        endValue()
    }

    /// Writes a whole number.
    public mutating func value(_ number: Int64) {
        startValue()
        output.write(String(number))
        endValue()
    }

    /// Writes a number in the shortest form that reads back as the same `Double` (`0.5`,
    /// `1.0`, `1e-07`); JSON has no infinity or NaN, so those are written as `null`.
    public mutating func value(_ number: Double) {
        guard number.isFinite else { return null() }
        startValue()
        output.write(String(number))
        endValue()
    }

    /// Writes `true` or `false`.
    public mutating func value(_ flag: Bool) {
        startValue()
        output.write(flag ? "true" : "false")
        endValue()
    }

    /// Writes `null`.
    public mutating func null() {
        startValue()
        output.write("null")
        endValue()
    }

    /// Writes a whole ``JSONValue``, nested containers and all.
    public mutating func value(_ json: JSONValue) {
        switch json {
        case .null: null()
        case .bool(let flag): value(flag)
        case .integer(let number): value(number)
        case .number(let number): value(number)
        case .string(let string): value(string)
        case .array(let elements):
            beginArray()
            for element in elements { value(element) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(name)
                value(member)
            }
            endObject()
        }
    }

    /// What goes before any value: the comma and line of an array element; nothing after a key.
    private mutating func startValue() {
        precondition(!finishedDocument, "a second JSON document written to the same writer")
        guard let level = levels.last else { return }
        if level.isObject {
            precondition(awaitingValue, "a value in an object without its key")
            awaitingValue = false
        } else {
            if level.count > 0 { output.write(byte: UInt8(ascii: ",")) }
            levels[levels.count - 1].count += 1
            newLine()
        }
    }

    /// After a scalar value: at the top level, the document is done.
    private mutating func endValue() {
        if levels.isEmpty { finishedDocument = true }
    }

    /// Closes the innermost container with `bracket`, on its own line if it has members.
    private mutating func close(_ bracket: UInt8) {
        let level = levels.removeLast()
        if level.count > 0 { newLine() }
        output.write(byte: bracket)
        endValue()
    }

    /// In pretty output, a line break and the indentation of the current depth.
    private func newLine() {
        guard pretty else { return }
        output.write(byte: 0x0A)
        for _ in 0..<levels.count {
            output.write(byte: 0x20)
            output.write(byte: 0x20)
        }
    }

    /// Writes `string` quoted and escaped, copying the runs that need no escape as they are.
    private func writeString(_ string: String) {
        output.write(byte: UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                output.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart..<index])))
                runStart = index + 1
                switch byte {
                case 0x22: output.write("\\\"")
                case 0x5C: output.write("\\\\")
                case 0x0A: output.write("\\n")
                case 0x0D: output.write("\\r")
                case 0x09: output.write("\\t")
                case 0x08: output.write("\\b")
                case 0x0C: output.write("\\f")
                default:
                    output.write("\\u00")
                    output.write(byte: JSONWriter.hexDigits[Int(byte >> 4)])
                    output.write(byte: JSONWriter.hexDigits[Int(byte & 0x0F)])
                }
            }
            output.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart...])))
        }
        output.write(byte: UInt8(ascii: "\""))
    }

    /// The lower-case hexadecimal digits, as JSON encoders commonly write them.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
