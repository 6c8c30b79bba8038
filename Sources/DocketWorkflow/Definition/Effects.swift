/// What a transition does to a problem besides moving it to another state.
///
/// Each part names where its new value comes from, so the engine never needs to know which
/// transition it is applying.
public struct Effects: Hashable, Sendable, Codable {
    /// What happens to the owner.
    public enum Owner: String, Hashable, Sendable, Codable {
        /// The owner stays as it was.
        case keep
        /// The owner becomes the request's unit, which the transition must require.
        case setFromUnit = "set_from_unit"
    }

    /// What happens to where the problem stands escalated.
    public enum Escalation: String, Hashable, Sendable, Codable {
        /// The escalation stays as it was.
        case keep
        /// The problem is escalated to the request's target, which the transition must
        /// require; escalating to its owner or where it already is is refused.
        case setFromTarget = "set_from_target"
        /// The escalation ends: the problem is back in its owner's hands.
        case clear
    }

    /// What happens to the deadline.
    public enum Deadline: String, Hashable, Sendable, Codable {
        /// The deadline stays as it was.
        case keep
        /// The deadline becomes the request's due date when one is given, and stays
        /// as it was otherwise.
        case setFromDue = "set_from_due"
    }

    /// What happens to the resolution and the time of resolving.
    public enum Resolution: String, Hashable, Sendable, Codable {
        /// They stay as they were.
        case keep
        /// The request's text becomes the resolution and its time the time of resolving.
        case record
        /// Both are forgotten: the problem is no longer resolved.
        case clear
    }

    /// What happens to the owner.
    public var owner: Owner
    /// What happens to the escalation.
    public var escalation: Escalation
    /// What happens to the deadline.
    public var deadline: Deadline
    /// What happens to the resolution.
    public var resolution: Resolution

    /// Makes the effects; every part left out keeps its value.
    public init(
        owner: Owner = .keep,
        escalation: Escalation = .keep,
        deadline: Deadline = .keep,
        resolution: Resolution = .keep
    ) {
        self.owner = owner
        self.escalation = escalation
        self.deadline = deadline
        self.resolution = resolution
    }
}
