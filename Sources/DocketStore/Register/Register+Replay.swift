import DocketCore
import DocketWorkflow

extension Register {
    /// Problem `id`'s events as the engine reads them, in the order they happened.
    func eventRecords(of id: Int64) throws -> [EventRecord] {
        try database.cached("""
            SELECT e.action, e.from_state, e.to_state, e.at, e.unit_id, u.code, e.escalated_to_id, x.code, e.due, e.note
            FROM event AS e
            LEFT JOIN unit AS u ON u.id = e.unit_id
            LEFT JOIN unit AS x ON x.id = e.escalated_to_id
            WHERE e.problem_id = ? ORDER BY e.at, e.id
            """).map(id) { row in
            EventRecord(action: row.text(0), from: row.optionalText(1), to: row.text(2),
                        at: Instant(secondsSinceEpoch: row.int64(3)),
                        owner: row.optionalInt64(4).map { UnitRef(id: $0, code: row.text(5)) },
                        escalatedTo: row.optionalInt64(6).map { UnitRef(id: $0, code: row.text(7)) },
                        due: Register.date(row, 8), note: row.optionalText(9))
        }
    }

    /// Problem `id`'s current row, and what replaying its events through the workflow gives:
    /// the two must be equal (the current row is a projection of the history).
    func projectionCheck(of id: Int64) throws -> (stored: ProblemStatus, replayed: ProblemStatus) {
        try read { _ in
            let stored = try status(of: id)
            let replayed = try currentWorkflow().replay(try eventRecords(of: id), raisedOn: stored.raisedOn)
            return (stored, replayed)
        }
    }
}
