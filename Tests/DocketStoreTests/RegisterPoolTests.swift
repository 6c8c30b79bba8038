import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A register shared by many tasks at once: writes one after another through the one writer,
/// reads beside them on readers of their own, nothing lost and nothing twice.
@Suite struct ARegisterPoolServesManyTasksAtOnce {
    @Test func sixtyConcurrentFilingsAreEachKeptOnceWhileReadsGoOn() async throws {
        let fixture = try RegisterFixture()
        let pool = try RegisterPool(path: fixture.path, readers: 3)
        let at = RegisterFixture.at("2025-08-26")
        enum Outcome: Sendable { case filed(Int64), read([Int64]) }
        let outcomes = try await withThrowingTaskGroup(of: Outcome.self) { group in
            for number in 1...60 {
                group.addTask {
                    .filed(try await pool.write { register in
                        try register.file(NewProblem(title: "Khó khăn \(number)", locality: "Cần Thơ"), at: at,
                                          as: .admin("so-\(number)")).id
                    })
                }
                group.addTask {
                    .read(try await pool.read { register in
                        try register.problems(matching: ProblemFilter(), overdueStates: [], limit: 100,
                                              as: .admin("test")).items.map(\.id)
                    })
                }
            }
            var outcomes: [Outcome] = []
            for try await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        let filed = outcomes.compactMap { if case .filed(let id) = $0 { id } else { nil } }
        let reads = outcomes.compactMap { if case .read(let ids) = $0 { ids } else { nil } }
        // Writes commit one after another, so every snapshot holds the first k of them, whole.
        #expect(reads.count == 60)
        #expect(reads.allSatisfy { $0 == Array(0...$0.count).dropFirst().map(Int64.init) })
        #expect(filed.sorted() == Array(1...60))
        let listed = try await pool.read { register in
            try register.problems(matching: ProblemFilter(), overdueStates: [], limit: 100, as: .admin("test"))
                .items.map(\.title)
        }
        #expect(Set(listed) == Set((1...60).map { "Khó khăn \($0)" }))
        #expect(listed.count == 60)
        #expect(pool.pendingWrites == 0)
    }

    @Test func readsRunAtTheSameTimeOnDifferentReaders() async throws {
        let fixture = try RegisterFixture()
        let pool = try RegisterPool(path: fixture.path, readers: 2)
        let started = Gate()
        // Each read waits until both have started: with one reader they would wait forever,
        // so each gives up after 10 seconds and says whether the other came.
        let both = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    try await pool.read { _ in started.arriveAndWait(for: 2, seconds: 10) }
                }
            }
            var results: [Bool] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(both == [true, true])
    }

    @Test func aRefusedWriteThrowsItsRefusalAndTheNextWriteGoesOn() async throws {
        let fixture = try RegisterFixture()
        let pool = try RegisterPool(path: fixture.path, readers: 1)
        await #expect(throws: RegisterError.notFound(kind: .problem, name: "#7")) {
            try await pool.write { register in
                try register.apply(.init(action: "comment", text: "?"), to: 7,
                                   at: RegisterFixture.at("2025-08-26"), as: .admin("test")).id
            }
        }
        let id = try await pool.write { register in
            try register.file(NewProblem(title: "Sau lần bị từ chối", locality: "Cần Thơ"),
                              at: RegisterFixture.at("2025-08-26"), as: .admin("test")).id
        }
        #expect(id == 1)
    }
}

/// A meeting point for threads: each arrival waits, up to a deadline, until `count` have come.
final class Gate: Sendable {
    private let arrived = Mutex(0)

    func arriveAndWait(for count: Int, seconds: Double) -> Bool {
        arrived.withLock { $0 += 1 }
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if arrived.withLock({ $0 }) >= count { return true }
            usleep(1000)
        }
        return false
    }
}

/// Writes that arrive together share one durable commit, and a refused one undoes only itself.
@Suite struct WritesArrivingTogetherShareOneCommit {
    @Test func aRefusedWriteInABatchLeavesItsNeighboursFiled() async throws {
        let fixture = try RegisterFixture()
        let pool = try RegisterPool(path: fixture.path, readers: 1)
        let at = RegisterFixture.at("2025-08-26")
        // Every fifth names a province that does not exist, and is refused.
        let results = await withTaskGroup(of: (Int, Result<Int64, RegisterError>).self) { group in
            for number in 1...100 {
                group.addTask {
                    let locality = number % 5 == 0 ? "Atlantis" : "Cần Thơ"
                    do {
                        return (number, .success(try await pool.write { register in
                            try register.file(NewProblem(title: "Khó khăn \(number)", locality: locality), at: at,
                                              as: .admin("so-\(number)")).id
                        }))
                    } catch let error as RegisterError {
                        return (number, .failure(error))
                    } catch {
                        Issue.record("unexpected \(error)")
                        return (number, .failure(.busy(path: "")))
                    }
                }
            }
            var results: [(Int, Result<Int64, RegisterError>)] = []
            for await result in group { results.append(result) }
            return results
        }
        let refused = results.filter { if case .failure = $0.1 { true } else { false } }.map(\.0).sorted()
        #expect(refused == Array(stride(from: 5, through: 100, by: 5)))
        for (_, result) in refused.map({ number in results.first { $0.0 == number }! }) {
            guard case .failure(.notFound(kind: .locality, name: "Atlantis")) = result else {
                Issue.record("refused with \(result)")
                continue
            }
        }
        let filed = results.compactMap { try? $0.1.get() }.sorted()
        // Numbers are given in filing order without gaps: a refused filing takes none.
        #expect(filed == Array(1...80))
        let titles = try await pool.read { register in
            try register.problems(matching: ProblemFilter(), overdueStates: [], limit: 1000, as: .admin("test")).items.map(\.title)
        }
        #expect(Set(titles) == Set((1...100).filter { $0 % 5 != 0 }.map { "Khó khăn \($0)" }))
        // The writes arrived together: fewer commits than writes, and every write counted in one.
        let counts = pool.commitCounts
        #expect(counts.writes == 100)
        #expect(counts.commits < 100)
        #expect(try fixture.register.history(of: 1, as: .admin("test")).count == 1)
    }
}
