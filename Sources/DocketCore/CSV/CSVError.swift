/// What is wrong with a CSV file's content, and where: the CLI names the line and, from the
/// header, the column, and exits 65.
public struct CSVError: Error, Hashable, Sendable {
    /// The line of the file, the header being line 1. For a quoted field that is never
    /// closed, the line it starts on.
    public var line: Int
    /// Which field of its record the fault is in, from 1, so the caller can name its column.
    public var column: Int
    /// What is wrong and what to do, as a clause to follow the place:
    /// `"the text is not valid UTF-8: save the file as UTF-8"`.
    public var reason: String

    /// A fault in field `column` of line `line`.
    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    static func notUTF8(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column, reason: "the text is not valid UTF-8: save the file as UTF-8")
    }

    static func unterminatedQuote(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column,
                 reason: "a quoted field starts here and is never closed: a closing quote is missing")
    }

    static func quoteInUnquotedField(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column,
                 reason: "a quote appears in a field that does not start with one: put the whole field in quotes and double each quote inside it")
    }

    static func textAfterClosingQuote(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column,
                 reason: "there is text after the closing quote of a quoted field: double each quote inside a quoted field")
    }

    static func nulByte(line: Int, column: Int) -> CSVError {
        CSVError(line: line, column: column,
                 reason: "there is a NUL byte, so this is not a text file: give a CSV file saved as UTF-8 text")
    }
}

extension CSVError: CustomStringConvertible {
    /// One sentence: `Line 4, field 2: the text is not valid UTF-8: save the file as UTF-8.`
    public var description: String {
        "Line \(line), field \(column): \(reason)."
    }
}
