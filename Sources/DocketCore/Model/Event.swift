/// One entry of a problem's history: what happened, when, who recorded it, and the problem's
/// state, owner, escalation and deadline after it. Events are never changed or deleted.
public struct Event: Hashable, Sendable {
    /// The register's number for it; events of one problem at the same instant keep this order.
    public var id: Int64
    /// The problem it belongs to.
    public var problemID: Int64
    /// When it happened in the world (its `--at`).
    public var at: Instant
    /// When the register recorded it.
    public var recordedAt: Instant
    /// Who did it.
    public var actor: String
    /// What was done: `file`, a transition's name, `comment` or `edit`.
    public var action: String
    /// The state before (nil for the filing).
    public var from: String?
    /// The state after.
    public var to: String
    /// The owner after.
    public var unit: NamedRef?
    /// The escalation after.
    public var escalatedTo: NamedRef?
    /// The deadline after.
    public var due: CivilDate?
    /// The response, resolution, reason or comment.
    public var note: String?
    /// What an `edit` corrected, field by field in ``Correction/Field``'s order; empty for
    /// every other event.
    public var changes: [Correction]

    /// Makes an event.
    public init(id: Int64, problemID: Int64, at: Instant, recordedAt: Instant, actor: String,
                action: String, from: String?, to: String, unit: NamedRef?, escalatedTo: NamedRef?,
                due: CivilDate?, note: String?, changes: [Correction] = []) {
        self.id = id
        self.problemID = problemID
        self.at = at
        self.recordedAt = recordedAt
        self.actor = actor
        self.action = action
        self.from = from
        self.to = to
        self.unit = unit
        self.escalatedTo = escalatedTo
        self.due = due
        self.note = note
        self.changes = changes
    }
}
