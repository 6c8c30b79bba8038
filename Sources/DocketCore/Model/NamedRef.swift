/// A reference to a locality or a unit as people read it: its code and its name
/// (the JSON `{code, name}` of the contract).
public struct NamedRef: Hashable, Sendable {
    /// The official or chosen code; a commune added without one has none.
    public var code: String?
    /// The name in its original spelling.
    public var name: String

    /// Makes a reference from a code and a name.
    public init(code: String?, name: String) {
        self.code = code
        self.name = name
    }

    /// What people type to mean it: its code, or its name when it has none.
    public var handle: String { code ?? name }

    /// Whether it comes before `other` in a report's lists of units: by handle, regardless of
    /// case, then by name.
    public func precedes(_ other: NamedRef) -> Bool {
        (handle.lowercased(), name) < (other.handle.lowercased(), other.name)
    }
}
