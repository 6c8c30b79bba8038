/// How a transaction takes its locks.
public enum TransactionKind: Sendable {
    /// Takes a read snapshot at the first read: for reads that must agree with each other.
    case deferred
    /// Takes the write lock at once, waiting for other writers: for every change, so two
    /// writers never deadlock halfway.
    case immediate
}

/// A transaction under way, handed to the closure that runs inside it (as GRDB hands `db`):
/// it commits when the closure returns, unless the closure asked for a rollback, and rolls
/// back when the closure throws. Confined to the connection's thread.
public final class Transaction {
    /// The kind of lock it took.
    public let kind: TransactionKind
    /// Whether it will roll back when its closure returns.
    public private(set) var rollsBack = false

    init(kind: TransactionKind) {
        self.kind = kind
    }

    /// Asks for everything done in the transaction to be undone when its closure returns: a
    /// dry run does all the work of a change and keeps none of it.
    public func rollBackAtEnd() {
        rollsBack = true
    }
}

@available(*, unavailable, message: "a transaction belongs to its connection's thread")
extension Transaction: Sendable {}

extension Database {
    /// Runs `body` inside one transaction, handing it the transaction: committed when it
    /// returns (rolled back if it asked to be), rolled back when it throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: (Transaction) throws -> T) throws -> T {
        precondition(!isInTransaction, "transactions do not nest")
        try execute(kind == .immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        let transaction = Transaction(kind: kind)
        do {
            let result = try body(transaction)
            try execute(transaction.rollsBack ? "ROLLBACK" : "COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }
}

extension Database {
    /// Runs `body` inside a savepoint of the transaction under way, handing it a transaction
    /// of its own: kept when it returns (undone if it asked to be), undone when it throws —
    /// and in both cases the surrounding transaction goes on with whatever else it holds.
    /// This is how one refused request of a group commit leaves its neighbours standing.
    public func savepoint<T>(_ body: (Transaction) throws -> T) throws -> T {
        precondition(isInTransaction, "a savepoint is part of a transaction")
        try execute("SAVEPOINT nested")
        let transaction = Transaction(kind: .immediate)
        do {
            let result = try body(transaction)
            if transaction.rollsBack { try execute("ROLLBACK TO nested") }
            try execute("RELEASE nested")
            return result
        } catch {
            // SQLite may have rolled the whole transaction back itself (a full disk, say):
            // then there is no savepoint left to return to, and the caller learns it from
            // `isInTransaction`.
            if isInTransaction {
                try? execute("ROLLBACK TO nested")
                try? execute("RELEASE nested")
            }
            throw error
        }
    }
}
