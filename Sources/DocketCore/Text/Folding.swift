/// Folds text so that what people type matches what the register holds, whatever the case,
/// the diacritics and the Unicode normal form: `"Đồng Nai"`, `"ĐỒNG NAI"` and `"dong nai"`
/// fold alike, and so do `"Hoá"` and `"Hóa"`.
///
/// Folding lower-cases every letter and removes every diacritic from Latin letters, whether
/// the letter is precomposed (NFC) or a base followed by combining marks (NFD). `đ` and `Đ`
/// become `d` although Unicode does not decompose them, as do `Ø`/`ø` → `o` and `Ł`/`ł` → `l`,
/// and `Ð`/`ð` → `d` because the Icelandic eth looks exactly like `Đ` and is sometimes typed
/// for it. Every other character is kept as it is, so FTS5 query syntax (`"`, `*`, `-`)
/// survives folding.
///
/// Letters of other scripts are only lower-cased: a precomposed Greek `ά` keeps its accent
/// while a decomposed one loses it, since the tables cover the Latin blocks only.
public enum Folding {
    /// `text` lower-cased, without diacritics, `đ` as `d`, every other character kept.
    ///
    /// - Complexity: O(n) in the UTF-8 length; ASCII text without capitals is returned as is.
    public static func fold(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            needsWork = true
            break
        }
        if !needsWork { return text }

        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The matching key of a name: ``fold(_:)``, then every run of characters that are not
    /// letters or digits (spaces, punctuation, symbols) as one space, with none at either end.
    /// `"Bà Rịa - Vũng Tàu"` → `"ba ria vung tau"`.
    public static func key(_ text: String) -> String {
        let folded = fold(text)
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var separated = false
        for scalar in folded.unicodeScalars {
            guard isWordScalar(scalar) else {
                separated = true
                continue
            }
            // The space goes in only before the next word, so none is left at either end.
            if separated && !out.isEmpty { out.append(0x20) }
            separated = false
            UTF8.encode(scalar) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of `scalar` folded: nothing for a combining diacritic, one ASCII
    /// letter for a Latin letter with diacritics, the lower case of anything else.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(truncatingIfNeeded: value)
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            return
        }
        if let letter = tableLetter(value) {
            out.append(letter)
            return
        }
        if isCombiningDiacritic(value) { return }
        if scalar.properties.changesWhenLowercased {
            out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            UTF8.encode(scalar) { out.append($0) }
        }
    }

    /// The ASCII letter a Latin letter folds to, from the generated tables, or nil when the
    /// code point is outside them or has no ASCII base letter (`æ`, `ß`, `×`).
    @inline(__always)
    static func tableLetter(_ value: UInt32) -> UInt8? {
        let byte: UInt8
        if value >= latinStart && value < latinStart + UInt32(latin.utf8CodeUnitCount) {
            byte = latin.utf8Start[Int(value - latinStart)]
        } else if value >= latinExtendedAdditionalStart
                    && value < latinExtendedAdditionalStart + UInt32(latinExtendedAdditional.utf8CodeUnitCount) {
            byte = latinExtendedAdditional.utf8Start[Int(value - latinExtendedAdditionalStart)]
        } else {
            return nil
        }
        return byte == UInt8(ascii: "-") ? nil : byte
    }

    /// Whether `value` is in one of the blocks of combining diacritical marks. Marks of other
    /// blocks (Devanagari vowel signs, Thai tone marks) are letters' parts there, not
    /// diacritics to drop, so they are kept.
    @inline(__always)
    static func isCombiningDiacritic(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value)     // Combining Diacritical Marks: all Vietnamese marks
            || (0x1AB0...0x1AFF).contains(value)  // ... Extended
            || (0x1DC0...0x1DFF).contains(value)  // ... Supplement
            || (0x20D0...0x20FF).contains(value)  // ... for Symbols
            || (0xFE20...0xFE2F).contains(value)  // Combining Half Marks
    }

    /// Whether `scalar` belongs to a word of a key: a letter, a digit or other number, or a
    /// mark that is part of a letter in its script.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
                || (value >= 0x41 && value <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
