import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// The columns every problem read selects, in the order ``problem(from:)`` reads them: all
    /// but the last two, which ``problemTexts()`` adds.
    static let problemSelection = """
        p.id, p.title, p.description, p.recommendation, p.category,
               l.code, CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
               pr.code, pr.name, p.meeting_id, p.group_id, p.state,
               u.code, u.name, x.code, x.name, p.due, p.raised_at, p.resolved_at, p.resolution, p.updated_at
        """

    /// The tables a problem read joins, `problem AS p` first.
    static let problemTables = "FROM problem AS p\n" + problemJoins

    /// The tables a problem read joins to `problem AS p`.
    static let problemJoins = """
        JOIN locality AS l ON l.id = p.locality_id
        JOIN locality AS pr ON pr.id = p.province_id
        LEFT JOIN unit AS u ON u.id = p.unit_id
        LEFT JOIN unit AS x ON x.id = p.escalated_to_id
        """

    /// The last two columns of a problem read, read from its history, and the values they bind:
    /// its parameters are the first of the read's, which binds its own after them.
    ///
    /// The latest response is the note of the problem's latest answering event, the close
    /// reason that of its latest closing event while it stands in a state of class closed.
    /// Which actions answer and close is read from the workflow in force as the weekly report
    /// finds the resolving ones: a transition whose every destination is of class answered
    /// (closed), so the store names no state or transition. The resolution needs no such read:
    /// the engine records it on the current row (`Effects.resolution`).
    ///
    /// - Complexity: each is a correlated subquery that reads `event_by_problem (problem_id, at)`
    ///   backwards from the problem's newest event and stops at the first that matches: a few
    ///   rows for a problem with a few events. The close reason's is not run at all unless the
    ///   problem stands closed.
    func problemTexts() throws -> (sql: String, values: [any SQLValueConvertible]) {
        if let loadedProblemTexts { return loadedProblemTexts }
        let workflow = try currentWorkflow()
        let answering = workflow.actions(leadingTo: .answered)
        let closing = workflow.actions(leadingTo: .closed)
        let closedStates = workflow.states.filter { $0.stateClass == .closed }.map(\.name)
        var values: [any SQLValueConvertible] = answering
        var sql = ", " + Register.latestNote(actions: answering.count) + ", "
        if closing.isEmpty || closedStates.isEmpty {
            sql += "NULL"
        } else {
            let marks = Array(repeating: "?", count: closedStates.count).joined(separator: ", ")
            sql += "CASE WHEN p.state IN (\(marks)) THEN " + Register.latestNote(actions: closing.count) + " END"
            values += closedStates as [any SQLValueConvertible]
            values += closing as [any SQLValueConvertible]
        }
        loadedProblemTexts = (sql, values)
        return (sql, values)
    }

    /// The note of the latest of the problem's events whose action is one of `actions` bound
    /// parameters, as a scalar subquery on `p` (NULL when `actions` is 0). The ties of `at` go
    /// to the later event, as the history orders them; the index ends with the rowid, so the
    /// order is the index's own and nothing is sorted.
    static func latestNote(actions: Int) -> String {
        guard actions > 0 else { return "NULL" }
        let marks = Array(repeating: "?", count: actions).joined(separator: ", ")
        return """
            (SELECT e.note FROM event AS e WHERE e.problem_id = p.id AND e.action IN (\(marks))
                    ORDER BY e.at DESC, e.id DESC LIMIT 1)
            """
    }

    /// The query of every problem read, to which a read adds its conditions, and the values it
    /// binds first.
    func problemColumns() throws -> (sql: String, values: [any SQLValueConvertible]) {
        let texts = try problemTexts()
        return ("SELECT " + Register.problemSelection + texts.sql + "\n" + Register.problemTables, texts.values)
    }

    /// Problem number `id` as it stands now, if `principal` may see it.
    ///
    /// - Throws: `RegisterError.notFound` when there is no such problem or it lies outside the
    ///   principal's scope, alike.
    public func problem(id: Int64, as principal: Principal) throws -> Problem {
        try read { _ in try loadProblem(id, in: principal.scope) }
    }

    /// Problem `id` and its version (`RegisterTransaction.versionedProblem(_:in:)`), read on one snapshot.
    ///
    /// - Throws: `RegisterError.notFound` as ``problem(id:as:)`` does.
    public func versionedProblem(id: Int64, as principal: Principal) throws -> (problem: Problem, version: Int64) {
        try readOperation { store in try await store.versionedProblem(id, in: principal.scope) }
    }

    /// The version of problem `id` (its latest event's number, which its entity tag names),
    /// without reading the rest of it: for the answer to a change, which gave the problem.
    ///
    /// - Throws: `RegisterError.notFound` as ``problem(id:as:)`` does.
    public func version(ofProblem id: Int64, as principal: Principal) throws -> Int64 {
        try read { _ in
            _ = try status(of: id, in: principal.scope) // refuses a problem outside the scope
            return try version(ofProblem: id)
        }
    }

    /// The events of problem `id` in the order they happened, if `principal` may see it; an
    /// `edit` event with what it corrected (`RegisterTransaction.history(of:in:)`).
    public func history(of id: Int64, as principal: Principal) throws -> [Event] {
        try readOperation { store in try await store.history(of: id, in: principal.scope) }
    }

    /// The most problems one page of a list or a search may hold.
    public static let largestPage = 10_000

    /// One page of the problems that match `filter` and that `principal` may see, oldest first
    /// (by when each was raised, then by number): at most `limit`, starting after `cursor`
    /// (`RegisterTransaction.problemPage(matching:overdueStates:after:limit:in:)`).
    ///
    /// The scope and the filters are conditions of one query, so nothing outside the scope is
    /// read. To read many pages from one snapshot, call this inside ``snapshot(_:)``.
    ///
    /// - Parameter overdueStates: the states in which a passed deadline makes a problem
    ///   overdue (the workflow's deadline rule), for `filter.overdueOn`.
    /// - Complexity: one index range read per page, whatever page it is; the page's numbers
    ///   are chosen before its problems are read whole.
    public func problems(matching filter: ProblemFilter, overdueStates: [String], after cursor: PageCursor? = nil,
                         limit: Int, as principal: Principal) throws -> Page<Problem> {
        precondition((1...Register.largestPage).contains(limit), "a page of \(limit) problems")
        return try readOperation { store in
            try await store.problemPage(matching: filter, overdueStates: overdueStates, after: cursor, limit: limit,
                                        in: principal.scope)
        }
    }

    /// The problems that `principal` may see that are overdue on `day`, the longest overdue
    /// first (by deadline, then by number): at most `limit`. What a unit's desk puts on top.
    ///
    /// - Complexity: as ``problems(matching:overdueStates:after:limit:as:)``: the overdue
    ///   problems' numbers are sorted by deadline, and only `limit` of them read whole.
    public func mostOverdue(on day: CivilDate, overdueStates: [String], limit: Int, as principal: Principal) throws -> [Problem] {
        precondition((1...Register.largestPage).contains(limit), "a page of \(limit) problems")
        return try readOperation { store in
            try await store.mostOverdue(on: day, overdueStates: overdueStates, limit: limit, in: principal.scope)
        }
    }

    /// How many problems `principal` may see are in each state (states with none left out).
    public func stateCounts(as principal: Principal) throws -> [String: Int] {
        try read { _ in try stateCounts(in: principal.scope) }
    }

    /// Calls `body` with every problem `filter` matches that `principal` may see, oldest
    /// first, at most `limit` of them, reading a page at a time on one snapshot: a million
    /// problems are walked in little memory, and all as of one moment.
    public func forEachProblem(matching filter: ProblemFilter, overdueStates: [String], limit: Int? = nil,
                               as principal: Principal, _ body: (Problem) throws -> Void) throws {
        try snapshot {
            var remaining = limit ?? Int.max
            var cursor: PageCursor?
            repeat {
                let page = try problems(matching: filter, overdueStates: overdueStates, after: cursor,
                                        limit: min(remaining, Register.walkPageSize), as: principal)
                for problem in page.items { try body(problem) }
                remaining -= page.items.count
                cursor = page.next
            } while cursor != nil && remaining > 0
        }
    }

    /// How many problems ``forEachProblem(matching:overdueStates:limit:as:_:)`` reads at a time.
    static let walkPageSize = 1000

    /// Where each of the problems `ids` was reported on the map, for those that have a place.
    /// The caller has read the problems within its principal's scope; this adds nothing the
    /// scope hides, only the coordinates of problems already seen.
    public func places(ofProblems ids: [Int64]) throws -> [Int64: ProblemPlace] {
        try read { _ in
            var places: [Int64: ProblemPlace] = [:]
            let statement = try database.cached("SELECT lat, long FROM problem_place WHERE problem_id = ?")
            for id in ids {
                if let place = try statement.first(id, transform: { ProblemPlace(lat: $0.optionalText(0), long: $0.optionalText(1)) }) {
                    places[id] = place
                }
            }
            return places
        }
    }

    // MARK: The store's reads (SQLiteStoreTransaction's, below)

    /// The number of problem `id`'s latest event, read in the caller's transaction (the
    /// `event_by_problem` index holds it), or 0 for a problem with none.
    func version(ofProblem id: Int64) throws -> Int64 {
        try database.cached("SELECT max(id) FROM event WHERE problem_id = ?").first(bound: [id]) { $0.int64(0) } ?? 0
    }

    /// Problem `id`, read in the caller's transaction, if it lies inside `scope`.
    func loadProblem(_ id: Int64, in scope: Principal.Scope = .everything) throws -> Problem {
        var (sql, values) = try problemColumns()
        sql += " WHERE p.id = ?"
        values.append(id)
        if let condition = scope.problemCondition() {
            sql += " AND " + condition.sql
            values += condition.values
        }
        guard let problem = try database.cached(sql).first(bound: values, transform: Register.problem(from:))
        else { throw RegisterError.notFound(kind: .problem, name: "#\(id)") }
        return problem
    }

    /// The conditions on `problem AS p` that keep a read to what `query` matches inside
    /// `scope`, and the values they bind, in order.
    private func conditions(_ query: ProblemQuery, in scope: Principal.Scope) -> (sql: [String], values: [any SQLValueConvertible]) {
        var conditions: [String] = []
        var values: [any SQLValueConvertible] = []
        func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
        if let condition = scope.problemCondition() {
            conditions.append(condition.sql)
            values += condition.values
        }
        // A unit's problems are read from the indexes by owner and by escalation: a few
        // thousand at most, where the state's index holds every open problem of the register.
        // A unary + keeps the planner off the state's index (and the deadline's) for them.
        let state = if case .unit = scope { "+p.state" } else { "p.state" }
        let due = if case .unit = scope { "+p.due" } else { "p.due" }
        if !query.states.isEmpty {
            conditions.append("\(state) IN (\(marks(query.states.count)))")
            values += query.states as [any SQLValueConvertible]
        }
        switch query.place {
        case .province(let id):
            conditions.append("p.province_id = ?")
            values.append(id)
        case .locality(let id):
            conditions.append("p.locality_id = ?")
            values.append(id)
        case nil:
            break
        }
        if let unit = query.unit {
            conditions.append("(p.unit_id = ? OR p.escalated_to_id = ?)")
            values += [unit, unit] as [any SQLValueConvertible]
        }
        if let key = query.categoryKey {
            conditions.append("p.category_key = ?")
            values.append(key)
        }
        if !query.categoryKeys.isEmpty {
            conditions.append("p.category_key IN (\(marks(query.categoryKeys.count)))")
            values += query.categoryKeys as [any SQLValueConvertible]
        }
        if let from = query.raisedFrom {
            conditions.append("p.raised_at >= ?")
            values.append(from.secondsSinceEpoch)
        }
        if let through = query.raisedThrough {
            conditions.append("p.raised_at <= ?")
            values.append(through.secondsSinceEpoch)
        }
        if let group = query.group {
            conditions.append("p.group_id = ?")
            values.append(group)
        }
        if let meeting = query.meeting {
            conditions.append("p.meeting_id = ?")
            values.append(meeting)
        }
        if let overdue = query.overdue {
            // The overdue rule, DeadlineRules.isOverdue, said in SQL.
            conditions.append("\(state) IN (\(marks(overdue.states.count))) AND \(due) < ?")
            values += overdue.states as [any SQLValueConvertible]
            values.append(overdue.day.description)
        }
        return (conditions, values)
    }

    /// The first `limit` problems in `order` of those inside `scope` that `query` matches, read whole.
    ///
    /// The numbers are chosen first, from the problem rows alone; only then are those problems
    /// read whole (the joins and the latest response's subqueries). A filter that must sort
    /// thousands of matches to find the first, such as every open state, sorts numbers, not
    /// problems.
    func problems(_ query: ProblemQuery, in scope: Principal.Scope, order: ProblemOrder, limit: Int) throws -> [Problem] {
        var matches = conditions(query, in: scope)
        let sorted: String
        switch order {
        case .raised(let cursor):
            sorted = "p.raised_at, p.id"
            if let cursor {
                matches.sql.append("(p.raised_at, p.id) > (?, ?)")
                matches.values += [cursor.key, cursor.id] as [any SQLValueConvertible]
            }
        case .deadline:
            sorted = "p.due, p.id"
        }
        let texts = try problemTexts()
        let filtered = matches.sql.isEmpty ? "" : " WHERE " + matches.sql.joined(separator: " AND ")
        let sql = "SELECT " + Register.problemSelection + texts.sql
            + "\nFROM (SELECT p.id FROM problem AS p" + filtered + " ORDER BY " + sorted + " LIMIT ?) AS page"
            + "\nJOIN problem AS p ON p.id = page.id\n" + Register.problemJoins + "\nORDER BY " + sorted
        var items: [Problem] = []
        items.reserveCapacity(min(limit, 1000))
        try database.cached(sql).forEachRow(texts.values + matches.values + [limit]) { items.append(Register.problem(from: $0)) }
        return items
    }

    /// How many problems inside `scope` are in each state (states with none left out).
    ///
    /// Whoever sees everything, or a province, reads the standing tally (Register+Tally.swift),
    /// kept in the transaction of every change: a few rows, however many problems. A unit's
    /// scope also holds what was escalated to it, which the tally does not count by: its
    /// problems are counted.
    ///
    /// - Complexity: the tally's rows of the scope; a unit's, its problems.
    func stateCounts(in scope: Principal.Scope) throws -> [String: Int] {
        let sql: String
        var values: [any SQLValueConvertible] = []
        switch scope {
        case .everything:
            sql = "SELECT state, sum(n) FROM tally GROUP BY state HAVING sum(n) > 0"
        case .province(let province):
            sql = "SELECT state, sum(n) FROM tally WHERE province_id = ? GROUP BY state HAVING sum(n) > 0"
            values = [province]
        case .unit:
            let condition = scope.problemCondition()!
            sql = "SELECT p.state, count(*) FROM problem AS p WHERE " + condition.sql + " GROUP BY p.state"
            values = condition.values
        }
        var counts: [String: Int] = [:]
        try database.cached(sql).forEachRow(values) { counts[$0.text(0)] = Int($0.int64(1)) }
        return counts
    }

    /// The events of problem `id` in the order they happened, without their corrections.
    func events(ofProblem id: Int64) throws -> [Event] {
        try database.cached("""
            SELECT e.id, e.problem_id, e.at, e.recorded_at, e.actor, e.action, e.from_state, e.to_state,
                   u.code, u.name, x.code, x.name, e.due, e.note
            FROM event AS e
            LEFT JOIN unit AS u ON u.id = e.unit_id
            LEFT JOIN unit AS x ON x.id = e.escalated_to_id
            WHERE e.problem_id = ? ORDER BY e.at, e.id
            """).map(id, transform: Register.event(from:))
    }

    /// A problem from a row of ``problemColumns()``.
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
            resolution: row.optionalText(19), response: row.optionalText(21), closeReason: row.optionalText(22),
            updatedAt: Instant(secondsSinceEpoch: row.int64(20)))
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

extension SQLiteStoreTransaction {
    func problems(_ query: ProblemQuery, in scope: Principal.Scope, order: ProblemOrder, limit: Int) throws -> [Problem] {
        try register.problems(query, in: scope, order: order, limit: limit)
    }
    func version(ofProblem id: Int64) throws -> Int64 { try register.version(ofProblem: id) }
    func events(ofProblem id: Int64) throws -> [Event] { try register.events(ofProblem: id) }
    func stateCounts(in scope: Principal.Scope) throws -> [String: Int] { try register.stateCounts(in: scope) }
}
