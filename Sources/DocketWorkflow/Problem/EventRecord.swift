import DocketCore

/// One entry of a problem's history, as the store keeps it (less who recorded it and when).
///
/// ``owner``, ``escalatedTo`` and ``due`` are the problem's values after the event, so the
/// status of a problem at any time can be read from its last event before then.
public struct EventRecord: Hashable, Sendable {
    /// The action: `file`, `comment`, or the name of one of the workflow's transitions.
    public var action: String
    /// The state before the event; nil for the filing, which has no before.
    public var from: String?
    /// The state after the event.
    public var to: String
    /// When the event happened in the world (`--at`).
    public var at: Instant
    /// The problem's owner after the event.
    public var owner: UnitRef?
    /// Where the problem stands escalated after the event.
    public var escalatedTo: UnitRef?
    /// The problem's deadline after the event.
    public var due: CivilDate?
    /// The text given with the event: a response, resolution, reason, note or comment.
    public var note: String?

    /// Makes an event from its parts; the store uses it to read a history back.
    public init(
        action: String,
        from: String?,
        to: String,
        at: Instant,
        owner: UnitRef? = nil,
        escalatedTo: UnitRef? = nil,
        due: CivilDate? = nil,
        note: String? = nil
    ) {
        self.action = action
        self.from = from
        self.to = to
        self.at = at
        self.owner = owner
        self.escalatedTo = escalatedTo
        self.due = due
        self.note = note
    }
}
