import DocketCore

/// Problems as people read them in a terminal.
enum ProblemText {
    /// One aligned row per problem: number, state, deadline, locality, the owner's name, where
    /// it was sent (while that stands), title.
    static func table(_ problems: [Problem], context: CommandContext) throws {
        var table = TextTable(columns: [
            .init("#", alignment: .right), .init("State"), .init("Due"), .init("Locality"), .init("Owner"),
            .init("Sent to"), .init("Title", flexible: true),
        ])
        for problem in problems {
            var due = problem.due?.description ?? ""
            if try context.isOverdue(problem) { due += " !" }
            table.append(["\(problem.id)", problem.state, due, problem.locality.name, problem.unit?.name ?? "",
                          problem.escalatedTo?.name ?? "", problem.title])
        }
        context.console.table(table)
    }

    /// What an edit corrected in one field, as the history shows it: `locality: Cần Thơ →
    /// Đồng Nai`, `group: none → #3`, a text in quotes.
    static func describe(_ change: Correction) -> String {
        func shown(_ value: Correction.Value) -> String {
            switch value {
            case .text(let text): "\"" + text + "\""
            case .locality(let locality): locality.name
            case .record(let number): "#\(number)"
            case .empty: "none"
            }
        }
        return change.field.rawValue + ": " + shown(change.old) + " → " + shown(change.new)
    }

    /// Everything about one problem, a field a line.
    static func detail(_ problem: Problem, context: CommandContext) throws {
        let console = context.console
        console.line("#\(problem.id)  \(problem.title)")
        var fields: [(String, String)] = []
        var state = problem.state
        if let unit = problem.unit { state += ", owner \(unit.handle) (\(unit.name))" }
        if let target = problem.escalatedTo { state += ", escalated to \(target.handle) (\(target.name))" }
        fields.append(("State", state))
        if let due = problem.due {
            fields.append(("Due", due.description + (try context.isOverdue(problem) ? " (overdue)" : "")))
        }
        var place = problem.locality.name
        if problem.locality != problem.province { place += ", " + problem.province.name }
        if let code = problem.province.code { place += " (\(code))" }
        fields.append(("Locality", place))
        if let category = problem.category { fields.append(("Category", category)) }
        if let meeting = problem.meetingID { fields.append(("Meeting", "#\(meeting)")) }
        if let group = problem.groupID { fields.append(("Group", "#\(group)")) }
        fields.append(("Raised", try context.format(problem.raisedAt)))
        if let response = problem.response { fields.append(("Response", response)) }
        if let resolved = problem.resolvedAt { fields.append(("Resolved", try context.format(resolved))) }
        if let resolution = problem.resolution { fields.append(("Resolution", resolution)) }
        if let reason = problem.closeReason { fields.append(("Close reason", reason)) }
        if let description = problem.description { fields.append(("Description", description)) }
        if let recommendation = problem.recommendation { fields.append(("Recommendation", recommendation)) }
        let width = fields.map { DisplayWidth.columns($0.0) }.max() ?? 0
        for (label, value) in fields {
            console.line(label + String(repeating: " ", count: width - DisplayWidth.columns(label) + 2) + value)
        }
    }
}
