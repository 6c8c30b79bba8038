import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// The workflow in force: the one the register's setting names.
    ///
    /// A stored definition whose name and version are the built-in workflow's is that
    /// workflow (a definition never changes without a new version), so the common case reads
    /// two columns and decodes no JSON.
    public func workflow() throws -> Workflow {
        if let loadedWorkflow { return loadedWorkflow }
        let workflow = try read { _ in try loadWorkflow() }
        loadedWorkflow = workflow
        return workflow
    }

    func currentWorkflow() throws -> Workflow {
        if let loadedWorkflow { return loadedWorkflow }
        let workflow = try loadWorkflow()
        loadedWorkflow = workflow
        return workflow
    }

    private func loadWorkflow() throws -> Workflow {
        let statement = try database.cached("""
            SELECT w.name, w.version, w.definition FROM workflow AS w
            WHERE w.id = (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'workflow')
            """)
        guard let (name, version, definition) = try statement.first(transform: { ($0.text(0), Int($0.int64(1)), $0.text(2)) })
        else { throw RegisterError.notARegister(path: path, reason: .noWorkflow) }
        if name == Workflow.standard.name, version == Workflow.standard.version { return .standard }
        do {
            return try Workflow.decode(json: definition)
        } catch {
            throw RegisterError.unreadableWorkflow(name: name, version: version, error: error)
        }
    }

    /// The workflow-relevant projection of problem `id`, as the engine sees it, if it lies
    /// inside `scope`: one read, whose condition is the scope's.
    func status(of id: Int64, in scope: Principal.Scope = .everything) throws -> ProblemStatus {
        var sql = """
            SELECT p.state, p.unit_id, u.code, p.escalated_to_id, x.code, p.due, p.raised_at,
                   p.resolved_at, p.resolution, p.updated_at
            FROM problem AS p
            LEFT JOIN unit AS u ON u.id = p.unit_id
            LEFT JOIN unit AS x ON x.id = p.escalated_to_id
            WHERE p.id = ?
            """
        var values: [any SQLValueConvertible] = [id]
        if let condition = scope.problemCondition() {
            sql += " AND " + condition.sql
            values += condition.values
        }
        guard let status = try database.cached(sql).first(bound: values, transform: { row in
            let raisedAt = Instant(secondsSinceEpoch: row.int64(6))
            return ProblemStatus(
                state: row.text(0),
                owner: row.optionalInt64(1).map { UnitRef(id: $0, code: row.text(2)) },
                escalatedTo: row.optionalInt64(3).map { UnitRef(id: $0, code: row.text(4)) },
                due: Register.date(row, 5),
                raisedAt: raisedAt,
                raisedOn: timeZone.localDate(of: raisedAt),
                resolvedAt: row.optionalInt64(7).map(Instant.init(secondsSinceEpoch:)),
                resolution: row.optionalText(8),
                lastEventAt: Instant(secondsSinceEpoch: row.int64(9)))
        }) else {
            throw RegisterError.notFound(kind: .problem, name: "#\(id)")
        }
        return status
    }

    /// Appends `record` to problem `id`'s history, recorded at `recordedAt` (default: now).
    func append(_ record: EventRecord, to id: Int64, actor: String, recordedAt: Instant? = nil) throws {
        let statement = try database.cached("""
            INSERT OR ROLLBACK INTO event (problem_id, at, recorded_at, actor, action, from_state, to_state,
                                           unit_id, escalated_to_id, due, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.bind(id, at: 1)
        try statement.bind(record.at.secondsSinceEpoch, at: 2)
        try statement.bind((recordedAt ?? clock()).secondsSinceEpoch, at: 3)
        try statement.bind(actor, at: 4)
        try statement.bind(record.action, at: 5)
        try statement.bind(record.from, at: 6)
        try statement.bind(record.to, at: 7)
        try statement.bind(record.owner?.id, at: 8)
        try statement.bind(record.escalatedTo?.id, at: 9)
        try statement.bind(record.due?.description, at: 10)
        try statement.bind(record.note, at: 11)
        try statement.execute()
    }

    /// Writes `status` as problem `id`'s current row, standing at `old` before, inside the
    /// caller's transaction.
    func project(_ status: ProblemStatus, onto id: Int64, from old: ProblemStatus) throws {
        var unchanged = old
        unchanged.lastEventAt = status.lastEventAt
        if unchanged == status {
            // A comment, say: only the time of the latest event moves, and only the indexes
            // that hold it are rewritten — not the five that hold the state or the owner.
            try database.cached("UPDATE OR ROLLBACK problem SET updated_at = ? WHERE id = ?")
                .run(status.lastEventAt.secondsSinceEpoch, id)
            return
        }
        try database.cached("""
            UPDATE OR ROLLBACK problem SET state = ?, unit_id = ?, escalated_to_id = ?, due = ?, resolved_at = ?,
                               resolution = ?, updated_at = ?
            WHERE id = ?
            """).run(status.state, status.owner?.id, status.escalatedTo?.id, status.due?.description,
                     status.resolvedAt?.secondsSinceEpoch, status.resolution, status.lastEventAt.secondsSinceEpoch, id)
    }

    /// What a transition command names, as typed.
    public typealias TransitionInput = DocketRegister.TransitionInput

    /// Moves problem `id` through the workflow, in one transaction: see
    /// `RegisterTransaction.apply(_:to:at:as:)`, which this runs on the register's store. A
    /// refusal changes nothing; a problem outside the principal's scope is not found.
    ///
    /// - Throws: `RegisterError.notFound` for a problem that is not there or not in scope;
    ///   `RegisterError.outsideScope` for an assignment to a unit outside a unit's subtree.
    @discardableResult
    public func apply(_ input: TransitionInput, to id: Int64, at: Instant, as principal: Principal) throws -> Problem {
        try writeOperation { store in try await store.apply(input, to: id, at: at, as: principal) }
    }

    /// Applies the deadline rules as of `at`, in one transaction: see
    /// `RegisterTransaction.sweep(at:as:)`, which this runs on the register's store. Returns
    /// the problems it escalated.
    public func sweep(at: Instant, as principal: Principal) throws -> [Problem] {
        try writeOperation { store in try await store.sweep(at: at, as: principal) }
    }

    /// The problems inside `scope` in one of `states` whose deadline is before `day`, the
    /// longest overdue first, read in the caller's transaction.
    func problemsPastDue(inStates states: [String], before day: CivilDate, in scope: Principal.Scope) throws -> [Int64] {
        let marks = Array(repeating: "?", count: states.count).joined(separator: ", ")
        var values: [any SQLValueConvertible] = states
        values.append(day.description)
        var sql = "SELECT p.id FROM problem AS p WHERE p.state IN (\(marks)) AND p.due < ?"
        if let condition = scope.problemCondition() {
            sql += " AND " + condition.sql
            values += condition.values
        }
        var ids: [Int64] = []
        try database.prepare(sql + " ORDER BY p.due, p.id").forEachRow(values) { ids.append($0.int64(0)) }
        return ids
    }
}

extension Register {
    /// Schema migration 5's change to the workflow in force: when it is the standard workflow's
    /// version 1, its version 2 — the same definition but that `reopen` takes a closed problem
    /// too (CONTRACT.md: "it was … closed by mistake") — is installed at `at` and put in force.
    /// Any other workflow is left as it is.
    ///
    /// Version 2 is made from the stored version 1, not taken from today's built-in workflow,
    /// so that the migration does the same whatever later versions of the built-in one bring.
    static func installReopeningAfterClosing(_ database: Database, at: Instant) throws {
        let inForce = try database.prepare("""
            SELECT w.name, w.version, w.definition FROM workflow AS w
            WHERE w.id = (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'workflow')
            """).first { ($0.text(0), Int($0.int64(1)), $0.text(2)) }
        guard let (name, version, definition) = inForce, name == "standard", version == 1 else { return }
        var workflow: Workflow
        do {
            workflow = try Workflow.decode(json: definition)
        } catch {
            throw RegisterError.unreadableWorkflow(name: name, version: version, error: error)
        }
        if let reopen = workflow.transitions.firstIndex(where: { $0.name == "reopen" }),
           !workflow.transitions[reopen].from.contains("closed") {
            workflow.transitions[reopen].from.append("closed")
        }
        workflow.version = 2
        try database.run("INSERT INTO workflow (name, version, definition, installed_at) VALUES (?, ?, ?, ?)",
                         workflow.name, workflow.version, workflow.encodedJSON(), at.secondsSinceEpoch)
        try database.run("UPDATE setting SET value = ? WHERE key = 'workflow'", String(database.lastInsertedRowID))
    }
}
