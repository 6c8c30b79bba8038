import DocketCore
import DocketWorkflow

extension Register {
    /// Records a new problem in the workflow's initial state: the problem, its `file` event and
    /// its search document, in one transaction. `principal` is its actor. It was raised `at`,
    /// or, when that is nil, at its meeting (see ``raisedAt(_:meeting:)``) or now. A category
    /// the register lists, named by its code or name, is recorded by its name (see
    /// ``categoryName(_:)``). Where it was reported on the map (`place`, an Open311 client's
    /// `lat` and `long`), when given, is kept in the same transaction.
    ///
    /// - Throws: `RegisterError.outsideScope` when the locality lies outside the principal's
    ///   scope (a province files in itself and under it; a unit does not file);
    ///   `RegisterError.beforeMeeting` when it would be raised before its meeting's day.
    public func file(_ new: NewProblem, at: Instant?, as principal: Principal, place: ProblemPlace? = nil) throws -> Problem {
        var new = try new.validated()
        return try write { _ in
            new.category = try categoryName(new.category)
            let at = try raisedAt(at, meeting: try new.meeting.map(meetingDay))
            if let group = new.group { try checkGroup(group) }
            let locality = try resolveLocality(new.locality)
            guard holds(locality: locality, in: principal.scope) else {
                throw RegisterError.outsideScope(kind: .locality, name: locality.name)
            }
            let (id, document) = try insert(new, locality: locality, at: at, actor: principal.name,
                                            workflow: try currentWorkflow(), recordedAt: clock())
            try index(document)
            try countInTally(problemsFrom: id)
            if let place, !place.isEmpty {
                try database.cached("INSERT OR ROLLBACK INTO problem_place (problem_id, lat, long) VALUES (?, ?, ?)")
                    .run(id, place.lat, place.long)
            }
            return try loadProblem(id)
        }
    }

    /// When a problem raised at the meeting held on `day` was raised: `at` as given, or else
    /// that day at 09:00 (or now, if that is still to come), and never before the day began.
    /// Without a meeting, `at` or now.
    ///
    /// - Throws: `RegisterError.beforeMeeting` for a time before the meeting's day.
    func raisedAt(_ at: Instant?, meeting day: MeetingDay?) throws -> Instant {
        guard let day else { return at ?? clock() }
        let raised = at ?? min(day.nineOClock, clock())
        try day.check(raised)
        return raised
    }

    /// The day meeting `id` was held, in the register's time zone.
    func meetingDay(_ id: Int64) throws -> MeetingDay {
        // The day is written by docket as YYYY-MM-DD, so a row found always has one.
        guard case let held?? = try database.cached("SELECT held_on FROM meeting WHERE id = ?")
            .first(id, transform: { Register.date($0, 0) })
        else { throw RegisterError.notFound(kind: .meeting, name: "#\(id)") }
        return MeetingDay(meeting: id, heldOn: held, timeZone: timeZone)
    }

    /// A meeting's day: when it began, and 09:00, when what was raised at it is taken to have
    /// been raised unless said otherwise.
    struct MeetingDay {
        let meeting: Int64
        let heldOn: CivilDate
        let timeZone: TimeZoneRules

        var start: Instant { timeZone.instant(for: CivilDateTime(date: heldOn, hour: 0, minute: 0)!) }
        var nineOClock: Instant { timeZone.instant(for: CivilDateTime(date: heldOn, hour: 9, minute: 0)!) }

        /// Refuses `raised` if it came before the day began.
        func check(_ raised: Instant) throws(RegisterError) {
            guard raised >= start else {
                throw .beforeMeeting(meeting: meeting, heldOn: heldOn.description, at: timeZone.iso8601(raised))
            }
        }
    }

    /// Refuses a group number the register does not have.
    func checkGroup(_ id: Int64) throws {
        if try database.scalar("SELECT 1 FROM problem_group WHERE id = ?", id) == nil {
            throw RegisterError.notFound(kind: .group, name: "#\(id)")
        }
    }

    /// Inserts a validated problem, whose meeting and group the caller has checked, inside the
    /// caller's transaction: its `file` event and the transitions of `then` at once (an import
    /// row's assignment, a bulk load's whole history), and its row as they leave it. Returns its number
    /// and its search document, which the caller adds to the index with ``index(_:)`` — at
    /// once, or a batch at a time.
    ///
    /// The statements are prepared once per connection, so a batch (an import) prepares each
    /// once. They say `OR ROLLBACK`: a constraint that fails ends the whole transaction, which
    /// its caller rolls back anyway.
    ///
    /// - Throws: the workflow's ``Refusal`` when a request of `then` is not allowed in turn.
    func insert(_ new: NewProblem, locality: Locality, at: Instant, actor: String, workflow: Workflow,
                recordedAt: Instant, then requests: [TransitionRequest] = [],
                names: SearchNamesMemo? = nil) throws -> (id: Int64, document: SearchDocument) {
        let filed = workflow.file(at: at, raisedOn: timeZone.localDate(of: at))
        var status = filed.status
        var events = [filed.event]
        for request in requests {
            let next: EventRecord
            (status, next) = try workflow.apply(request, to: status)
            events.append(next)
        }
        // Bound one by one rather than through `run(...)`: an import runs this for every row.
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
        let id = database.lastInsertedRowID
        for event in events { try append(event, to: id, actor: actor, recordedAt: recordedAt) }
        let document = SearchDocument(id: id, title: new.title, description: new.description,
                                      recommendation: new.recommendation, notes: events.map(\.note),
                                      names: try names?.names(locality: locality.id, owner: status.owner?.id, in: self)
                                          ?? searchNames(ofProblem: id))
        return (id, document)
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

    /// Adds `document` to the full-text index, inside the caller's transaction.
    ///
    /// FTS5 keeps what it is given in memory until the transaction commits or a statement
    /// opens a savepoint, so a batch adds its documents together, between two problems, and
    /// the index is written in a few large pieces rather than one per problem.
    func index(_ document: SearchDocument) throws {
        let statement = try database.cached("INSERT INTO search (rowid, title, body, history, names) VALUES (?, ?, ?, ?, ?)")
        try statement.bind(document.id, at: 1)
        try statement.bind(document.title, at: 2)
        try statement.bind(document.body, at: 3)
        try statement.bind(document.history, at: 4)
        try statement.bind(document.names, at: 5)
        try statement.execute()
    }
}
