/// A working session at which a locality raised problems.
public struct Meeting: Hashable, Sendable {
    /// The register's number for it.
    public var id: Int64
    /// Where it was held (a province, or a commune under one).
    public var locality: NamedRef
    /// The day it was held.
    public var heldOn: CivilDate
    /// What it was.
    public var title: String
    /// Who led the delegation, when recorded.
    public var lead: String?
    /// Free notes.
    public var notes: String?
    /// When it was recorded as happening (its `--at`).
    public var createdAt: Instant

    /// Makes a meeting.
    public init(id: Int64, locality: NamedRef, heldOn: CivilDate, title: String, lead: String?,
                notes: String?, createdAt: Instant) {
        self.id = id
        self.locality = locality
        self.heldOn = heldOn
        self.title = title
        self.lead = lead
        self.notes = notes
        self.createdAt = createdAt
    }
}
