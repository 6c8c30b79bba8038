import ArgumentParser

/// The root command: `docket SUBCOMMAND [options]`.
public struct Docket: ParsableCommand {
    /// docket's version, printed by `docket --version`.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "A register of the difficulties and recommendations localities raise, moved through a workflow and reported weekly.",
        discussion: """
            One SQLite file holds the register (--db, $DOCKET_DB, else ./docket.db). Names of \
            localities and units may be typed with or without diacritics; problems are given by \
            number (12 or #12). Every command takes --json for scripts; every change takes --at \
            for when it happened.

            A first session:
              docket init
              docket unit add cuc-vt --name "Cục Viễn thông"
              docket file --locality "Cần Thơ" --title "Giá thuê hạ tầng viễn thông chưa thống nhất"
              docket assign 1 --unit cuc-vt --due 2025-09-30
              docket resolve 1 --resolution "Đã ban hành khung giá thuê"
              docket report weekly
            """,
        version: Docket.version,
        groupedSubcommands: [
            CommandGroup(name: "The register", subcommands: [
                InitCommand.self, LocalityCommand.self, UnitCommand.self, MeetingCommand.self, GroupCommand.self,
            ]),
            CommandGroup(name: "Problems", subcommands: [
                FileCommand.self, ShowCommand.self, HistoryCommand.self, ListCommand.self,
            ]),
            CommandGroup(name: "The workflow", subcommands: [
                AssignCommand.self, AnswerCommand.self, EscalateCommand.self, ResolveCommand.self,
                ReopenCommand.self, CloseCommand.self, CommentCommand.self, SweepCommand.self, WorkflowCommand.self,
            ]),
            CommandGroup(name: "Search and exchange", subcommands: [
                SearchCommand.self, ImportCommand.self, ExportCommand.self, BackupCommand.self,
            ]),
            CommandGroup(name: "Reports", subcommands: [ReportCommand.self]),
        ]
    )

    public init() {}
}
