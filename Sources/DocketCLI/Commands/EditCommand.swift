import DocketContract
import DocketCore
import DocketStore

/// `docket edit ID [--title T] [--description TEXT] [--recommendation TEXT] [--category C]
/// [--locality L] [--meeting ID|none] [--group ID|none]`: correct what was recorded.
struct EditCommand: DocketCommand {
    static let help = CommandHelp(
        name: "edit",
        abstract: "Correct what was recorded of a problem; its state does not change.",
        discussion: """
            One edit event in the problem's history keeps each corrected field's old and new \
            value (history --json: changes). The values are checked as file checks them. An \
            empty --description, --recommendation or --category removes it; --meeting none and \
            --group none take the problem out of its meeting or group. An edit that changes \
            nothing is refused. A report of a week that ended before the edit still counts the \
            problem where it stood and as it was called then.

            Examples:
              docket edit 12 --title "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất"
              docket edit 12 --locality "Phường Ninh Kiều" --at 2025-09-02
              docket edit 12 --group 3
              docket edit 12 --group none --meeting none --description ""
            """
    )

    let global: GlobalOptions
    let id: String
    let title: String?
    let description: String?
    let recommendation: String?
    let category: String?
    let locality: String?
    let meeting: String?
    let group: String?
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        id = try arguments.argument("id", help: "The problem's number.")
        title = arguments.option("title", help: "What the difficulty is, in a line (at most 500 characters).")
        description = arguments.option("description", valueName: "text", help: "More about it; empty to remove it.")
        recommendation = arguments.option("recommendation", valueName: "text",
                                          help: "What the locality recommended; empty to remove it.")
        category = arguments.option("category", help: "Its field, such as \"Viễn thông\"; empty to remove it.")
        locality = arguments.option("locality", help: "The locality that raised it: code or name.")
        meeting = arguments.option("meeting", valueName: "id|none", help: "The meeting it was raised at, or none.")
        group = arguments.option("group", valueName: "id|none", help: "The group it belongs to, or none.")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let number = try Arguments.number(id)
        let edit = try ProblemEdit(
            title: title, description: description.map { .to($0) }, recommendation: recommendation.map { .to($0) },
            category: category.map { .to($0) }, locality: locality, meeting: try Self.record(meeting),
            group: try Self.record(group)).validated()
        let register = try context.register()
        let (problem, changes) = try register.edit(number, edit, at: try context.instant(at), as: context.principal)
        if global.json {
            context.console.json(ProblemJSON.value(problem, context: try context.json()))
        } else {
            let fields = changes.map(\.field.rawValue).joined(separator: ", ")
            context.console.line("Edited #\(problem.id): \(fields); it is still \(problem.state).")
        }
    }

    /// `--meeting`'s or `--group`'s value: a number, or `none` (any case) to take it out.
    static func record(_ text: String?) throws -> ProblemEdit.Setting<Int64>? {
        guard let text else { return nil }
        if text.trimmingSpaces.lowercased() == "none" { return .cleared }
        return .to(try Arguments.number(text))
    }
}
