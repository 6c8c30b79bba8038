/// One transition of a workflow: from which states it may be taken, where it leads, which
/// fields it needs, and what it changes.
public struct Transition: Hashable, Sendable, Codable {
    /// The transition's name, which is also the action people ask for (`assign`).
    public var name: String
    /// The states it may be taken from, in the order they are shown.
    public var from: [String]
    /// Where it leads.
    public var to: Destination
    /// The request fields it requires or accepts; any other field is refused.
    public var fields: [FieldUse]
    /// What it changes besides the state.
    public var effects: Effects

    /// Makes a transition.
    public init(name: String, from: [String], to: Destination, fields: [FieldUse], effects: Effects = Effects()) {
        self.name = name
        self.from = from
        self.to = to
        self.fields = fields
        self.effects = effects
    }

    /// How the transition uses `field`, or nil when it does not accept it.
    public func use(of field: RequestField) -> FieldUse? {
        fields.first { $0.field == field.rawValue }
    }
}
