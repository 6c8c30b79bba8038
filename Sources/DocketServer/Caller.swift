import DocketCore
import HummingbirdAuth

/// Who sent a request: the token it carried, and the principal that token stands for.
struct Caller: Sendable {
    /// The token's number: idempotency records are kept per token.
    let token: Int64
    /// The token's name, role and scope: the name is the actor of every event it causes.
    let principal: Principal
}

/// What a role may do, as SERVE.md's table has it. Scope is the store's to enforce; these
/// are what the role may do inside it.
enum Permission: Hashable, Sendable {
    /// Add units, localities, meetings and groups.
    case administer
    /// File a problem (within the scope: a locality in its own province).
    case file
    /// Take a transition of the workflow (a unit: assigning within its subtree).
    case transition
    /// Comment on a problem.
    case comment
    /// Correct what was recorded of a problem (`docket edit`; a province within its own scope).
    case edit
    /// Import a CSV file of problems.
    case importFile
    /// Add days to the calendar and take them out.
    case keepCalendar
}

extension Caller: RoleProviding {
    /// Every permission of the caller's role.
    var roles: Set<Permission> {
        switch principal.role {
        case .admin: [.administer, .file, .transition, .comment, .edit, .importFile, .keepCalendar]
        case .coordinator: [.file, .transition, .comment, .edit, .importFile, .keepCalendar]
        case .unit: [.transition, .comment]
        case .locality: [.file, .comment, .edit]
        }
    }

    /// Refuses with 403 what the caller's role may not do.
    func require(_ permission: Permission) throws(APIError) {
        guard roles.contains(permission) else { throw .forbidden }
    }
}
