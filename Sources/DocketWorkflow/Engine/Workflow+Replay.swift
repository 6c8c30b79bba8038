import DocketCore

extension Workflow {
    /// Rebuilds a problem's status from its stored events, checking each against the
    /// workflow: the event's action must be allowed where it happened, and its `from`, `to`,
    /// owner, escalation and deadline must be those the workflow gives.
    ///
    /// The store's current row must equal the result; a test proves it for random histories.
    ///
    /// - Parameter raisedOn: the day of the filing in the register's time zone.
    /// - Throws: ``WorkflowError`` naming the first event that disagrees (0 is the filing).
    public func replay(_ events: [EventRecord], raisedOn: CivilDate) throws(WorkflowError) -> ProblemStatus {
        guard let first = events.first else { throw .emptyHistory }
        guard first.action == Self.fileAction, first.from == nil, first.to == initial else {
            throw .notFiledFirst(action: first.action, to: first.to)
        }
        var (status, filing) = file(at: first.at, raisedOn: raisedOn)
        // The filing's note is the store's business (it may keep a description there).
        filing.note = first.note
        try compare(first, with: filing, index: 0)

        for (index, event) in events.enumerated().dropFirst() {
            let request = request(reproducing: event)
            let result: (status: ProblemStatus, event: EventRecord)
            do {
                result = try apply(request, to: status)
            } catch {
                throw .eventRefused(index: index, action: event.action, refusal: error)
            }
            try compare(event, with: result.event, index: index)
            status = result.status
        }
        return status
    }

    // The request that would have produced `event`: the values the transition reads are taken
    // from the event's after-values, and only for fields the transition takes, so that a
    // field it never took does not make the replay refuse what the original accepted.
    private func request(reproducing event: EventRecord) -> TransitionRequest {
        let uses = event.action == Self.commentAction
            ? Self.commentFields
            : event.action == Self.editAction ? [] : transition(named: event.action)?.fields ?? []
        func takes(_ field: RequestField) -> Bool {
            uses.contains { $0.field == field.rawValue }
        }
        return TransitionRequest(
            action: event.action,
            unit: takes(.unit) ? event.owner : nil,
            target: takes(.target) ? event.escalatedTo : nil,
            due: takes(.due) ? event.due : nil,
            text: event.note,
            at: event.at
        )
    }

    private func compare(_ recorded: EventRecord, with expected: EventRecord, index: Int) throws(WorkflowError) {
        let action = recorded.action
        func mismatch(_ field: String, _ got: String, _ want: String) -> WorkflowError {
            .eventDisagrees(index: index, action: action, field: field, recorded: got, expected: want)
        }
        if recorded.from != expected.from {
            throw mismatch("from", Self.show(recorded.from), Self.show(expected.from))
        }
        if recorded.to != expected.to {
            throw mismatch("to", recorded.to, expected.to)
        }
        if recorded.owner != expected.owner {
            throw mismatch("owner", Self.show(recorded.owner?.code), Self.show(expected.owner?.code))
        }
        if recorded.escalatedTo != expected.escalatedTo {
            throw mismatch("escalated to", Self.show(recorded.escalatedTo?.code), Self.show(expected.escalatedTo?.code))
        }
        if recorded.due != expected.due {
            throw mismatch("due", Self.show(recorded.due?.description), Self.show(expected.due?.description))
        }
        if recorded.note != expected.note {
            throw mismatch("note", Self.show(recorded.note), Self.show(expected.note))
        }
    }

    private static func show(_ value: String?) -> String {
        value.map { "'\($0)'" } ?? "none"
    }
}
