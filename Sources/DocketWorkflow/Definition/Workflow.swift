import DocketCore

/// A workflow: the states a problem moves through, the transitions between them and the
/// deadline rules, as a value.
///
/// The engine reads every name from here: nothing in this module knows the default states
/// (see ``standard`` for those). A register stores the definition it runs under as JSON
/// (``encodedJSON()``), so its history stays readable if another is put in force.
public struct Workflow: Hashable, Sendable, Codable {
    /// The action of a problem's first event, which no transition may be named.
    public static let fileAction = "file"
    /// The built-in action that adds a note to a problem's history in any state and changes
    /// nothing else; no transition may be named so.
    public static let commentAction = "comment"
    /// The built-in action that corrects what was recorded of a problem (its title, texts,
    /// locality, meeting or group) in any state and changes nothing the workflow reads; no
    /// transition may be named so.
    public static let editAction = "edit"

    /// The workflow's name, shown by `docket workflow show`.
    public var name: String
    /// The definition's version; a changed definition gets a higher one.
    public var version: Int
    /// The states, in the order they are shown.
    public var states: [StateDefinition]
    /// The state every problem starts in.
    public var initial: String
    /// The transitions, in the order they are shown.
    public var transitions: [Transition]
    /// When a problem is overdue and what the sweep does.
    public var deadlines: DeadlineRules

    /// Makes a workflow; ``check()`` says whether it is sound.
    public init(
        name: String,
        version: Int,
        states: [StateDefinition],
        initial: String,
        transitions: [Transition],
        deadlines: DeadlineRules
    ) {
        self.name = name
        self.version = version
        self.states = states
        self.initial = initial
        self.transitions = transitions
        self.deadlines = deadlines
    }

    /// The definition of the state called `name`, or nil when there is none.
    public func state(named name: String) -> StateDefinition? {
        states.first { $0.name == name }
    }

    /// The class of the state called `name`, or nil when there is no such state.
    public func stateClass(of name: String) -> StateClass? {
        state(named: name)?.stateClass
    }

    /// The transitions that always lead to a state of `stateClass` (every destination of them
    /// is of that class): the answering, resolving or closing ones.
    public func actions(leadingTo stateClass: StateClass) -> [String] {
        transitions.filter { transition in
            transition.to.states.allSatisfy { self.stateClass(of: $0) == stateClass }
        }.map(\.name)
    }

    /// Whether a problem standing in a resolved state holds, as its resolution and time of
    /// resolving, those of its last resolving event (one of ``actions(leadingTo:)`` `.resolved`):
    /// every transition that can lead to a resolved state always does and records the resolution,
    /// and no other transition records one. So it is in the standard workflow. A problem then
    /// enters a resolved state only by a resolving transition, which records; any later event
    /// leaving it resolved is another resolving one, or changes no resolution.
    public var recordsEveryResolution: Bool {
        transitions.allSatisfy { transition in
            let resolving = transition.to.states.allSatisfy { stateClass(of: $0) == .resolved }
            let mayResolve = transition.to.states.contains { stateClass(of: $0) == .resolved }
            return (transition.effects.resolution == .record) == resolving && (!mayResolve || resolving)
        }
    }

    /// The transition called `name`, or nil when there is none.
    public func transition(named name: String) -> Transition? {
        transitions.first { $0.name == name }
    }

    /// The names of the transitions that may be taken from `state`, in definition order.
    /// Comments, allowed everywhere, are not among them.
    public func allowedTransitions(from state: String) -> [String] {
        transitions.filter { $0.from.contains(state) }.map(\.name)
    }

    private enum CodingKeys: String, CodingKey {
        case name, version, states, initial, transitions, deadlines
    }
}

extension Workflow {
    /// The states a list's `--state` (or `state=`) means: one or more names separated by
    /// commas, each matched without regard to case, `open` meaning every state that is
    /// neither resolved nor closed; the first name that is no state of the workflow, if any,
    /// comes back as `unknown`.
    public func states(matching text: String) -> (states: [String], unknown: String?) {
        var chosen: [String] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = String(part).trimmingSpaces
            let key = name.lowercased()
            if key == "open" {
                chosen += states.filter { $0.stateClass != .resolved && $0.stateClass != .closed }.map(\.name)
            } else if let state = states.first(where: { $0.name.lowercased() == key }) {
                chosen.append(state.name)
            } else {
                return ([], name)
            }
        }
        var seen: Set<String> = []
        return (chosen.filter { seen.insert($0).inserted }, nil)
    }
}
