import DocketCore
import DocketStore

/// `docket backup FILE`: a consistent copy of the register while others keep working.
struct BackupCommand: DocketCommand {
    static let help = CommandHelp(
        name: "backup",
        abstract: "Copy the register, as of one moment, to a new file while others keep working.",
        discussion: """
            The copy is made with SQLite's online backup API from one snapshot: problems filed \
            while it runs are either wholly in it or not at all, and nobody has to stop. It is a \
            register of its own (give it to --db), readable by its owner only, and appears \
            under its name only once complete. An existing file is refused unless --force; \
            the register itself (or its -wal or -shm file) never may be the copy.

            Examples:
              docket backup /backup/docket-2025-08-26.db
              docket backup copy.db --force
            """
    )
    let global: GlobalOptions
    let file: String
    let force: Bool

    init(_ arguments: inout ArgumentReader) throws {
        file = try arguments.argument("file", help: "Where to write the copy.")
        force = arguments.flag("force", help: "Replace the file if it exists.")
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        if file.trimmingSpaces.isEmpty { throw CommandLineError("Give the path of the copy to write.", vi: "Hãy cho đường dẫn của bản sao cần ghi.") }
    }

    func execute(in context: CommandContext) throws {
        try context.register().backup(to: file, replacing: force)
        if global.json {
            context.console.json(.object([("backup", .string(file))]))
        } else {
            context.console.line("Backed up the register to \(file).")
        }
    }
}
