import Synchronization

/// Lets one request at a time through for each (token, `Idempotency-Key`): a duplicate that
/// arrives while the first is under way waits for it, and then finds its stored answer.
final class IdempotencyGate: Sendable {
    struct Key: Hashable, Sendable {
        let token: Int64
        let key: String
    }

    /// The keys under way, each with the requests waiting behind it.
    private let underWay = Mutex<[Key: [CheckedContinuation<Void, Never>]]>([:])

    /// Runs `body` once no other request with `key` is under way.
    func serialize<T>(_ key: Key, _ body: () async throws -> T) async throws -> T {
        await enter(key)
        defer { leave(key) }
        return try await body()
    }

    private func enter(_ key: Key) async {
        let entered = underWay.withLock { keys in
            guard keys[key] == nil else { return false }
            keys[key] = []
            return true
        }
        if entered { return }
        await withCheckedContinuation { continuation in
            let free = underWay.withLock { keys in
                guard keys[key] != nil else {
                    keys[key] = []
                    return true
                }
                keys[key]!.append(continuation)
                return false
            }
            if free { continuation.resume() }
        }
    }

    /// Hands the key to the next waiting request, or frees it.
    private func leave(_ key: Key) {
        let next: CheckedContinuation<Void, Never>? = underWay.withLock { keys in
            guard var waiting = keys[key], !waiting.isEmpty else {
                keys[key] = nil
                return nil
            }
            let first = waiting.removeFirst()
            keys[key] = waiting
            return first
        }
        next?.resume()
    }
}
