import DocketCore
import DocketWorkflow

extension RegisterTransaction {
    /// Corrects what was recorded of problem `id` (`docket edit`): its title, texts, category,
    /// locality, meeting or group. One `edit` event at `at`, whose corrections keep each changed
    /// field's value before and after, the problem's row, its search document and — when the
    /// locality moves it to another province — the standing counts. Its state, owner, escalation
    /// and deadline do not change.
    ///
    /// A field given the value it already has is no correction; an edit with none at all is
    /// refused (`RegisterError.nothingToChange`). The values are checked as a filing's are: a
    /// locality, meeting or group the register does not have is not found, a locality outside
    /// the principal's scope is outside it (a province moves its problems within itself).
    ///
    /// - Throws: `InputError` for a text that is not one; `RegisterError.notFound` for a problem
    ///   that is not there or not in scope; `RegisterError.beforeLatestEvent` when `at` is
    ///   earlier than its latest event.
    /// - Returns: the problem as it now stands, and what was corrected, in ``Correction/Field``'s order.
    package func edit(_ id: Int64, _ edit: ProblemEdit, at: Instant,
                      as principal: Principal) async throws -> (problem: Problem, changes: [Correction]) {
        let edit = try edit.validated()
        // Read first, so that a problem outside the scope is not found whatever was asked.
        let status = try await status(of: id, in: principal.scope)
        let before = try await recordedFields(of: id)
        var after = before
        if let title = edit.title { after.title = title }
        if let description = edit.description { after.description = description.value }
        if let recommendation = edit.recommendation { after.recommendation = recommendation.value }
        if let category = edit.category { after.category = try await category.value.asyncMap(categoryName) }
        if let text = edit.locality {
            let locality = try await resolveLocality(text)
            guard principal.scope.holds(locality) else {
                throw RegisterError.outsideScope(kind: .locality, name: locality.name)
            }
            after.locality = locality.id
            after.province = locality.provinceID
        }
        if let meeting = edit.meeting {
            // A problem raised at a meeting was raised on its day or later.
            if let number = meeting.value { try await meetingDay(number).check(status.raisedAt) }
            after.meeting = meeting.value
        }
        if let group = edit.group {
            if let number = group.value { try await checkGroup(number) }
            after.group = group.value
        }
        let changes = before.changes(to: after)
        guard !changes.isEmpty else { throw RegisterError.nothingToChange(problem: id) }

        let workflow = try await workflow()
        let outcome: (status: ProblemStatus, event: EventRecord)
        do throws(Refusal) {
            outcome = try workflow.edit(at: at, on: status)
        } catch .beforeLatestEvent(let at, let latest) {
            throw RegisterError.beforeLatestEvent(problem: id, at: timeZone.iso8601(at), latest: timeZone.iso8601(latest))
        } catch {
            throw RegisterError.refused(problem: id, refusal: error)
        }
        let event = try await append(outcome.event, to: id, actor: principal.name, recordedAt: now())
        try await insertCorrections(changes, madeBy: event, of: id, at: at)
        if after.province != before.province {
            try await moveInTally(state: status.state, owner: status.owner?.id, fromProvince: before.province,
                            toProvince: after.province)
        }
        try await writeRecordedFields(after, of: id, updatedAt: outcome.status.lastEventAt)
        if after.title != before.title || after.description != before.description
            || after.recommendation != before.recommendation || after.locality != before.locality {
            try await replace(SearchDocument(id: id, title: after.title, description: after.description,
                                       recommendation: after.recommendation, names: try searchNames(ofProblem: id)))
        }
        return (try await problem(id, in: .everything), try await corrections(of: id)[event] ?? [])
    }
}

/// The fields of a problem an edit corrects, as a store keeps them on its row.
package struct RecordedFields: Equatable {
    package var title: String
    package var description: String?
    package var recommendation: String?
    package var category: String?
    package var locality: Int64
    /// The locality's province: it moves with the locality, and is no field of its own.
    package var province: Int64
    package var meeting: Int64?
    package var group: Int64?

    package init(title: String, description: String?, recommendation: String?, category: String?,
                 locality: Int64, province: Int64, meeting: Int64?, group: Int64?) {
        self.title = title
        self.description = description
        self.recommendation = recommendation
        self.category = category
        self.locality = locality
        self.province = province
        self.meeting = meeting
        self.group = group
    }

    /// The fields that differ in `other`, in ``Correction/Field``'s order, each with its value
    /// here and there as a store keeps it (a locality, meeting or group by its number).
    func changes(to other: RecordedFields) -> [RecordedChange] {
        var changes: [RecordedChange] = []
        func compare(_ field: Correction.Field, _ old: StoredValue?, _ new: StoredValue?) {
            if old != new { changes.append(RecordedChange(field: field, old: old, new: new)) }
        }
        compare(.title, .text(title), .text(other.title))
        compare(.description, description.map { .text($0) }, other.description.map { .text($0) })
        compare(.recommendation, recommendation.map { .text($0) }, other.recommendation.map { .text($0) })
        compare(.category, category.map { .text($0) }, other.category.map { .text($0) })
        compare(.locality, .number(locality), .number(other.locality))
        compare(.meeting, meeting.map { .number($0) }, other.meeting.map { .number($0) })
        compare(.group, group.map { .number($0) }, other.group.map { .number($0) })
        return changes
    }
}

/// One field an edit corrected, with its value before and after as a store keeps it: what the
/// store's record of corrections holds, from which it shows a ``Correction``.
package struct RecordedChange: Equatable {
    package var field: Correction.Field
    /// The value before; nil for none.
    package var old: StoredValue?
    /// The value after; nil for none.
    package var new: StoredValue?
}
