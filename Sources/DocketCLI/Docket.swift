/// The root of the command line: `docket COMMAND [options]`.
public enum Docket {
    /// docket's version, printed by `docket --version`.
    public static let version = "0.1.0"

    /// Every command, grouped as `docket --help` lists them.
    static var commands: CommandNode {
        .group(CommandHelp(
            name: "docket",
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
                """
        ), sections: [
            CommandSection(title: "The register", members: [
                .command(InitCommand.self), LocalityCommand.node, UnitCommand.node, MeetingCommand.node, GroupCommand.node,
                CategoryCommand.node, CalendarCommand.node,
            ]),
            CommandSection(title: "Problems", members: [
                .command(FileCommand.self), .command(EditCommand.self), .command(ShowCommand.self), .command(HistoryCommand.self), .command(ListCommand.self),
            ]),
            CommandSection(title: "The workflow", members: [
                .command(AssignCommand.self), .command(AnswerCommand.self), .command(EscalateCommand.self),
                .command(ResolveCommand.self), .command(ReopenCommand.self), .command(CloseCommand.self),
                .command(CommentCommand.self), .command(SweepCommand.self), WorkflowCommand.node,
            ]),
            CommandSection(title: "Search and exchange", members: [
                .command(SearchCommand.self), .command(ImportCommand.self), .command(ExportCommand.self),
                .command(BackupCommand.self), .command(DumpCommand.self), .command(RestoreCommand.self), .command(CopyCommand.self),
            ]),
            CommandSection(title: "The server", members: [.command(ServeCommand.self), TokenCommand.node]),
            CommandSection(title: "Reports", members: [ReportCommand.node]),
            CommandSection(title: "The shell", members: [CompletionCommand.node]),
        ])
    }
}
