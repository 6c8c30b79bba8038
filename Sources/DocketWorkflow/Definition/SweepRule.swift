/// What the deadline sweep does to a problem past its deadline: take a transition that
/// sends it to the parent unit of its owner, with a reason saying why.
public struct SweepRule: Hashable, Sendable, Codable {
    /// The states in which a problem past its deadline is swept.
    public var from: [String]
    /// The transition the sweep takes; it is given the owner's parent as its target and
    /// the reason as its text.
    public var transition: String
    /// The text of the sweep's events. `{due}` stands for the deadline (`2025-09-01`),
    /// `{owner}` for the owner's code and `{to}` for the parent's code.
    public var reason: String

    /// Makes a sweep rule.
    public init(from: [String], transition: String, reason: String) {
        self.from = from
        self.transition = transition
        self.reason = reason
    }
}
