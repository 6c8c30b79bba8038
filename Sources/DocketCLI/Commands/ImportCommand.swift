import DocketCore
import DocketStore
import Glibc

/// `docket import FILE.csv`: file many problems at once, all or nothing.
struct ImportCommand: DocketCommand {
    static let help = CommandHelp(
        name: "import",
        abstract: "File every row of a CSV file as a problem, all or nothing.",
        discussion: """
            The file is CSV (RFC 4180, UTF-8, a header row; quoted fields may hold commas, \
            quotes and line breaks). Columns, in any order and any case: title and locality \
            (required), category, description, recommendation, group (a group's number, or a \
            title: the group with that title, made if there is none), unit (the row is then \
            assigned to it as it is filed), due (its deadline, with a unit), raised_at (a date \
            or ISO 8601 date-time; default --at, else the meeting's day at 09:00 with \
            --meeting, else now; never before the meeting's day). The columns 'export --csv' adds \
            (id, state, province, escalated_to, resolved_at, resolution) are ignored, so an \
            export re-imports.

            The first fault refuses the whole file, naming its line and column, and nothing is \
            written. --dry-run checks everything, names included, and writes nothing.

            Examples:
              docket import can-tho-2025-08-26.csv --meeting 1
              docket import rows.csv --dry-run
              docket import rows.csv --at 2025-08-26 --json
            """
    )
    let global: GlobalOptions
    let file: String
    let meeting: String?
    let dryRun: Bool
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        file = try arguments.argument("file.csv", help: "The CSV file to read.")
        meeting = arguments.option("meeting", valueName: "id", help: "The meeting every row was raised at.")
        dryRun = arguments.flag("dry-run", help: "Check everything and write nothing.")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let meeting = try Arguments.number(meeting)
        let fd = try ImportCommand.open(file)
        defer { close(fd) }
        let register = try context.register()
        let options = Register.ImportOptions(meeting: meeting, dryRun: dryRun, raisedAt: try at.map { try context.instant($0) },
                                             now: context.now, as: context.principal)
        var reader = CSVReader(fileDescriptor: fd)
        var progress = ProgressLine(console: context.console)
        defer { progress.end() }
        let summary = try register.importProblems(from: &reader, options: options) { count in
            progress.show("Importing \(file): \(count) rows…")
        }
        progress.end()
        if global.json {
            context.console.json(.object([
                ("imported", .integer(summary.count)), ("first", .id(summary.first)), ("last", .id(summary.last)),
                ("dry_run", .bool(summary.dryRun)),
            ]))
            return
        }
        var numbers: String?
        if let first = summary.first, let last = summary.last {
            numbers = first == last ? "#\(first)" : "#\(first)–#\(last)"
        }
        context.console.line(context.messages.sentence(for: .imported(count: summary.count, numbers: numbers, dryRun: summary.dryRun)))
    }

    /// Opens `path` for reading, refusing what cannot be read or is a directory (exit 66).
    static func open(_ path: String) throws -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CLIError.inputUnreadable(path: path, errno: errno)
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw CLIError.inputIsADirectory(path: path)
        }
        return fd
    }
}
