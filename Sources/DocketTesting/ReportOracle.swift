import DocketCore
import DocketStore
import DocketWorkflow

/// The weekly report computed the slow, obvious way, to check the fast one against: every
/// problem's whole history is read back through the register's public API and replayed up to
/// the end of the week in Swift. No tally, no index, no correction: a problem's state at the
/// end of the week is simply its last event before then.
public enum ReportOracle {
    /// The weekly report of `week`, replayed from every problem's history; with `overdueLimit`,
    /// only that many of the longest overdue problems are listed.
    public static func report(_ register: Register, week: ISOWeek, overdueLimit: Int? = nil) throws -> WeeklyReport {
        let zone = register.timeZone
        let workflow = try register.workflow()
        let (start, end) = week.interval(in: zone)
        let nextMonday = week.monday.adding(days: 7)
        let trendWeeks = (0..<WeeklyReport.trendLength).reversed().map { back in
            (0..<back).reduce(week) { week, _ in week.previous }
        }

        let problems = try register.problems(matching: ProblemFilter(), overdueStates: [], limit: Register.largestPage, as: .admin("test")).items

        var during = WeeklyReport.Activity()
        var trend = trendWeeks.map { WeeklyReport.TrendWeek(week: $0, raised: 0, resolved: 0) }
        var byState: [String: Int] = [:]
        var overdueList: [WeeklyReport.OverdueProblem] = []
        var units: [String: WeeklyReport.UnitRow] = [:]
        var provinces: [String: WeeklyReport.ProvinceRow] = [:]
        var groups: [Int64: [String: Int]] = [:]
        var resolvedList: [WeeklyReport.ResolvedProblem] = []

        for problem in problems {
            let history = try register.history(of: problem.id, as: .admin("test"))
            for event in history {
                if start <= event.at && event.at < end { during.count(event.action) }
                for (index, trendWeek) in trendWeeks.enumerated() {
                    let span = trendWeek.interval(in: zone)
                    guard span.start <= event.at && event.at < span.end else { continue }
                    if event.action == "file" { trend[index].raised += 1 }
                    if event.action == "resolve" { trend[index].resolved += 1 }
                }
            }
            let before = history.filter { $0.at < end }
            guard let last = before.last else { continue }  // raised after the week
            let stateClass = workflow.stateClass(of: last.to)
            byState[last.to, default: 0] += 1
            let isOverdue = workflow.deadlines.overdueIn.contains(last.to) && last.due.map { $0 < nextMonday } == true
            if isOverdue, let due = last.due {
                overdueList.append(.init(id: problem.id, title: problem.title, locality: problem.locality,
                                         state: last.to, unit: last.unit, due: due))
            }
            if let unit = last.unit {
                var row = units[unit.handle] ?? .init(unit: unit, assigned: 0, resolved: 0, open: 0, closed: 0, overdue: 0)
                row.assigned += 1
                switch stateClass {
                case .resolved: row.resolved += 1
                case .closed: row.closed += 1
                default: row.open += 1
                }
                if isOverdue { row.overdue += 1 }
                units[unit.handle] = row
            }
            var province = provinces[problem.province.handle]
                ?? .init(province: problem.province, raised: 0, resolved: 0, open: 0, closed: 0)
            province.raised += 1
            switch stateClass {
            case .resolved: province.resolved += 1
            case .closed: province.closed += 1
            default: province.open += 1
            }
            provinces[problem.province.handle] = province
            if let group = problem.groupID { groups[group, default: [:]][last.to, default: 0] += 1 }
            if stateClass == .resolved,
               before.contains(where: { $0.action == "resolve" && $0.at >= start }),
               let resolution = before.last(where: { $0.action == "resolve" }) {
                resolvedList.append(.init(id: problem.id, title: problem.title, locality: problem.locality,
                                          unit: last.unit, resolvedAt: resolution.at, resolution: resolution.note ?? ""))
            }
        }

        func count(_ classes: Set<StateClass>) -> Int {
            byState.filter { workflow.stateClass(of: $0.key).map(classes.contains) == true }.values.reduce(0, +)
        }
        let groupStandings = groups.values.map { workflow.standing(ofGroupWith: $0) }
        var report = WeeklyReport(
            week: week, timeZone: zone, during: during,
            endOfWeek: .init(
                byState: workflow.states.filter { [.open, .answered].contains($0.stateClass) }
                    .map { .init(state: $0.name, count: byState[$0.name] ?? 0) },
                overdue: overdueList.count, totalRaised: byState.values.reduce(0, +),
                totalAnswered: count([.answered, .resolved]), totalResolved: count([.resolved]),
                totalClosed: count([.closed])),
            groups: .init(total: groupStandings.filter { $0.total > 0 }.count,
                          resolved: groupStandings.filter { $0.state == .resolved }.count),
            units: Array(units.values), provinces: Array(provinces.values),
            resolved: resolvedList, overdue: overdueList, trend: trend)
        report.putListsInOrder()
        if let overdueLimit { report.overdue = Array(report.overdue.prefix(overdueLimit)) }
        return report
    }
}
