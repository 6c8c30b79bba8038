import DocketContract
import DocketCore
import DocketStore
import DocketWorkflow

/// `docket group add|list|show`: one difficulty raised by several localities.
enum GroupCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "group", abstract: "Difficulties raised by several localities, tracked as one."),
               [.command(Add.self), .command(List.self), .command(Show.self)])
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Make a group; prints its number. File problems into it with --group.",
            discussion: "Examples:\n  docket group add \"Giá thuê hạ tầng viễn thông thụ động\"\n  docket group add \"Chữ ký số chuyên dùng\" --json"
        )
        let global: GlobalOptions
        let title: String
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            title = try arguments.argument("title", help: "What the difficulty is.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let group = try register.addGroup(title: title, at: try context.instant(at), actor: global.actorName)
            if global.json {
                context.console.json(GroupJSON.value(group, counts: [:], workflow: try register.workflow(), context: try context.json()))
            } else {
                context.console.line(context.messages.sentence(for: .groupMade(id: group.id, title: group.title)))
            }
        }
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the groups with their state and how many problems each has.",
            discussion: "Examples:\n  docket group list\n  docket group list --json"
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let workflow = try register.workflow()
            let groups = try register.groups()
            if global.json {
                context.console.json(.array(try groups.map { GroupJSON.value($0.group, counts: $0.counts, workflow: workflow, context: try context.json()) }))
                return
            }
            var table = TextTable(columns: [.init("#", alignment: .right), .init("State"), .init("Problems", alignment: .right),
                                            .init("Resolved", alignment: .right), .init("Title", flexible: true)])
            for (group, counts) in groups {
                let status = workflow.standing(ofGroupWith: counts)
                table.append(["\(group.id)", status.state.rawValue, "\(status.total)", "\(status.resolved)", group.title])
            }
            context.console.table(table)
        }
    }

    struct Show: DocketCommand {
        static let help = CommandHelp(
            name: "show",
            abstract: "Show a group: its state, how many of its problems are in each state, and the problems.",
            discussion: "Examples:\n  docket group show 1\n  docket group show 1 --json"
        )
        let global: GlobalOptions
        let id: String

        init(_ arguments: inout ArgumentReader) throws {
            id = try arguments.argument("id", help: "The group's number.")
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let number = try Arguments.number(id)
            let register = try context.register()
            let workflow = try register.workflow()
            let (group, counts) = try register.group(id: number)
            var problems: [Problem] = []
            try context.forEachProblem(matching: ProblemFilter(group: number), overdueStates: []) { problems.append($0) }
            if global.json {
                guard case .object(var fields) = GroupJSON.value(group, counts: counts, workflow: workflow, context: try context.json()) else { return }
                fields.append(("problems", .array(try problems.map { ProblemJSON.value($0, context: try context.json()) })))
                context.console.json(.object(fields))
                return
            }
            let status = workflow.standing(ofGroupWith: counts)
            context.console.line("Group #\(group.id): \(group.title)")
            context.console.line("State     \(status.state.rawValue): \(status.resolved) of \(status.total) problems resolved")
            let byState = workflow.states.compactMap { state in counts[state.name].map { "\(state.name) \($0)" } }
            if !byState.isEmpty { context.console.line("By state  " + byState.joined(separator: ", ")) }
            context.console.line()
            if !problems.isEmpty { try ProblemText.table(problems, context: context) }
        }
    }
}
