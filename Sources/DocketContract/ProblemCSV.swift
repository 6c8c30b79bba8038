import DocketCore

/// The CSV of problems that `export --csv`, `list --csv` and `GET /export?format=csv` write:
/// the import columns first, so that the file re-imports, then the problem's standing.
public enum ProblemCSV {
    /// The header row.
    public static let header = [
        "title", "locality", "category", "description", "recommendation", "group", "unit", "due", "raised_at",
        "id", "state", "province", "escalated_to", "resolved_at", "resolution",
    ]

    /// The row of `problem`, its group named by its title from `groups`.
    public static func row(_ problem: Problem, groups: [Int64: String], context: JSONContext) -> [String] {
        [
            problem.title, problem.locality.code ?? problem.locality.name, problem.category ?? "",
            problem.description ?? "", problem.recommendation ?? "",
            problem.groupID.flatMap { groups[$0] } ?? "", problem.unit?.code ?? "",
            problem.due?.description ?? "", context.format(problem.raisedAt),
            String(problem.id), problem.state, problem.province.name, problem.escalatedTo?.code ?? "",
            problem.resolvedAt.map(context.format) ?? "", problem.resolution ?? "",
        ]
    }
}
