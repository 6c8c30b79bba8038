import DocketContract
import DocketCore
import DocketStore

/// `docket file`: record a problem a locality raised.
struct FileCommand: DocketCommand {
    static let help = CommandHelp(
        name: "file",
        abstract: "Record a problem a locality raised; it starts raised. Prints its number.",
        discussion: """
            The locality is a province, or a commune or ward under one, by code or by name \
            (with or without diacritics or its prefix; "Tân Phú, Đồng Nai" names a commune \
            with its province). --at says when it was raised: a problem filed today from last \
            Tuesday's meeting was raised last Tuesday. With --meeting and no --at it was raised \
            at the meeting (its day, 09:00), and an --at before the meeting's day is refused.

            Examples:
              docket file --locality "Phường Ninh Kiều" --meeting 1 --group 1 \\
                  --category "Viễn thông" \\
                  --title "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất" \\
                  --recommendation "Cục Viễn thông sớm thống nhất khung giá thuê"
              docket file --locality "can tho" --title "Thiếu cán bộ đo lường" --json
            """
    )

    let global: GlobalOptions
    let locality: String
    let title: String
    let meeting: String?
    let category: String?
    let description: String?
    let recommendation: String?
    let group: String?
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        locality = try arguments.requiredOption("locality", help: "The locality that raised it: code or name.")
        title = try arguments.requiredOption("title", help: "What the difficulty is, in a line (at most 500 characters).")
        meeting = arguments.option("meeting", valueName: "id", help: "The meeting it was raised at.")
        category = arguments.option("category", help: "Its field, such as \"Viễn thông\".")
        description = arguments.option("description", valueName: "text", help: "More about it.")
        recommendation = arguments.option("recommendation", valueName: "text", help: "What the locality recommended.")
        group = arguments.option("group", valueName: "id", help: "The group it belongs to.")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let new = try NewProblem(title: title, locality: locality, category: category, description: description,
                                 recommendation: recommendation, meeting: Arguments.number(meeting),
                                 group: Arguments.number(group)).validated()
        let register = try context.register()
        let problem = try register.file(new, at: try at.map { try context.instant($0) }, as: context.principal)
        if global.json {
            context.console.json(ProblemJSON.value(problem, context: try context.json()))
        } else {
            context.console.line(context.messages.sentence(for: .filed(id: problem.id, title: problem.title, locality: problem.locality.name)))
        }
    }
}
