import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Hostile and wrong input over HTTP: each gets its status and one sentence, and the
/// register is unchanged.
@Suite("Refusals over HTTP")
struct RefusalTests {
    /// A body sent to POST /problems by the coordinator, and the status it gets.
    struct Filing: Sendable, CustomTestStringConvertible {
        let body: [UInt8]
        let status: Int
        let detail: String?
        let testDescription: String

        init(_ text: String, _ status: Int, _ detail: String? = nil) {
            self.body = Array(text.utf8)
            self.status = status
            self.detail = detail
            self.testDescription = text
        }

        init(bytes: [UInt8], _ status: Int, _ detail: String?, name: String) {
            self.body = bytes
            self.status = status
            self.detail = detail
            self.testDescription = name
        }
    }

    static let filings: [Filing] = [
        Filing("", 400, "The request's body is not valid JSON."),
        Filing("not json", 400, "The request's body is not valid JSON."),
        Filing(#"{"locality":"Cần Thơ","title":"x""#, 400, "The request's body is not valid JSON."),
        Filing(#"{"locality":"Cần Thơ","title":"a","title":"b"}"#, 400, "The request's body is not valid JSON."),
        Filing(#"["Cần Thơ"]"#, 400, "The request's body must be a JSON object."),
        Filing(#"{"locality":"Cần Thơ","title":"x","actor":"z"}"#, 400, "The key \"actor\" is not taken here."),
        Filing(#"{"locality":"Cần Thơ","title":5}"#, 400, "The key \"title\" must be a string."),
        Filing(#"{"locality":"Cần Thơ"}"#, 400, "The key \"title\" is required."),
        Filing(#"{"locality":"Cần Thơ","title":"x","meeting":-1}"#, 400, "The key \"meeting\" must be a positive whole number."),
        Filing(#"{"locality":"Cần Thơ","title":"x","meeting":1e400}"#, 400, "The request's body is not valid JSON."),
        Filing(#"{"locality":"Cần Thơ","title":"x","meeting":99999999999999999999}"#, 400, "The key \"meeting\" must be a positive whole number."),
        Filing(#"{"locality":"Cần Thơ","title":"x","group":"1"}"#, 400, "The key \"group\" must be a positive whole number."),
        Filing(bytes: Array(#"{"locality":"Cần Thơ","title":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), 400,
               "The request's body is not valid UTF-8.", name: "invalid UTF-8"),
        Filing(#"{"locality":"Cần Thơ","title":"   "}"#, 422),
        Filing(#"{"locality":"Cần Thơ","title":"Hai\ndòng"}"#, 422),
        Filing(#"{"locality":"Cần Thơ","title":"x\u0007"}"#, 422),
        Filing(#"{"locality":"Cần Thơ","title":"\#(String(repeating: "á", count: 501))"}"#, 422),
        Filing(#"{"locality":"Atlantis","title":"x"}"#, 422),
        Filing(#"{"locality":"Cần Thơ","title":"x","meeting":77}"#, 422),
        Filing(#"{"locality":"Cần Thơ","title":"x","at":"2099-01-01"}"#, 422),
        Filing(#"{"locality":"Cần Thơ","title":"x","at":"yesterday-ish"}"#, 422),
    ]

    @Test("a bad filing gets its status and one sentence, and changes nothing", arguments: filings)
    func filing(_ filing: Filing) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        let before = try tokens.fingerprint()
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/problems", method: .post, headers: tokens.headers("coordinator", jsonBody),
                                                    body: ByteBuffer(bytes: filing.body))
            #expect(Int(response.status.code) == filing.status, "\(response.text)")
            #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
            let detail = try #require(response.detail)
            if let expected = filing.detail { #expect(detail == expected) }
            #expect(!detail.contains("\n"))
        }
        #expect(try tokens.fingerprint() == before)
    }

    static let queries: [(String, Int)] = [
        ("/api/v1/problems?limit=501", 400), ("/api/v1/problems?limit=0", 400), ("/api/v1/problems?limit=-5", 400),
        ("/api/v1/problems?limit=abc", 400), ("/api/v1/problems?after=garbage", 400), ("/api/v1/problems?state=nope", 400),
        ("/api/v1/problems?overdue=maybe", 400), ("/api/v1/problems?group=-1", 400), ("/api/v1/problems?locality=Atlantis", 422),
        ("/api/v1/problems/abc", 404), ("/api/v1/problems/0", 404), ("/api/v1/problems/99999999999999999999", 404),
        ("/api/v1/search?q=", 422), ("/api/v1/search?q=x&limit=501", 400), ("/api/v1/export?format=xml", 400),
        ("/api/v1/reports/weekly?week=2025-W99", 422), ("/api/v1/reports/weekly?format=pdf", 400),
        ("/api/v1/reports/weekly?lang=fr", 400), ("/api/v1/reports/weekly?week=2099-W01", 422),
        ("/api/v1/reports/period", 422), ("/api/v1/reports/period?month=2025-13", 422),
        ("/api/v1/reports/period?month=2025-08&year=2025", 422), ("/api/v1/reports/period?quarter=2025-Q5", 422),
        ("/api/v1/reports/period?from=2025-09-10&to=2025-09-01", 422), ("/api/v1/reports/period?from=2025-09-10", 422),
        ("/api/v1/reports/period?year=2099", 422), ("/api/v1/reports/period?year=2025&format=pdf", 400), ("/api/v1/meetings/12", 404), ("/api/v1/groups/3", 404),
        ("/api/v1/nothing", 404), ("/nothing", 404),
    ]

    @Test("bad query strings and paths", arguments: queries)
    func query(path: String, status: Int) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: path, method: .get, headers: tokens.headers("coordinator"))
            #expect(Int(response.status.code) == status, "\(response.text)")
            #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
        }
    }

    @Test("the state filter takes several states, any case, and open")
    func states() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            for (query, ids) in [("state=raised", [1]), ("state=Assigned", [2, 3, 5]), ("state=escalated,raised", [1, 4]),
                                 ("state=open", [1, 2, 3, 4, 5]), ("state=assigned&locality=can%20tho", [2, 5])] as [(String, [Int64])] {
                let response = try await client.execute(uri: "/api/v1/problems?\(query)", method: .get, headers: tokens.headers("coordinator"))
                #expect(try response.ids == ids, "\(query)")
            }
        }
    }

    @Test("pages of a list follow one another by their cursor")
    func pages() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            var ids: [Int64] = []
            var next: String? = ""
            var pages = 0
            while let cursor = next, pages < 10 {
                let after = cursor.isEmpty ? "" : "&after=\(cursor)"
                let response = try await client.execute(uri: "/api/v1/problems?limit=2\(after)", method: .get, headers: tokens.headers("coordinator"))
                ids += try response.ids
                next = try response.value.member("next")?.stringValue
                pages += 1
            }
            #expect(ids == [1, 2, 3, 4, 5])
            #expect(pages == 3)
        }
    }

    @Test("a body of the wrong type is 415, one over the limit 413, both before it is read")
    func mediaTypeAndSize() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        let before = try tokens.fingerprint()
        try await served.test { client in
            let plain = try await client.execute(uri: "/api/v1/problems", method: .post,
                                                 headers: tokens.headers("coordinator", [.contentType: "text/plain"]),
                                                 body: json(#"{"locality":"Cần Thơ","title":"x"}"#))
            #expect(plain.status == .unsupportedMediaType)
            #expect(plain.detail == "The request's body must be application/json.")
            let title = String(repeating: "a", count: 1 << 20)
            let large = try await client.execute(uri: "/api/v1/problems", method: .post, headers: tokens.headers("coordinator", jsonBody),
                                                 body: json(#"{"locality":"Cần Thơ","title":"\#(title)"}"#))
            #expect(large.status == .contentTooLarge)
            #expect(large.detail == "The request's body is over the limit of 1 MiB.")
        }
        #expect(try tokens.fingerprint() == before)
    }

    @Test("a transition the workflow does not allow is 409 and names the state")
    func workflowRefusal() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/problems/1/resolve", method: .post, headers: tokens.headers("coordinator", jsonBody),
                                                    body: json(#"{"resolution":"Xong"}"#))
            #expect(response.status == .conflict)
            #expect(response.detail?.contains("raised") == true)
        }
    }
}
