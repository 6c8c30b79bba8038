import DocketCore
import DocketWorkflow

extension ReportSource where Self: NameDirectory {
    /// The follow-up to the locality `text` names (CONTRACT.md, `report locality`): every
    /// problem it raised — a province's own and its communes' and wards', a commune's its own —
    /// raised by the end of `day` in the register's time zone, or by `now` when no day is given
    /// or the day is today, each as its events up to then left it. Read on one snapshot.
    ///
    /// The store reads each problem as it stood then (``forEachProblem(of:before:within:_:)``);
    /// this puts them in the workflow's order of states, then by number, and counts them.
    ///
    /// Within a scope: a province's token may ask for its province or a commune of it only; a
    /// unit's sees the problems its subtree owned or had escalated to it at the instant.
    ///
    /// - Throws: `RegisterError.notFound` or `.ambiguous` for the name; `.outsideScope` for a
    ///   locality outside a province token's province; `InputError.inFuture` for a day after today.
    package func localityReport(of text: String, asOf day: CivilDate?, now: Instant,
                                as principal: Principal) async throws -> LocalityReport {
        let locality = try await resolveLocality(text)
        if case .province = principal.scope, !principal.scope.holds(locality) {
            throw RegisterError.outsideScope(kind: .locality, name: text)
        }
        let zone = timeZone
        let today = zone.localDate(of: now)
        if let day, day > today { throw InputError.inFuture(day.description) }
        // To the end of a past day; to now (its second included) for today.
        let asOf = day.map { $0 < today ? zone.startOfDay($0.adding(days: 1)) : now } ?? now
        let end = asOf == now ? now.adding(seconds: 1) : asOf
        let asOfDay = day ?? today

        let workflow = try await workflow()
        var items: [LocalityReport.Item] = []
        try await forEachProblem(of: locality, before: end, within: principal.scope) { problem, closedAt in
            items.append(item(problem, closedAt: closedAt, on: asOfDay, workflow: workflow))
        }
        // By key: a province has tens of thousands of problems, each a large value.
        let order = Dictionary(uniqueKeysWithValues: workflow.states.enumerated().map { ($0.element.name, $0.offset) })
        items.sort(byKey: { KeyPair(order[$0.problem.state] ?? order.count, $0.problem.id) })

        var counts: [String: Int] = [:]
        var totals = LocalityReport.Totals(raised: items.count, answered: 0, resolved: 0, closed: 0, open: 0, overdue: 0)
        for item in items {
            counts[item.problem.state, default: 0] += 1
            switch workflow.stateClass(of: item.problem.state) {
            case .answered: totals.answered += 1
            case .resolved: totals.resolved += 1
            case .closed: totals.closed += 1
            case .open, nil: break
            }
            if item.isOverdue { totals.overdue += 1 }
        }
        totals.open = totals.raised - totals.resolved - totals.closed
        return LocalityReport(locality: locality.ref, isProvince: locality.isProvince, timeZone: zone, asOf: asOf, asOfDay: asOfDay,
                              states: workflow.states.map { .init(state: $0.name, count: counts[$0.name] ?? 0) },
                              totals: totals, items: items)
    }

    /// `problem` with how long it had been open and overdue on `day`.
    private func item(_ problem: Problem, closedAt: Instant?, on day: CivilDate, workflow: Workflow) -> LocalityReport.Item {
        let zone = timeZone
        let ended: Instant? = switch workflow.stateClass(of: problem.state) {
        case .resolved: problem.resolvedAt
        case .closed: closedAt
        default: nil
        }
        let lastDay = ended.map(zone.localDate(of:)) ?? day
        let overdue = DeadlineRules.isOverdue(state: problem.state, due: problem.due, on: day,
                                              overdueIn: workflow.deadlines.overdueIn)
        return .init(problem: problem, daysOpen: lastDay.dayNumber - zone.localDate(of: problem.raisedAt).dayNumber,
                     daysOverdue: overdue ? day.dayNumber - (problem.due?.dayNumber ?? day.dayNumber) : 0)
    }
}
