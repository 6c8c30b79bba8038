/// One difficulty raised by several localities, tracked as one: its state is derived from the
/// problems in it.
public struct ProblemGroup: Hashable, Sendable {
    /// The register's number for it.
    public var id: Int64
    /// What the difficulty is.
    public var title: String
    /// When it was made (its `--at`).
    public var createdAt: Instant

    /// Makes a group.
    public init(id: Int64, title: String, createdAt: Instant) {
        self.id = id
        self.title = title
        self.createdAt = createdAt
    }
}
