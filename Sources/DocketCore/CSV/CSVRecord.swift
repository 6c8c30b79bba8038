/// One record of a CSV file: its fields, and the line of the file it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The line the record starts on, as an editor counts lines (the header is line 1). A
    /// quoted field with line breaks makes a record span several lines; the next record's line
    /// counts them.
    public var line: Int
    /// The fields' text, valid UTF-8 in NFC, without the quotes of quoted fields.
    public var fields: [String]

    /// A record starting on `line` with `fields`.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
