import DocketCore

/// What someone asks to do to a problem: an action and the values the command line gave.
///
/// Which values an action needs or accepts is the workflow's business (``Transition/fields``);
/// the request only carries them.
public struct TransitionRequest: Hashable, Sendable {
    /// The action: the name of a transition, or `comment`.
    public var action: String
    /// The unit given with `--unit` (assign).
    public var unit: UnitRef?
    /// The unit given with `--to` (escalate).
    public var target: UnitRef?
    /// The deadline given with `--due`.
    public var due: CivilDate?
    /// The text given: a response, resolution, reason, note or comment.
    public var text: String?
    /// When it happened in the world (`--at`, or now).
    public var at: Instant

    /// Makes a request to take `action` at `at` with the values given.
    public init(
        action: String,
        unit: UnitRef? = nil,
        target: UnitRef? = nil,
        due: CivilDate? = nil,
        text: String? = nil,
        at: Instant
    ) {
        self.action = action
        self.unit = unit
        self.target = target
        self.due = due
        self.text = text
        self.at = at
    }
}
