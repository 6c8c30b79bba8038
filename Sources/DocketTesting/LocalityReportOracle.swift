import DocketCore
import DocketStore
import DocketWorkflow

/// `report locality` computed the slow, obvious way, to check the register's against: every
/// problem's whole history is read back through the public API, and each problem is taken as
/// its last event before the instant left it, its texts as its latest answering, resolving and
/// closing events then give them, its fields as the edit events since give them for then
/// (``ReportOracle``'s way), and its place and scope as ``ReportOracle`` decides them.
public enum LocalityReportOracle {
    /// The report of the locality `locality` (a province, or a commune) at the end of `day`
    /// within `scope`, or at `now` when no day is given or it is today; items in the report's order.
    public static func report(_ register: Register, of locality: Locality, asOf day: CivilDate?, now: Instant,
                              within scope: Principal.Scope = .everything) throws -> LocalityReport {
        let zone = register.timeZone
        let workflow = try register.workflow()
        let asOfDay = day ?? zone.localDate(of: now)
        // A past day to its end; today, as no day, to now (its second included).
        let isPast = day.map { $0 < zone.localDate(of: now) } ?? false
        let asOf = isPast ? zone.startOfDay(asOfDay.adding(days: 1)) : now
        let end = isPast ? asOf : now.adding(seconds: 1)
        let places = try ReportOracle.Places(register)
        let isInScope = try ReportOracle.membership(of: scope, in: register, places: places)
        let answering = workflow.actions(leadingTo: .answered), closing = workflow.actions(leadingTo: .closed)

        var items: [LocalityReport.Item] = []
        let problems = try register.problems(matching: ProblemFilter(), overdueStates: [], limit: Register.largestPage,
                                             as: .admin("test")).items
        for now in problems {
            let history = try register.history(of: now.id, as: .admin("test"))
            let before = history.filter { $0.at < end }
            guard let last = before.last, isInScope(now, history, end) else { continue }
            var problem = now
            func text(_ field: Correction.Field, _ current: String?) -> String? {
                if case .text(let value) = ReportOracle.value(of: field, in: history, at: end, now: current.map { .text($0) } ?? .empty) {
                    return value
                }
                return nil
            }
            func record(_ field: Correction.Field, _ current: Int64?) -> Int64? {
                if case .record(let value) = ReportOracle.value(of: field, in: history, at: end, now: current.map { .record($0) } ?? .empty) {
                    return value
                }
                return nil
            }
            problem.title = text(.title, now.title) ?? now.title
            problem.description = text(.description, now.description)
            problem.recommendation = text(.recommendation, now.recommendation)
            problem.category = text(.category, now.category)
            problem.meetingID = record(.meeting, now.meetingID)
            problem.groupID = record(.group, now.groupID)
            if case .locality(let then) = ReportOracle.value(of: .locality, in: history, at: end, now: .locality(now.locality)) {
                problem.locality = then
                problem.province = places.province(of: then)
            }
            let place = locality.isProvince ? problem.province : problem.locality
            guard place == locality.ref else { continue }
            problem.state = last.to
            problem.unit = last.unit
            problem.escalatedTo = last.escalatedTo
            problem.due = last.due
            problem.updatedAt = last.at
            problem.response = before.last { answering.contains($0.action) }?.note
            let stateClass = workflow.stateClass(of: last.to)
            let resolving = stateClass == .resolved ? before.last { $0.action == "resolve" } : nil
            problem.resolution = resolving?.note
            problem.resolvedAt = resolving?.at
            let closed = stateClass == .closed ? before.last { closing.contains($0.action) } : nil
            problem.closeReason = closed?.note
            let lastDay = (resolving ?? closed).map { zone.localDate(of: $0.at) } ?? asOfDay
            let overdue = workflow.deadlines.overdueIn.contains(last.to) && last.due.map { $0 < asOfDay } == true
            items.append(.init(problem: problem, daysOpen: lastDay.dayNumber - zone.localDate(of: problem.raisedAt).dayNumber,
                               daysOverdue: overdue ? asOfDay.dayNumber - last.due!.dayNumber : 0))
        }
        let order = workflow.states.map(\.name)
        items.sort { (order.firstIndex(of: $0.problem.state)!, $0.problem.id) < (order.firstIndex(of: $1.problem.state)!, $1.problem.id) }
        func count(_ stateClass: StateClass) -> Int {
            items.filter { workflow.stateClass(of: $0.problem.state) == stateClass }.count
        }
        let resolved = count(.resolved), closedCount = count(.closed)
        return LocalityReport(
            locality: locality.ref, isProvince: locality.isProvince, timeZone: zone, asOf: asOf, asOfDay: asOfDay,
            states: order.map { state in .init(state: state, count: items.filter { $0.problem.state == state }.count) },
            totals: .init(raised: items.count, answered: count(.answered), resolved: resolved, closed: closedCount,
                          open: items.count - resolved - closedCount, overdue: items.filter(\.isOverdue).count),
            items: items)
    }
}
