/// Stored data the workflow cannot make sense of: a definition that is not one, or a
/// history that the workflow would not have produced.
///
/// Unlike a ``Refusal``, which answers a request, these say the register itself is wrong
/// (changed by hand, or read under another workflow). The command line exits 1.
public enum WorkflowError: Error, Hashable, Sendable {
    /// The JSON is not a workflow definition; `reason` says where it went wrong.
    case unreadableDefinition(reason: String)
    /// The history has no events, so there is no filing to start from.
    case emptyHistory
    /// The first event is not the filing into the initial state.
    case notFiledFirst(action: String, to: String)
    /// The event at `index` (0 is the filing) is one the workflow refuses.
    case eventRefused(index: Int, action: String, refusal: Refusal)
    /// The event at `index` records `recorded` for `field` where the workflow gives `expected`.
    case eventDisagrees(index: Int, action: String, field: String, recorded: String, expected: String)
}

extension WorkflowError: CustomStringConvertible {
    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .unreadableDefinition(let reason):
            return "The workflow definition cannot be read (\(reason)): it must be the JSON of a workflow, as docket writes it."
        case .emptyHistory:
            return "The problem has no events, not even its filing: the register is damaged, so restore it from a backup."
        case .notFiledFirst(let action, let to):
            return "The problem's history starts with \(action) to \(to), not with its filing into the initial state: check that the workflow in force is the one its history was made under."
        case .eventRefused(let index, let action, let refusal):
            return "Event \(index) of the problem's history (\(action)) is one the workflow refuses, because \(refusal.lowercasedDescription) Check that the workflow in force is the one its history was made under."
        case .eventDisagrees(let index, let action, let field, let recorded, let expected):
            return "Event \(index) of the problem's history (\(action)) records \(field) \(recorded) where the workflow gives \(expected): check that the workflow in force is the one its history was made under."
        }
    }
}
