/// The checks every text a user gives docket goes through before it is stored: Unicode NFC,
/// trimmed, not blank, not too long.
///
/// Lengths are counted in characters as a reader sees them: Swift `Character`s (extended
/// grapheme clusters) of the NFC text, so `"ệ"` is one character whether it was typed
/// precomposed or as `e` with two combining marks, and an emoji with a skin tone is one too.
public enum TextInput {
    /// The most characters a title may have.
    public static let titleLimit = 500
    /// The most characters any other text (a description, a note, a resolution) may have.
    public static let textLimit = 100_000

    /// `text` in Unicode Normalization Form C, the form docket stores and compares.
    public static func normalized(_ text: String) -> String {
        // Most text (ASCII, and Vietnamese typed on any common keyboard) is NFC already;
        // seeing so keeps it free of any allocation.
        let verdict = text.utf8.withContiguousStorageIfAvailable(UTF8Scan.classify)
        if case .knownNFC = verdict { return text }
        return composed(text)
    }

    /// `text` through the full NFC algorithm.
    static func composed(_ text: String) -> String {
        // The standard library's own NFC (`_nfcCodeUnits`, public though underscored) is used
        // because the only other one on Linux is Foundation's, which DocketCore must not load:
        // it would cost start-up time on every command.
        String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// A problem's or meeting's title: NFC, trimmed, at least one visible character, at most
    /// ``titleLimit``, and on one line: no line break or other control character.
    public static func title(_ text: String) throws(InputError) -> String {
        try name(text, field: "title", limit: titleLimit)
    }

    /// A code (a unit's, a locality's, a category's): trimmed, not blank, at most 64 characters,
    /// each a letter, a digit, `-`, `_` or `.`. `field` names it in the error (`"unit code"`).
    public static func code(_ text: String, field: String) throws(InputError) -> String {
        let code = text.trimmingSpaces
        guard !code.isEmpty else { throw .blank(field: field) }
        guard code.count <= 64 else { throw .tooLong(field: field, limit: 64) }
        guard code.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }) else {
            throw .invalidCode(field: field, text: text)
        }
        return code
    }

    /// A required text other than a title: NFC, trimmed, not blank, at most ``textLimit``
    /// characters, with line breaks and tabs but no other control character. `field` names it
    /// in the error (`"resolution"`, `"reason"`).
    public static func text(_ text: String, field: String) throws(InputError) -> String {
        try checkControls(try self.text(text, field: field, limit: textLimit), field: field)
    }

    /// `text` unless it holds a control character other than a line break or a tab.
    private static func checkControls(_ text: String, field: String) throws(InputError) -> String {
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !"\n\r\t".unicodeScalars.contains($0) }) {
            throw .controlCharacter(field: field, oneLine: false)
        }
        return text
    }

    /// A name that stands on a line of its own, such as a token's: NFC, trimmed, not blank, at
    /// most `limit` characters, and without a control character. `field` names it in the error.
    public static func name(_ text: String, field: String, limit: Int) throws(InputError) -> String {
        let name = try self.text(text, field: field, limit: limit)
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacter(field: field, oneLine: true)
        }
        return name
    }

    /// An optional text: nil when it is absent, empty or only spaces (an empty CSV cell, an
    /// option given as `""`), else as ``text(_:field:)``.
    public static func optionalText(_ text: String?, field: String) throws(InputError) -> String? {
        guard let text else { return nil }
        let clean = trimmed(normalized(text))
        if clean.isEmpty { return nil }
        return try checkControls(try checkLength(clean, field: field, limit: textLimit), field: field)
    }

    /// `text` normalised, trimmed and checked against `limit` characters.
    static func text(_ text: String, field: String, limit: Int) throws(InputError) -> String {
        let clean = trimmed(normalized(text))
        if clean.isEmpty { throw .blank(field: field) }
        return try checkLength(clean, field: field, limit: limit)
    }

    /// `text` itself when it has at most `limit` characters.
    static func checkLength(_ text: String, field: String, limit: Int) throws(InputError) -> String {
        // The UTF-8 length bounds the character count from above, so most texts are let
        // through without walking their grapheme clusters.
        if text.utf8.count > limit && text.count > limit {
            throw .tooLong(field: field, limit: limit)
        }
        return text
    }

    /// `text` without white space or newlines (of any script: no-break and ideographic
    /// spaces too) at either end.
    static func trimmed(_ text: String) -> String {
        // Most texts start and end with a printable ASCII character, which is a whole
        // character and not white space: nothing to trim, and no grapheme to walk.
        if let first = text.utf8.first, let last = text.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        if first == text.startIndex && last == text.index(before: text.endIndex) { return text }
        return String(text[first...last])
    }
}
