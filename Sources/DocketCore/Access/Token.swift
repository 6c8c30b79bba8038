/// A token for `docket serve`, as the register keeps it: who it is, what it may do and see,
/// and whether it is still in force. Never its secret, which is shown once when it is made.
public struct Token: Sendable, Hashable {
    /// The register's number for it: what the server keys a token's idempotency records by.
    public var id: Int64
    /// Its name: the actor of every event it causes, unique in the register for good.
    public var name: String
    /// What it may do.
    public var role: Principal.Role
    /// What it may see: the unit's or the province's row number for a unit or locality token.
    public var scope: Principal.Scope
    /// The unit it works for, for a unit token.
    public var unit: NamedRef?
    /// The province it works for, for a locality token.
    public var locality: NamedRef?
    /// When it was made.
    public var createdAt: Instant
    /// When it was revoked; nil while it is in force.
    public var revokedAt: Instant?

    /// Makes a token.
    public init(id: Int64, name: String, role: Principal.Role, scope: Principal.Scope, unit: NamedRef?,
                locality: NamedRef?, createdAt: Instant, revokedAt: Instant?) {
        self.id = id
        self.name = name
        self.role = role
        self.scope = scope
        self.unit = unit
        self.locality = locality
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// The most characters a token's name may have.
    public static let nameLimit = 100

    /// What a token of `role` sees, given its unit's or province's row number: every problem
    /// for an admin's or a coordinator's.
    public static func scope(of role: Principal.Role, unit: Int64?, locality: Int64?) -> Principal.Scope {
        switch (role, unit, locality) {
        case (.unit, let unit?, _): .unit(unit)
        case (.locality, _, let locality?): .province(locality)
        default: .everything
        }
    }

    /// Whether it still opens the server.
    public var isInForce: Bool { revokedAt == nil }

    /// The principal a request made with it acts as.
    public var principal: Principal {
        Principal(name: name, role: role, scope: scope)
    }
}
