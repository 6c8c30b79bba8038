extension Workflow {
    /// Where a group of problems stands, derived from how many of its problems are in each
    /// state: resolved when every problem in it is resolved — closed ones (withdrawn,
    /// duplicates) left aside — and at least one is; closed when all are closed; open while
    /// any is still open or answered; empty before its first problem.
    public func standing(ofGroupWith counts: [String: Int]) -> GroupStanding {
        let total = counts.values.reduce(0, +)
        let resolved = counts.filter { stateClass(of: $0.key) == .resolved }.values.reduce(0, +)
        let closed = counts.filter { stateClass(of: $0.key) == .closed }.values.reduce(0, +)
        let state: GroupStanding.State
        if total == 0 {
            state = .empty
        } else if resolved + closed < total {
            state = .open
        } else {
            state = resolved > 0 ? .resolved : .closed
        }
        return GroupStanding(state: state, total: total, resolved: resolved)
    }
}

/// Where a group stands: its derived state and how many of its problems are resolved.
public struct GroupStanding: Hashable, Sendable {
    /// A group's derived state.
    public enum State: String, Hashable, Sendable {
        /// No problem filed into it yet.
        case empty
        /// Some problem in it is still open or only answered.
        case open
        /// Every problem in it is resolved or closed, and at least one is resolved.
        case resolved
        /// Every problem in it is closed.
        case closed
    }

    /// Its derived state.
    public var state: State
    /// How many problems are in it.
    public var total: Int
    /// How many of them are resolved.
    public var resolved: Int

    /// Makes a standing.
    public init(state: State, total: Int, resolved: Int) {
        self.state = state
        self.total = total
        self.resolved = resolved
    }
}
