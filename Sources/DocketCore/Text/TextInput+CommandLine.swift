#if canImport(Glibc)
import Glibc
#endif

extension TextInput {
    /// The raw bytes of this process's arguments after the program's name, argument 1 first.
    /// `CommandLine.arguments` cannot be used to check them: it has already replaced every
    /// byte that is not UTF-8 with U+FFFD, so a mistyped name would silently match nothing.
    public static func commandLineBytes() -> [[UInt8]] {
        let count = Int(CommandLine.argc)
        guard count > 1 else { return [] }
        return (1..<count).map { position in
            guard let pointer = CommandLine.unsafeArgv[position] else { return [] }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                             count: strlen(pointer)))
        }
    }

    /// Refuses the first of `arguments` (raw bytes, argument 1 first, as
    /// ``commandLineBytes()`` gives them) that is not valid UTF-8, naming it by its position,
    /// the option before it when there is one (most likely the option it is the value of; only
    /// the command's parser could say for sure), and its text with the broken bytes shown as
    /// `\xNN`: `#3 ("Gi\xE1 thu\xEA", after --title)`.
    public static func validateUTF8(arguments: [[UInt8]]) throws(InputError) {
        for (offset, bytes) in arguments.enumerated() where UTF8Scan.firstInvalidOffset(in: bytes) != nil {
            var name = "#\(offset + 1) (\(escaped(bytes))"
            if offset > 0, let option = optionName(arguments[offset - 1]), bytes.first != UInt8(ascii: "-") {
                name += ", after \(option)"
            }
            throw .notUTF8(argument: name + ")")
        }
    }

    /// The option `bytes` spell when they are one that may take its value from the next
    /// argument (`--title`, `-t`, not `--title=...`), else nil.
    static func optionName(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-"), !bytes.contains(UInt8(ascii: "=")),
              UTF8Scan.firstInvalidOffset(in: bytes) == nil
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `bytes` as a quoted, printable string: valid characters as themselves, invalid bytes
    /// and control characters as `\xNN` or `\u{...}`, `"` and `\` escaped, and cut after
    /// `limit` characters so a long argument still makes a one-line message.
    static func escaped(_ bytes: [UInt8], limit: Int = 60) -> String {
        var out = "\""
        var index = 0
        var shown = 0
        while index < bytes.count {
            if shown == limit {
                out += "…"
                break
            }
            shown += 1
            guard let length = UTF8Scan.sequenceLength(in: bytes, at: index) else {
                out += "\\x" + hex(bytes[index], digits: 2)
                index += 1
                continue
            }
            let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first!
            index += length
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x00..<0x20, 0x7F: out += "\\x" + hex(scalar.value, digits: 2)
            case 0x80..<0xA0: out += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `value` in upper-case hexadecimal, zero-padded to `digits`.
    static func hex<Value: BinaryInteger>(_ value: Value, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
