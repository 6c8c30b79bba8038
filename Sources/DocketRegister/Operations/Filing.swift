import DocketCore
import DocketWorkflow

extension RegisterTransaction {
    /// Records a new problem in the workflow's initial state: the problem, its `file` event,
    /// its search document and its place in the standing counts. `principal` is its actor. It
    /// was raised `at`, or, when that is nil, at its meeting (see ``raisedAt(_:meeting:)``) or
    /// now. A category the register lists, named by its code or name, is recorded by its name.
    /// Where it was reported on the map (`place`, an Open311 client's `lat` and `long`), when
    /// given, is kept too.
    ///
    /// - Throws: `RegisterError.outsideScope` when the locality lies outside the principal's
    ///   scope (a province files in itself and under it; a unit does not file);
    ///   `RegisterError.beforeMeeting` when it would be raised before its meeting's day.
    package func file(_ new: NewProblem, at: Instant?, as principal: Principal, place: ProblemPlace?) async throws -> Problem {
        var new = try new.validated()
        new.category = try await new.category.asyncMap(categoryName)
        let at = try raisedAt(at, meeting: try await new.meeting.asyncMap(meetingDay))
        if let group = new.group { try await checkGroup(group) }
        let locality = try await resolveLocality(new.locality)
        guard principal.scope.holds(locality) else {
            throw RegisterError.outsideScope(kind: .locality, name: locality.name)
        }
        let (id, document) = try await insert(new, locality: locality, at: at, actor: principal.name,
                                        workflow: try workflow(), recordedAt: now())
        try await index(document)
        try await countInTally(problemsFrom: id)
        if let place, !place.isEmpty { try await recordPlace(place, of: id) }
        return try await problem(id, in: .everything)
    }

    /// When a problem raised at the meeting held on `day` was raised: `at` as given, or else
    /// that day at 09:00 (or now, if that is still to come), and never before the day began.
    /// Without a meeting, `at` or now.
    ///
    /// - Throws: `RegisterError.beforeMeeting` for a time before the meeting's day.
    package func raisedAt(_ at: Instant?, meeting day: MeetingDay?) throws -> Instant {
        guard let day else { return at ?? now() }
        let raised = at ?? min(day.nineOClock, now())
        try day.check(raised)
        return raised
    }

    /// The day meeting `id` was held, in the register's time zone.
    ///
    /// - Throws: `RegisterError.notFound` for a meeting the register does not have.
    package func meetingDay(_ id: Int64) async throws -> MeetingDay {
        guard let held = try await meetingHeldOn(id) else { throw RegisterError.notFound(kind: .meeting, name: "#\(id)") }
        return MeetingDay(meeting: id, heldOn: held, timeZone: timeZone)
    }

    /// Refuses a group number the register does not have.
    package func checkGroup(_ id: Int64) async throws {
        guard try await hasGroup(id) else { throw RegisterError.notFound(kind: .group, name: "#\(id)") }
    }

    /// Inserts a validated problem, whose meeting and group the caller has checked: its `file`
    /// event and the transitions of `then` at once (an import row's assignment, a bulk load's
    /// whole history), and its row as they leave it. Returns its number and its search
    /// document, which the caller adds to the index with ``index(_:)`` — at once, or a batch
    /// at a time — and counts it with ``countInTally(problemsFrom:)``.
    ///
    /// - Parameter names: the batch's memo of search names, if it keeps one.
    /// - Throws: the workflow's ``Refusal`` when a request of `then` is not allowed in turn.
    package func insert(_ new: NewProblem, locality: Locality, at: Instant, actor: String, workflow: Workflow,
                        recordedAt: Instant, then requests: [TransitionRequest] = [],
                        names memo: SearchNamesMemo? = nil) async throws -> (id: Int64, document: SearchDocument) {
        let filed = workflow.file(at: at, raisedOn: timeZone.localDate(of: at))
        var status = filed.status
        var events = [filed.event]
        for request in requests {
            let next: EventRecord
            (status, next) = try workflow.apply(request, to: status)
            events.append(next)
        }
        let id = try await insertProblem(new, locality: locality, raisedAt: at, status: status, recordedAt: recordedAt)
        for event in events { try await append(event, to: id, actor: actor, recordedAt: recordedAt) }
        let owner = status.owner?.id
        let names: String
        if let known = memo?[locality: locality.id, owner: owner] {
            names = known
        } else {
            names = try await searchNames(locality: locality.id, owner: owner)
            memo?[locality: locality.id, owner: owner] = names
        }
        let document = SearchDocument(id: id, title: new.title, description: new.description,
                                      recommendation: new.recommendation, notes: events.map(\.note), names: names)
        return (id, document)
    }
}

/// A meeting's day: when it began, and 09:00, when what was raised at it is taken to have
/// been raised unless said otherwise.
package struct MeetingDay {
    package let meeting: Int64
    package let heldOn: CivilDate
    package let timeZone: TimeZoneRules

    var start: Instant { timeZone.instant(for: CivilDateTime(date: heldOn, hour: 0, minute: 0)!) }
    var nineOClock: Instant { timeZone.instant(for: CivilDateTime(date: heldOn, hour: 9, minute: 0)!) }

    /// Refuses `raised` if it came before the day began.
    package func check(_ raised: Instant) throws(RegisterError) {
        guard raised >= start else {
            throw .beforeMeeting(meeting: meeting, heldOn: heldOn.description, at: timeZone.iso8601(raised))
        }
    }
}
