import DocketCore
import DocketWorkflow

extension ReportSource {
    /// The resolution report for `period` (CONTRACT.md: a week, a month, any run of days), as
    /// the register stood at the end of it — 00:00 of the day after its last in the register's
    /// time zone — read on one snapshot. A period in progress is counted to `now` and says so
    /// (`complete` false); its overdue problems are judged on today, a complete period's on its
    /// last day. One that has not begun by `now` is refused.
    ///
    /// The report of a past period is the same however much has happened since, yet it is not
    /// computed by replaying the history: it starts from what stands now and undoes only what
    /// happened after the period.
    /// - The period's counts, and the spans of its trend, are range counts over
    ///   `event_by_time (action, at, problem_id)`, which covers them, one range per action.
    /// - The standing by state, owner and province starts from the `tally` table (kept by the
    ///   store in the transaction of each change, Register+Tally); every problem with an event
    ///   at or after the end of the period (its latest event is that late: a range of
    ///   `problem_by_update`) takes its current cell away, and those raised before the end add
    ///   back the cell of their last event before it.
    /// - The groups start from how many problems of each stand in each state now (the covering
    ///   `(group_id, state)` index) and are corrected the same way.
    /// - The overdue ones start from those overdue now by the day they are judged on (the
    ///   `(state, due, unit_id)` index) and are corrected the same way.
    /// - The resolved ones are the problems with a resolving event in the period whose last event
    ///   before its end left them resolved.
    /// - What an edit corrects — a problem's locality (so its province), group and title — is
    ///   counted and shown as it was at the end of the period: a problem changed since (an edit is
    ///   an event) is put back in the province and group its corrections since give for then, and
    ///   listed under its title and locality then (ReportSQL.titleAt and the rest). So a past
    ///   period's report, in every format, is the same however the problem is corrected later.
    ///
    /// Within a scope, every figure counts only the problems in the scope at the end of the period
    /// (SERVE.md), and the period's activity only the events of those problems; each span of the
    /// trend counts as its own report would, by the problems in the scope at its end. A problem
    /// that was in a unit's scope during the period but left it before the end (reassigned
    /// outside the unit's subtree, its escalation withdrawn) is not counted at all, its events
    /// of the period included; one that came into the scope during the period counts wholly.
    /// - A province's report is the register's computed the same way, every statement kept to
    ///   the province's problems, the tally by its province column; but the groups' counts and
    ///   the overdue ones now are counted in one pass over the province's problems
    ///   (`problem_by_province`), whose indexes above do not hold the province. A problem whose
    ///   locality was corrected into or out of the province since the end is taken away where it
    ///   stands now and put back only if it was the province's then; the period's events count
    ///   for the problems that were the province's at the end.
    /// - A unit's report cannot start from the tally, which holds no escalation and where a
    ///   problem stands now, not where it stood then. It reads the problems that its subtree
    ///   owns or has escalated to it now and that have not changed since the end (so stood
    ///   there then), and those raised before the end that changed since, each taken back to
    ///   where its last event before the end left it, kept when that is owned by or escalated
    ///   to a unit of the subtree.
    ///   The period's activity is its events (a range of `event_by_time` per action) whose
    ///   problem's last event before the end left it in the subtree, and so are the resolved.
    ///
    /// - Parameter overdueLimit: how many overdue problems to list, the longest overdue first;
    ///   nil lists them all. They are all counted whatever the limit.
    /// - Parameter onlySentNews: whether to list, of the problems sent beyond the ministry's
    ///   authority, only the news (still open, or sent or resolved during the period), as the
    ///   formats for people do, rather than every one; they are all counted either way. Only
    ///   those listed have their titles read.
    /// - Parameter principal: who asks; the report counts the problems of its scope.
    /// - Complexity: O(*t* + *a* + *c* + *r* log *n* + *o* + *g*), where *t* is the size of the
    ///   tally (states × owners × provinces in use), *a* the events counted (the period's, and the
    ///   filings and resolutions of its trend), *c* the problems changed since the
    ///   end of the period (for the last complete week, a few days' worth; for an old week, up to
    ///   all the problems raised since), *r* those of them raised before the end, each one step
    ///   back in the *n* events, *o* the problems overdue now by that day (counted from an
    ///   index), and *g* the problems in groups. Listing the overdue ones reads the limit's worth
    ///   of rows, or *o* for all. A province's reads the same ranges, looking up the problem of
    ///   each event counted, and instead of *o* and *g* the rows of the province's *p* problems:
    ///   O(*t* + *a* + *c* + *r* log *n* + *p*); listing the overdue ones reads *o* rows at most.
    ///   A unit's is O(*s* + *c* log *n* + *a* log *n* + *k* log *k*): the rows of the *s*
    ///   problems its subtree owns or has escalated to it now; the *c* changed since the end,
    ///   each one step back; the *a* events of the register's ranges, each one step back to
    ///   where its problem stood at the end of its span; *k* those in the scope, their overdue
    ///   ones sorted. It grows with the scope: for the Government, whose subtree holds every
    ///   unit, it reads the row of nearly every problem.
    package func report(for period: ReportPeriod, now: Instant, overdueLimit: Int? = nil, onlySentNews: Bool = false,
                        as principal: Principal) async throws -> ResolutionReport {
        precondition(overdueLimit.map { $0 >= 0 } ?? true, "a negative overdue limit")
        let scope = principal.scope
        let (start, periodEnd) = period.interval(in: timeZone)
        guard start <= now else {
            throw RegisterError.periodNotBegun(period: period.description, from: period.from.description,
                                               today: timeZone.localDateTime(of: now).date.description)
        }
        let complete = periodEnd <= now
        let end = complete ? periodEnd : now
        let judgedOn = complete ? period.to : timeZone.localDateTime(of: now).date
        let workflow = try await workflow()
        let units = try await unitNames()

        // The period itself counts every action; the spans of the trend only what it shows,
        // each up to now at the latest, and none that has not begun. The spans of a period
        // other than a week tile it, so the register's filings and resolutions during it are
        // the sums of its spans' (a year's, read once rather than twice); within a scope, each
        // span counts the problems in the scope at its own end, so the period counts its own.
        let counted = ResolutionReport.Activity.actions.map(\.action)
        let shown = [Workflow.fileAction, "resolve"]
        let summed = period.week == nil && scope == .everything
        var during = try await activity(from: start, to: end, actions: summed ? counted.filter { !shown.contains($0) } : counted,
                                        within: scope)
        var trend: [ResolutionReport.TrendPoint] = []
        for span in period.trendSpans {
            let (spanStart, spanEnd) = span.interval(in: timeZone)
            guard spanStart <= now else { break }
            let activity = !summed && spanStart == start && span.to == period.to ? during
                : try await activity(from: spanStart, to: min(spanEnd, now), actions: shown, within: scope)
            trend.append(.init(period: span, raised: activity.raised, resolved: activity.resolved))
            if summed {
                during.raised += activity.raised
                during.resolved += activity.resolved
            }
        }

        let standing = switch scope {
        case .everything:
            try await standingFromTally(at: end, judgedOn: judgedOn, province: nil, overdueLimit: overdueLimit,
                                  workflow: workflow, units: units)
        case .province(let province):
            try await standingFromTally(at: end, judgedOn: judgedOn, province: province, overdueLimit: overdueLimit,
                                  workflow: workflow, units: units)
        case .unit:
            try await standingOneByOne(at: end, judgedOn: judgedOn, scope: scope, overdueLimit: overdueLimit,
                                 workflow: workflow, units: units)
        }
        let resolved = try await resolvedProblems(from: start, to: end, workflow: workflow, units: units, within: scope)
        var report = ResolutionReport(
            period: period, timeZone: timeZone, complete: complete, asOf: end, during: during,
            endOfWeek: standing.tally.standing(workflow: workflow, overdue: standing.overdueByUnit.values.reduce(0, +)),
            groups: groupTotals(standing.groups, workflow: workflow),
            units: standing.tally.unitRows(workflow: workflow, overdue: standing.overdueByUnit, names: units),
            provinces: standing.tally.provinceRows(workflow: workflow, names: try await provinceNames()),
            resolved: resolved,
            overdue: standing.overdue,
            beyondAuthority: try await sentBeyondAuthority(from: start, to: end, resolved: resolved,
                                                           onlyNews: onlySentNews, workflow: workflow, units: units,
                                                           within: scope),
            trend: trend)
        report.putListsInOrder()
        return report
    }

