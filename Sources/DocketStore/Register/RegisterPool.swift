import Dispatch
import DocketCore
import Synchronization

/// One register shared by many tasks at once, on the model of GRDB's `DatabasePool`: one
/// writer connection and a small pool of reader connections on the register's write-ahead
/// log, each confined to a serial queue of its own.
///
/// A `write` runs on the writer's queue, one after another, each in its own `BEGIN IMMEDIATE`
/// transaction (the operations of ``Register`` take it); a `read` runs on whichever reader is
/// free, on a snapshot, beside the writes and the other reads. The blocking SQLite calls run
/// on those queues' threads, never on Swift's cooperative pool, so a slow disk holds up no
/// other task. The command line may write the same file meanwhile: SQLite's lock and busy
/// timeout order the two.
public final class RegisterPool: Sendable {
    /// A register and the queue that is the only place it is used.
    ///
    /// `@unchecked Sendable`: the register is touched only by blocks run on `queue`, a serial
    /// queue, so no two threads ever use its connection at once.
    private final class Confined: @unchecked Sendable {
        let register: Register
        let queue: DispatchQueue

        init(_ register: Register, label: String) {
            self.register = register
            self.queue = DispatchQueue(label: label)
        }

        /// Runs `body` with the register on its queue and gives back what it returned or threw.
        func run<T: Sendable>(_ body: @escaping @Sendable (Register) throws -> T) async throws -> T {
            try await withCheckedThrowingContinuation { continuation in
                queue.async {
                    continuation.resume(with: Result { try body(self.register) })
                }
            }
        }
    }

    /// Which readers are free, and the tasks waiting for one.
    private struct Readers {
        var idle: [Int]
        var waiting: [CheckedContinuation<Int, Never>] = []
    }

    private let writer: Confined
    private let readers: [Confined]
    private let free: Mutex<Readers>
    private let queuedWrites = Atomic<Int>(0)

    /// The path of the register's file.
    public let path: String
    /// The register's time zone.
    public let timeZone: TimeZoneRules

    /// Opens the register at `path` with one writer and `readers` readers; a missing or
    /// foreign file is refused as ``Register/open(at:clock:)`` refuses it.
    public init(path: String, readers: Int = 4, clock: @escaping @Sendable () -> Instant = Instant.now) throws {
        precondition(readers >= 1, "a pool needs a reader")
        let writer = try Register.open(at: path, clock: clock)
        self.writer = Confined(writer, label: "docket.writer")
        self.readers = try (0..<readers).map { index in
            Confined(try Register.open(at: path, clock: clock), label: "docket.reader.\(index)")
        }
        self.free = Mutex(Readers(idle: Array((0..<readers).reversed())))
        self.path = writer.path
        self.timeZone = writer.timeZone
    }

    /// How many writes are waiting for the writer or under way: the writer's queue depth.
    public var pendingWrites: Int { queuedWrites.load(ordering: .relaxed) }

    /// Runs `body` with the writer, after every write that came before it. `body` calls the
    /// register's operations, each of which is one transaction, committed durably when it
    /// returns.
    public func write<T: Sendable>(_ body: @escaping @Sendable (Register) throws -> T) async throws -> T {
        try Task.checkCancellation()
        queuedWrites.add(1, ordering: .relaxed)
        defer { queuedWrites.subtract(1, ordering: .relaxed) }
        return try await writer.run(body)
    }

    /// Runs `body` with a free reader, waiting for one when all are busy. Whatever `body`
    /// reads inside ``Register/snapshot(_:)`` agrees. A reader is for reads: changes go
    /// through ``write(_:)``, so that they queue for the one writer rather than for the lock.
    public func read<T: Sendable>(_ body: @escaping @Sendable (Register) throws -> T) async throws -> T {
        try Task.checkCancellation()
        let index = await acquireReader()
        defer { releaseReader(index) }
        return try await readers[index].run(body)
    }

    private func acquireReader() async -> Int {
        if let index = free.withLock({ $0.idle.popLast() }) { return index }
        return await withCheckedContinuation { continuation in
            let ready: Int? = free.withLock { state in
                if let index = state.idle.popLast() { return index }
                state.waiting.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func releaseReader(_ index: Int) {
        let next: CheckedContinuation<Int, Never>? = free.withLock { state in
            if state.waiting.isEmpty {
                state.idle.append(index)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: index)
    }
}
