import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// A problem with its whole history: what a generator or a migration from another system
    /// loads in bulk.
    public struct History: Sendable {
        /// The problem as filed.
        public var problem: NewProblem
        /// When it was raised.
        public var raisedAt: Instant
        /// What happened to it afterwards, in order; each must be one the workflow allows.
        public var requests: [TransitionRequest]

        /// Makes a history.
        public init(problem: NewProblem, raisedAt: Instant, requests: [TransitionRequest]) {
            self.problem = problem
            self.raisedAt = raisedAt
            self.requests = requests
        }
    }

    /// Loads many problems with their histories in one transaction, each filed and moved
    /// through the workflow by the same engine as every command (a request the workflow refuses
    /// stops the load, and nothing is written). Names are resolved once each.
    ///
    /// - Parameter progress: called after each problem with how many are loaded.
    /// - Returns: how many problems were loaded.
    @discardableResult
    public func load(_ histories: some Sequence<History>, actor: String,
                     progress: (Int) -> Void = { _ in }) throws -> Int {
        try write { store in
            let workflow = try currentWorkflow()
            let recordedAt = clock()
            var localities: [String: Locality] = [:]
            let names = SearchNamesMemo()
            var documents: [SearchDocument] = []
            var count = 0
            var first: Int64?
            for history in histories {
                let new = try history.problem.validated()
                let locality: Locality
                if let known = localities[new.locality] {
                    locality = known
                } else {
                    locality = try resolveLocality(new.locality)
                    localities[new.locality] = locality
                }
                if let group = new.group { try store.checkGroup(group) }
                let (id, document) = try store.insert(new, locality: locality, at: history.raisedAt, actor: actor,
                                                workflow: workflow, recordedAt: recordedAt, then: history.requests, names: names)
                if first == nil { first = id }
                documents.append(document)
                // The index is written a batch at a time (see `index(_:)`).
                if documents.count == 8192 {
                    for document in documents { try index(document) }
                    documents.removeAll(keepingCapacity: true)
                }
                count += 1
                progress(count)
            }
            for document in documents { try index(document) }
            if let first { try countInTally(problemsFrom: first) }
            return count
        }
    }
}
