import DocketCore

extension Workflow {
    /// Files a new problem at `at`: its first status, in the initial state with no owner,
    /// and its first event (action `file`, from nothing).
    ///
    /// - Parameter raisedOn: the day of `at` in the register's time zone; deadlines are
    ///   measured against it.
    public func file(at: Instant, raisedOn: CivilDate) -> (status: ProblemStatus, event: EventRecord) {
        let status = ProblemStatus(state: initial, raisedAt: at, raisedOn: raisedOn, lastEventAt: at)
        let event = EventRecord(action: Self.fileAction, from: nil, to: initial, at: at)
        return (status, event)
    }

    /// Applies `request` to a problem: its new status and the event that records the change,
    /// or the reason it is refused.
    ///
    /// Pure: the same arguments give the same answer, and a refusal means nothing is to be
    /// written. Checks, in this order: the action exists, the problem's state is defined, the
    /// transition may be taken from it, every required field is given and no other, the time
    /// is not before the latest event, the deadline is not before the day of raising, and an
    /// escalation goes somewhere new.
    public func apply(
        _ request: TransitionRequest,
        to status: ProblemStatus
    ) throws(Refusal) -> (status: ProblemStatus, event: EventRecord) {
        if request.action == Self.commentAction {
            return try comment(request, on: status)
        }
        if request.action == Self.editAction {
            try checkFields(of: request, against: [], transition: Self.editAction)
            return try edit(at: request.at, on: status)
        }
        guard let transition = transition(named: request.action), request.action != Self.fileAction else {
            throw .unknownTransition(request.action, known: transitions.map(\.name) + [Self.commentAction])
        }
        guard state(named: status.state) != nil else {
            throw .unknownState(status.state)
        }
        guard transition.from.contains(status.state) else {
            throw .notAllowed(
                transition: transition.name,
                state: status.state,
                allowed: allowedTransitions(from: status.state)
            )
        }
        try checkFields(of: request, against: transition.fields, transition: transition.name)
        try checkTime(of: request, on: status)

        var next = status
        next.lastEventAt = request.at
        let effects = transition.effects
        if effects.owner == .setFromUnit, let unit = request.unit {
            next.owner = unit
        }
        switch effects.escalation {
        case .keep:
            break
        case .setFromTarget:
            if let target = request.target {
                if target == next.owner {
                    throw .targetIsOwner(transition: transition.name, unit: target)
                }
                if target == status.escalatedTo {
                    throw .alreadyEscalated(transition: transition.name, unit: target)
                }
                next.escalatedTo = target
            }
        case .clear:
            next.escalatedTo = nil
        }
        if effects.deadline == .setFromDue, let due = request.due {
            next.due = due
        }
        switch effects.resolution {
        case .keep:
            break
        case .record:
            next.resolution = given(request.text)
            next.resolvedAt = request.at
        case .clear:
            next.resolution = nil
            next.resolvedAt = nil
        }
        // The owner after the effects decides a conditional destination: a transition that
        // sets the owner and leads "to the owner if any" should see the owner it just set.
        next.state = transition.to.state(hasOwner: next.owner != nil)

        let event = EventRecord(
            action: transition.name,
            from: status.state,
            to: next.state,
            at: request.at,
            owner: next.owner,
            escalatedTo: next.escalatedTo,
            due: next.due,
            note: given(request.text)
        )
        return (next, event)
    }

    /// The field uses of the built-in comment action: its text, and nothing else.
    static let commentFields: [FieldUse] = [.requires(.text, label: "text")]

    private func comment(
        _ request: TransitionRequest,
        on status: ProblemStatus
    ) throws(Refusal) -> (status: ProblemStatus, event: EventRecord) {
        guard state(named: status.state) != nil else {
            throw .unknownState(status.state)
        }
        try checkFields(of: request, against: Self.commentFields, transition: Self.commentAction)
        try checkTime(of: request, on: status)
        var next = status
        next.lastEventAt = request.at
        let event = EventRecord(
            action: Self.commentAction,
            from: status.state,
            to: status.state,
            at: request.at,
            owner: status.owner,
            escalatedTo: status.escalatedTo,
            due: status.due,
            note: given(request.text)
        )
        return (next, event)
    }

    /// Records a correction of what was recorded of a problem (`docket edit`) at `at`: the
    /// problem's status is unchanged but for its latest event's time, and the event, from and to
    /// its state with its owner, escalation and deadline, carries no note (the store keeps what
    /// was corrected beside it).
    ///
    /// Allowed in every state the workflow defines, as a comment is; refused when `at` is before
    /// the problem's latest event.
    public func edit(at: Instant, on status: ProblemStatus) throws(Refusal) -> (status: ProblemStatus, event: EventRecord) {
        guard state(named: status.state) != nil else {
            throw .unknownState(status.state)
        }
        try checkTime(of: TransitionRequest(action: Self.editAction, at: at), on: status)
        var next = status
        next.lastEventAt = at
        let event = EventRecord(
            action: Self.editAction,
            from: status.state,
            to: status.state,
            at: at,
            owner: status.owner,
            escalatedTo: status.escalatedTo,
            due: status.due
        )
        return (next, event)
    }

    private func checkFields(
        of request: TransitionRequest,
        against uses: [FieldUse],
        transition: String
    ) throws(Refusal) {
        for field in RequestField.allCases {
            let isGiven = switch field {
            case .unit: request.unit != nil
            case .target: request.target != nil
            case .due: request.due != nil
            case .text: given(request.text) != nil
            }
            let use = uses.first { $0.field == field.rawValue }
            if let use {
                if use.isRequired && !isGiven {
                    throw .missingField(transition: transition, field: use.label)
                }
            } else if isGiven {
                throw .fieldNotAccepted(transition: transition, field: Self.fallbackLabel(field))
            }
        }
    }

    private func checkTime(of request: TransitionRequest, on status: ProblemStatus) throws(Refusal) {
        if request.at < status.lastEventAt {
            throw .beforeLatestEvent(at: request.at, latest: status.lastEventAt)
        }
        if let due = request.due, due < status.raisedOn {
            throw .dueBeforeRaised(due: due, raisedOn: status.raisedOn)
        }
    }

    /// The label a field goes by when the transition at hand does not name it: the option
    /// the contract's commands give it (`--text` standing for any text).
    static func fallbackLabel(_ field: RequestField) -> String {
        switch field {
        case .unit: "unit"
        case .target: "to"
        case .due: "due"
        case .text: "text"
        }
    }
}

/// The text, unless it is missing or only white space: a blank text counts as not given.
func given(_ text: String?) -> String? {
    guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
}
