import DocketCore
import DocketStore
import DocketWeb
import DocketWorkflow

/// How the register's records read on a page: a problem as a row, a locality with its
/// province, a time in the register's zone, the choices of a form's `<select>`.
struct PageWords: Sendable {
    let text: WebText
    let zone: TimeZoneRules
    let today: CivilDate
    let overdueIn: [String]

    /// The words of a page read from `register` now.
    init(_ register: Register, text: WebText, now: Instant) throws {
        self.text = text
        zone = register.timeZone
        today = register.timeZone.localDate(of: now)
        overdueIn = try register.workflow().deadlines.overdueIn
    }

    /// A problem's locality as people write it: the commune or ward, then its province.
    static func place(_ problem: Problem) -> String {
        problem.locality.name == problem.province.name ? problem.province.name : "\(problem.locality.name), \(problem.province.name)"
    }

    /// A moment in the register's zone: `2025-08-26 10:30`.
    func time(_ instant: Instant) -> String {
        let local = zone.localDateTime(of: instant)
        return String(local.description.prefix(16)).replacingFirst("T", with: " ")
    }

    func isOverdue(_ problem: Problem) -> Bool {
        DeadlineRules.isOverdue(state: problem.state, due: problem.due, on: today, overdueIn: overdueIn)
    }

    /// "3 days overdue", "2 days left" for a problem whose deadline still counts; empty otherwise.
    func dueNote(_ problem: Problem) -> String {
        guard let due = problem.due, overdueIn.contains(problem.state) else { return "" }
        let days = due.dayNumber - today.dayNumber
        return days < 0 ? text.daysOverdue(-days) : text.dueIn(days)
    }

    func row(_ problem: Problem) -> ProblemRow {
        ProblemRow(id: problem.id, title: problem.title, locality: Self.place(problem), state: problem.state,
                   stateName: text.stateName(problem.state), owner: problem.unit?.name ?? text.noOne,
                   due: problem.due?.description ?? "", isOverdue: isOverdue(problem), dueNote: dueNote(problem))
    }

    func table(_ id: String, caption: String, _ problems: [Problem], empty: String? = nil) -> ProblemTable {
        ProblemTable(t: text, tableID: id, caption: caption, rows: problems.map(row), empty: empty ?? text.noProblems)
    }

    /// The units as choices, `selected` chosen, led by `none` when given.
    static func unitOptions(_ units: [OrgUnit], selected: String?, none: String?) -> [Option] {
        (none.map { [Option(value: "", label: $0, selected: selected == nil)] } ?? [])
            + units.map { Option(value: $0.code, label: $0.name, selected: $0.code == selected) }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let index = firstIndex(of: target) else { return self }
        return self[..<index] + replacement + self[self.index(after: index)...]
    }
}

extension Register {
    /// The units `principal` may give a problem to: every unit for whoever sees everything, a
    /// unit's own and those under it for a unit (SERVE.md: it assigns within its subtree).
    func assignableUnits(for principal: Principal) throws -> [OrgUnit] {
        let units = try self.units()
        guard case .unit(let root) = principal.scope else { return units }
        var inside: Set<Int64> = [root]
        var grew = true
        while grew {
            grew = false
            for unit in units where !inside.contains(unit.id) {
                if let parent = unit.parentID, inside.contains(parent) {
                    inside.insert(unit.id)
                    grew = true
                }
            }
        }
        return units.filter { inside.contains($0.id) }
    }
}
