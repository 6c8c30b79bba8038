import DocketCore

/// Breaks text into lines that fit a terminal's width, measured in display columns.
enum TextWrapping {
    /// The lines of `text` at most `width` columns wide, broken at white space (line breaks in
    /// the text included): the first starts with `first`, every later one with `indent`. A word
    /// longer than a line is cut between characters.
    static func lines(of text: String, width: Int, first: String = "", indent: String = "") -> [String] {
        let indentWidth = DisplayWidth.columns(indent)
        var lines: [String] = []
        var current = first
        var currentWidth = DisplayWidth.columns(first)
        var hasWord = false
        func breakLine() {
            lines.append(current)
            current = indent
            currentWidth = indentWidth
            hasWord = false
        }
        for word in text.split(whereSeparator: \.isWhitespace) {
            var rest = word
            while !rest.isEmpty {
                let restWidth = DisplayWidth.columns(String(rest))
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
}
