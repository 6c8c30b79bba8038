import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// A problem with its whole history (``ProblemHistory``).
    public typealias History = ProblemHistory

    /// Loads many problems with their histories in one transaction, each filed and moved
    /// through the workflow by the same engine as every command (a request the workflow refuses
    /// stops the load, and nothing is written). Names are resolved once each.
    ///
    /// - Parameter progress: called after each problem with how many are loaded.
    /// - Returns: how many problems were loaded.
    @discardableResult
    public func load(_ histories: some Sequence<History>, actor: String,
                     progress: (Int) -> Void = { _ in }) throws -> Int {
        try writeOperation { store in try await store.load(histories, actor: actor, progress: progress) }
    }
}
