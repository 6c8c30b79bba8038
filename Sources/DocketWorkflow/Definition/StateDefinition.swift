/// One state of a workflow: its name and its class.
public struct StateDefinition: Hashable, Sendable, Codable {
    /// The state's name, as stored on problems and events and typed in `list --state`.
    public var name: String
    /// What the state means for reports and for where a problem's life may end.
    public var stateClass: StateClass

    /// Makes the state `name` of class `stateClass`.
    public init(_ name: String, _ stateClass: StateClass) {
        self.name = name
        self.stateClass = stateClass
    }

    // The JSON keys are spelled out so that renaming a property never changes the
    // definitions already stored in registers.
    private enum CodingKeys: String, CodingKey {
        case name
        case stateClass = "class"
    }
}
