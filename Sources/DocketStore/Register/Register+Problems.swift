import DocketCore

extension Register {
    /// The columns every problem read selects, in the order ``problem(from:)`` reads them.
    static let problemColumns = """
        SELECT p.id, p.title, p.description, p.recommendation, p.category,
               l.code, CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
               pr.code, pr.name, p.meeting_id, p.group_id, p.state,
               u.code, u.name, x.code, x.name, p.due, p.raised_at, p.resolved_at, p.resolution, p.updated_at
        FROM problem AS p
        JOIN locality AS l ON l.id = p.locality_id
        JOIN locality AS pr ON pr.id = p.province_id
        LEFT JOIN unit AS u ON u.id = p.unit_id
        LEFT JOIN unit AS x ON x.id = p.escalated_to_id
        """

    /// Problem number `id` as it stands now.
    public func problem(id: Int64) throws -> Problem {
        try read { try loadProblem(id) }
    }

    func loadProblem(_ id: Int64) throws -> Problem {
        guard let problem = try database.cached(Register.problemColumns + " WHERE p.id = ?")
            .first(id, transform: Register.problem(from:))
        else { throw RegisterError.notFound(kind: "problem", name: "#\(id)") }
        return problem
    }

    /// Calls `body` with every problem that matches `filter`, oldest first (by when it was
    /// raised, then by number), streaming: the register is read one row at a time.
    ///
    /// - Parameter overdueStates: the states in which a passed deadline makes a problem
    ///   overdue (the workflow's deadline rule), for `filter.overdueOn`.
    public func problems(matching filter: ProblemFilter, overdueStates: [String],
                         _ body: (Problem) throws -> Void) throws {
        try read {
            var conditions: [String] = []
            var values: [any SQLValueConvertible] = []
            if let state = filter.state {
                conditions.append("p.state = ?")
                values.append(state)
            }
            if let text = filter.locality {
                let locality = try resolveLocality(text)
                conditions.append(locality.isProvince ? "p.province_id = ?" : "p.locality_id = ?")
                values.append(locality.id)
            }
            if let text = filter.unit {
                let unit = try resolveUnit(text)
                conditions.append("(p.unit_id = ? OR p.escalated_to_id = ?)")
                values.append(unit.id)
                values.append(unit.id)
            }
            if let category = filter.category {
                conditions.append("p.category_key = ?")
                values.append(Folding.key(category))
            }
            if let group = filter.group {
                conditions.append("p.group_id = ?")
                values.append(group)
            }
            if let meeting = filter.meeting {
                conditions.append("p.meeting_id = ?")
                values.append(meeting)
            }
            if let day = filter.overdueOn {
                // The overdue rule, DeadlineRules.isOverdue, said in SQL.
                guard !overdueStates.isEmpty else { return }
                let marks = Array(repeating: "?", count: overdueStates.count).joined(separator: ", ")
                conditions.append("p.state IN (\(marks)) AND p.due < ?")
                values.append(contentsOf: overdueStates as [any SQLValueConvertible])
                values.append(day.description)
            }
            var sql = Register.problemColumns
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY p.raised_at, p.id"
            if let limit = filter.limit {
                sql += " LIMIT ?"
                values.append(limit)
            }
            try database.cached(sql).forEachRow(values) { try body(Register.problem(from: $0)) }
        }
    }

    /// The events of problem `id` in the order they happened.
    public func history(of id: Int64) throws -> [Event] {
        try read {
            _ = try loadProblem(id)
            return try database.cached("""
                SELECT e.id, e.problem_id, e.at, e.recorded_at, e.actor, e.action, e.from_state, e.to_state,
                       u.code, u.name, x.code, x.name, e.due, e.note
                FROM event AS e
                LEFT JOIN unit AS u ON u.id = e.unit_id
                LEFT JOIN unit AS x ON x.id = e.escalated_to_id
                WHERE e.problem_id = ? ORDER BY e.at, e.id
                """).map(id, transform: Register.event(from:))
        }
    }

    static func problem(from row: Statement) -> Problem {
        Problem(
            id: row.int64(0), title: row.text(1), description: row.optionalText(2),
            recommendation: row.optionalText(3), category: row.optionalText(4),
            locality: NamedRef(code: row.optionalText(5), name: row.text(6)),
            province: NamedRef(code: row.optionalText(7), name: row.text(8)),
            meetingID: row.optionalInt64(9), groupID: row.optionalInt64(10), state: row.text(11),
            unit: namedRef(row, 12), escalatedTo: namedRef(row, 14), due: date(row, 16),
            raisedAt: Instant(secondsSinceEpoch: row.int64(17)),
            resolvedAt: row.optionalInt64(18).map(Instant.init(secondsSinceEpoch:)),
            resolution: row.optionalText(19), updatedAt: Instant(secondsSinceEpoch: row.int64(20)))
    }

    static func event(from row: Statement) -> Event {
        Event(id: row.int64(0), problemID: row.int64(1), at: Instant(secondsSinceEpoch: row.int64(2)),
              recordedAt: Instant(secondsSinceEpoch: row.int64(3)), actor: row.text(4), action: row.text(5),
              from: row.optionalText(6), to: row.text(7), unit: namedRef(row, 8), escalatedTo: namedRef(row, 10),
              due: date(row, 12), note: row.optionalText(13))
    }

    /// A `{code, name}` from two columns, nil when the code is NULL (no such unit).
    static func namedRef(_ row: Statement, _ index: Int32) -> NamedRef? {
        guard let code = row.optionalText(index) else { return nil }
        return NamedRef(code: code, name: row.text(index + 1))
    }

    /// A date stored as `YYYY-MM-DD`.
    static func date(_ row: Statement, _ index: Int32) -> CivilDate? {
        row.optionalText(index).flatMap { try? CivilDate(parsing: $0) }
    }
}
