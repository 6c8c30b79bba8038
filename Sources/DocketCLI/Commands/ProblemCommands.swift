import DocketContract
import DocketCore
import DocketStore

/// `docket show ID`: one problem.
struct ShowCommand: DocketCommand {
    static let help = CommandHelp(
        name: "show",
        abstract: "Show one problem as it stands.",
        discussion: "Examples:\n  docket show 12\n  docket show '#12' --json"
    )
    let global: GlobalOptions
    let id: String

    init(_ arguments: inout ArgumentReader) throws {
        id = try arguments.argument("id", help: "The problem's number, with or without '#'.")
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let problem = try context.register().problem(id: try Arguments.number(id), as: context.principal)
        if global.json {
            context.console.json(ProblemJSON.value(problem, context: try context.json()))
        } else {
            try ProblemText.detail(problem, context: context)
        }
    }
}

/// `docket history ID`: one problem's events in the order they happened.
struct HistoryCommand: DocketCommand {
    static let help = CommandHelp(
        name: "history",
        abstract: "Show a problem's events in the order they happened.",
        discussion: """
            An edit shows each field it corrected, from its old value to its new one; with \
            --json, an edit event has changes [{field, old, new}].

            Examples:
              docket history 12
              docket history 12 --json
            """
    )
    let global: GlobalOptions
    let id: String

    init(_ arguments: inout ArgumentReader) throws {
        id = try arguments.argument("id", help: "The problem's number, with or without '#'.")
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let events = try context.register().history(of: try Arguments.number(id), as: context.principal)
        if global.json {
            context.console.json(.array(try events.map { EventJSON.value($0, context: try context.json()) }))
            return
        }
        var table = TextTable(columns: [.init("When"), .init("Who"), .init("Action"), .init("State"), .init("Detail", flexible: true)])
        for event in events {
            var detail: [String] = []
            switch event.action {
            case "assign", "file":
                if let unit = event.unit { detail.append("→ " + Self.named(unit)) }
                if let due = event.due, event.action == "assign" { detail.append("due \(due)") }
            case "escalate":
                if let target = event.escalatedTo { detail.append("→ " + Self.named(target)) }
            case "edit":
                detail.append(event.changes.map(ProblemText.describe).joined(separator: "; "))
            default:
                break
            }
            if let note = event.note { detail.append(note) }
            let state = event.from.map { $0 == event.to ? event.to : "\($0) → \(event.to)" } ?? event.to
            table.append([try context.format(event.at), event.actor, event.action, state, detail.joined(separator: "  ")])
        }
        context.console.table(table)
    }

    /// A unit as people read it in a history, with the code they type: `cuc-vt (Cục Viễn thông)`.
    private static func named(_ unit: NamedRef) -> String {
        unit.code.map { "\($0) (\(unit.name))" } ?? unit.name
    }
}

/// `docket list`: the problems that match every filter given, oldest first.
struct ListCommand: DocketCommand {
    static let help = CommandHelp(
        name: "list",
        abstract: "List the problems that match every filter given, oldest first.",
        discussion: """
            With no filter, every problem. A province's filter includes its communes and \
            wards; --unit shows what a unit owns or was sent; --overdue, what is past its \
            deadline in a state that has one.

            Examples:
              docket list --locality "Cần Thơ" --state assigned
              docket list --state open --unit bo-khcn
              docket list --state answered --state resolved
              docket list --unit cuc-vt --overdue
              docket list --category "viễn thông" --limit 20 --csv > vien-thong.csv
            """
    )
    let global: GlobalOptions
    let states: [String]
    let locality: String?
    let unit: String?
    let category: String?
    let group: String?
    let overdue: Bool
    let limit: Int?
    let csv: Bool
    let bom: Bool

    init(_ arguments: inout ArgumentReader) throws {
        states = arguments.repeatedOption("state", help: """
            Only problems in these states: names separated by commas or the option repeated, any case; open is every state but resolved and closed.
            """)
        locality = arguments.option("locality", help: "Only problems of this locality (a province includes its communes).")
        unit = arguments.option("unit", help: "Only problems this unit owns or was sent.")
        category = arguments.option("category", help: "Only problems of this category (any case, with or without diacritics).")
        group = arguments.option("group", valueName: "id", help: "Only problems in this group.")
        overdue = arguments.flag("overdue", help: "Only problems past their deadline.")
        limit = try arguments.count("limit", help: "At most this many problems.")
        csv = arguments.flag("csv", help: "Print CSV: the import columns, then id, state, province, escalated_to, resolved_at, resolution.")
        bom = arguments.flag("bom", help: "Begin the CSV with a UTF-8 byte order mark, for Excel (import ignores it).")
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        if csv && global.json { throw CommandLineError("Give --csv or --json, not both.", vi: "Hãy cho --csv hoặc --json, không cho cả hai.") }
        if bom && !csv { throw CommandLineError("--bom goes with --csv.", vi: "--bom đi cùng --csv.") }
    }

    func execute(in context: CommandContext) throws {
        let register = try context.register()
        let workflow = try register.workflow()
        var matching: [String] = []
        if !states.isEmpty {
            let matched = workflow.states(matching: states.joined(separator: ","))
            if let unknown = matched.unknown { throw CLIError.unknownState(unknown, states: workflow.states.map(\.name)) }
            matching = matched.states
        }
        let filter = ProblemFilter(states: matching, locality: locality, unit: unit, category: category,
                                   group: try Arguments.number(group), overdueOn: overdue ? try context.today() : nil)
        try ProblemListing.write(register: register, filter: filter, limit: limit,
                                 format: csv ? .csv(byteOrderMark: bom) : global.json ? .json : .text, context: context)
    }
}
