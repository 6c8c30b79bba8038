extension Workflow {
    /// The workflow as a Mermaid state diagram (`stateDiagram-v2`): the start arrow into the
    /// initial state, one arrow per pair of states labelled with the transitions between them,
    /// and an arrow to the end from every resolved or closed state. The same on every run.
    public func mermaid() -> String {
        var lines = ["stateDiagram-v2", "    [*] --> \(initial)"]
        for edge in edges {
            lines.append("    \(edge.from) --> \(edge.to) : \(edge.labels.joined(separator: ", "))")
        }
        for state in endStates {
            lines.append("    \(state) --> [*]")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
