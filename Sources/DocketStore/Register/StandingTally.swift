import DocketCore
import DocketWorkflow

/// How many problems stand in each state, in all and by owner and by province: what the
/// weekly report reads from the `tally` table (summed three ways) and corrects back to the end
/// of its week, one problem at a time. Owner 0 stands for none, as in the table.
struct StandingTally {
    /// How many problems stand in each state.
    private(set) var byState: [String: Int] = [:]
    /// How many problems each owner has in each state.
    private(set) var byUnit: [Int64: [String: Int]] = [:]
    /// How many problems each province has in each state.
    private(set) var byProvince: [Int64: [String: Int]] = [:]

    /// Adds `n` problems (or takes them away, when negative) standing in `state`, in all.
    mutating func add(state: String, _ n: Int) {
        byState[state, default: 0] += n
    }

    /// Adds `n` problems standing in `state` to `unit`'s.
    mutating func add(state: String, unit: Int64, _ n: Int) {
        byUnit[unit, default: [:]][state, default: 0] += n
    }

    /// Adds `n` problems standing in `state` to `province`'s.
    mutating func add(state: String, province: Int64, _ n: Int) {
        byProvince[province, default: [:]][state, default: 0] += n
    }

    /// Adds `n` problems (or takes them away, when negative) standing in `state`, owned by
    /// `unit`, in `province`: to all three sums.
    mutating func add(state: String, unit: Int64?, province: Int64, _ n: Int) {
        add(state: state, n)
        add(state: state, unit: unit ?? 0, n)
        add(state: state, province: province, n)
    }

    /// The end-of-week standing: open problems by state (every state of class open or answered,
    /// in the workflow's order), the cumulative totals, and `overdue` as counted elsewhere.
    /// A state the workflow does not define (from an earlier workflow) counts as raised only.
    func standing(workflow: Workflow, overdue: Int) -> WeeklyReport.Standing {
        let total = { (classes: Set<StateClass>) in
            byState.reduce(0) { sum, entry in
                workflow.stateClass(of: entry.key).map { classes.contains($0) } == true ? sum + entry.value : sum
            }
        }
        return WeeklyReport.Standing(
            byState: workflow.states.filter { $0.stateClass == .open || $0.stateClass == .answered }
                .map { WeeklyReport.StateCount(state: $0.name, count: byState[$0.name] ?? 0) },
            overdue: overdue,
            totalRaised: byState.values.reduce(0, +),
            totalAnswered: total([.answered, .resolved]),
            totalResolved: total([.resolved]),
            totalClosed: total([.closed]))
    }

    /// A row per owner (owner 0, no owner, left out) that owns at least one problem, with
    /// `overdue[unit]` of its problems overdue; in no particular order.
    func unitRows(workflow: Workflow, overdue: [Int64: Int], names: [Int64: NamedRef]) -> [WeeklyReport.UnitRow] {
        byUnit.compactMap { unit, states in
            guard unit != 0 else { return nil }
            var row = WeeklyReport.UnitRow(unit: names[unit] ?? NamedRef(code: "#\(unit)", name: ""), assigned: 0,
                                           resolved: 0, open: 0, closed: 0, overdue: overdue[unit] ?? 0)
            for (state, n) in states { row.add(n, as: workflow.stateClass(of: state)) }
            return row.assigned > 0 ? row : nil
        }
    }

    /// A row per province with at least one problem; in no particular order.
    func provinceRows(workflow: Workflow, names: [Int64: NamedRef]) -> [WeeklyReport.ProvinceRow] {
        byProvince.compactMap { province, states in
            var row = WeeklyReport.ProvinceRow(province: names[province] ?? NamedRef(code: nil, name: "#\(province)"),
                                               raised: 0, resolved: 0, open: 0, closed: 0)
            for (state, n) in states { row.add(n, as: workflow.stateClass(of: state)) }
            return row.raised > 0 ? row : nil
        }
    }
}

extension WeeklyReport.UnitRow {
    /// Counts `n` more problems of class `stateClass` (nil: a state the workflow does not know,
    /// counted as assigned only).
    mutating func add(_ n: Int, as stateClass: StateClass?) {
        assigned += n
        switch stateClass {
        case .resolved: resolved += n
        case .closed: closed += n
        case .open, .answered: open += n
        case nil: break
        }
    }
}

extension WeeklyReport.ProvinceRow {
    /// Counts `n` more problems of class `stateClass` (nil: counted as raised only).
    mutating func add(_ n: Int, as stateClass: StateClass?) {
        raised += n
        switch stateClass {
        case .resolved: resolved += n
        case .closed: closed += n
        case .open, .answered: open += n
        case nil: break
        }
    }
}
