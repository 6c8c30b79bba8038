extension Workflow {
    /// One arrow of the workflow's diagram: every transition leading from one state to another.
    struct Edge: Hashable {
        /// The state the arrow leaves.
        var from: String
        /// The state the arrow enters.
        var to: String
        /// The transitions it stands for, each with the condition of a conditional destination
        /// (`reopen (has owner)`).
        var labels: [String]
    }

    /// The diagram's arrows, one per pair of states, ordered by the state they leave (in
    /// definition order), then by transition; so diagrams are the same on every run.
    var edges: [Edge] {
        var result: [Edge] = []
        var seenFrom = Set<String>()
        for state in states.map(\.name) where seenFrom.insert(state).inserted {
            var edgesFromState: [Edge] = []
            for transition in transitions where transition.from.contains(state) {
                for (to, label) in Self.arrows(of: transition) {
                    if let index = edgesFromState.firstIndex(where: { $0.to == to }) {
                        edgesFromState[index].labels.append(label)
                    } else {
                        edgesFromState.append(Edge(from: state, to: to, labels: [label]))
                    }
                }
            }
            result += edgesFromState
        }
        return result
    }

    /// The states where a problem's life may end: those of the resolved and closed classes,
    /// in definition order. A resolved state still has a way out (reopening); it is shown as
    /// an end because most problems stay there.
    var endStates: [String] {
        var seen = Set<String>()
        return states
            .filter { ($0.stateClass == .resolved || $0.stateClass == .closed) && seen.insert($0.name).inserted }
            .map(\.name)
    }

    private static func arrows(of transition: Transition) -> [(to: String, label: String)] {
        switch transition.to {
        case .state(let to):
            return [(to, transition.name)]
        case .byOwner(let withOwner, let withoutOwner) where withOwner == withoutOwner:
            return [(withOwner, transition.name)]
        case .byOwner(let withOwner, let withoutOwner):
            return [(withOwner, "\(transition.name) (has owner)"), (withoutOwner, "\(transition.name) (no owner)")]
        }
    }
}
