import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// What each role may do, as SERVE.md's table has it: allowed, 403, or — for a problem
/// outside the scope — 404 before the role is even asked.
@Suite("Roles over HTTP")
struct RoleTests {
    /// One request and the status each token gets.
    struct Case: Sendable, CustomTestStringConvertible {
        let method: HTTPRequest.Method
        let path: String
        let body: String?
        let contentType: String
        let expected: [String: Int]

        init(_ method: HTTPRequest.Method, _ path: String, _ body: String? = nil, contentType: String = "application/json",
             expect expected: [String: Int]) {
            self.method = method
            self.path = path
            self.body = body
            self.contentType = contentType
            self.expected = expected
        }

        var testDescription: String { "\(method) \(path)" }
    }

    static let cases: [Case] = [
        Case(.post, "/api/v1/units", #"{"code":"vu-kh","name":"Vụ Kế hoạch","parent":"bo-khcn"}"#,
             expect: ["admin": 201, "coordinator": 403, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.post, "/api/v1/groups", #"{"title":"Hạ tầng viễn thông"}"#,
             expect: ["admin": 201, "coordinator": 403, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.post, "/api/v1/meetings", #"{"locality":"Cần Thơ","date":"2025-08-26","title":"Làm việc với Cần Thơ"}"#,
             expect: ["admin": 201, "coordinator": 403, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.post, "/api/v1/localities", #"{"name":"Phường Mới","parent":"Cần Thơ"}"#,
             expect: ["admin": 201, "coordinator": 403, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        // Filing: a province files in its own scope only; a unit does not file.
        Case(.post, "/api/v1/problems", #"{"locality":"Cần Thơ","title":"Thủ tục cấp phép chồng chéo"}"#,
             expect: ["admin": 201, "coordinator": 201, "cuc-vt": 403, "bo-tc": 403, "can-tho": 201, "ha-noi": 403]),
        // Assigning #1 (Cần Thơ, nobody's yet): a unit does not see it; Hà Nội does not either.
        Case(.post, "/api/v1/problems/1/assign", #"{"unit":"cuc-vt","due":"2025-12-31"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 404, "can-tho": 403, "ha-noi": 404]),
        // Assigning #3 (vu-ns's) to cuc-vt: bo-tc may not assign outside its subtree.
        Case(.post, "/api/v1/problems/3/assign", #"{"unit":"cuc-vt"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 403, "can-tho": 404, "ha-noi": 403]),
        // …but within it, to bo-tc itself.
        Case(.post, "/api/v1/problems/3/assign", #"{"unit":"bo-tc"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 200, "can-tho": 404, "ha-noi": 403]),
        Case(.post, "/api/v1/problems/2/answer", #"{"response":"Cục đã hướng dẫn"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 404, "can-tho": 403, "ha-noi": 404]),
        Case(.post, "/api/v1/problems/5/resolve", #"{"resolution":"Đã bố trí kinh phí"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 200, "can-tho": 403, "ha-noi": 404]),
        Case(.post, "/api/v1/problems/4/comment", #"{"text":"Đang theo dõi"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 200, "can-tho": 404, "ha-noi": 200]),
        Case(.post, "/api/v1/problems/2/escalate", #"{"to":"vu-ns","reason":"Vượt thẩm quyền của Bộ"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 404, "can-tho": 403, "ha-noi": 404]),
        Case(.post, "/api/v1/problems/3/close", #"{"reason":"Ngoài phạm vi kỳ làm việc"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 200, "can-tho": 404, "ha-noi": 403]),
        // Reopening #1, which is raised: the workflow refuses whoever may ask.
        Case(.post, "/api/v1/problems/1/reopen", #"{"reason":"Chưa xong"}"#,
             expect: ["admin": 409, "coordinator": 409, "cuc-vt": 404, "bo-tc": 404, "can-tho": 403, "ha-noi": 404]),
        // Correcting what was recorded: admin and coordinator anything, a province its own problems
        // within itself; a unit does not correct (403 once the problem is in its scope).
        Case(.patch, "/api/v1/problems/1", #"{"title":"Giá thuê hạ tầng viễn thông thụ động"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 404, "can-tho": 200, "ha-noi": 404]),
        Case(.patch, "/api/v1/problems/3", #"{"title":"Kinh phí chuyển đổi số","group":null,"locality":"Phường Ba Đình, Hà Nội"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 404, "bo-tc": 403, "can-tho": 404, "ha-noi": 200]),
        Case(.patch, "/api/v1/problems/2", #"{"locality":"Hà Nội"}"#,
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 403, "bo-tc": 404, "can-tho": 403, "ha-noi": 404]),
        Case(.patch, "/api/v1/units/cuc-vt", #"{"name":"Cục Viễn thông và Tần số","parent":"chinh-phu"}"#,
             expect: ["admin": 200, "coordinator": 403, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.get, "/api/v1/localities", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.get, "/api/v1/meetings", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.get, "/api/v1/groups", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.get, "/api/v1/search?q=kinh+phi", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.get, "/api/v1/export?format=csv", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.post, "/api/v1/import", "title,locality\nCột ăng-ten dùng chung,Cần Thơ\n", contentType: "text/csv",
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.get, "/api/v1/units", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        // The calendar: everyone reads it; a coordinator or an admin changes it.
        Case(.get, "/api/v1/calendar?year=2026", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.post, "/api/v1/calendar", #"{"date":"2027-02-05","name":"Tết Nguyên đán"}"#,
             expect: ["admin": 201, "coordinator": 201, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.delete, "/api/v1/calendar/2026-02-16",
             expect: ["admin": 204, "coordinator": 204, "cuc-vt": 403, "bo-tc": 403, "can-tho": 403, "ha-noi": 403]),
        Case(.get, "/api/v1/workflow", expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
        Case(.get, "/api/v1/reports/weekly?format=html&lang=vi",
             expect: ["admin": 200, "coordinator": 200, "cuc-vt": 200, "bo-tc": 200, "can-tho": 200, "ha-noi": 200]),
    ]

    @Test("each role gets the status SERVE.md's table gives", arguments: cases)
    func statuses(of request: Case) async throws {
        for (token, expected) in request.expected.sorted(by: { $0.key < $1.key }) {
            // A register of its own for each token, so that one's change is not another's state.
            let served = try ServedRegister()
            let tokens = served.tokens
            let before = try tokens.fingerprint()
            try await served.test { client in
                let response = try await client.execute(uri: request.path, method: request.method,
                                                        headers: tokens.headers(token, [.contentType: request.contentType]),
                                                        body: request.body.map { ByteBuffer(string: $0) })
                #expect(Int(response.status.code) == expected, "\(token): \(response.text)")
                if expected >= 400 {
                    #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
                    #expect(response.detail?.isEmpty == false)
                }
            }
            if expected >= 400 { #expect(try tokens.fingerprint() == before, "\(token) changed the register") }
        }
    }

    @Test("no token, an unknown one or a revoked one is 401, from the next request on")
    func unauthorized() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            for headers: HTTPFields in [[:], [.authorization: "Bearer dkt_nothing"], [.authorization: "Basic YTpi"]] {
                let response = try await client.execute(uri: "/api/v1/problems", method: .get, headers: headers)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
            }
            let before = try await client.execute(uri: "/api/v1/problems/1", method: .get, headers: tokens.headers("can-tho"))
            #expect(before.status == .ok)
            _ = try await tokens.pool.write { try $0.revokeToken(name: "can-tho", at: ServedRegister.now) }
            let after = try await client.execute(uri: "/api/v1/problems/1", method: .get, headers: tokens.headers("can-tho"))
            #expect(after.status == .unauthorized)
        }
    }

    @Test("the token's name is the actor of the events it causes; a body cannot name another")
    func actor() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let refused = try await client.execute(uri: "/api/v1/problems/2/comment", method: .post, headers: tokens.headers("cuc-vt", jsonBody),
                                                   body: json(#"{"text":"x","actor":"someone"}"#))
            #expect(refused.status == .badRequest)
            #expect(refused.detail == "The key \"actor\" is not taken here.")
            let done = try await client.execute(uri: "/api/v1/problems/2/comment", method: .post, headers: tokens.headers("cuc-vt", jsonBody),
                                                body: json(#"{"text":"Đã nhận"}"#))
            #expect(done.status == .ok)
            let history = try await client.execute(uri: "/api/v1/problems/2/history", method: .get, headers: tokens.headers("cuc-vt"))
            let last = try history.value.member("items")?.arrayElements?.last
            #expect(last?.member("actor")?.stringValue == "cuc-vt")
            #expect(last?.member("action")?.stringValue == "comment")
            #expect(last?.member("note")?.stringValue == "Đã nhận")
        }
    }
}
