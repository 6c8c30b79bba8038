import DocketCore
import DocketRegister

extension Register {
    /// Makes a group: one difficulty several localities raised, tracked as one. A title
    /// another group has, compared folded, is refused.
    public func addGroup(title: String, at: Instant, actor: String) throws -> ProblemGroup {
        try writeOperation { store in try await store.addGroup(title: title, at: at, actor: actor) }
    }

    /// Inserts a group titled `title` and returns its number (``RegisterTransaction/insertGroup(title:createdAt:recordedAt:actor:)``).
    func insertGroup(title: String, createdAt: Instant, recordedAt: Instant, actor: String) throws -> Int64 {
        try database.cached("INSERT INTO problem_group (title, created_at, recorded_at, actor) VALUES (?, ?, ?, ?)")
            .run(title, createdAt.secondsSinceEpoch, recordedAt.secondsSinceEpoch, actor)
        return database.lastInsertedRowID
    }

    /// Every group with how many of its problems stand in each state, by number.
    public func groups() throws -> [(group: ProblemGroup, counts: [String: Int])] {
        try read { _ in
            var counts: [Int64: [String: Int]] = [:]
            try database.cached("""
                SELECT group_id, state, count(*) FROM problem WHERE group_id IS NOT NULL GROUP BY group_id, state
                """).forEachRow { row in
                counts[row.int64(0), default: [:]][row.text(1)] = Int(row.int64(2))
            }
            return try database.cached("SELECT id, title, created_at FROM problem_group ORDER BY id")
                .map(transform: Register.group(from:))
                .map { ($0, counts[$0.id] ?? [:]) }
        }
    }

    /// One page of the groups, by number, each with how many of its problems stand in each
    /// state: at most `limit`, starting after group number `after`.
    ///
    /// - Complexity: the page's groups, and one range of `problem_by_group` for their counts.
    public func groups(after: Int64?, limit: Int) throws -> Page<(group: ProblemGroup, counts: [String: Int])> {
        precondition(limit >= 1, "a page of \(limit) groups")
        return try read { _ in
            // One more than the page holds, to tell whether another page follows.
            var found = try database.cached("SELECT id, title, created_at FROM problem_group WHERE id > ? ORDER BY id LIMIT ?")
                .map(after ?? 0, limit + 1, transform: Register.group(from:))
            let more = found.count > limit
            if more { found.removeLast() }
            guard let first = found.first, let last = found.last else { return Page(items: [], next: nil) }
            var counts: [Int64: [String: Int]] = [:]
            try database.cached("""
                SELECT group_id, state, count(*) FROM problem WHERE group_id BETWEEN ? AND ? GROUP BY group_id, state
                """).forEachRow([first.id, last.id]) { row in
                counts[row.int64(0), default: [:]][row.text(1)] = Int(row.int64(2))
            }
            return Page(items: found.map { ($0, counts[$0.id] ?? [:]) }, next: more ? PageCursor(key: last.id, id: last.id) : nil)
        }
    }

    /// Group number `id` with how many of its problems stand in each state.
    public func group(id: Int64) throws -> (group: ProblemGroup, counts: [String: Int]) {
        try read { _ in
            let group = try loadGroup(id)
            var counts: [String: Int] = [:]
            try database.cached("SELECT state, count(*) FROM problem WHERE group_id = ? GROUP BY state")
                .forEachRow([id]) { counts[$0.text(0)] = Int($0.int64(1)) }
            return (group, counts)
        }
    }

    /// Every group's number and title, by number, without counting their problems: what a
    /// list that names groups needs. (Registers of versions before titles were unique may hold
    /// two groups whose titles fold alike.)
    public func groupTitles() throws -> [(id: Int64, title: String)] {
        try read { _ in try database.cached("SELECT id, title FROM problem_group ORDER BY id").map { ($0.int64(0), $0.text(1)) } }
    }

    func loadGroup(_ id: Int64) throws -> ProblemGroup {
        guard let group = try database.cached("SELECT id, title, created_at FROM problem_group WHERE id = ?")
            .first(id, transform: Register.group(from:))
        else { throw RegisterError.notFound(kind: .group, name: "#\(id)") }
        return group
    }

    static func group(from row: Statement) -> ProblemGroup {
        ProblemGroup(id: row.int64(0), title: row.text(1), createdAt: Instant(secondsSinceEpoch: row.int64(2)))
    }
}
