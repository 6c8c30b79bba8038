import DocketRegister
import Testing

/// `synchronously` runs an operation that never suspends to its end on the calling thread.
@Suite struct Synchronously {
    struct Refused: Error, Equatable { let reason: String }

    /// An operation of several levels of nested `async` calls, as the register's are over a
    /// synchronous store: none of them suspends.
    static func depth(_ n: Int) async throws -> Int {
        n == 0 ? 0 : try await depth(n - 1) + 1
    }

    @Test func returnsWhatTheOperationReturned() throws {
        #expect(try synchronously { try await Self.depth(40) } == 40)
    }

    @Test func throwsWhatTheOperationThrew() {
        #expect(throws: Refused(reason: "outside scope")) {
            try synchronously { () async throws -> Int in
                _ = try await Self.depth(3)
                throw Refused(reason: "outside scope")
            }
        }
    }

    @Test func runsOnTheCallingThreadInOrder() throws {
        var steps: [Int] = []
        try synchronously {
            for step in 1...3 {
                steps.append(try await Self.depth(step))
            }
        }
        #expect(steps == [1, 2, 3])
    }
}
