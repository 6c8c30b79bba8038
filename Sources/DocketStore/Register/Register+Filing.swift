import DocketCore
import DocketWorkflow

extension Register {
    /// Records a new problem in the workflow's initial state: the problem, its `file` event and
    /// its search document, in one transaction.
    public func file(_ new: NewProblem, at: Instant, actor: String) throws -> Problem {
        let new = try new.validated()
        return try write {
            let id = try insert(new, locality: try resolveLocality(new.locality), at: at, actor: actor,
                                workflow: try currentWorkflow())
            return try loadProblem(id)
        }
    }

    /// Inserts a validated problem inside the caller's transaction and returns its number.
    /// The statements are cached, so a batch (an import) prepares each once.
    ///
    /// - Parameter history: the folded text of the events a bulk load writes after the filing,
    ///   so the search document is written once.
    func insert(_ new: NewProblem, locality: Locality, at: Instant, actor: String, workflow: Workflow,
                history: String = "") throws -> Int64 {
        if let meeting = new.meeting, try database.scalar("SELECT 1 FROM meeting WHERE id = ?", meeting) == nil {
            throw RegisterError.notFound(kind: "meeting", name: "#\(meeting)")
        }
        if let group = new.group, try database.scalar("SELECT 1 FROM problem_group WHERE id = ?", group) == nil {
            throw RegisterError.notFound(kind: "group", name: "#\(group)")
        }
        let (status, event) = workflow.file(at: at, raisedOn: timeZone.localDate(of: at))
        let recordedAt = clock().secondsSinceEpoch
        try database.cached("""
            INSERT INTO problem (title, description, recommendation, category, category_key, locality_id,
                                 province_id, meeting_id, group_id, state, raised_at, updated_at, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).run(new.title, new.description, new.recommendation, new.category, new.category.map(Folding.key),
                     locality.id, locality.provinceID, new.meeting, new.group, status.state,
                     at.secondsSinceEpoch, at.secondsSinceEpoch, recordedAt)
        let id = database.lastInsertedRowID
        try append(event, to: id, actor: actor)
        let body = [new.description, new.recommendation].compactMap { $0 }.joined(separator: " ")
        try database.cached("INSERT INTO search (rowid, title, body, history) VALUES (?, ?, ?, ?)")
            .run(id, Folding.fold(new.title), Folding.fold(body), history)
        return id
    }
}
