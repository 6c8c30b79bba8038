/// A form as a browser posts it (`application/x-www-form-urlencoded`): names and values,
/// `+` for a space and `%XX` for a byte, decoded as UTF-8.
struct FormBody: Sendable {
    private let pairs: [(name: String, value: String)]

    /// The form in `bytes`; nil when a `%` escape is broken or the bytes are not UTF-8, which
    /// no browser sends.
    init?(_ bytes: some Collection<UInt8>) {
        var pairs: [(String, String)] = []
        for field in bytes.split(separator: UInt8(ascii: "&")) {
            let parts = field.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { return nil }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// The value of the field called `name` (the first, if the form sent it twice), nil when
    /// it is not there.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// The value of `name` with spaces trimmed, nil when missing or blank: what an empty
    /// optional field of a form means.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingSpaces, !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ bytes: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "+"):
                out.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let high = bytes.index(after: index)
                guard high != bytes.endIndex, bytes.index(after: high) != bytes.endIndex,
                      let h = hexValue(bytes[high]), let l = hexValue(bytes[bytes.index(after: high)]) else { return nil }
                out.append(h << 4 | l)
                index = bytes.index(after: high)
            default:
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// `text` escaped for a URL's query, as a form's GET would send it.
func queryEscaped(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            out.unicodeScalars.append(Unicode.Scalar(byte))
        case UInt8(ascii: " "):
            out += "+"
        default:
            let digits = Array("0123456789ABCDEF".unicodeScalars)
            out += "%"
            out.unicodeScalars.append(digits[Int(byte >> 4)])
            out.unicodeScalars.append(digits[Int(byte & 0x0F)])
        }
    }
    return out
}
