import DocketCore
import DocketRegister

extension Principal.Scope {
    /// The numbers of the units under `unit`, itself included, as a subquery with one value.
    fileprivate static let subtree = """
        (WITH RECURSIVE under(id) AS (SELECT ? UNION ALL SELECT u.id FROM unit AS u JOIN under ON u.parent_id = under.id)
         SELECT id FROM under)
        """

    /// The condition that keeps a query on `problem AS p` inside the scope, and the values it
    /// binds, in order; nil when the scope holds every problem.
    ///
    /// It is part of the query's `WHERE`, so what lies outside the scope is never read.
    func problemCondition(alias: String = "p") -> (sql: String, values: [any SQLValueConvertible])? {
        switch self {
        case .everything:
            return nil
        case .province(let province):
            return ("\(alias).province_id = ?", [province])
        case .unit(let unit):
            let sql = "(\(alias).unit_id IN \(Self.subtree) OR \(alias).escalated_to_id IN \(Self.subtree))"
            return (sql, [unit, unit])
        }
    }

    /// The condition that keeps a statement of the weekly report to the problems inside the
    /// scope at the end of the period it counts, the values it binds, and which row it is on;
    /// nil when the scope holds every problem.
    ///
    /// A province's is on the problem's row `p` and its corrections: the province of the
    /// locality it had at the end, ?2 in every statement that takes it (ReportSQL.provinceAt),
    /// since an edit may have moved it to another province since. (Being an expression, it keeps
    /// the statement on its own range of events rather than every problem of the province.) A
    /// unit's is on `last`, the problem's last event before the end: an event carries the owner
    /// and the escalation it leaves the problem with, so that is where the problem stood then.
    func reportCondition() -> (sql: String, values: [any SQLValueConvertible], onLastEvent: Bool)? {
        switch self {
        case .everything: nil
        case .province(let province): (ReportSQL.provinceAt("?2") + " = ?", [province], false)
        case .unit: problemCondition(alias: "last").map { ($0.sql, $0.values, true) }
        }
    }
}

extension Register {
    /// Whether unit `unit` is unit `root` or lies under it, read in the caller's transaction.
    func isUnit(_ unit: Int64, within root: Int64) throws -> Bool {
        try database.cached("SELECT 1 WHERE ? IN " + Principal.Scope.subtree).first(bound: [unit, root]) { _ in true } ?? false
    }
}
