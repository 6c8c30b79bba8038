import ArgumentParser
import DocketCore
import DocketStore

/// `docket file`: record a problem a locality raised.
struct FileCommand: DocketCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Record a problem a locality raised; it starts raised. Prints its number.",
        discussion: """
            The locality is a province, or a commune or ward under one, by code or by name \
            (with or without diacritics or its prefix). --at says when it was raised: a \
            problem filed today from last Tuesday's meeting was raised last Tuesday.

            Examples:
              docket file --locality "Phường Ninh Kiều" --meeting 1 --group 1 \\
                  --category "Viễn thông" --at 2025-08-26 \\
                  --title "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất" \\
                  --recommendation "Cục Viễn thông sớm thống nhất khung giá thuê"
              docket file --locality "can tho" --title "Thiếu cán bộ đo lường" --json
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The locality that raised it: code or name.", valueName: "locality")) var locality: String
    @Option(help: "What the difficulty is, in a line (at most 500 characters).") var title: String
    @Option(help: ArgumentHelp("The meeting it was raised at.", valueName: "id")) var meeting: String?
    @Option(help: "Its field, such as \"Viễn thông\".") var category: String?
    @Option(help: "More about it.") var description: String?
    @Option(help: "What the locality recommended.") var recommendation: String?
    @Option(help: ArgumentHelp("The group it belongs to.", valueName: "id")) var group: String?
    @OptionGroup var when: WhenOption

    func execute(in context: CommandContext) throws {
        let new = try NewProblem(title: title, locality: locality, category: category, description: description,
                                 recommendation: recommendation, meeting: Arguments.number(meeting),
                                 group: Arguments.number(group)).validated()
        let register = try context.register()
        let problem = try register.file(new, at: try context.instant(when.at), actor: global.actorName)
        if global.json {
            context.console.json(try ProblemJSON.value(problem, context: context))
        } else {
            context.console.line("Filed #\(problem.id): \(problem.title) (\(problem.locality.name)).")
        }
    }
}
