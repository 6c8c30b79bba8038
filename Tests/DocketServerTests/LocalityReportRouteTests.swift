import DocketCore
import HTTPTypes
import HummingbirdTesting
import Testing

/// `GET /api/v1/reports/locality` within each token's scope.
@Suite("The locality report over HTTP")
struct LocalityReportRouteTests {
    /// What each token sees of Cần Thơ's problems (#1, #2, #5) and Hà Nội's (#3, #4); nil: refused.
    static let seen: [String: (canTho: [Int64]?, haNoi: [Int64]?)] = [
        "admin": ([1, 2, 5], [3, 4]), "coordinator": ([1, 2, 5], [3, 4]), "cuc-vt": ([2], []),
        "bo-tc": ([5], [3, 4]), "can-tho": ([1, 2, 5], nil), "ha-noi": (nil, [3, 4]),
    ]

    @Test("a token sees the problems of its scope only, and a province's token no other province",
          arguments: ScopeTests.tokens)
    func scope(token: String) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        let seen = try #require(Self.seen[token])
        try await served.test { client in
            for (place, ids) in [("92", seen.canTho), ("H%C3%A0%20N%E1%BB%99i", seen.haNoi)] {
                let response = try await client.execute(uri: "/api/v1/reports/locality?locality=\(place)&as_of=2025-10-31",
                                                        method: .get, headers: tokens.headers(token))
                if let ids {
                    #expect(response.status == .ok, "\(token) \(place) \(response.text)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    #expect(try response.ids == ids, "\(token) \(place)")
                    #expect(try response.value.member("as_of")?.stringValue == "2025-11-01T00:00:00+07:00")
                } else {
                    // Another province's follow-up is not the token's to read: 403, and nothing of it.
                    #expect(response.status == .forbidden, "\(token) \(place)")
                    #expect(!response.text.contains("\"items\""))
                }
            }
        }
    }

    @Test("each format has its media type; in Vietnamese, the official heading with issuer= and the server's date")
    func formats() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            for (format, type) in [("json", "application/json; charset=utf-8"), ("csv", "text/csv; charset=utf-8"),
                                   ("markdown", "text/markdown; charset=utf-8"), ("text", "text/plain; charset=utf-8"),
                                   ("html", "text/html; charset=utf-8")] {
                let response = try await client.execute(uri: "/api/v1/reports/locality?locality=92&format=\(format)",
                                                        method: .get, headers: tokens.headers("can-tho"))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
            }
            let vietnamese = try await client.execute(
                uri: "/api/v1/reports/locality?locality=92&format=text&lang=vi&issuer=B%E1%BB%99%20X%C3%A2y%20d%E1%BB%B1ng",
                method: .get, headers: tokens.headers("admin"))
            // The server's clock: 2025-11-24 (ServedRegister.now).
            #expect(vietnamese.text.hasPrefix("          BỘ XÂY DỰNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"))
            #expect(vietnamese.text.contains("Hà Nội, ngày 24 tháng 11 năm 2025\n"))
            let weekly = try await client.execute(uri: "/api/v1/reports/weekly?week=2025-W40&format=markdown&lang=vi&issuer=X",
                                                  method: .get, headers: tokens.headers("admin"))
            #expect(weekly.text.hasPrefix("| X | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"))
            let missing = try await client.execute(uri: "/api/v1/reports/locality", method: .get, headers: tokens.headers("admin"))
            #expect(missing.status == .badRequest)
            let future = try await client.execute(uri: "/api/v1/reports/locality?locality=92&as_of=2099-01-01", method: .get,
                                                  headers: tokens.headers("admin"))
            #expect(future.status == .unprocessableContent)
        }
    }
}
