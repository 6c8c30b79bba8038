import DocketCore
import DocketWorkflow

/// How many problems stand in each (state, owner, province): the shape of the `tally` table,
/// which the weekly report starts from and corrects back to the end of its week. Owner 0
/// stands for none, as in the table.
struct StandingTally {
    /// One cell of the tally.
    struct Key: Hashable {
        var state: String
        var unit: Int64
        var province: Int64
    }

    /// The counts; a cell may fall to 0 but never below once every correction is made.
    private(set) var counts: [Key: Int] = [:]

    /// Adds `n` (or takes away, when negative) problems standing in `state`, owned by `unit`, in `province`.
    mutating func add(state: String, unit: Int64?, province: Int64, _ n: Int) {
        counts[Key(state: state, unit: unit ?? 0, province: province), default: 0] += n
    }

    /// The end-of-week standing: open problems by state (every state of class open or answered,
    /// in the workflow's order), the cumulative totals, and `overdue` as counted elsewhere.
    /// A state the workflow does not define (from an earlier workflow) counts as raised only.
    func standing(workflow: Workflow, overdue: Int) -> WeeklyReport.Standing {
        var byState: [String: Int] = [:]
        for (key, n) in counts { byState[key.state, default: 0] += n }
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
        var rows: [Int64: WeeklyReport.UnitRow] = [:]
        for (key, n) in counts where key.unit != 0 && n != 0 {
            let unit = names[key.unit] ?? NamedRef(code: "#\(key.unit)", name: "")
            rows[key.unit, default: WeeklyReport.UnitRow(unit: unit, assigned: 0, resolved: 0, open: 0, closed: 0,
                                                         overdue: overdue[key.unit] ?? 0)]
                .add(n, as: workflow.stateClass(of: key.state))
        }
        return Array(rows.values)
    }

    /// A row per province with at least one problem; in no particular order.
    func provinceRows(workflow: Workflow, names: [Int64: NamedRef]) -> [WeeklyReport.ProvinceRow] {
        var rows: [Int64: WeeklyReport.ProvinceRow] = [:]
        for (key, n) in counts where n != 0 {
            let province = names[key.province] ?? NamedRef(code: nil, name: "#\(key.province)")
            rows[key.province, default: WeeklyReport.ProvinceRow(province: province, raised: 0, resolved: 0, open: 0, closed: 0)]
                .add(n, as: workflow.stateClass(of: key.state))
        }
        return Array(rows.values)
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