    /// Where the register's problems, or `province`'s, stood at `end`: the tally,
    /// the groups' counts and the overdue ones now, each problem changed since taken back to
    /// where its last event before the end left it.
    private func standingFromTally(at end: Instant, judgedOn: CivilDate, province: Int64?, overdueLimit: Int?,
                                   workflow: Workflow, units: [Int64: NamedRef]) async throws -> EndOfWeek {
        let day = judgedOn.description
        let overdueStates = workflow.deadlines.overdueIn
        var tally = try await currentTally(province: province)
        var (groups, overdueByUnit) = if let province {
            try await countsNow(of: province, overdueOn: day, states: overdueStates)
        } else {
            (try await currentGroupCounts(), try await overdueCountsNow(on: day, states: overdueStates))
        }
        try await forEachProblemChanged(since: end, province: province) { state, unit, province, group in
            tally.add(state: state, unit: unit, province: province, -1)
            if let group { groups[group, default: [:]][state, default: 0] -= 1 }
        }
        // Within a province, a problem whose locality was corrected since counts where it
        // stands now (in the counts now) or where it stood at the end, and perhaps not both.
        let restored = try await problemsChangedAfterRaised(before: end, province: province)
        for problem in restored {
            if province == nil || problem.province.now == province,
               problem.now.isOverdue(on: day, states: overdueStates) {
                overdueByUnit[problem.now.unit ?? 0, default: 0] -= 1
            }
            guard province == nil || problem.province.atEnd == province else { continue }
            let then = problem.atEnd
            tally.add(state: then.state, unit: then.unit, province: problem.province.atEnd, 1)
            if let group = problem.groupAtEnd { groups[group, default: [:]][then.state, default: 0] += 1 }
            if then.isOverdue(on: day, states: overdueStates) {
                overdueByUnit[then.unit ?? 0, default: 0] += 1
            }
        }
        let overdue = try await overdueProblems(on: judgedOn, end: end, limit: overdueLimit, states: overdueStates,
                                          restored: restored, units: units, province: province)
        return EndOfWeek(tally: tally, groups: groups, overdueByUnit: overdueByUnit, overdue: overdue)
    }

