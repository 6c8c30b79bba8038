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

