/// A table for the terminal: a header line, then one line per row, columns aligned by the
/// display width of their text (so Vietnamese in NFD, CJK and emoji line up), two spaces
/// between columns, no space at the end of any line.
///
/// Given a maximum width, the columns marked flexible (a title, a description) give up room,
/// widest first, until the table fits; a cell too wide for its column is cut on a grapheme
/// boundary and ends with `…`. A flexible column keeps at least the width of its header, so
/// a table may still be wider than asked when there is too much else.
///
/// Every row is held until the table is rendered, since the widths depend on all of them.
public struct TextTable: Sendable {
    /// Which side of its column a cell's text keeps to.
    public enum Alignment: Sendable {
        /// Text starts at the column's left edge (names, titles).
        case left
        /// Text ends at the column's right edge (numbers, counts).
        case right
    }

    /// One column: its header, alignment, and whether it may be narrowed to fit.
    public struct Column: Sendable {
        /// The text of the header line.
        public var header: String
        /// Which side cells keep to; the header too.
        public var alignment: Alignment
        /// Whether the column gives up room when the table is too wide.
        public var isFlexible: Bool

        /// A column titled `header`.
        public init(_ header: String, alignment: Alignment = .left, flexible: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.isFlexible = flexible
        }
    }

    /// The columns, left to right.
    public var columns: [Column]
    /// The rows added so far, each with one cell per column.
    public private(set) var rows: [[String]] = []

    /// An empty table with `columns`.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row: one cell per column, in order.
    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a row has \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }

    /// The table as text, every line ending in a newline, at most `maxWidth` columns wide if
    /// the flexible columns can shrink enough.
    public func render(maxWidth: Int? = nil) -> String {
        let output = OutputBuffer()
        write(to: output, maxWidth: maxWidth)
        return output.text
    }

    /// Writes ``render(maxWidth:)``'s text to `output`, without building one string of it.
    public func write(to output: OutputBuffer, maxWidth: Int? = nil) {
        // Tabs and newlines in a cell would break the grid: they show as spaces.
        let lines = [columns.map { TextTable.flattened($0.header) }]
            + rows.map { $0.map(TextTable.flattened) }
        let measured = lines.map { $0.map(DisplayWidth.columns) }
        var widths = columns.indices.map { column in measured.map { $0[column] }.max() ?? 0 }
        if let maxWidth { shrink(&widths, to: maxWidth, headerWidths: measured[0]) }

        for (cells, cellWidths) in zip(lines, measured) {
            // Spaces owed before the next text on the line: written only when text follows,
            // so that no line ends in a space.
            var owed = 0
            for (index, column) in columns.enumerated() {
                var cell = cells[index]
                var width = cellWidths[index]
                if width > widths[index] {
                    cell = TextTable.cut(cell, to: widths[index])
                    width = DisplayWidth.columns(cell)
                }
                if index > 0 { owed += 2 }
                if column.alignment == .right { owed += widths[index] - width }
                // The cell's own trailing spaces are owed too.
                var end = cell.endIndex
                while end > cell.startIndex, cell.utf8[cell.utf8.index(before: end)] == 0x20 {
                    end = cell.utf8.index(before: end)
                }
                let trailing = cell.utf8.distance(from: end, to: cell.endIndex)
                if end > cell.startIndex {
                    for _ in 0..<owed { output.write(byte: 0x20) }
                    output.write(cell[..<end])
                    owed = trailing
                } else {
                    owed += trailing
                }
                if column.alignment == .left { owed += widths[index] - width }
            }
            output.write(byte: 0x0A)
        }
    }

    /// Narrows the flexible columns, the widest first, until the table fits in `maxWidth` or
    /// each is down to its header's width.
    private func shrink(_ widths: inout [Int], to maxWidth: Int, headerWidths: [Int]) {
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - maxWidth
        let floors = columns.indices.map { min(widths[$0], max(1, headerWidths[$0])) }
        while excess > 0 {
            let candidates = columns.indices.filter { columns[$0].isFlexible && widths[$0] > floors[$0] }
            // One column at a time, so flexible columns of equal width end equal.
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    /// `text` with tabs, newlines and other control characters as spaces.
    static func flattened(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        return String(text.map { $0.isNewline || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true ? " " : $0 })
    }

    /// `text` cut to at most `width` columns on a grapheme boundary, ending with `…`.
    static func cut(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        // Latin and Vietnamese in NFC, as titles mostly are: a scalar a cluster and a column,
        // cut after `width - 1` of them where the next is such a letter too.
        let scalars = text.unicodeScalars
        var end = scalars.startIndex
        var count = 0
        while end < scalars.endIndex, count < width - 1, DisplayWidth.isLatinCluster(scalars[end]) {
            end = scalars.index(after: end)
            count += 1
        }
        if count == width - 1, end < scalars.endIndex, DisplayWidth.isLatinCluster(scalars[end]) {
            return String(scalars[..<end]) + "…"
        }
        return graphemeCut(text, to: width)
    }

    /// ``cut(_:to:)`` a grapheme cluster at a time, for any text: what its quick way must equal.
    static func graphemeCut(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.columns(character)
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        return kept + "…"
    }
}
