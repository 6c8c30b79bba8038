import DocketCore

/// Why the workflow will not do what was asked. Nothing was changed.
///
/// The engine does not know the problem's number, so ``description`` calls it "the problem"
/// and ``message(problem:)`` gives it with the number: sentences for diagnostics and for
/// ``WorkflowError``. What a person reads comes from the front end's catalogue, which says the
/// field as that front end takes it (`--reason` on the command line).
/// Every case maps to exit status 1.
public enum Refusal: Error, Hashable, Sendable {
    /// The transition exists but may not be taken from the problem's state; `allowed` are
    /// the transitions that may be, in definition order.
    case notAllowed(transition: String, state: String, allowed: [String])
    /// No transition has this name; `known` are the actions there are, comment included.
    case unknownTransition(String, known: [String])
    /// The problem is in a state the workflow does not define: its history was made under
    /// another workflow, or the register was changed by hand.
    case unknownState(String)
    /// The transition needs a field that was not given (or was blank); `field` is what the
    /// workflow calls it for people (``FieldUse/label``: `reason`), which a front end turns
    /// into how it is given there.
    case missingField(transition: String, field: String)
    /// A field was given that the transition does not take; `field` as for ``missingField``.
    case fieldNotAccepted(transition: String, field: String)
    /// The request's time is earlier than the problem's latest event, and a history runs
    /// forward.
    case beforeLatestEvent(at: Instant, latest: Instant)
    /// The deadline is earlier than the day the problem was raised.
    case dueBeforeRaised(due: CivilDate, raisedOn: CivilDate)
    /// The problem would be escalated to the unit that owns it.
    case targetIsOwner(transition: String, unit: UnitRef)
    /// The problem would be escalated to where it already stands escalated.
    case alreadyEscalated(transition: String, unit: UnitRef)

    /// The sentence to print for problem `problem` (`Problem #12 is resolved: …`).
    public func message(problem: Int64) -> String {
        sentence(subject: "Problem #\(problem)")
    }
}

extension Refusal: CustomStringConvertible {
    /// One sentence saying what was refused and what to do, calling the problem "the problem".
    public var description: String {
        sentence(subject: "The problem")
    }
}

extension Refusal {
    // One builder for both forms, so the sentence with the number and the one without
    // never drift apart.
    private func sentence(subject: String) -> String {
        switch self {
        case .notAllowed(let transition, let state, let allowed):
            let next = allowed.isEmpty
                ? "from \(state) only a comment may be added"
                : "from \(state) you may \(EnglishList.or(allowed))"
            return "\(subject) is \(state): \(transition) is not allowed; \(next)."
        case .unknownTransition(let name, let known):
            return "\(subject) was not changed: '\(name)' is not an action of this workflow; use \(EnglishList.or(known))."
        case .unknownState(let state):
            return "\(subject) is in the state '\(state)', which this workflow does not define: check that the workflow in force is the one its history was made under."
        case .missingField(let transition, let field):
            return "\(subject) was not changed: \(transition) needs its \(field); give it and try again."
        case .fieldNotAccepted(let transition, let field):
            return "\(subject) was not changed: \(transition) does not take a \(field); leave it out and try again."
        case .beforeLatestEvent(let at, let latest):
            return "\(subject) was not changed: \(at.utcText) is earlier than its latest event, at \(latest.utcText); give a time no earlier than that, so that its history runs forward."
        case .dueBeforeRaised(let due, let raisedOn):
            return "\(subject) was not changed: the deadline \(due) is before the day it was raised, \(raisedOn); give a deadline on or after \(raisedOn)."
        case .targetIsOwner(let transition, let unit):
            return "\(subject) is owned by \(unit.code): \(transition) it to a unit other than its owner."
        case .alreadyEscalated(let transition, let unit):
            return "\(subject) has already been sent to \(unit.code): \(transition) it to another unit, or leave it where it is."
        }
    }
}

extension Refusal {
    /// The description, its first letter lowered so that it can follow "because".
    var lowercasedDescription: String {
        let text = description
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
