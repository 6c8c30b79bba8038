import DocketCLI
import DocketCore
import DocketReports
@testable import DocketServer
import DocketTesting
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// The report of a complete period, kept while the register does not change, over a socket.
@Suite("Reports of complete periods are kept until the register changes")
struct ReportCacheTests {
    /// The week the fixture's five problems were raised in (2025-08-26), long ended by the
    /// server's clock (2025-11-24).
    static let week = "/api/v1/reports/weekly?week=2025-W35&format=json"

    @Test("the same request gets the same bytes from the cache; a commit of the server's or another connection's is seen next")
    func keptUntilChanged() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        let commandLine = DocketProgram(db: tokens.path,
                                        directory: served.fixture.directory.url)
        try await served.test(.live) { client in
            let first = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("coordinator"))
            #expect(first.status == .ok)
            #expect(try first.value.member("during")?.member("raised")?.integerValue == 5)
            let second = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("coordinator"))
            #expect(second.body == first.body)
            #expect(try await Self.counts(client) == (hits: 1, misses: 1))

            // A back-dated filing over HTTP: the server's own writer.
            let filed = try await client.execute(uri: "/api/v1/problems", method: .post, headers: tokens.headers("can-tho", jsonBody),
                                                 body: json(#"{"locality":"can tho","title":"Cột ăng-ten dùng chung","at":"2025-08-27"}"#))
            #expect(filed.status == .created)
            let afterServer = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("coordinator"))
            #expect(try afterServer.value.member("during")?.member("raised")?.integerValue == 6)
            #expect(try await Self.counts(client) == (hits: 1, misses: 2))

            // The command line, another process, writing the same file.
            try commandLine.ok("file", "--locality", "Cần Thơ", "--title", "Trạm BTS dùng chung", "--at", "2025-08-28")
            let afterOther = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("coordinator"))
            #expect(try afterOther.value.member("during")?.member("raised")?.integerValue == 7)
            let again = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("coordinator"))
            #expect(again.body == afterOther.body)
            #expect(try await Self.counts(client) == (hits: 2, misses: 3))
        }
    }

    @Test("each scope, format and language has its own entry; a week under way is never kept")
    func keysAndIncompletePeriods() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test(.live) { client in
            let canTho = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("can-tho"))
            let haNoi = try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("ha-noi"))
            #expect(try canTho.value.member("during")?.member("raised")?.integerValue == 3)
            #expect(try haNoi.value.member("during")?.member("raised")?.integerValue == 2)
            let text = try await client.execute(uri: Self.week.replacingOccurrences(of: "json", with: "text"), method: .get,
                                                headers: tokens.headers("can-tho"))
            let vietnamese = try await client.execute(uri: Self.week.replacingOccurrences(of: "json", with: "text") + "&lang=vi",
                                                      method: .get, headers: tokens.headers("can-tho"))
            #expect(text.text.hasPrefix("Weekly resolution report"))
            #expect(vietnamese.text.contains("Tuần 2025-W35: từ thứ Hai 25/08/2025 đến Chủ nhật 31/08/2025"))
            #expect(try await Self.counts(client) == (hits: 0, misses: 4))
            #expect(try await client.execute(uri: Self.week, method: .get, headers: tokens.headers("ha-noi")).body == haNoi.body)
            #expect(try await Self.counts(client) == (hits: 1, misses: 4))

            // 2025-11-24 is the Monday of 2025-W48: its report moves with the clock.
            for _ in 0..<2 {
                let current = try await client.execute(uri: "/api/v1/reports/weekly?week=2025-W48&format=json", method: .get,
                                                       headers: tokens.headers("coordinator"))
                #expect(try current.value.member("complete")?.boolValue == false)
            }
            #expect(try await Self.counts(client) == (hits: 1, misses: 4))
        }
    }

    @Test("the budget holds: entries of an older stamp go first, then the least recently used; a report over it is not kept")
    func budget() throws {
        let cache = ReportCache(budget: 10)
        let keys = try (35...38).map { week in
            ReportCache.Key(period: .week(try ISOWeek(parsing: "2025-W\(week)")), format: .json, language: .en, issuer: nil,
                            madeOn: .fixture("2025-11-24"), scope: .everything)
        }
        func buffer(_ bytes: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: bytes) }
        cache.keep(buffer([1, 2, 3, 4]), for: keys[0], stamp: 1)
        cache.keep(buffer([5, 6, 7, 8]), for: keys[1], stamp: 2)
        #expect(cache.bytes(for: keys[0], stamp: 1) == buffer([1, 2, 3, 4]))
        #expect(cache.bytes(for: keys[0], stamp: 2) == nil)
        // Over the budget: the entry of stamp 1 goes, though it was used last.
        cache.keep(buffer([9, 10, 11, 12]), for: keys[2], stamp: 2)
        #expect(cache.bytes(for: keys[0], stamp: 1) == nil)
        #expect(cache.bytes(for: keys[1], stamp: 2) == buffer([5, 6, 7, 8]))
        // All of stamp 2: the least recently used (keys[2]) makes room.
        cache.keep(buffer([13, 14, 15, 16]), for: keys[3], stamp: 2)
        #expect(cache.bytes(for: keys[2], stamp: 2) == nil)
        #expect(cache.bytes(for: keys[1], stamp: 2) == buffer([5, 6, 7, 8]))
        #expect(cache.bytes(for: keys[3], stamp: 2) == buffer([13, 14, 15, 16]))
        cache.keep(buffer(Array(repeating: 0, count: 11)), for: keys[0], stamp: 2)
        #expect(cache.bytes(for: keys[0], stamp: 2) == nil)
        #expect(cache.bytes(for: keys[1], stamp: 2) == buffer([5, 6, 7, 8]))
    }

    /// The report cache's hits and misses, as `/metrics` counts them.
    static func counts(_ client: any TestClientProtocol) async throws -> (hits: Int, misses: Int) {
        let text = try await client.execute(uri: "/metrics", method: .get).text
        func count(_ result: String) -> Int {
            let prefix = #"docket_report_cache_total{result="\#(result)"} "#
            return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
        }
        return (count("hit"), count("miss"))
    }
}
