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
    /// A connection that only ever asks whether the register has changed: it never reads a
    /// page or writes, so every commit of the writer or of another process counts for it.
    private let watch: Mutex<Register>
    private let free: Mutex<Readers>
    private let queuedWrites = Atomic<Int>(0)
    private let pending = Mutex<[PendingWrite]>([])
    private let commits = Atomic<Int>(0)
    private let committedWrites = Atomic<Int>(0)

    /// The path of the register's file.
    public let path: String
    /// The register's time zone.
    public let timeZone: TimeZoneRules

    /// Opens the register at `path` with one writer and `readers` readers; a missing or
    /// foreign file is refused as ``Register/open(at:clock:)`` refuses it.
    public init(path: String, readers: Int = 4, clock: @escaping @Sendable () -> Instant = Instant.now) throws {
        precondition(readers >= 1, "a pool needs a reader")
        let writer = try Register.open(at: path, clock: clock)
        // Measured with `docket-bench serve-floor` at 100k problems (BENCHMARKS.md): comments
        // from 32 tasks went from about 1,540 to 2,130 a second, filings from 4,170 to 4,600.
        try writer.keepPagesCached(mebibytes: 32)
        try writer.checkpointEvery(pages: 10_000)
        self.writer = Confined(writer, label: "docket.writer")
        self.readers = try (0..<readers).map { index in
            // Not inspected again: that would drop the writer's locks (Register.openInspected).
            let reader = try Register.openInspected(at: path, clock: clock)
            // With the writer's, at most 4 × 24 + 32 = 128 MiB of cached pages for the pool's
            // default four readers, inside the server's 200 MB.
            try reader.keepPagesCached(mebibytes: 24)
            return Confined(reader, label: "docket.reader.\(index)")
        }
        self.free = Mutex(Readers(idle: Array((0..<readers).reversed())))
        self.watch = Mutex(try Register.openInspected(at: path, clock: clock))
        self.path = writer.path
        self.timeZone = writer.timeZone
    }

    /// A stamp of the register's content: two calls give the same number only if no change was
    /// committed between them, by this pool's writer or by any other process. A stamp taken
    /// before a read therefore vouches for what that read saw for as long as it stays the same.
    /// It is a blocking SQLite call (brief: no page is read): call it inside ``read(_:)`` or
    /// ``write(_:)``, off Swift's cooperative pool.
    public func changeStamp() throws -> Int64 {
        try watch.withLock { try $0.dataVersion() }
    }

    /// How many writes are waiting for the writer or under way: the writer's queue depth.
    public var pendingWrites: Int { queuedWrites.load(ordering: .relaxed) }

    /// How many group commits the writer has made, and how many writes they held: their
    /// ratio is the mean batch.
    public var commitCounts: (commits: Int, writes: Int) {
        (commits.load(ordering: .relaxed), committedWrites.load(ordering: .relaxed))
    }

    /// Runs `body` with the writer, after every write that came before it, and returns once
    /// what it did is durable.
    ///
    /// Writes that arrive while the writer is busy wait together and then share one
    /// transaction, a group commit: each runs in a savepoint of its own, so one that throws
    /// is undone alone, and all that stood are committed with one sync (synchronous=FULL).
    /// Each caller hears back only after that commit, so a write that returned has survived
    /// a kill or a power cut. `body` calls the register's operations; it must not keep the
    /// register.
    public func write<T: Sendable>(_ body: @escaping @Sendable (Register) throws -> T) async throws -> T {
        try Task.checkCancellation()
        queuedWrites.add(1, ordering: .relaxed)
        defer { queuedWrites.subtract(1, ordering: .relaxed) }
        return try await withCheckedThrowingContinuation { continuation in
            let job = PendingWrite(body: body, continuation: continuation)
            let startsDrain = pending.withLock { queue in
                queue.append(job)
                return queue.count == 1
            }
            if startsDrain { writer.queue.async { self.drain() } }
        }
    }

    /// The most writes one group commit holds: enough to carry a burst, few enough that the
    /// first of them is not kept waiting long for the last.
    static let largestBatch = 256

    /// Runs the waiting writes, a batch at a time, until none is left. Runs on the writer's
    /// queue only; a write that arrives meanwhile joins the next batch.
    private func drain() {
        let register = writer.register
        while true {
            let batch = pending.withLock { Array($0.prefix(Self.largestBatch)) }
            if batch.isEmpty { return }
            var lost: (any Error)?
            let commit = Result {
                try register.batch {
                    for job in batch {
                        job.run(register)
                        // SQLite undid the whole transaction itself (an I/O error, a full
                        // disk): what the batch did so far is gone, and fails with it.
                        if !register.batchIsIntact, case .failure(let error)? = job.result {
                            lost = error
                            throw error
                        }
                    }
                }
            }
            pending.withLock { $0.removeFirst(batch.count) }
            if case .success = commit {
                commits.add(1, ordering: .relaxed)
                committedWrites.add(batch.count, ordering: .relaxed)
            }
            // Each write hears its own refusal, or else how the commit that holds it went:
            // a write whose commit failed (the lock stayed busy, the disk refused) did nothing.
            for job in batch { job.finish(commit: commit, lost: lost) }
        }
    }
}

extension RegisterPool {
    /// A write waiting for the writer, and what became of it once run in its batch.
    ///
    /// `@unchecked Sendable`: it is made by the caller and then touched only on the writer's
    /// queue (run, then finish), one step after the other.
    private final class PendingWrite: @unchecked Sendable {
        private let body: @Sendable (Register) throws -> Void
        private let deliver: (Result<Void, any Error>) -> Void
        /// What `body` did, once run: nil for a write its batch never reached.
        private(set) var result: Result<Void, any Error>?

        init<T: Sendable>(body: @escaping @Sendable (Register) throws -> T, continuation: CheckedContinuation<T, any Error>) {
            let box = ResultBox<T>()
            self.body = { register in box.value = try body(register) }
            self.deliver = { outcome in
                continuation.resume(with: outcome.map { box.value! })
            }
        }

        /// Runs the write in a savepoint of the batch under way.
        func run(_ register: Register) {
            result = Result { try register.batch { try body(register) } }
        }

        /// Tells the caller: its own refusal, or else whether the commit holding it held.
        func finish(commit: Result<Void, any Error>, lost: (any Error)?) {
            switch (result, commit) {
            case (.failure(let error)?, _) where lost == nil: deliver(.failure(error))
            case (_, .failure(let error)): deliver(.failure(lost ?? error))
            case (_, .success): deliver(result ?? .success(()))
            }
        }
    }

    /// Where a write's value waits for its commit.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}

extension RegisterPool {
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
