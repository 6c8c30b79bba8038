extension Workflow {
    /// The workflow as `docket workflow show` prints it: its states with their classes, each
    /// transition with where it may be taken from, where it leads, its fields and effects,
    /// and the deadline rules. The same on every run.
    public func summary() -> String {
        var lines = ["Workflow \(name), version \(version).", "", "States:"]
        let stateWidth = states.map(\.name.count).max() ?? 0
        for state in states {
            let initialMark = state.name == initial ? "  (initial)" : ""
            lines.append("  \(Self.padded(state.name, stateWidth))  \(state.stateClass.rawValue)\(initialMark)")
        }

        lines += ["", "Transitions:"]
        let names = transitions.map(\.name) + [Self.commentAction, Self.editAction]
        let width = names.map(\.count).max() ?? 0
        let indent = String(repeating: " ", count: width + 4)
        for transition in transitions {
            let from = EnglishList.or(transition.from)
            let to = switch transition.to {
            case .state(let state): state
            case .byOwner(let withOwner, let withoutOwner): "\(withOwner) when it has an owner, else \(withoutOwner)"
            }
            lines.append("  \(Self.padded(transition.name, width))  from \(from) to \(to)")
            lines.append(indent + Self.syntax(of: transition.name, fields: transition.fields))
            if let effects = Self.effectsText(transition) {
                lines.append(indent + effects)
            }
        }
        lines.append("  \(Self.padded(Self.commentAction, width))  in any state, changing nothing but the history (built in)")
        lines.append(indent + "docket \(Self.commentAction) ID TEXT")
        lines.append("  \(Self.padded(Self.editAction, width))  in any state, correcting what was recorded; the state stays (built in)")
        lines.append(indent + "docket \(Self.editAction) ID [--title T] [--description TEXT] [--recommendation TEXT] [--category C] "
                     + "[--locality L] [--meeting ID|none] [--group ID|none]")

        lines += ["", "Deadlines:"]
        if deadlines.overdueIn.isEmpty {
            lines.append("  no state counts as overdue")
        } else {
            lines.append("  overdue in \(EnglishList.or(deadlines.overdueIn)) once the due day has passed")
        }
        if let sweep = deadlines.sweep {
            lines.append("  sweep: past the deadline in \(EnglishList.or(sweep.from)), \(sweep.transition) to the owner's parent unit, saying")
            lines.append("    \"\(sweep.reason)\"")
        } else {
            lines.append("  no sweep")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The command that takes the transition, as it is typed: its required options, then
    /// the others in brackets — `docket assign ID --unit UNIT [--due DUE] [--note NOTE]`.
    private static func syntax(of name: String, fields: [FieldUse]) -> String {
        let options = fields.filter(\.isRequired).map { "\($0.option) \($0.label.uppercased())" }
            + fields.filter { !$0.isRequired }.map { "[\($0.option) \($0.label.uppercased())]" }
        return (["docket", name, "ID"] + options).joined(separator: " ")
    }

    private static func effectsText(_ transition: Transition) -> String? {
        let effects = transition.effects
        let option = { (field: RequestField) in transition.use(of: field)?.option ?? "--" + fallbackLabel(field) }
        var parts: [String] = []
        if effects.owner == .setFromUnit { parts.append("sets the owner from \(option(.unit))") }
        switch effects.escalation {
        case .keep: break
        case .setFromTarget: parts.append("sets the escalation from \(option(.target))")
        case .clear: parts.append("clears the escalation")
        }
        if effects.deadline == .setFromDue { parts.append("sets the deadline when \(option(.due)) is given") }
        switch effects.resolution {
        case .keep: break
        case .record: parts.append("records \(option(.text)) as the resolution")
        case .clear: parts.append("clears the resolution")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
