import Foundation
import Synchronization

/// Runs `body(0..<count)` on `count` threads of their own, all at once (not a pool's few:
/// the point is that they are under way together), and returns their results in order.
/// Waits at most `limit` for them all; one still running then is thrown about (each body
/// must bound itself, so that it ends anyway).
public func onThreads<T: Sendable>(_ count: Int, within limit: Duration = .seconds(120),
                                   _ body: @escaping @Sendable (Int) -> T) throws -> [T] {
    let results = Collected<T>(count: count)
    let done = DispatchSemaphore(value: 0)
    for index in 0..<count {
        let thread = Thread {
            results.set(index, body(index))
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    let deadline = DispatchTime.now() + .nanoseconds(Int(limit.components.seconds) * 1_000_000_000)
    for finished in 0..<count where done.wait(timeout: deadline) == .timedOut {
        throw UnexpectedOutput(description: "\(count - finished) of \(count) threads still ran after \(limit)")
    }
    return results.all()
}

/// The results of ``onThreads(_:within:_:)``'s threads, each set once.
private final class Collected<T: Sendable>: Sendable {
    private let values: Mutex<[T?]>

    init(count: Int) {
        values = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: T) {
        values.withLock { $0[index] = value }
    }

    func all() -> [T] {
        values.withLock { $0.map { $0! } }
    }
}

/// A starting line for `count` threads: each calls ``arrive()`` and is let go once all have
/// (or after `patience`, so that a thread that never comes holds up no one for ever).
public final class StartingLine: Sendable {
    private let count: Int
    private let patience: Duration
    private let arrived = Atomic<Int>(0)

    /// A line for `count` threads.
    public init(count: Int, patience: Duration = .seconds(20)) {
        self.count = count
        self.patience = patience
    }

    /// Waits for the others; whether they all came in time.
    @discardableResult
    public func arrive() -> Bool {
        _ = arrived.add(1, ordering: .sequentiallyConsistent)
        let deadline = ContinuousClock.now + patience
        while arrived.load(ordering: .sequentiallyConsistent) < count {
            guard ContinuousClock.now < deadline else { return false }
            sched_yield()
        }
        return true
    }
}

/// A flag one thread raises and others read: "stop now".
public final class Flag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// A flag not raised.
    public init() {}

    /// Raises it.
    public func raise() {
        raised.store(true, ordering: .sequentiallyConsistent)
    }

    /// Whether it is raised.
    public var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }
}

/// A count several threads add to.
public final class Counter: Sendable {
    private let count = Atomic<Int>(0)

    /// A count at zero.
    public init() {}

    /// Adds one.
    public func increment() {
        _ = count.add(1, ordering: .relaxed)
    }

    /// The count now.
    public var value: Int { count.load(ordering: .relaxed) }
}