    /// Where the problems in `scope` at `end` stood then, counted one by one from
    /// where the last event of each before the end left it.
    private func standingOneByOne(at end: Instant, judgedOn: CivilDate, scope: Principal.Scope, overdueLimit: Int?,
                                  workflow: Workflow, units: [Int64: NamedRef]) async throws -> EndOfWeek {
        let day = judgedOn.description
        let overdueStates = workflow.deadlines.overdueIn
        var standing = EndOfWeek()
        try await forEachProblem(inScopeAt: end, of: scope) { id, title, locality, province, group, then in
            standing.tally.add(state: then.state, unit: then.unit, province: province, 1)
            if let group { standing.groups[group, default: [:]][then.state, default: 0] += 1 }
            guard then.isOverdue(on: day, states: overdueStates) else { return }
            standing.overdueByUnit[then.unit ?? 0, default: 0] += 1
            // Counted whatever its deadline's text; listed when it reads as a day, as from the tally.
            guard let due = then.due.flatMap({ try? CivilDate(parsing: $0) }) else { return }
            standing.overdue.append(.init(id: id, title: title, locality: locality, state: then.state,
                                          unit: then.unit.flatMap { units[$0] }, due: due,
                                          daysOverdue: judgedOn.dayNumber - due.dayNumber))
        }
        standing.overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        if let overdueLimit { standing.overdue = Array(standing.overdue.prefix(overdueLimit)) }
        return standing
    }

    /// How many groups had a problem raised by the end of the period (a non-zero count), and how
    /// many of them stood resolved then, from how many problems of each stood in each state.
    private func groupTotals(_ counts: [Int64: [String: Int]], workflow: Workflow) -> ResolutionReport.GroupTotals {
        var totals = ResolutionReport.GroupTotals(total: 0, resolved: 0)
        for group in counts.values {
            let standing = workflow.standing(ofGroupWith: group.filter { $0.value != 0 })
            if standing.total > 0 { totals.total += 1 }
            if standing.state == .resolved { totals.resolved += 1 }
        }
        return totals
    }

    /// The problems overdue on `judgedOn` (the day the report judges them on) at `end`, the
    /// longest overdue first (by deadline, then number), at most `limit` of them: those overdue
    /// now that did not change since, and those `restored` that were overdue then (in `province`
    /// then, when one is given), with their titles and localities then.
    private func overdueProblems(on judgedOn: CivilDate, end: Instant, limit: Int?, states: [String],
                                 restored: [ChangedProblem], units: [Int64: NamedRef],
                                 province: Int64?) async throws -> [ResolutionReport.OverdueProblem] {
        let day = judgedOn.description
        var overdue: [ResolutionReport.OverdueProblem] = []
        func entry(id: Int64, title: String, locality: NamedRef, state: String, unit: Int64?, due: String) {
            guard let date = try? CivilDate(parsing: due) else { return }
            overdue.append(.init(id: id, title: title, locality: locality, state: state,
                                 unit: unit.flatMap { units[$0] }, due: date, daysOverdue: judgedOn.dayNumber - date.dayNumber))
        }
        // Each state's list comes in order: enough of it to fill the limit once the problems
        // that changed since are left out.
        let changed = Set(restored.map(\.id))
        for state in states {
            let skipped = restored.filter {
                (province == nil || $0.province.now == province) && $0.now.state == state && $0.now.isOverdue(on: day, states: states)
            }.count
            try await forEachOverdueNow(inState: state, before: day, limit: limit.map { $0 + skipped }, province: province) {
                id, title, locality, unit, due in
                guard !changed.contains(id) else { return }
                entry(id: id, title: title, locality: locality, state: state, unit: unit, due: due)
            }
        }
        // Those that changed since and were overdue then: only the ones the limit keeps are
        // looked up, since each is a read of its row.
        var thenOverdue = restored.filter {
            (province == nil || $0.province.atEnd == province) && $0.atEnd.isOverdue(on: day, states: states)
        }
        if let limit {
            thenOverdue.sort { ($0.atEnd.due ?? "", $0.id) < ($1.atEnd.due ?? "", $1.id) }
            overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
            let cutoff = limit > 0 && overdue.count >= limit ? overdue[limit - 1] : nil
            thenOverdue = Array(thenOverdue.prefix(limit).prefix { problem in
                cutoff.map { (problem.atEnd.due ?? "", problem.id) < ($0.due.description, $0.id) } ?? true
            })
        }
        for problem in thenOverdue {
            guard let (title, locality) = try await label(ofProblem: problem.id, at: end) else { continue }
            entry(id: problem.id, title: title, locality: locality, state: problem.atEnd.state, unit: problem.atEnd.unit,
                  due: problem.atEnd.due ?? "")
        }
        guard let limit, overdue.count > limit else { return overdue }
        overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        return Array(overdue.prefix(limit))
    }

