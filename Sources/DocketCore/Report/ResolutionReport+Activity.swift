extension ResolutionReport {
    /// How many events of each kind happened during the week (their `at` in it).
    ///
    /// Counted by action: a `file` is a problem raised, an `assign` one assigned, and so on. A
    /// reopen counts as reopened only (not as assigned or raised, though it leads there); an
    /// import row with a unit is a filing and an assignment, so it counts once in each; the
    /// sweep's escalations count as escalated. Comments are not counted.
    public struct Activity: Hashable, Sendable {
        /// Problems filed.
        public var raised: Int
        /// Assignments, reassignments included.
        public var assigned: Int
        /// Answers given.
        public var answered: Int
        /// Escalations, the sweep's included.
        public var escalated: Int
        /// Resolutions recorded, including any undone by a reopen later in the week.
        public var resolved: Int
        /// Reopenings.
        public var reopened: Int
        /// Closings.
        public var closed: Int

        /// Makes the counts; any left out is zero.
        public init(raised: Int = 0, assigned: Int = 0, answered: Int = 0, escalated: Int = 0,
                    resolved: Int = 0, reopened: Int = 0, closed: Int = 0) {
            self.raised = raised
            self.assigned = assigned
            self.answered = answered
            self.escalated = escalated
            self.resolved = resolved
            self.reopened = reopened
            self.closed = closed
        }

        /// The action each count counts, in the contract's order: the name of the event
        /// (`file`, or a transition of the default workflow) and the key it is reported under.
        public static let actions: [(action: String, key: String)] = [
            ("file", "raised"), ("assign", "assigned"), ("answer", "answered"), ("escalate", "escalated"),
            ("resolve", "resolved"), ("reopen", "reopened"), ("close", "closed"),
        ]

        /// The counts in the order of ``actions``.
        public var counts: [Int] {
            [raised, assigned, answered, escalated, resolved, reopened, closed]
        }

        /// Adds one event of `action`; an action that is not counted changes nothing.
        public mutating func count(_ action: String, times: Int = 1) {
            switch action {
            case "file": raised += times
            case "assign": assigned += times
            case "answer": answered += times
            case "escalate": escalated += times
            case "resolve": resolved += times
            case "reopen": reopened += times
            case "close": closed += times
            default: break
            }
        }
    }
}
