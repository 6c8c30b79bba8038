import DocketCore
import DocketRegister
import DocketStore

/// A store the register contract suite runs over (`@Test(arguments: StoreUnderTest.all)`):
/// every test body of the suite is written against the store protocol alone and run on each.
public struct StoreUnderTest: Sendable, CustomStringConvertible {
    /// The store's name, as the test's arguments show it.
    public let description: String
    private let make: @Sendable () throws -> OpenStore

    /// Every store docket has.
    public static let all: [StoreUnderTest] = [.sqlite]

    /// A new register in one SQLite file, in a temporary directory.
    public static let sqlite = StoreUnderTest(description: "SQLite") {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        return OpenStore(keeping: fixture, transaction: { body in try fixture.register.transaction(body) },
                         read: { body in try fixture.register.reportSnapshot(body) })
    }

    /// Opens a new, empty register of this store in Hồ Chí Minh City's time — the reference
    /// localities, the default workflow and the Cần Thơ session's units (``RegisterFixture/addUnits()``),
    /// no problem — whose clock stands at 2025-11-24T16:00:00Z.
    package func open() throws -> OpenStore { try make() }

    private init(description: String, make: @escaping @Sendable () throws -> OpenStore) {
        self.description = description
        self.make = make
    }
}

/// A register of some store, open for one test.
package final class OpenStore {
    /// What must live as long as the register (its directory, its server).
    private let kept: Any
    private let run: ((any RegisterTransaction) async throws -> Void) async throws -> Void
    private let runRead: ((any ReportSource) async throws -> Void) async throws -> Void

    init(keeping kept: Any, transaction run: @escaping ((any RegisterTransaction) async throws -> Void) async throws -> Void,
         read runRead: @escaping ((any ReportSource) async throws -> Void) async throws -> Void) {
        self.kept = kept
        self.run = run
        self.runRead = runRead
    }

    /// Runs `body` as one transaction of the store: committed when it returns, rolled back when
    /// it throws or asks to (`rollBackAtEnd()`).
    package func transaction<T>(_ body: (any RegisterTransaction) async throws -> T) async throws -> T {
        var result: T?
        try await run { store in result = try await body(store) }
        // `run` returned, so `body` did.
        return result!
    }

    /// Runs `body` on one read snapshot of the store.
    package func read<T>(_ body: (any ReportSource) async throws -> T) async throws -> T {
        var result: T?
        try await runRead { store in result = try await body(store) }
        // `runRead` returned, so `body` did.
        return result!
    }
}
