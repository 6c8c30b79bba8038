import DocketCore

/// A transition (or a comment) asked of one problem, as values: what a user types, which the
/// register may refuse.
public struct TransitionCommand: Sendable, Equatable {
    /// The transition, or `comment`.
    public var action: String
    /// The problem's number (which may name no problem).
    public var id: Int64
    /// The unit given, as typed.
    public var unit: String?
    /// The unit escalated to, as typed.
    public var target: String?
    /// The deadline given.
    public var due: CivilDate?
    /// The response, resolution, reason, note or comment.
    public var text: String?
    /// When the command is dated.
    public var at: Instant
    /// Who asks.
    public var actor: String

    /// A command with these values.
    public init(action: String, id: Int64, unit: String? = nil, target: String? = nil, due: CivilDate? = nil,
                text: String? = nil, at: Instant, actor: String = "test") {
        self.action = action
        self.id = id
        self.unit = unit
        self.target = target
        self.due = due
        self.text = text
        self.at = at
        self.actor = actor
    }
}
