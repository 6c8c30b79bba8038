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

}

