/// Reads the number of a problem, meeting or group as people type it: `12` or `#12`.
public enum RecordNumber {
    /// The number in `text`, or `InputError.invalidID` when it is not a whole number from 1 up.
    public static func parse(_ text: String) throws(InputError) -> Int64 {
        var digits = Substring(text.trimmingSpaces)
        if digits.first == "#" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let number = Int64(digits), number >= 1
        else { throw .invalidID(text) }
        return number
    }
}

extension String {
    /// The string without spaces, tabs or newlines at either end.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
