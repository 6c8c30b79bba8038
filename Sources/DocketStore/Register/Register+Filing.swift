import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// Records a new problem in the workflow's initial state, in one transaction: see
    /// `RegisterTransaction.file(_:at:as:place:)`, which this runs on the register's store.
    ///
    /// - Throws: `RegisterError.outsideScope` when the locality lies outside the principal's
    ///   scope (a province files in itself and under it; a unit does not file);
    ///   `RegisterError.beforeMeeting` when it would be raised before its meeting's day.
    public func file(_ new: NewProblem, at: Instant?, as principal: Principal, place: ProblemPlace? = nil) throws -> Problem {
        try writeOperation { store in try await store.file(new, at: at, as: principal, place: place) }
    }

    /// The day meeting `id` was held, if the register has it, read in the caller's transaction.
    func meetingHeldOn(_ id: Int64) throws -> CivilDate? {
        // The day is written by docket as YYYY-MM-DD, so a row found always has one.
        try database.cached("SELECT held_on FROM meeting WHERE id = ?").first(id, transform: { Register.date($0, 0) }) ?? nil
    }

    /// Whether the register has group `id`, read in the caller's transaction.
    func hasGroup(_ id: Int64) throws -> Bool {
        try database.scalar("SELECT 1 FROM problem_group WHERE id = ?", id) != nil
    }

    /// Inserts a new problem's row, inside the caller's transaction, and returns its number.
    ///
    /// The statement is prepared once per connection, so a batch (an import) prepares it
    /// once, and bound one by one rather than through `run(...)`: an import runs it for every
    /// row. It says `OR ROLLBACK`: a constraint that fails ends the whole transaction, which
    /// its caller rolls back anyway.
    func insertProblem(_ new: NewProblem, locality: Locality, raisedAt at: Instant, status: ProblemStatus,
                       recordedAt: Instant) throws -> Int64 {
        let statement = try database.cached("""
            INSERT OR ROLLBACK INTO problem (
                title, description, recommendation, category, category_key, locality_id, province_id, meeting_id,
                group_id, state, unit_id, escalated_to_id, due, raised_at, resolved_at, resolution, updated_at,
                recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.bind(new.title, at: 1)
        try statement.bind(new.description, at: 2)
        try statement.bind(new.recommendation, at: 3)
        try statement.bind(new.category, at: 4)
        try statement.bind(new.category.map(Folding.key), at: 5)
        try statement.bind(locality.id, at: 6)
        try statement.bind(locality.provinceID, at: 7)
        try statement.bind(new.meeting, at: 8)
        try statement.bind(new.group, at: 9)
        try statement.bind(status.state, at: 10)
        try statement.bind(status.owner?.id, at: 11)
        try statement.bind(status.escalatedTo?.id, at: 12)
        try statement.bind(status.due?.description, at: 13)
        try statement.bind(at.secondsSinceEpoch, at: 14)
        try statement.bind(status.resolvedAt?.secondsSinceEpoch, at: 15)
        try statement.bind(status.resolution, at: 16)
        try statement.bind(status.lastEventAt.secondsSinceEpoch, at: 17)
        try statement.bind(recordedAt.secondsSinceEpoch, at: 18)
        try statement.execute()
        return database.lastInsertedRowID
    }

    /// Keeps where problem `id` was reported on the map, inside the caller's transaction.
    func recordPlace(_ place: ProblemPlace, of id: Int64) throws {
        try database.cached("INSERT OR ROLLBACK INTO problem_place (problem_id, lat, long) VALUES (?, ?, ?)")
            .run(id, place.lat, place.long)
    }

    /// Problem `id`'s names in the search index (``SearchDocument/names(place:province:owner:)``),
    /// from its row as it stands.
    func searchNames(ofProblem id: Int64) throws -> String {
        guard let (locality, owner) = try database.cached("SELECT locality_id, unit_id FROM problem WHERE id = ?")
            .first(id, transform: { ($0.int64(0), $0.optionalInt64(1)) })
        else { throw RegisterError.notFound(kind: .problem, name: "#\(id)") }
        return try searchNames(locality: locality, owner: owner)
    }

    /// The names of a problem of `locality` owned by `owner` in the search index, as
    /// ``searchNames(ofProblem:)`` reads them from a problem's row.
    func searchNames(locality: Int64, owner: Int64?) throws -> String {
        let statement = try database.cached("""
            SELECT l.kind, l.name, l.parent_id IS NOT NULL, pr.name, (SELECT name FROM unit WHERE id = ?)
            FROM locality AS l JOIN locality AS pr ON pr.id = l.province_id WHERE l.id = ?
            """)
        guard let names = try statement.first(owner, locality, transform: { row in
            let place = row.optionalText(0).map { $0 + " " + row.text(1) } ?? row.text(1)
            return SearchDocument.names(place: place, province: row.int64(2) != 0 ? row.text(3) : nil, owner: row.optionalText(4))
        }) else { throw RegisterError.notFound(kind: .locality, name: "#\(locality)") }
        return names
    }

    /// Adds `document` to the full-text index, inside the caller's transaction
    /// (``writeSearch(_:)``).
    ///
    /// FTS5 keeps what it is given in memory until the transaction commits or a statement
    /// opens a savepoint, so a bulk load adds its documents together, between two problems,
    /// and the index is written in a few large pieces rather than one per problem.
    func index(_ document: SearchDocument) throws {
        try writeSearch(.insert(document))
    }
}
