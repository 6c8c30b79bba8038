import DocketCore

/// The part of a problem the workflow reads and changes: its state, who owns it, where it
/// was escalated, its deadline, and its resolution.
///
/// The store keeps this as the problem's current row; replaying the problem's events
/// (``Workflow/replay(_:raisedOn:)``) gives the same value.
public struct ProblemStatus: Hashable, Sendable {
    /// The name of the state the problem is in, one of the workflow's states.
    public var state: String
    /// The unit that owns the problem and follows it up, if it has been assigned.
    public var owner: UnitRef?
    /// The unit the problem was last escalated to, while that escalation stands.
    public var escalatedTo: UnitRef?
    /// The deadline: the last `--due` an assignment gave.
    public var due: CivilDate?
    /// When the problem was raised: the time of its filing event.
    public var raisedAt: Instant
    /// The day, in the register's time zone, on which the problem was raised; no deadline
    /// may be earlier. The caller gives it because only the caller knows the time zone.
    public var raisedOn: CivilDate
    /// When the problem was resolved, while it stays resolved.
    public var resolvedAt: Instant?
    /// The resolution text, while the problem stays resolved.
    public var resolution: String?
    /// When the latest event of the problem happened; a new event may not be earlier.
    public var lastEventAt: Instant

    /// Makes a status from its parts; the store uses it to read a problem's current row.
    public init(
        state: String,
        owner: UnitRef? = nil,
        escalatedTo: UnitRef? = nil,
        due: CivilDate? = nil,
        raisedAt: Instant,
        raisedOn: CivilDate,
        resolvedAt: Instant? = nil,
        resolution: String? = nil,
        lastEventAt: Instant
    ) {
        self.state = state
        self.owner = owner
        self.escalatedTo = escalatedTo
        self.due = due
        self.raisedAt = raisedAt
        self.raisedOn = raisedOn
        self.resolvedAt = resolvedAt
        self.resolution = resolution
        self.lastEventAt = lastEventAt
    }
}
