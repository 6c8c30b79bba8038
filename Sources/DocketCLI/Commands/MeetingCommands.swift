import DocketContract
import DocketCore
import DocketStore

/// `docket meeting add|list|show`: the working sessions problems are raised at.
enum MeetingCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "meeting", abstract: "The working sessions problems are raised at."),
               [.command(Add.self), .command(List.self), .command(Show.self)])
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Record a working session; prints its number.",
            discussion: """
                Examples:
                  docket meeting add --locality "Cần Thơ" --date 2025-08-26 \\
                      --title "Làm việc với UBND TP. Cần Thơ" --lead "Hồ Hồng Hải"
                  docket meeting add --locality 92 --date 2025-08-26 --title "Working session" --json
                """
        )
        let global: GlobalOptions
        let locality: String
        let date: String
        let title: String
        let lead: String?
        let notes: String?
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            locality = try arguments.requiredOption("locality", help: "Where it was held: code or name.")
            date = try arguments.requiredOption("date", valueName: "YYYY-MM-DD", help: "The day it was held.")
            title = try arguments.requiredOption("title", help: "What it was.")
            lead = arguments.option("lead", help: "Who led the delegation.")
            notes = arguments.option("notes", help: "Free notes.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let heldOn = try Arguments.date(date)
            let register = try context.register()
            let meeting = try register.addMeeting(locality: locality, heldOn: heldOn, title: title, lead: lead,
                                                  notes: notes, at: try context.instant(at), actor: global.actorName)
            if global.json {
                context.console.json(MeetingJSON.value(meeting, context: try context.json()))
            } else {
                context.console.line(context.messages.sentence(for: .meetingRecorded(id: meeting.id, title: meeting.title,
                                                                                     locality: meeting.locality.name, heldOn: "\(meeting.heldOn)")))
            }
        }
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the meetings by the day they were held.",
            discussion: "Examples:\n  docket meeting list\n  docket meeting list --json"
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let meetings = try context.register().meetings()
            if global.json {
                context.console.json(.array(try meetings.map { MeetingJSON.value($0, context: try context.json()) }))
                return
            }
            var table = TextTable(columns: [.init("#", alignment: .right), .init("Date"), .init("Locality"), .init("Title", flexible: true)])
            for meeting in meetings {
                table.append(["\(meeting.id)", meeting.heldOn.description, meeting.locality.name, meeting.title])
            }
            context.console.table(table)
        }
    }

    struct Show: DocketCommand {
        static let help = CommandHelp(
            name: "show",
            abstract: "Show a meeting and the problems raised at it.",
            discussion: "Examples:\n  docket meeting show 1\n  docket meeting show '#1' --json"
        )
        let global: GlobalOptions
        let id: String

        init(_ arguments: inout ArgumentReader) throws {
            id = try arguments.argument("id", help: "The meeting's number.")
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let number = try Arguments.number(id)
            let register = try context.register()
            let meeting = try register.meeting(id: number)
            var problems: [Problem] = []
            try context.forEachProblem(matching: ProblemFilter(meeting: number), overdueStates: []) { problems.append($0) }
            if global.json {
                guard case .object(var fields) = MeetingJSON.value(meeting, context: try context.json()) else { return }
                fields.append(("problems", .array(try problems.map { ProblemJSON.value($0, context: try context.json()) })))
                context.console.json(.object(fields))
                return
            }
            context.console.line("Meeting #\(meeting.id): \(meeting.title)")
            context.console.line("Held     \(meeting.heldOn), \(meeting.locality.name)")
            if let lead = meeting.lead { context.console.line("Lead     \(lead)") }
            if let notes = meeting.notes { context.console.line("Notes    \(notes)") }
            context.console.line()
            if problems.isEmpty {
                context.console.line("No problems were filed against it yet.")
            } else {
                try ProblemText.table(problems, context: context)
            }
        }
    }
}
