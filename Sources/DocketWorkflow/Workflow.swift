import DocketCore

/// A workflow: the states a problem moves through and the transitions between them, as data.
public struct Workflow: Sendable, Hashable {
    /// The workflow's name, shown by `docket workflow show`.
    public var name: String
}
