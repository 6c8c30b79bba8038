/// How many terminal columns text takes, so tables of Vietnamese, CJK and emoji line up.
///
/// Width is measured per grapheme cluster (a Swift `Character`), never per byte or scalar:
/// `"ệ"` is one column whether it is one precomposed scalar (NFC) or `e` with two combining
/// marks (NFD). A cluster is
/// - 0 columns when it is a control character, or a combining mark or format character with
///   nothing to attach to (at the start of the text or after a control character);
/// - 2 columns when it is East Asian Wide or Fullwidth (CJK ideographs, kana, Hangul,
///   fullwidth forms), or an emoji shown as a picture: one with default emoji presentation,
///   one followed by the emoji variation selector U+FE0F, a flag or a ZWJ sequence;
/// - 1 column otherwise, East Asian Ambiguous characters (`…`, `·`) included, as terminals
///   outside East Asian locales show them.
public enum DisplayWidth {
    /// The number of terminal columns `text` takes on one line.
    ///
    /// - Complexity: O(n); printable ASCII is counted from its length, and Latin or
    ///   Vietnamese text in NFC from its scalars, without breaking either into clusters.
    public static func columns(_ text: String) -> Int {
        var printableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            printableASCII = false
            break
        }
        if printableASCII { return text.utf8.count }

        // Latin and Vietnamese in NFC: every scalar below U+0300 (no combining marks) or a
        // precomposed letter of Latin Extended Additional is a cluster of its own, one column
        // wide, so the scalars are counted without breaking the text into clusters.
        var latinScalars = 0
        for scalar in text.unicodeScalars {
            guard isLatinCluster(scalar) else {
                latinScalars = -1
                break
            }
            latinScalars += 1
        }
        if latinScalars >= 0 { return latinScalars }

        var total = 0
        for character in text {
            total += columns(character)
        }
        return total
    }

    /// Whether `scalar` is printable ASCII, a Latin or Vietnamese letter in NFC (below U+0300,
    /// or in Latin Extended Additional) or the dashes, quotation marks and ellipsis of General
    /// Punctuation (U+2010 to U+2027, `…` among them, which a cut cell ends with): a cluster of
    /// its own, one column wide, unless a combining mark follows it.
    @inline(__always)
    static func isLatinCluster(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x0300) || (value >= 0x1E00 && value < 0x1F00)
            || (value >= 0x2010 && value <= 0x2027)
    }

    /// The number of terminal columns one grapheme cluster takes: 0, 1 or 2.
    public static func columns(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        let value = first.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }

        var emojiSelector = false
        var textSelector = false
        for scalar in scalars.dropFirst() {
            if scalar.value == 0xFE0F { emojiSelector = true }
            if scalar.value == 0xFE0E { textSelector = true }
        }
        if emojiSelector { return 2 }
        // Latin, Greek, Cyrillic and the Vietnamese letters all start below U+0300 (or
        // combine into a cluster that does): one column, without a property lookup.
        if value < 0x0300 { return 1 }

        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if !textSelector && properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// Whether the code point is East Asian Wide or Fullwidth, by a binary search of the
    /// generated ``wideRanges``.
    static func isWide(_ value: UInt32) -> Bool {
        if value < firstWide { return false }
        var low = 0
        var high = wideRanges.count / 2
        while low < high {
            let middle = (low + high) / 2
            if value < wideRanges[2 * middle] {
                high = middle
            } else if value > wideRanges[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
