import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// `PATCH /problems/{id}` corrects what was recorded, and `PATCH /units/{code}` renames and
/// moves a unit: what they answer, and what they refuse with the register unchanged.
@Suite("Corrections over HTTP")
struct CorrectionTests {
    @Test("an edit answers the problem and a new ETag; its event keeps the old and new values")
    func edit() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let first = try await client.execute(uri: "/api/v1/problems/2", method: .get, headers: tokens.headers("can-tho"))
            let tag = try #require(first.headers[.eTag])
            var headers = tokens.headers("can-tho", jsonBody)
            headers[.ifMatch] = tag
            let response = try await client.execute(
                uri: "/api/v1/problems/2", method: .patch, headers: headers,
                body: json(#"{"title":"Thiếu trạm đo kiểm viễn thông di động","locality":"Phường Ninh Kiều, Cần Thơ","description":"Cần 2 trạm","category":null,"at":"2025-11-20"}"#))
            #expect(response.status == .ok, "\(response.text)")
            let problem = try response.value
            #expect(problem.member("title")?.stringValue == "Thiếu trạm đo kiểm viễn thông di động")
            #expect(problem.member("locality")?.member("name")?.stringValue == "Phường Ninh Kiều")
            #expect(problem.member("description")?.stringValue == "Cần 2 trạm")
            #expect(problem.member("state")?.stringValue == "assigned")
            #expect(problem.member("updated_at")?.stringValue == "2025-11-20T09:00:00+07:00")
            let newTag = try #require(response.headers[.eTag])
            #expect(newTag != tag)
            let history = try await client.execute(uri: "/api/v1/problems/2/history", method: .get, headers: tokens.headers("can-tho"))
            let last = try #require(try history.value.member("items")?.arrayElements?.last)
            #expect(last.member("action")?.stringValue == "edit")
            #expect(last.member("actor")?.stringValue == "can-tho")
            let changes = try #require(last.member("changes")?.arrayElements)
            #expect(changes.map { $0.member("field")?.stringValue } == ["title", "description", "locality"])
            #expect(changes[0].member("old")?.stringValue == "Thiếu trạm đo kiểm viễn thông")
            #expect(changes[1].member("old") == .null)
            #expect(changes[2].member("old")?.member("code")?.stringValue == "92")
            #expect(changes[2].member("new")?.member("code")?.stringValue == "31135")
            // The old tag is stale now: refused, and nothing changes.
            let before = try tokens.fingerprint()
            let stale = try await client.execute(uri: "/api/v1/problems/2", method: .patch, headers: headers,
                                                 body: json(#"{"title":"Lần nữa"}"#))
            #expect(stale.status == .preconditionFailed)
            #expect(try tokens.fingerprint() == before)
            headers[.ifMatch] = newTag
            let current = try await client.execute(uri: "/api/v1/problems/2", method: .patch, headers: headers,
                                                   body: json(#"{"description":null}"#))
            #expect(current.status == .ok)
            #expect(try current.value.member("description") == .null)
        }
    }

    /// A bad edit of #2 by the coordinator, and the status it gets.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let path: String
        let body: String
        let status: Int
        let detail: String?
        var testDescription: String { "PATCH \(path) \(body)" }

        init(_ body: String, _ status: Int, _ detail: String? = nil, path: String = "/api/v1/problems/2") {
            self.path = path
            self.body = body
            self.status = status
            self.detail = detail
        }
    }

    static let refusals: [Refusal] = [
        Refusal("", 400, "The request's body is not valid JSON."),
        Refusal(#"["x"]"#, 400, "The request's body must be a JSON object."),
        Refusal(#"{"actor":"x"}"#, 400, "The key \"actor\" is not taken here."),
        Refusal(#"{"unit":"cuc-vt"}"#, 400, "The key \"unit\" is not taken here."),
        Refusal(#"{"title":null}"#, 400, "The key \"title\" must be a string."),
        Refusal(#"{"locality":null}"#, 400, "The key \"locality\" must be a string."),
        Refusal(#"{"title":5}"#, 400, "The key \"title\" must be a string."),
        Refusal(#"{"group":"1"}"#, 400, "The key \"group\" must be a positive whole number."),
        Refusal(#"{"meeting":0}"#, 400, "The key \"meeting\" must be a positive whole number."),
        Refusal("{}", 422, "Problem #2 was not changed: nothing given differs from what is recorded; give --title, --description, --recommendation, --category, --locality, --meeting or --group with a new value."),
        Refusal(#"{"title":"Thiếu trạm đo kiểm viễn thông","group":null,"locality":"can tho"}"#, 422),
        Refusal(#"{"title":"   "}"#, 422, "The title is empty: give some text."),
        Refusal(#"{"title":"hai\ndòng"}"#, 422),
        Refusal(#"{"description":"a\u001bb"}"#, 422),
        Refusal(#"{"locality":"Atlantis"}"#, 422, "No locality matches 'Atlantis': check the spelling, or list them with 'docket locality list'."),
        Refusal(#"{"locality":"Quảng"}"#, 422),
        Refusal(#"{"group":9}"#, 422, "No group matches '#9': check the spelling, or list them with 'docket group list'."),
        Refusal(#"{"meeting":77}"#, 422),
        Refusal(#"{"title":"x","at":"2099-01-01"}"#, 422),
        Refusal(#"{"title":"x","at":"2025-08-26"}"#, 409),
        Refusal(#"{"title":"x"}"#, 404, path: "/api/v1/problems/99"),
        Refusal(#"{"title":"x"}"#, 404, path: "/api/v1/problems/abc"),
        Refusal(#"{"name":"X"}"#, 404, path: "/api/v1/units/nobody"),
        Refusal("{}", 400, "The key \"name\" is required.", path: "/api/v1/units/cuc-vt"),
        Refusal(#"{"name":null}"#, 400, path: "/api/v1/units/cuc-vt"),
        Refusal(#"{"code":"x"}"#, 400, path: "/api/v1/units/cuc-vt"),
        Refusal(#"{"name":"Cục Viễn thông"}"#, 422, "The unit cuc-vt is already named Cục Viễn thông: nothing was changed; give it another name.",
                path: "/api/v1/units/cuc-vt"),
        Refusal(#"{"name":""}"#, 422, path: "/api/v1/units/cuc-vt"),
        Refusal(#"{"parent":"nobody"}"#, 422, path: "/api/v1/units/cuc-vt"),
        Refusal(#"{"parent":"cuc-vt"}"#, 422, path: "/api/v1/units/bo-khcn"),
        // Both or neither: a good name with a bad parent renames nothing.
        Refusal(#"{"name":"Cục Viễn thông và Tần số","parent":"cuc-vt"}"#, 422,
                "The unit cuc-vt cannot go under cuc-vt, which is itself: units form a tree; give a unit that is not below it.",
                path: "/api/v1/units/cuc-vt"),
    ]

    @Test("a bad correction gets its status and one sentence, and changes nothing", arguments: refusals)
    func refusal(_ refusal: Refusal) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        let before = try tokens.fingerprint()
        try await served.test { client in
            let token = refusal.path.hasPrefix("/api/v1/units") ? "admin" : "coordinator"
            let response = try await client.execute(uri: refusal.path, method: .patch, headers: tokens.headers(token, jsonBody),
                                                    body: json(refusal.body))
            #expect(Int(response.status.code) == refusal.status, "\(response.text)")
            #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8")
            let detail = try #require(response.detail)
            if let expected = refusal.detail { #expect(detail == expected) }
            #expect(!detail.contains("\n"))
        }
        #expect(try tokens.fingerprint() == before)
    }

    @Test("a refusal is said in Vietnamese when asked for")
    func vietnamese() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/problems/2", method: .patch,
                                                    headers: tokens.headers("coordinator", [.contentType: "application/json", .acceptLanguage: "vi"]),
                                                    body: json("{}"))
            #expect(response.status == .unprocessableContent)
            #expect(response.detail?.hasPrefix("Vấn đề #2 không được thay đổi: không có nội dung nào khác") == true)
        }
    }

    @Test("a unit renamed and moved: problems show its new name, and scopes follow the move")
    func unit() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let seen = try await client.execute(uri: "/api/v1/problems", method: .get, headers: tokens.headers("bo-tc"))
            #expect(try seen.ids == [3, 4, 5])
            let response = try await client.execute(uri: "/api/v1/units/vu-ns", method: .patch, headers: tokens.headers("admin", jsonBody),
                                                    body: json(#"{"name":"Vụ Ngân sách Nhà nước","parent":"bo-khcn","at":"2025-11-01"}"#))
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.text == #"{"code":"vu-ns","name":"Vụ Ngân sách Nhà nước","kind":"internal","parent":"bo-khcn"}"#)
            let problem = try await client.execute(uri: "/api/v1/problems/3", method: .get, headers: tokens.headers("coordinator"))
            #expect(try problem.value.member("unit")?.member("name")?.stringValue == "Vụ Ngân sách Nhà nước")
            // vu-ns has left bo-tc for bo-khcn, with its problems.
            let now = try await client.execute(uri: "/api/v1/problems", method: .get, headers: tokens.headers("bo-tc"))
            #expect(try now.ids == [])
            let gone = try await client.execute(uri: "/api/v1/problems/3", method: .get, headers: tokens.headers("bo-tc"))
            #expect(gone.status == .notFound)
            let units = try await client.execute(uri: "/api/v1/units", method: .get, headers: tokens.headers("cuc-vt"))
            let vuNS = try units.value.member("items")?.arrayElements?.first { $0.member("code")?.stringValue == "vu-ns" }
            #expect(vuNS?.member("parent")?.stringValue == "bo-khcn")
        }
    }

    @Test("the document describes both")
    func document() async throws {
        let served = try ServedRegister()
        try await served.test { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get).value
            let paths = document.member("paths")
            #expect(paths?.member("/problems/{id}")?.member("patch")?.member("operationId")?.stringValue == "editProblem")
            #expect(paths?.member("/units/{code}")?.member("patch")?.member("operationId")?.stringValue == "changeUnit")
        }
    }
}
