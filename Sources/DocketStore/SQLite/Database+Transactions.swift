/// How a transaction takes its locks.
public enum TransactionKind: Sendable {
    /// Takes a read snapshot at the first read: for reads that must agree with each other.
    case deferred
    /// Takes the write lock at once, waiting for other writers: for every change, so two
    /// writers never deadlock halfway.
    case immediate
}

extension Database {
    /// Runs `body` inside one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        precondition(!isInTransaction, "transactions do not nest")
        try execute(kind == .immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }
}
