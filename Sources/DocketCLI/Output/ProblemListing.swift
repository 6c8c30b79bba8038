import DocketContract
import DocketCore
import DocketStore

/// Writes a list of problems — `list`, `search`, `export` — as a table, JSON or CSV,
/// streaming from the register so that a million problems take little memory.
enum ProblemListing {
    enum Format {
        case text, json
        /// CSV, after a UTF-8 byte order mark when asked (Excel reads Vietnamese right only then).
        case csv(byteOrderMark: Bool = false)
    }

    /// A text table holds its rows until it is printed; past this many it is printed in parts.
    private static let textChunk = 5000

    /// Writes every problem `filter` matches in `format`; with `progress`, counts them on a
    /// progress line when stderr is a terminal (an export of a large register takes seconds).
    static func write(register: Register, filter: ProblemFilter, limit: Int? = nil, format: Format,
                      context: CommandContext, progress: Bool = false) throws {
        let overdueStates = try register.workflow().deadlines.overdueIn
        var line = ProgressLine(console: context.console)
        defer { line.end() }
        var count = 0
        try write(format: format, context: context) { body in
            try context.forEachProblem(matching: filter, overdueStates: overdueStates, limit: limit) { problem in
                try body(problem)
                count += 1
                if progress { line.show("\(count) problem\(count == 1 ? "" : "s") written…") }
            }
        }
    }

    /// Writes the problems `source` gives, in its order, in `format`.
    static func write(format: Format, context: CommandContext,
                      source: ((Problem) throws -> Void) throws -> Void) throws {
        let console = context.console
        switch format {
        case .json:
            var writer = JSONWriter(to: console.output)
            writer.beginArray()
            try source { writer.value(ProblemJSON.value($0, context: try context.json())) }
            writer.endArray()
            console.output.write(byte: 0x0A)
        case .csv(let byteOrderMark):
            let groups = try Dictionary(uniqueKeysWithValues: context.register().groupTitles().map { ($0.id, $0.title) })
            let csv = CSVWriter(to: console.output, byteOrderMark: byteOrderMark)
            csv.write(row: ProblemCSV.header)
            let json = try context.json()
            try source { csv.write(row: ProblemCSV.row($0, groups: groups, context: json)) }
        case .text:
            var batch: [Problem] = []
            var printed = 0
            try source { problem in
                batch.append(problem)
                if batch.count == textChunk {
                    try ProblemText.table(batch, context: context)
                    printed += batch.count
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty || printed == 0 {
                if batch.isEmpty {
                    console.line("No problem matches.")
                } else {
                    try ProblemText.table(batch, context: context)
                }
            }
        }
    }
}
