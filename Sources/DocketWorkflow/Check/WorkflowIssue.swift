/// One way a workflow definition is not sound, found by ``Workflow/check()``.
///
/// `docket workflow check` prints each ``description`` on a line and exits 1 when there is
/// any; a register refuses to put such a definition in force.
public enum WorkflowIssue: Hashable, Sendable {
    /// The definition has no states at all.
    case noStates
    /// A state or transition name people could not type or a diagram could not show;
    /// `kind` is "state" or "transition".
    case invalidName(kind: String, name: String)
    /// Two states have the same name.
    case duplicateState(String)
    /// Two transitions have the same name.
    case duplicateTransition(String)
    /// A transition is named like a built-in action (`file`, `comment`).
    case reservedTransitionName(String)
    /// The initial state is not one of the states.
    case unknownInitialState(String)
    /// A transition may be taken from no state.
    case transitionFromNowhere(String)
    /// A transition may be taken from a state that is not defined.
    case unknownFromState(transition: String, state: String)
    /// A transition leads to a state that is not defined.
    case unknownToState(transition: String, state: String)
    /// No sequence of transitions leads from the initial state to this one.
    case unreachableState(String)
    /// A state that is not of the closed class has no transition out.
    case deadEnd(String)
    /// From this state, which has transitions out, no resolved or closed state can be reached.
    case cannotFinish(String)
    /// A transition names a field that requests do not have.
    case unknownField(transition: String, field: String)
    /// A transition lists the same field twice.
    case duplicateField(transition: String, field: String)
    /// A field's label could not be typed as a command-line option.
    case invalidLabel(transition: String, field: String, label: String)
    /// An effect reads a field the transition does not require (for the due date: does not
    /// accept), so it would have nothing to read.
    case effectNeedsField(transition: String, field: RequestField)
    /// An overdue state of the deadline rules is not defined.
    case unknownOverdueState(String)
    /// A state the sweep works in is not defined.
    case unknownSweepState(String)
    /// The sweep's transition is not defined.
    case unknownSweepTransition(String)
    /// The sweep's transition may not be taken from one of the sweep's states.
    case sweepNotAllowed(transition: String, state: String)
    /// The sweep gives a target and a reason; its transition does not take this one.
    case sweepFieldRefused(transition: String, field: RequestField)
    /// The sweep cannot give a unit or a due date; its transition requires this one.
    case sweepFieldMissing(transition: String, field: RequestField)
    /// The sweep's transition leads back into a state the sweep works in, so a second
    /// sweep would sweep the same problem again.
    case sweepRepeats(transition: String, state: String)
}

extension WorkflowIssue: CustomStringConvertible {
    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .noStates:
            return "The workflow defines no states: define at least its initial state."
        case .invalidName(let kind, let name):
            return "'\(name)' is not a usable \(kind) name: use lower-case letters, digits and underscores, starting with a letter."
        case .duplicateState(let name):
            return "The state '\(name)' is defined more than once: give each state its own name."
        case .duplicateTransition(let name):
            return "The transition '\(name)' is defined more than once: give each transition its own name."
        case .reservedTransitionName(let name):
            return "'\(name)' is a built-in action and cannot name a transition: choose another name."
        case .unknownInitialState(let name):
            return "The initial state '\(name)' is not one of the workflow's states: define it or start from one that is."
        case .transitionFromNowhere(let name):
            return "The transition '\(name)' may be taken from no state: list the states it starts from."
        case .unknownFromState(let transition, let state):
            return "The transition '\(transition)' starts from '\(state)', which is not a state: define it or take it out of the list."
        case .unknownToState(let transition, let state):
            return "The transition '\(transition)' leads to '\(state)', which is not a state: define it or lead somewhere that is."
        case .unreachableState(let name):
            return "The state '\(name)' cannot be reached from the initial state: add a transition into it or remove it."
        case .deadEnd(let name):
            return "The state '\(name)' has no transition out and is not of the closed class: add a way out or make it closed."
        case .cannotFinish(let name):
            return "No resolved or closed state can be reached from '\(name)': add a transition toward one."
        case .unknownField(let transition, let field):
            return "The transition '\(transition)' names the field '\(field)', which requests do not have: use \(EnglishList.or(RequestField.allCases.map(\.rawValue)))."
        case .duplicateField(let transition, let field):
            return "The transition '\(transition)' lists the field '\(field)' more than once: list it once."
        case .invalidLabel(let transition, let field, let label):
            return "The transition '\(transition)' labels its field '\(field)' '\(label)', which cannot be typed as an option: use lower-case letters, digits and hyphens, starting with a letter."
        case .effectNeedsField(let transition, let field):
            switch field {
            case .unit:
                return "The transition '\(transition)' sets the owner from its unit but does not require one: make unit required."
            case .target:
                return "The transition '\(transition)' escalates to its target but does not require one: make target required."
            case .due:
                return "The transition '\(transition)' sets the deadline from its due date but does not accept one: accept due."
            case .text:
                return "The transition '\(transition)' records its text as the resolution but does not require one: make text required."
            }
        case .unknownOverdueState(let name):
            return "The deadline rules count problems in '\(name)' as overdue, but it is not a state: name a state that is."
        case .unknownSweepState(let name):
            return "The sweep works in '\(name)', which is not a state: name a state that is."
        case .unknownSweepTransition(let name):
            return "The sweep takes the transition '\(name)', which is not defined: name one that is."
        case .sweepNotAllowed(let transition, let state):
            return "The sweep takes '\(transition)' from '\(state)', where it is not allowed: allow it there or stop sweeping that state."
        case .sweepFieldRefused(let transition, let field):
            return "The sweep gives '\(transition)' a \(field.rawValue), which it does not take: let it accept \(field.rawValue)."
        case .sweepFieldMissing(let transition, let field):
            return "The sweep takes '\(transition)', which requires a \(field.rawValue) the sweep cannot give: make \(field.rawValue) optional or sweep with another transition."
        case .sweepRepeats(let transition, let state):
            return "The sweep's transition '\(transition)' leads back to '\(state)', where the sweep works, so a second sweep would act again: lead it to a state the sweep does not work in."
        }
    }
}
