import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// Corrects what was recorded of problem `id` (`docket edit`): its title, texts, category,
    /// locality, meeting or group. One `edit` event at `at`, whose corrections keep each changed
    /// field's value before and after, the problem's row, its search document and — when the
    /// locality moves it to another province — the tally, in one transaction. Its state, owner,
    /// escalation and deadline do not change. A refusal changes nothing.
    ///
    /// A field given the value it already has is no correction; an edit with none at all is
    /// refused (`RegisterError.nothingToChange`). The values are checked as a filing's are: a
    /// locality, meeting or group the register does not have is not found, a locality outside
    /// the principal's scope is outside it (a province moves its problems within itself).
    ///
    /// - Throws: `RegisterError.notFound` for a problem that is not there or not in scope;
    ///   `RegisterError.beforeLatestEvent` when `at` is earlier than its latest event.
    /// - Returns: the problem as it now stands, and what was corrected, in ``Correction/Field``'s order.
    @discardableResult
    public func edit(_ id: Int64, _ edit: ProblemEdit, at: Instant,
                     as principal: Principal) throws -> (problem: Problem, changes: [Correction]) {
        let edit = try edit.validated()
        return try write { store in
            // Read first, so that a problem outside the scope is not found whatever was asked.
            let status = try status(of: id, in: principal.scope)
            let before = try recordedFields(of: id)
            var after = before
            if let title = edit.title { after.title = title }
            if let description = edit.description { after.description = description.value }
            if let recommendation = edit.recommendation { after.recommendation = recommendation.value }
            if let category = edit.category { after.category = try category.value.map(categoryName) }
            if let text = edit.locality {
                let locality = try resolveLocality(text)
                guard principal.scope.holds(locality) else {
                    throw RegisterError.outsideScope(kind: .locality, name: locality.name)
                }
                after.locality = locality.id
                after.province = locality.provinceID
            }
            if let meeting = edit.meeting {
                // A problem raised at a meeting was raised on its day or later.
                if let number = meeting.value { try store.meetingDay(number).check(status.raisedAt) }
                after.meeting = meeting.value
            }
            if let group = edit.group {
                if let number = group.value { try store.checkGroup(number) }
                after.group = group.value
            }
            let changes = before.changes(to: after)
            guard !changes.isEmpty else { throw RegisterError.nothingToChange(problem: id) }

            let workflow = try currentWorkflow()
            let outcome: (status: ProblemStatus, event: EventRecord)
            do throws(Refusal) {
                outcome = try workflow.edit(at: at, on: status)
            } catch .beforeLatestEvent(let at, let latest) {
                throw RegisterError.beforeLatestEvent(problem: id, at: timeZone.iso8601(at), latest: timeZone.iso8601(latest))
            } catch {
                throw RegisterError.refused(problem: id, refusal: error)
            }
            try append(outcome.event, to: id, actor: principal.name)
            let event = database.lastInsertedRowID
            let correction = try database.cached("""
                INSERT OR ROLLBACK INTO correction (event_id, problem_id, at, field, old_value, new_value)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for (field, old, new) in changes {
                try correction.bind([event, id, at.secondsSinceEpoch, field.rawValue, old, new])
                try correction.execute()
            }
            if after.province != before.province {
                try database.cached("""
                    UPDATE tally SET n = n - 1 WHERE state = ? AND unit_id = ? AND province_id = ?
                    """).run(status.state, status.owner?.id ?? 0, before.province)
                try database.cached("""
                    INSERT INTO tally (state, unit_id, province_id, n) VALUES (?, ?, ?, 1)
                    ON CONFLICT DO UPDATE SET n = n + 1
                    """).run(status.state, status.owner?.id ?? 0, after.province)
            }
            try database.cached("""
                UPDATE OR ROLLBACK problem SET title = ?, description = ?, recommendation = ?, category = ?, category_key = ?,
                                   locality_id = ?, province_id = ?, meeting_id = ?, group_id = ?, updated_at = ?
                WHERE id = ?
                """).run(after.title, after.description, after.recommendation, after.category,
                         after.category.map(Folding.key), after.locality, after.province, after.meeting, after.group,
                         outcome.status.lastEventAt.secondsSinceEpoch, id)
            if after.title != before.title || after.description != before.description
                || after.recommendation != before.recommendation || after.locality != before.locality {
                let document = SearchDocument(id: id, title: after.title, description: after.description,
                                              recommendation: after.recommendation, names: try searchNames(ofProblem: id))
                try database.cached("UPDATE search SET title = ?, body = ?, names = ? WHERE rowid = ?")
                    .run(document.title, document.body, document.names, id)
            }
            return (try loadProblem(id), try corrections(of: id)[event] ?? [])
        }
    }

    /// The fields of a problem an edit corrects, as its row stores them.
    struct RecordedFields: Equatable {
        var title: String
        var description: String?
        var recommendation: String?
        var category: String?
        var locality: Int64
        /// The locality's province: it moves with the locality, and is no field of its own.
        var province: Int64
        var meeting: Int64?
        var group: Int64?

        /// The fields that differ in `other`, in ``Correction/Field``'s order, each with its
        /// value here and there as `correction` stores them.
        func changes(to other: RecordedFields) -> [(Correction.Field, any SQLValueConvertible, any SQLValueConvertible)] {
            var changes: [(Correction.Field, any SQLValueConvertible, any SQLValueConvertible)] = []
            func compare<T: Equatable & SQLValueConvertible>(_ field: Correction.Field, _ old: T?, _ new: T?) {
                if old != new { changes.append((field, old, new)) }
            }
            compare(.title, title, other.title)
            compare(.description, description, other.description)
            compare(.recommendation, recommendation, other.recommendation)
            compare(.category, category, other.category)
            compare(.locality, locality, other.locality)
            compare(.meeting, meeting, other.meeting)
            compare(.group, group, other.group)
            return changes
        }
    }

    /// Problem `id`'s correctable fields, read in the caller's transaction.
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
