/// A body that owns or receives problems: a department of the ministry, another ministry,
/// the Government. Units form a hierarchy, so escalation can go up.
public struct OrgUnit: Hashable, Sendable {
    /// The register's number for it.
    public var id: Int64
    /// The short code people type (`vu-phap-che`), unique, compared without regard to case.
    public var code: String
    /// Its name in its original spelling.
    public var name: String
    /// What kind of body it is.
    public var kind: Kind
    /// The unit above it, when there is one.
    public var parentID: Int64?
    /// The code of the unit above it, when there is one.
    public var parentCode: String?

    /// What kind of body a unit is.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// A unit of the ministry keeping the register.
        case `internal`
        /// Another ministry or sector.
        case ministry
        /// The Government, the Prime Minister, a Deputy Prime Minister.
        case government
    }

    /// Makes a unit.
    public init(id: Int64, code: String, name: String, kind: Kind, parentID: Int64?, parentCode: String?) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.parentCode = parentCode
    }

    /// Its code and name, as problems refer to it.
    public var ref: NamedRef { NamedRef(code: code, name: name) }
}

extension OrgUnit {
    /// A rename or a move of a unit, as the register keeps it.
    public struct Change: Hashable, Sendable {
        /// What changed.
        public enum Field: String, Sendable {
            case name, parent
        }
        /// When it happened (`--at`).
        public var at: Instant
        /// When it was recorded.
        public var recordedAt: Instant
        /// Who did it.
        public var actor: String
        /// What changed.
        public var field: Field
        /// The name, or the parent's code (nil for none), before and after.
        public var old: String?
        public var new: String?

        /// Makes a change.
        public init(at: Instant, recordedAt: Instant, actor: String, field: Field, old: String?, new: String?) {
            self.at = at
            self.recordedAt = recordedAt
            self.actor = actor
            self.field = field
            self.old = old
            self.new = new
        }
    }
}