    /// The problems resolved in [`start`, `end`) that still stood resolved at `end`, with their
    /// last resolution: the problems in `scope` with a resolving event in the span (one whose
    /// every destination is of class resolved) whose last event before the end left them resolved.
    private func resolvedProblems(from start: Instant, to end: Instant, workflow: Workflow, units: [Int64: NamedRef],
                                  within scope: Principal.Scope) async throws -> [ResolutionReport.ResolvedProblem] {
        let actions = workflow.actions(leadingTo: .resolved)
        guard !actions.isEmpty else { return [] }
        var resolved: [ResolutionReport.ResolvedProblem] = []
        try await forEachResolution(from: start, to: end, actions: actions, within: scope,
                                    recordedResolutionIsLast: workflow.recordsEveryResolution) {
            id, title, locality, stateAtEnd, unit, at, note in
            guard workflow.stateClass(of: stateAtEnd) == .resolved else { return }
            resolved.append(ResolutionReport.ResolvedProblem(
                id: id, title: title, locality: locality, unit: unit.flatMap { units[$0] }, resolvedAt: at, resolution: note))
        }
        return resolved
    }

    /// What was sent beyond the ministry's authority by `end`: every problem escalated to a unit
    /// of kind ministry or government before then (by an escalating transition: one that sets
    /// the escalation from its target), in `scope` at `end`, with the state its last event
    /// before `end` left it in. A problem sent more than once is one entry, where and when it
    /// was last sent. `resolved` are the problems resolved during the period (that stood so at
    /// its end), which the formats for people list; with `onlyNews`, only the news is listed.
    /// The titles then are read for the problems listed only, each a look-up of its row.
    private func sentBeyondAuthority(from start: Instant, to end: Instant, resolved: [ResolutionReport.ResolvedProblem],
                                     onlyNews: Bool,
                                     workflow: Workflow, units: [Int64: NamedRef],
                                     within scope: Principal.Scope) async throws -> ResolutionReport.BeyondAuthority {
        let actions = workflow.transitions.filter { $0.effects.escalation == .setFromTarget }.map(\.name)
        let destinations = try await unitsBeyondAuthority()
        guard !actions.isEmpty, !destinations.isEmpty else { return .init(items: []) }
        var latest: [Int64: (to: Int64, at: Instant, state: String)] = [:]
        try await forEachEscalation(before: end, actions: actions, toUnits: destinations, within: scope) { id, to, sentAt, state in
            if let known = latest[id], known.at >= sentAt { return }
            latest[id] = (to, sentAt, state)
        }
        // Of those a year's quarter of a million resolved, the few sent.
        let resolvedDuring = Set(resolved.lazy.map(\.id).filter { latest[$0] != nil })
        var beyond = ResolutionReport.BeyondAuthority(items: latest.map { id, sent in
            .init(id: id, title: "", to: units[sent.to] ?? NamedRef(code: "#\(sent.to)", name: ""), state: sent.state,
                  outcome: workflow.outcome(of: sent.state), sentAt: sent.at, sentDuring: sent.at >= start,
                  resolvedDuring: resolvedDuring.contains(id))
        }, onlyNews: onlyNews)
        for index in beyond.items.indices {
            beyond.items[index].title = try await label(ofProblem: beyond.items[index].id, at: end)?.title ?? ""
        }
        return beyond
    }
}
