import DocketCore
import DocketWorkflow

/// A group as JSON: `id`, `title`, `state`, `problems` count and `by_state`.
public enum GroupJSON {
    public static func value(_ group: ProblemGroup, counts: [String: Int], workflow: Workflow, context: JSONContext) -> JSONValue {
        let status = workflow.standing(ofGroupWith: counts)
        return .object([
            ("id", .integer(Int(group.id))),
            ("title", .string(group.title)),
            ("state", .string(status.state.rawValue)),
            ("total", .integer(Int(status.total))),
            ("resolved", .integer(Int(status.resolved))),
            ("by_state", .object(workflow.states.map { ($0.name, .integer(Int(counts[$0.name] ?? 0))) })),
            ("created_at", .string(context.format(group.createdAt))),
        ])
    }
}
