import DocketServer
import DocketTesting
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// The paths every server has, and the answers' common parts.
@Suite("Serving basics")
struct BasicsTests {
    @Test("/healthz answers exactly {\"status\":\"ok\"} without a token")
    func health() async throws {
        let served = try ServedRegister()
        try await served.test { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == #"{"status":"ok"}"#)
        }
    }

    @Test("/openapi.json is the checked-in document; /metrics counts requests by route")
    func documentAndMetrics() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(document.status == .ok)
            #expect(try document.value.member("openapi")?.stringValue == "3.1.0")
            _ = try await client.execute(uri: "/api/v1/problems/2", method: .get, headers: tokens.headers("coordinator"))
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains(#"docket_http_requests_total{method="GET",route="/api/v1/problems/{id}",status="200"} 1"#))
            #expect(metrics.text.contains("docket_writer_queue_depth 0"))
            #expect(!metrics.text.contains("viễn thông"))
        }
    }

    @Test("a wrong method is 405 with Allow, as problem+json")
    func wrongMethod() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/problems/2", method: .delete, headers: tokens.headers("coordinator"))
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, PATCH, HEAD")
            #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
        }
    }

    @Test("refusals are in Vietnamese when Accept-Language prefers it")
    func vietnamese() async throws {
        let served = try ServedRegister()
        try await served.test { client in
            for (header, vietnamese) in [("vi", true), ("vi-VN,vi;q=0.9,en;q=0.8", true), ("en;q=0.9, vi;q=0.4", false),
                                         ("fr, vi;q=0.5", true), ("fr", false), ("vi;q=0", false)] {
                let response = try await client.execute(uri: "/api/v1/problems", method: .get,
                                                        headers: [.acceptLanguage: header])
                #expect(response.status == .unauthorized)
                #expect(response.detail?.hasPrefix(vietnamese ? "Cần một mã truy cập hợp lệ" : "A valid token is needed") == true, "\(header)")
            }
        }
    }

    @Test("filing answers 201 with the problem, its Location and ETag")
    func filing() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/problems", method: .post, headers: tokens.headers("can-tho", jsonBody),
                                                    body: json(#"{"locality":"can tho","title":"Cột ăng-ten dùng chung","at":"2025-11-20"}"#))
            #expect(response.status == .created)
            #expect(response.headers[.location] == "/api/v1/problems/6")
            let problem = try response.value
            #expect(problem.member("id")?.integerValue == 6)
            #expect(problem.member("state")?.stringValue == "raised")
            #expect(problem.member("raised_at")?.stringValue == "2025-11-20T09:00:00+07:00")
            #expect(problem.member("province")?.member("name")?.stringValue == "Cần Thơ")
            let etag = try #require(response.headers[.eTag])
            let again = try await client.execute(uri: "/api/v1/problems/6", method: .get, headers: tokens.headers("can-tho"))
            #expect(again.headers[.eTag] == etag)
            let history = try await client.execute(uri: "/api/v1/problems/6/history", method: .get, headers: tokens.headers("can-tho"))
            #expect(try history.value.member("items")?.arrayElements?.first?.member("actor")?.stringValue == "can-tho")
        }
    }

    @Test("filed at a meeting without at, a problem was raised at the meeting; an at before its day is 422")
    func filingAtAMeeting() async throws {
        let served = try ServedRegister()
        _ = try served.fixture.register.addMeeting(locality: "Cần Thơ", heldOn: RegisterFixture.date("2025-08-26"), title: "Làm việc với TP. Cần Thơ",
                                                   lead: nil, notes: nil, at: RegisterFixture.at("2025-08-26"), actor: "test")
        let tokens = served.tokens
        try await served.test { client in
            let filed = try await client.execute(uri: "/api/v1/problems", method: .post, headers: tokens.headers("can-tho", jsonBody),
                                                 body: json(#"{"locality":"can tho","title":"Cột ăng-ten dùng chung","meeting":1}"#))
            #expect(filed.status == .created)
            #expect(try filed.value.member("raised_at")?.stringValue == "2025-08-26T09:00:00+07:00")
            let before = try tokens.fingerprint()
            let early = try await client.execute(uri: "/api/v1/problems", method: .post, headers: tokens.headers("can-tho", jsonBody),
                                                 body: json(#"{"locality":"can tho","title":"Sớm","meeting":1,"at":"2025-08-25"}"#))
            #expect(early.status == .unprocessableContent)
            #expect(try early.value.member("detail")?.stringValue
                == "2025-08-25T09:00:00+07:00 is before meeting #1, held on 2025-08-26: what was raised there was raised on that day or later (without a time, at 09:00 that day).")
            #expect(try tokens.fingerprint() == before)
        }
    }
}
