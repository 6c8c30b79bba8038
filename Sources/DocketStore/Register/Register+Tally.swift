import DocketWorkflow

extension Register {
    // The `tally` table counts the problems standing in each (state, owner, province), for the
    // weekly report to start from. The store keeps it in the same transaction as every change
    // to a problem's state or owner: there are two, a filing (or an import's or a bulk load's
    // many) and a transition.

    /// Counts the problems numbered `first` and up — a filing, or a batch just inserted —
    /// in `tally`, with one statement.
    func countInTally(problemsFrom first: Int64) throws {
        try database.run("""
            INSERT INTO tally (state, unit_id, province_id, n)
            SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem WHERE id >= ?
            GROUP BY state, coalesce(unit_id, 0), province_id
            ON CONFLICT DO UPDATE SET n = n + excluded.n
            """, first)
    }

    /// Moves problem `id` in `tally` from where it stood (`old`) to where it stands (`new`),
    /// when a transition changed its state or its owner.
    func moveInTally(problem id: Int64, from old: ProblemStatus, to new: ProblemStatus) throws {
        guard old.state != new.state || old.owner != new.owner else { return }
        try database.run("""
            UPDATE tally SET n = n - 1
            WHERE state = ? AND unit_id = ? AND province_id = (SELECT province_id FROM problem WHERE id = ?)
            """, old.state, old.owner?.id ?? 0, id)
        try database.run("""
            INSERT INTO tally (state, unit_id, province_id, n)
            SELECT ?, ?, province_id, 1 FROM problem WHERE id = ?
            ON CONFLICT DO UPDATE SET n = n + 1
            """, new.state, new.owner?.id ?? 0, id)
    }
}
