/// Breaks text into lines that fit a terminal's width, measured in display columns.
///
/// A weekly report wraps thousands of titles and resolutions, so words are found by unicode
/// scalars and measured with a fast path for Latin and Vietnamese letters (one column each,
/// combining marks none), which gives what ``DisplayWidth`` gives for them; any other word is
/// measured by ``DisplayWidth`` itself.
///
/// The weekly text report and `--help` both wrap with it.
public enum TextWrapping {
    /// The lines of `text` at most `width` columns wide, broken at white space (line breaks in
    /// the text included): the first starts with `first`, every later one with `indent`. A word
    /// longer than a line is cut between characters.
    public static func lines(of text: String, width: Int, first: String = "", indent: String = "") -> [String] {
        // Most titles are words between single spaces that fit on the line: kept as they are.
        if let plain = plainWidth(text), DisplayWidth.columns(first) + plain <= width {
            return [first + text]
        }
        return lines(of: words(of: text), width: width, first: first, indent: indent, cuttingLongWords: true)
    }

    /// Writes ``lines(of:width:first:indent:)`` to `output`, each line ending in a line break.
    /// Plain text (Latin or Vietnamese words between single spaces, as titles and resolutions
    /// mostly are) is written from its own bytes, a word at a time, without making strings of
    /// its words and lines: a year's report writes a quarter of a million of each.
    public static func write(_ text: String, width: Int, first: String = "", indent: String = "", to output: OutputBuffer) {
        var text = text
        let done = first.utf8.contains(0x0A) ? false : text.withUTF8 { bytes in
            guard let plain = plainMeasure(utf8: bytes) else { return false }
            let firstWidth = DisplayWidth.columns(first)
            if firstWidth + plain.width <= width {
                output.write(first)
                output.write(UnsafeRawBufferPointer(bytes))
                output.write(byte: 0x0A)
                return true
            }
            let indentWidth = DisplayWidth.columns(indent)
            // A word longer than a line is cut between its characters: the general way.
            guard plain.longestWord <= width - max(firstWidth, indentWidth) else { return false }
            output.write(first)
            var lineWidth = firstWidth
            var hasWord = false
            _ = forEachPlainWord(utf8: bytes) { word, wordWidth in
                if hasWord && lineWidth + 1 + wordWidth > width {
                    output.write(byte: 0x0A)
                    output.write(indent)
                    lineWidth = indentWidth
                    hasWord = false
                }
                if hasWord {
                    output.write(byte: 0x20)
                    lineWidth += 1
                }
                output.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[word])))
                lineWidth += wordWidth
                hasWord = true
            }
            output.write(byte: 0x0A)
            return true
        }
        guard !done else { return }
        for line in lines(of: words(of: text), width: width, first: first, indent: indent, cuttingLongWords: true) {
            output.write(line)
            output.write(byte: 0x0A)
        }
    }

    /// `words` joined by single spaces in lines of at most `width` columns, each word kept whole
    /// even where it is wider than a line (a usage line's `[--output <file>]` is one word): the
    /// first line starts with `first`, every later one with `indent`. `first` may end a line of
    /// its own (`"  --label\n" + indent`); the words continue its last line.
    public static func lines(ofWords words: [some StringProtocol], width: Int, first: String, indent: String) -> [String] {
        lines(of: words.map { Substring($0) }, width: width, first: first, indent: indent, cuttingLongWords: false)
    }

    /// The lines of `words`, breaking between them, and within one that is longer than a line
    /// when `cuttingLongWords`.
    private static func lines(of words: [Substring], width: Int, first: String, indent: String,
                              cuttingLongWords: Bool) -> [String] {
        let indentWidth = DisplayWidth.columns(indent)
        var lines: [String] = []
        var current = first
        var currentWidth = if let lastBreak = first.lastIndex(of: "\n") {
            DisplayWidth.columns(String(first[first.index(after: lastBreak)...]))
        } else {
            DisplayWidth.columns(first)
        }
        var hasWord = false
        func breakLine() {
            lines.append(current)
            current = indent
            currentWidth = indentWidth
            hasWord = false
        }
        for word in words {
            var rest = word
            while !rest.isEmpty {
                let restWidth = columns(rest)
                if currentWidth + (hasWord ? 1 : 0) + restWidth <= width {
                    if hasWord {
                        current += " "
                        currentWidth += 1
                    }
                    current += rest
                    currentWidth += restWidth
                    hasWord = true
                    break
                }
                if hasWord {
                    breakLine()
                    continue
                }
                if !cuttingLongWords {
                    current += rest
                    currentWidth += restWidth
                    hasWord = true
                    break
                }
                // Too long for a line of its own: as much as fits (one character at least).
                var cut = rest.startIndex
                var cutWidth = 0
                while cut < rest.endIndex {
                    let columns = DisplayWidth.columns(rest[cut])
                    if currentWidth + cutWidth + columns > width && cutWidth > 0 { break }
                    cutWidth += columns
                    cut = rest.index(after: cut)
                }
                current += rest[..<cut]
                currentWidth += cutWidth
                hasWord = true
                rest = rest[cut...]
                if !rest.isEmpty { breakLine() }
            }
        }
        lines.append(current)
        return lines
    }

    /// The width of `text` when it is Latin or Vietnamese words between single spaces (what
    /// wrapping would not change), else nil.
    ///
    /// - Complexity: one pass over the UTF-8 bytes, decoding only the two- and three-byte
    ///   letters (a report wraps every title and resolution it lists).
    static func plainWidth(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { plainMeasure(utf8: $0)?.width }
    }

    /// The width of valid UTF-8 that is plain text (``plainWidth(_:)``), and that of its widest word.
    private static func plainMeasure(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (width: Int, longestWord: Int)? {
        var total = 0
        var longest = 0
        var words = 0
        guard forEachPlainWord(utf8: bytes, { _, width in
            total += width
            longest = max(longest, width)
            words += 1
        }) else { return nil }
        return (total + max(words - 1, 0), longest)
    }

    /// Calls `body` with the bytes and the width of each word of valid UTF-8, in order, while
    /// it is plain text: printable ASCII and the letters Vietnamese is written in, in words
    /// between single spaces. Returns whether all of it is (the empty text is, with no word);
    /// it stops at the first that is not — a space leading, ending or after another, or any
    /// other scalar.
    private static func forEachPlainWord(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Int) -> Void) -> Bool {
        var start = 0
        var width = 0
        var index = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            let value: UInt32
            switch lead {
            case 0x20:
                guard index > start else { return false }
                body(start..<index, width)
                index += 1
                start = index
                width = 0
                continue
            case 0x21..<0x7F:
                value = lead
                index += 1
            case 0xC2..<0xE0 where index + 1 < bytes.count:
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            case 0xE0..<0xF0 where index + 2 < bytes.count:
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            default:
                return false
            }
            guard let columns = columns(plainScalar: value) else { return false }
            width += columns
        }
        guard start < bytes.count else { return bytes.isEmpty }
        body(start..<bytes.count, width)
        return true
    }

    /// The columns of a scalar of plain text other than a space: printable ASCII and the
    /// Latin letters Vietnamese is written in one each, combining diacritical marks none; nil
    /// for any other.
    private static func columns(plainScalar value: UInt32) -> Int? {
        switch value {
        case 0x21..<0x7F, 0xA1..<0x300, 0x1E00..<0x1F00: 1
        case 0x300..<0x370: 0
        default: nil
        }
    }

    /// The runs of `text` between white space.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isSpace(scalars[index]) {
                if let wordStart = start { words.append(text[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start { words.append(text[wordStart...]) }
        return words
    }

    /// Whether `scalar` is white space: Unicode's White_Space, written out, so that the
    /// Vietnamese letters of Latin Extended Additional (U+1E00 on) are not looked up one by one.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The display width of a word: printable ASCII and the Latin letters Vietnamese is written
    /// in (Latin-1, Latin Extended-A and -B, Latin Extended Additional) one column each,
    /// combining diacritical marks none; any other word as ``DisplayWidth`` measures it.
    static func columns(_ word: Substring) -> Int {
        var total = 0
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x21..<0x7F, 0xA0..<0x300, 0x1E00..<0x1F00: total += 1
            case 0x300..<0x370: break
            default: return DisplayWidth.columns(String(word))
            }
        }
        return total
    }
}
