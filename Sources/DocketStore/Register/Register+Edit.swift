import DocketCore
import DocketRegister

extension Register {
    /// Corrects what was recorded of problem `id` (`docket edit`), in one transaction:
    /// DocketRegister's `RegisterTransaction.edit(_:_:at:as:)` over this store. A refusal
    /// changes nothing.
    ///
    /// - Returns: the problem as it now stands, and what was corrected, in ``Correction/Field``'s order.
    @discardableResult
    public func edit(_ id: Int64, _ edit: ProblemEdit, at: Instant,
                     as principal: Principal) throws -> (problem: Problem, changes: [Correction]) {
        try writeOperation { store in try await store.edit(id, edit, at: at, as: principal) }
    }

    /// The corrections of problem `id`'s edit events, by event number, each event's in
    /// ``Correction/Field``'s order; read in the caller's transaction.
    func corrections(of id: Int64) throws -> [Int64: [Correction]] {
        var corrections: [Int64: [Correction]] = [:]
        try database.cached("""
            SELECT c.event_id, c.field, c.old_value, c.new_value,
                   lo.code, CASE WHEN lo.parent_id IS NULL OR lo.kind IS NULL THEN lo.name ELSE lo.kind || ' ' || lo.name END,
                   ln.code, CASE WHEN ln.parent_id IS NULL OR ln.kind IS NULL THEN ln.name ELSE ln.kind || ' ' || ln.name END
            FROM correction AS c
            LEFT JOIN locality AS lo ON c.field = 'locality' AND lo.id = c.old_value
            LEFT JOIN locality AS ln ON c.field = 'locality' AND ln.id = c.new_value
            WHERE c.problem_id = ? ORDER BY c.id
            """).forEachRow([id]) { row in
            guard let field = Correction.Field(rawValue: row.text(1)) else { return }
            // The old value is column 2, its locality's code and name 4 and 5; the new one 3, 6 and 7.
            func value(_ column: Int32, locality: Int32) -> Correction.Value {
                if row.isNull(column) { return .empty }
                switch field {
                case .title, .description, .recommendation, .category: return .text(row.text(column))
                case .meeting, .group: return .record(row.int64(column))
                case .locality: return .locality(NamedRef(code: row.optionalText(locality), name: row.text(locality + 1)))
                }
            }
            corrections[row.int64(0), default: []].append(
                Correction(field: field, old: value(2, locality: 4), new: value(3, locality: 6)))
        }
        return corrections
    }

    /// How problem `id`'s corrections stand against its row: for each field ever corrected, the
    /// value its last correction left (`replayed`) and the value the row holds (`stored`); and
    /// whether every correction's old value is the value the one before it left. The two equal
    /// and the chain unbroken mean the corrections are the history of the row's fields.
    func correctionCheck(of id: Int64) throws -> (stored: [Correction.Field: Correction.Value],
                                                  replayed: [Correction.Field: Correction.Value], chained: Bool) {
        try read { _ in
            let all = try corrections(of: id).sorted { $0.key < $1.key }.flatMap(\.value)
            var replayed: [Correction.Field: Correction.Value] = [:]
            var chained = true
            for correction in all {
                if let previous = replayed[correction.field], previous != correction.old { chained = false }
                replayed[correction.field] = correction.new
            }
            let problem = try loadProblem(id)
            var stored: [Correction.Field: Correction.Value] = [:]
            for field in replayed.keys {
                stored[field] = switch field {
                case .title: .text(problem.title)
                case .description: problem.description.map { .text($0) } ?? .empty
                case .recommendation: problem.recommendation.map { .text($0) } ?? .empty
                case .category: problem.category.map { .text($0) } ?? .empty
                case .locality: .locality(problem.locality)
                case .meeting: problem.meetingID.map { .record($0) } ?? .empty
                case .group: problem.groupID.map { .record($0) } ?? .empty
                }
            }
            return (stored, replayed, chained)
        }
    }
}

/// The corrections' primitives of the store protocol: an edit's reads and writes of the
/// problem's row, its corrections, the tally and the search index.
extension SQLiteStoreTransaction {
    func recordedFields(of id: Int64) throws -> RecordedFields {
        guard let fields = try database.cached("""
            SELECT title, description, recommendation, category, locality_id, province_id, meeting_id, group_id
            FROM problem WHERE id = ?
            """).first(id, transform: { row in
                RecordedFields(title: row.text(0), description: row.optionalText(1), recommendation: row.optionalText(2),
                               category: row.optionalText(3), locality: row.int64(4), province: row.int64(5),
                               meeting: row.optionalInt64(6), group: row.optionalInt64(7))
            })
        else { throw RegisterError.notFound(kind: .problem, name: "#\(id)") }
        return fields
    }

    func writeRecordedFields(_ fields: RecordedFields, of id: Int64, updatedAt: Instant) throws {
        try database.cached("""
            UPDATE OR ROLLBACK problem SET title = ?, description = ?, recommendation = ?, category = ?, category_key = ?,
                               locality_id = ?, province_id = ?, meeting_id = ?, group_id = ?, updated_at = ?
            WHERE id = ?
            """).run(fields.title, fields.description, fields.recommendation, fields.category,
                     fields.category.map(Folding.key), fields.locality, fields.province, fields.meeting, fields.group,
                     updatedAt.secondsSinceEpoch, id)
    }

    func insertCorrections(_ changes: [RecordedChange], madeBy event: Int64, of id: Int64, at: Instant) throws {
        let correction = try database.cached("""
            INSERT OR ROLLBACK INTO correction (event_id, problem_id, at, field, old_value, new_value)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for change in changes {
            try correction.bind([event, id, at.secondsSinceEpoch, change.field.rawValue, change.old.sqlValue, change.new.sqlValue])
            try correction.execute()
        }
    }

    func corrections(of id: Int64) throws -> [Int64: [Correction]] { try register.corrections(of: id) }

    func moveInTally(state: String, owner: Int64?, fromProvince old: Int64, toProvince new: Int64) throws {
        try database.cached("""
            UPDATE tally SET n = n - 1 WHERE state = ? AND unit_id = ? AND province_id = ?
            """).run(state, owner ?? 0, old)
        try database.cached("""
            INSERT INTO tally (state, unit_id, province_id, n) VALUES (?, ?, ?, 1)
            ON CONFLICT DO UPDATE SET n = n + 1
            """).run(state, owner ?? 0, new)
    }

    func replace(_ document: SearchDocument) throws { try register.writeSearch(.replace(document)) }
}

extension StoredValue? {
    /// The value as a column of a record of changes keeps it: a text, a number or null.
    var sqlValue: any SQLValueConvertible {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case nil: String?.none
        }
    }
}
