/// A unit (a body that owns or receives problems) as the workflow engine sees it.
///
/// Two references are the same unit when their ``id``s are equal: the ``code`` is carried
/// only so that refusals can name the unit, and a unit whose code was since corrected is
/// still the same unit.
public struct UnitRef: Hashable, Sendable {
    /// The unit's row id in the register.
    public var id: Int64
    /// The unit's code as people type it (`VP`, `BXD`), used in messages.
    public var code: String

    /// Makes a reference to the unit `id`, called `code` in messages.
    public init(id: Int64, code: String) {
        self.id = id
        self.code = code
    }

    /// Whether the two references name the same unit, whatever their codes say.
    public static func == (lhs: UnitRef, rhs: UnitRef) -> Bool {
        lhs.id == rhs.id
    }

    /// Hashes the id only, to agree with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
