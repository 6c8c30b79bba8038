import DocketCore

/// What a transition names, as its front end received it: names typed any way, which the
/// transition resolves in its own transaction.
public struct TransitionInput: Sendable {
    /// The transition, or `comment`.
    public var action: String
    /// The unit to assign to, as typed.
    public var unit: String?
    /// Where to escalate, as typed.
    public var target: String?
    /// An assignment's deadline: a day, or working days after the assignment's day, counted
    /// over the calendar in the assignment's transaction.
    public var due: DueDate?
    /// The response, resolution, reason, note or comment.
    public var text: String?

    /// Makes the input of one transition.
    public init(action: String, unit: String? = nil, target: String? = nil, due: DueDate? = nil, text: String? = nil) {
        self.action = action
        self.unit = unit
        self.target = target
        self.due = due
        self.text = text
    }
}
