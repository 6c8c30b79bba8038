/// A difficulty or recommendation a locality raised, as it stands now: the projection of its
/// events.
public struct Problem: Hashable, Sendable {
    /// Its number, printed as `#12`.
    public var id: Int64
    /// What the difficulty is, in a line.
    public var title: String
    /// More about it.
    public var description: String?
    /// What the locality recommended.
    public var recommendation: String?
    /// Its field ("telecommunications", "administrative procedures"), as first written.
    public var category: String?
    /// The locality that raised it.
    public var locality: NamedRef
    /// The provincial-level locality it belongs to (the locality itself for a province).
    public var province: NamedRef
    /// The meeting it was raised at.
    public var meetingID: Int64?
    /// The group it belongs to.
    public var groupID: Int64?
    /// Its state in the workflow.
    public var state: String
    /// The unit that owns it.
    public var unit: NamedRef?
    /// Where it was last escalated to, while that stands.
    public var escalatedTo: NamedRef?
    /// Its deadline: the last `--due` given to `assign`.
    public var due: CivilDate?
    /// When it was raised (its filing's `at`).
    public var raisedAt: Instant
    /// When it was resolved, while it stays resolved.
    public var resolvedAt: Instant?
    /// How it was resolved, while it stays resolved.
    public var resolution: String?
    /// The text of its latest answer, kept whatever happens after it (a reopen too).
    public var response: String?
    /// Why it was closed, while it stands closed.
    public var closeReason: String?
    /// When its latest event happened: a new event may not be earlier.
    public var updatedAt: Instant

    /// Makes a problem.
    public init(id: Int64, title: String, description: String?, recommendation: String?,
                category: String?, locality: NamedRef, province: NamedRef, meetingID: Int64?,
                groupID: Int64?, state: String, unit: NamedRef?, escalatedTo: NamedRef?,
                due: CivilDate?, raisedAt: Instant, resolvedAt: Instant?, resolution: String?,
                response: String? = nil, closeReason: String? = nil, updatedAt: Instant) {
        self.id = id
        self.title = title
        self.description = description
        self.recommendation = recommendation
        self.category = category
        self.locality = locality
        self.province = province
        self.meetingID = meetingID
        self.groupID = groupID
        self.state = state
        self.unit = unit
        self.escalatedTo = escalatedTo
        self.due = due
        self.raisedAt = raisedAt
        self.resolvedAt = resolvedAt
        self.resolution = resolution
        self.response = response
        self.closeReason = closeReason
        self.updatedAt = updatedAt
    }
}
