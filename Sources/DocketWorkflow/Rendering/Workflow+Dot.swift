extension Workflow {
    /// The workflow as a Graphviz `digraph`: a point for the start, a rounded box per state
    /// with its class, doubled for resolved and closed states, and one labelled arrow per pair
    /// of states. Every id is quoted. The same on every run.
    public func dot() -> String {
        // The start node's id cannot clash with a state: usable state names have no brackets.
        let start = Self.quoted("[start]")
        let ends = Set(endStates)
        var lines = [
            "digraph \(Self.quoted(name)) {",
            "    rankdir=LR;",
            "    node [shape=box, style=rounded];",
            "    \(start) [shape=point];",
        ]
        var seen = Set<String>()
        for state in states where seen.insert(state.name).inserted {
            // `\n` is Graphviz's own line break inside a label, so it is written after quoting.
            let label = Self.escaped(state.name) + "\\n(" + state.stateClass.rawValue + ")"
            let periphery = ends.contains(state.name) ? ", peripheries=2" : ""
            lines.append("    \(Self.quoted(state.name)) [label=\"\(label)\"\(periphery)];")
        }
        lines.append("    \(start) -> \(Self.quoted(initial));")
        for edge in edges {
            let label = Self.quoted(edge.labels.joined(separator: ", "))
            lines.append("    \(Self.quoted(edge.from)) -> \(Self.quoted(edge.to)) [label=\(label)];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
