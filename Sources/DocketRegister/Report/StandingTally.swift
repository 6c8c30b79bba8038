import DocketCore
import DocketWorkflow

/// How many problems stand in each state, in all and by owner and by province: what the
/// weekly report reads from the `tally` table and corrects back to the end of its week, one
/// problem at a time. Owner 0 stands for none, as in the table.
///
/// Kept as small dictionaries (a state's owners, a state's provinces) rather than one keyed by
/// all three, which a million-problem register's tally would fill with tens of thousands of
/// cells, each hashing a state's name.
package struct StandingTally {
    package init() {}

    /// How many problems each owner has in each state.
    package private(set) var byUnit: [String: [Int64: Int]] = [:]
    /// How many problems each province has in each state.
    package private(set) var byProvince: [String: [Int64: Int]] = [:]

    /// Adds `n` problems (or takes them away, when negative) standing in `state`, owned by
    /// `unit`, in `province`.
    package mutating func add(state: String, unit: Int64?, province: Int64, _ n: Int) {
        byUnit[state, default: [:]][unit ?? 0, default: 0] += n
        byProvince[state, default: [:]][province, default: 0] += n
    }

    /// How many problems stand in each state, in all.
    package var byState: [String: Int] {
        byProvince.mapValues { $0.values.reduce(0, +) }
    }

    /// The end-of-week standing: open problems by state (every state of class open or answered,
    /// in the workflow's order), the cumulative totals, and `overdue` as counted elsewhere.
    /// A state the workflow does not define (from an earlier workflow) counts as raised only.
    package func standing(workflow: Workflow, overdue: Int) -> ResolutionReport.Standing {
        let byState = self.byState
        let total = { (classes: Set<StateClass>) in
            byState.reduce(0) { sum, entry in
                workflow.stateClass(of: entry.key).map { classes.contains($0) } == true ? sum + entry.value : sum
            }
        }
        return ResolutionReport.Standing(
            byState: workflow.states.filter { $0.stateClass == .open || $0.stateClass == .answered }
                .map { ResolutionReport.StateCount(state: $0.name, count: byState[$0.name] ?? 0) },
            overdue: overdue,
            totalRaised: byState.values.reduce(0, +),
            totalAnswered: total([.answered, .resolved]),
            totalResolved: total([.resolved]),
            totalClosed: total([.closed]))
    }

    /// A row per owner that owns at least one problem (owner 0, no owner, as the row of no unit), with
    /// `overdue[unit]` of its problems overdue; in no particular order.
    package func unitRows(workflow: Workflow, overdue: [Int64: Int], names: [Int64: NamedRef]) -> [ResolutionReport.UnitRow] {
        var rows: [Int64: ResolutionReport.UnitRow] = [:]
        for (state, units) in byUnit {
            let stateClass = workflow.stateClass(of: state)
            for (unit, n) in units where n != 0 {
                rows[unit, default: ResolutionReport.UnitRow(
                    unit: unit == 0 ? nil : names[unit] ?? NamedRef(code: "#\(unit)", name: ""), assigned: 0, resolved: 0, open: 0,
                    closed: 0, overdue: overdue[unit] ?? 0)].add(n, as: stateClass)
            }
        }
        return Array(rows.values)
    }

    /// A row per province with at least one problem; in no particular order.
    package func provinceRows(workflow: Workflow, names: [Int64: NamedRef]) -> [ResolutionReport.ProvinceRow] {
        var rows: [Int64: ResolutionReport.ProvinceRow] = [:]
        for (state, provinces) in byProvince {
            let stateClass = workflow.stateClass(of: state)
            for (province, n) in provinces where n != 0 {
                rows[province, default: ResolutionReport.ProvinceRow(
                    province: names[province] ?? NamedRef(code: nil, name: "#\(province)"), raised: 0, resolved: 0,
                    open: 0, closed: 0)].add(n, as: stateClass)
            }
        }
        return Array(rows.values)
    }
}

extension ResolutionReport.UnitRow {
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

extension ResolutionReport.ProvinceRow {
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

extension Workflow {
    /// Where a problem in `state` stands, as the report tells it apart: the class of the state
    /// (one the workflow does not know counts as none of open, answered and resolved).
    package func outcome(of state: String) -> ResolutionReport.Outcome {
        switch stateClass(of: state) {
        case .open: .open
        case .answered: .answered
        case .resolved: .resolved
        case .closed, nil: .closed
        }
    }
}
