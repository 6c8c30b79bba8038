import DocketWorkflow

extension Register {
    // The `tally` table counts the problems standing in each (state, owner, province), for the
    // weekly report to start from. The store keeps it in the same transaction as every change
    // to a problem's state, owner or province: a filing (or an import's or a bulk load's
    // many), a transition, and an edit that moves a problem to another province
    // (SQLiteStoreTransaction.moveInTally(state:owner:fromProvince:toProvince:), Register+Edit).

    /// The statement that counts the problems numbered from a first one on in `tally`.
    ///
    /// `NOT INDEXED` keeps the planner to the range of numbers: left to itself it reads the
    /// whole of `problem_by_state`, which already holds the GROUP BY's order — every problem
    /// of the register for a filing of one (80 ms at a million).
    static let countInTallySQL = """
        INSERT INTO tally (state, unit_id, province_id, n)
        SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem NOT INDEXED WHERE id >= ?
        GROUP BY state, coalesce(unit_id, 0), province_id
        ON CONFLICT DO UPDATE SET n = n + excluded.n
        """

    /// Counts the problems numbered `first` and up — a filing, or a batch just inserted —
    /// in `tally`, with one statement.
    ///
    /// - Complexity: proportional to the number of problems counted, not to the register.
    func countInTally(problemsFrom first: Int64) throws {
        try database.run(Register.countInTallySQL, first)
    }

    /// Moves problem `id` in `tally` from where it stood (`old`) to where it stands (`new`),
    /// when a transition changed its state or its owner.
    func moveInTally(problem id: Int64, from old: ProblemStatus, to new: ProblemStatus) throws {
        guard old.state != new.state || old.owner != new.owner else { return }
        try database.run(Register.leaveTallySQL, old.state, old.owner?.id ?? 0, id)
        try database.run(Register.joinTallySQL, new.state, new.owner?.id ?? 0, id)
    }

    /// Takes a problem (by number) out of its former (state, owner) in `tally`.
    static let leaveTallySQL = """
        UPDATE tally SET n = n - 1
        WHERE state = ? AND unit_id = ? AND province_id = (SELECT province_id FROM problem WHERE id = ?)
        """

    /// Counts a problem (by number) in its new (state, owner) in `tally`.
    static let joinTallySQL = """
        INSERT INTO tally (state, unit_id, province_id, n)
        SELECT ?, ?, province_id, 1 FROM problem WHERE id = ?
        ON CONFLICT DO UPDATE SET n = n + 1
        """
}
