extension Workflow {
    /// Every way this definition is not sound, in a fixed order; empty when it is sound.
    ///
    /// Sound means: names are usable and unique (and no transition takes a built-in action's
    /// name), the initial state exists, every transition starts from and leads to defined
    /// states, every state is reachable from the initial one, only closed-class states are
    /// dead ends and from every state a resolved or closed state can be reached, every field
    /// is known, listed once and readable by the effects that use it, and the deadline rules
    /// name defined states and a transition the sweep can take, once.
    ///
    /// A resolved-class state must have a way out: "it was not resolved after all" must
    /// always be possible, and only withdrawal (the closed class) is final.
    public func check() -> [WorkflowIssue] {
        var issues: [WorkflowIssue] = []
        issues += namingIssues()
        let known = Set(states.map(\.name))
        if !states.isEmpty && !known.contains(initial) {
            issues.append(.unknownInitialState(initial))
        }
        for transition in transitions {
            issues += transitionIssues(transition, known: known)
        }
        issues += graphIssues(known: known)
        issues += deadlineIssues(known: known)
        return issues
    }

    private func namingIssues() -> [WorkflowIssue] {
        var issues: [WorkflowIssue] = []
        if states.isEmpty {
            issues.append(.noStates)
        }
        var seenStates = Set<String>()
        for state in states {
            if !Self.isUsableName(state.name) {
                issues.append(.invalidName(kind: "state", name: state.name))
            }
            if !seenStates.insert(state.name).inserted {
                issues.append(.duplicateState(state.name))
            }
        }
        var seenTransitions = Set<String>()
        for transition in transitions {
            if !Self.isUsableName(transition.name) {
                issues.append(.invalidName(kind: "transition", name: transition.name))
            }
            if [Self.fileAction, Self.commentAction, Self.editAction].contains(transition.name) {
                issues.append(.reservedTransitionName(transition.name))
            }
            if !seenTransitions.insert(transition.name).inserted {
                issues.append(.duplicateTransition(transition.name))
            }
        }
        return issues
    }

    private func transitionIssues(_ transition: Transition, known: Set<String>) -> [WorkflowIssue] {
        var issues: [WorkflowIssue] = []
        let name = transition.name
        if transition.from.isEmpty {
            issues.append(.transitionFromNowhere(name))
        }
        for state in transition.from where !known.contains(state) {
            issues.append(.unknownFromState(transition: name, state: state))
        }
        for state in transition.to.states where !known.contains(state) {
            issues.append(.unknownToState(transition: name, state: state))
        }
        var seenFields = Set<String>()
        for use in transition.fields {
            if use.requestField == nil {
                issues.append(.unknownField(transition: name, field: use.field))
            }
            if !seenFields.insert(use.field).inserted {
                issues.append(.duplicateField(transition: name, field: use.field))
            }
            if !Self.isUsableLabel(use.label) {
                issues.append(.invalidLabel(transition: name, field: use.field, label: use.label))
            }
        }
        let effects = transition.effects
        let required = { (field: RequestField) in transition.use(of: field)?.isRequired == true }
        if effects.owner == .setFromUnit && !required(.unit) {
            issues.append(.effectNeedsField(transition: name, field: .unit))
        }
        if effects.escalation == .setFromTarget && !required(.target) {
            issues.append(.effectNeedsField(transition: name, field: .target))
        }
        if effects.deadline == .setFromDue && transition.use(of: .due) == nil {
            issues.append(.effectNeedsField(transition: name, field: .due))
        }
        if effects.resolution == .record && !required(.text) {
            issues.append(.effectNeedsField(transition: name, field: .text))
        }
        return issues
    }

    private func graphIssues(known: Set<String>) -> [WorkflowIssue] {
        guard known.contains(initial) else { return [] }
        var issues: [WorkflowIssue] = []
        let edges = transitions.flatMap { transition in
            transition.from.flatMap { from in transition.to.states.map { (from: from, to: $0) } }
        }
        let reachable = Self.closure(of: [initial], along: edges.map { ($0.from, $0.to) })
        let finals = states.filter { $0.stateClass == .resolved || $0.stateClass == .closed }.map(\.name)
        let canFinish = Self.closure(of: finals, along: edges.map { ($0.to, $0.from) })
        var reported = Set<String>()
        for state in states where reported.insert(state.name).inserted {
            let hasWayOut = edges.contains { $0.from == state.name }
            if !reachable.contains(state.name) {
                issues.append(.unreachableState(state.name))
            }
            if !hasWayOut && state.stateClass != .closed {
                issues.append(.deadEnd(state.name))
            } else if hasWayOut && !canFinish.contains(state.name) {
                issues.append(.cannotFinish(state.name))
            }
        }
        return issues
    }

    private func deadlineIssues(known: Set<String>) -> [WorkflowIssue] {
        var issues: [WorkflowIssue] = []
        for state in deadlines.overdueIn where !known.contains(state) {
            issues.append(.unknownOverdueState(state))
        }
        guard let sweep = deadlines.sweep else { return issues }
        for state in sweep.from where !known.contains(state) {
            issues.append(.unknownSweepState(state))
        }
        guard let transition = transition(named: sweep.transition) else {
            issues.append(.unknownSweepTransition(sweep.transition))
            return issues
        }
        for state in sweep.from where known.contains(state) && !transition.from.contains(state) {
            issues.append(.sweepNotAllowed(transition: transition.name, state: state))
        }
        for field in [RequestField.target, .text] where transition.use(of: field) == nil {
            issues.append(.sweepFieldRefused(transition: transition.name, field: field))
        }
        for field in [RequestField.unit, .due] where transition.use(of: field)?.isRequired == true {
            issues.append(.sweepFieldMissing(transition: transition.name, field: field))
        }
        for state in transition.to.states where sweep.from.contains(state) {
            issues.append(.sweepRepeats(transition: transition.name, state: state))
        }
        return issues
    }

    /// Every node reachable from `starts` along `edges` (the starts included).
    private static func closure(of starts: [String], along edges: [(String, String)]) -> Set<String> {
        var seen = Set(starts)
        var frontier = starts
        while let node = frontier.popLast() {
            for (from, to) in edges where from == node && seen.insert(to).inserted {
                frontier.append(to)
            }
        }
        return seen
    }

    // State and transition names are typed on the command line (`list --state`), stored in
    // every event and used as diagram ids, so they are kept to plain identifiers.
    private static func isUsableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    // A label becomes an option (`--label`), so it is spelt as one.
    private static func isUsableLabel(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
