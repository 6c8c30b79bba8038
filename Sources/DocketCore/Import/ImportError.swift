/// Why `docket import` refused a file: where (the line as an editor counts it, the header
/// being line 1, and the column by name) and what is wrong. Nothing was imported; the CLI
/// exits 65.
public struct ImportError: Error, Hashable, Sendable {
    /// The line of the file the fault is on (a record's first line).
    public var line: Int
    /// The column's name (`locality`, `due`), or nil when the fault is the whole line.
    public var column: String?
    /// What is wrong and what to do, as a clause starting in lower case:
    /// `"no locality matches 'Atlantis': check the spelling, or list them with 'docket locality list'"`.
    public var reason: String

    /// A fault on `line`, in `column` when there is one.
    public init(line: Int, column: String?, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// A fault on `line` in `column`, whose reason is another error's sentence (a name that
    /// matches nothing, a date that does not exist), made a clause.
    public init(line: Int, column: String?, sentence: String) {
        self.init(line: line, column: column, reason: ImportError.clause(sentence))
    }

    /// A file with not even a header row.
    public static let emptyFile = ImportError(line: 1, column: nil, reason: "the file is empty: it needs a header row naming its columns (title, locality, …) and a row per problem")

    /// A fault of the CSV codec, in the column named `column`.
    public init(_ error: CSVError, column: String?) {
        self.init(line: error.line, column: column, reason: error.reason)
    }

    /// `sentence` as a clause: its first letter in lower case unless it starts a word in
    /// capitals (an abbreviation), without its final full stop.
    public static func clause(_ sentence: String) -> String {
        var text = Substring(sentence)
        while text.last == "." || text.last == " " { text = text.dropLast() }
        guard let first = text.first else { return "" }
        let second = text.dropFirst().first
        if first.isUppercase, second.map({ !$0.isUppercase }) ?? true {
            return first.lowercased() + text.dropFirst()
        }
        return String(text)
    }
}

extension ImportError: CustomStringConvertible {
    /// One sentence: `Nothing was imported: line 7, column due: '2025-02-30' is not a date: give it as YYYY-MM-DD, a day that exists.`
    public var description: String {
        var place = "line \(line)"
        if let column { place += ", column \(column)" }
        return "Nothing was imported: \(place): \(reason)."
    }
}
