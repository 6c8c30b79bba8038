/// Who asks: the name that becomes the actor of every event the request causes, the role that
/// says what it may do, and the scope that says which problems it may see at all.
///
/// Every operation of the register is told its principal. Scope is enforced in the store's
/// queries, so a problem outside it is never read, counted or returned: to the principal it
/// is the same as a problem that does not exist. What the role may do inside its scope is
/// the front end's to decide (SERVE.md's table); the register refuses only what would reach
/// outside the scope, such as filing in another province.
public struct Principal: Sendable, Hashable {
    /// What a principal may do, as SERVE.md's table has it.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Everything a coordinator may, and adding units, localities, meetings and groups.
        case admin
        /// Sees everything, files, takes every transition, imports, exports and reports.
        case coordinator
        /// Works on the problems of one unit and every unit under it.
        case unit
        /// Files and follows the problems of one province and its communes and wards.
        case locality
    }

    /// Which problems a principal sees.
    public enum Scope: Sendable, Hashable {
        /// Every problem of the register.
        case everything
        /// The problems owned by the unit with this number or by any unit under it, or
        /// escalated (now) to one of them.
        case unit(Int64)
        /// The problems of the province with this number and of its communes and wards.
        case province(Int64)
    }

    /// The actor of every event this principal causes.
    public let name: String
    /// What it may do.
    public let role: Role
    /// What it may see.
    public let scope: Scope

    /// A principal named `name` with `role` and `scope`.
    public init(name: String, role: Role, scope: Scope) {
        self.name = name
        self.role = role
        self.scope = scope
    }

    /// The register's keeper, who sees and may do everything: the command line acts as one,
    /// under the name `--actor` gives.
    public static func admin(_ name: String) -> Principal {
        Principal(name: name, role: .admin, scope: .everything)
    }
}
