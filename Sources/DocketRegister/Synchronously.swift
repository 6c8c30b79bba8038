/// Runs `operation` — an operation of the register over a store that never suspends, such as
/// SQLite's, whose every primitive is a synchronous call on the connection's own thread — to its
/// end on the calling thread, and returns what it returned.
///
/// The operations are written once, `async`, over ``RegisterTransaction``, so that a store over
/// a network (PostgreSQL, whose client is async only) meets the same primitives. A synchronous
/// store's front ends — the command line, the server's connection threads — call them through
/// this: the operation starts at once as an immediate task on this thread and, since nothing
/// in it suspends, is over before the task would first yield, at the cost of one task (under a
/// microsecond). An operation that does suspend is a store used the wrong way, and stops the
/// program rather than block a thread or return before it is done.
///
/// Must be called from a nonisolated context that is not itself inside a task's body it is
/// waiting on: the task it starts is not tied to any actor.
package func synchronously<T>(_ operation: () async throws -> T) throws -> T {
    try withoutActuallyEscaping(operation) { operation in
        let outcome = UnsafeMutablePointer<Result<T, any Error>?>.allocate(capacity: 1)
        outcome.initialize(to: nil)
        defer {
            outcome.deinitialize(count: 1)
            outcome.deallocate()
        }
        // The task has finished before this returns (checked below), so neither the operation
        // nor the transaction it holds, neither of them Sendable, outlives the call or is used
        // on another thread.
        let handed = Handed(operation: operation, outcome: outcome)
        _ = Task.immediate {
            let handed = handed
            do {
                handed.outcome.pointee = .success(try await handed.operation())
            } catch {
                handed.outcome.pointee = .failure(error)
            }
        }
        guard let result = outcome.pointee else {
            preconditionFailure("an operation over a synchronous store suspended")
        }
        return try result.get()
    }
}

/// What ``synchronously(_:)`` hands to the task it runs on its own thread.
private struct Handed<T>: @unchecked Sendable {
    let operation: () async throws -> T
    let outcome: UnsafeMutablePointer<Result<T, any Error>?>
}
