import DocketCore
import DocketWorkflow

/// A problem with its whole history: what a generator or a migration from another system
/// loads in bulk.
public struct ProblemHistory: Sendable {
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

extension RegisterTransaction {
    /// Loads many problems with their histories, each filed and moved through the workflow by
    /// the same engine as every command (a request the workflow refuses stops the load). Names
    /// are resolved once each.
    ///
    /// - Parameter progress: called after each problem with how many are loaded.
    /// - Returns: how many problems were loaded.
    package func load(_ histories: some Sequence<ProblemHistory>, actor: String, progress: (Int) -> Void) async throws -> Int {
        let workflow = try await workflow()
        let recordedAt = now()
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
                locality = try await resolveLocality(new.locality)
                localities[new.locality] = locality
            }
            if let group = new.group { try await checkGroup(group) }
            let (id, document) = try await insert(new, locality: locality, at: history.raisedAt, actor: actor,
                                            workflow: workflow, recordedAt: recordedAt, then: history.requests, names: names)
            if first == nil { first = id }
            documents.append(document)
            // The index is written a batch at a time, as an import writes it.
            if documents.count == SearchDocument.batchSize {
                for document in documents { try await index(document) }
                documents.removeAll(keepingCapacity: true)
            }
            count += 1
            progress(count)
        }
        for document in documents { try await index(document) }
        if let first { try await countInTally(problemsFrom: first) }
        return count
    }
}
