import DocketCore
import DocketWorkflow

/// The register's reads of problems, as every front end shows them: a problem with its
/// version, its history, pages of a list. Each reads only what its scope holds; a problem
/// outside it is refused as one that does not exist.
extension RegisterTransaction {
    /// Problem `id` and its version — the number of its latest event, which every event on it
    /// (a comment too) changes: what an HTTP `ETag` is made from.
    ///
    /// - Throws: `RegisterError.notFound` when there is no such problem or it lies outside
    ///   `scope`, alike.
    package func versionedProblem(_ id: Int64, in scope: Principal.Scope) async throws -> (problem: Problem, version: Int64) {
        (try await problem(id, in: scope), try await version(ofProblem: id))
    }

    /// The events of problem `id` in the order they happened, each `edit` event with what it
    /// corrected.
    ///
    /// - Throws: `RegisterError.notFound` as ``versionedProblem(_:in:)`` does.
    package func history(of id: Int64, in scope: Principal.Scope) async throws -> [Event] {
        _ = try await status(of: id, in: scope) // refuses a problem outside the scope as one that does not exist
        var events = try await events(ofProblem: id)
        guard events.contains(where: { $0.action == Workflow.editAction }) else { return events }
        let corrections = try await corrections(of: id)
        for index in events.indices where events[index].action == Workflow.editAction {
            events[index].changes = corrections[events[index].id] ?? []
        }
        return events
    }

    /// One page of the problems that match `filter` inside `scope`, oldest first: at most
    /// `limit`, starting after `cursor`. The next page's cursor is given when another follows,
    /// and it starts after this page's last problem whatever is filed meanwhile.
    ///
    /// - Parameter overdueStates: the states in which a passed deadline makes a problem
    ///   overdue (the workflow's deadline rule), for `filter.overdueOn`.
    /// - Throws: what resolving the filter's names throws (`RegisterError.notFound`, `.ambiguous`).
    package func problemPage(matching filter: ProblemFilter, overdueStates: [String], after cursor: PageCursor?,
                             limit: Int, in scope: Principal.Scope) async throws -> Page<Problem> {
        guard let query = try await query(for: filter, overdueStates: overdueStates) else { return Page(items: [], next: nil) }
        // One more than the page holds, to tell whether another page follows.
        var items = try await problems(query, in: scope, order: .raised(after: cursor), limit: limit + 1)
        guard items.count > limit else { return Page(items: items, next: nil) }
        items.removeLast()
        let last = items[items.count - 1]
        return Page(items: items, next: PageCursor(key: last.raisedAt.secondsSinceEpoch, id: last.id))
    }

    /// One page of the problems inside `scope` that match `query`, best match first: at most
    /// `limit`, starting after `cursor`, with the next page's cursor when another follows.
    package func searchPage(_ query: SearchQuery, after cursor: PageCursor?, limit: Int, rankingWindow: Int,
                            in scope: Principal.Scope) async throws -> Page<Problem> {
        // One more than the page holds, to tell whether another page follows.
        var hits = try await searchHits(query, in: scope, after: cursor, limit: limit + 1, rankingWindow: rankingWindow)
        guard hits.count > limit else { return Page(items: hits.map(\.problem), next: nil) }
        hits.removeLast()
        return Page(items: hits.map(\.problem), next: hits[hits.count - 1].cursor)
    }

    /// The problems inside `scope` overdue on `day`, the longest overdue first: at most `limit`.
    package func mostOverdue(on day: CivilDate, overdueStates: [String], limit: Int,
                             in scope: Principal.Scope) async throws -> [Problem] {
        guard let query = try await query(for: ProblemFilter(overdueOn: day), overdueStates: overdueStates) else { return [] }
        return try await problems(query, in: scope, order: .deadline, limit: limit)
    }

    /// The query that reads what `filter` matches, its names resolved as people type them; nil
    /// when nothing can match (an overdue filter where no state has deadlines).
    ///
    /// - Throws: `RegisterError.notFound` or `.ambiguous` for a name that fits no row or several.
    package func query(for filter: ProblemFilter, overdueStates: [String]) async throws -> ProblemQuery? {
        var query = ProblemQuery(states: filter.states)
        if let text = filter.locality {
            let locality = try await resolveLocality(text)
            query.place = locality.isProvince ? .province(locality.id) : .locality(locality.id)
        }
        if let text = filter.unit { query.unit = try await resolveUnit(text).id }
        if let category = filter.category { query.categoryKey = Folding.key(try await categoryName(category)) }
        for category in filter.categories { query.categoryKeys.append(Folding.key(try await categoryName(category))) }
        query.raisedFrom = filter.raisedFrom
        query.raisedThrough = filter.raisedThrough
        query.group = filter.group
        query.meeting = filter.meeting
        if let day = filter.overdueOn {
            guard !overdueStates.isEmpty else { return nil }
            query.overdue = ProblemQuery.Overdue(states: overdueStates, day: day)
        }
        return query
    }
}
