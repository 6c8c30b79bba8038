import DocketCore
import HTTPTypes
import HummingbirdTesting
import Testing

/// No list, search, export, history, count or report ever holds a problem outside the
/// token's scope, and a problem outside it answers exactly as one that does not exist.
@Suite("Scopes over HTTP")
struct ScopeTests {
    static let tokens = ["admin", "coordinator", "cuc-vt", "bo-tc", "can-tho", "ha-noi"]

    @Test("GET /problems lists exactly the token's problems", arguments: tokens)
    func lists(token: String) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/problems", method: .get, headers: tokens.headers(token))
            #expect(response.status == .ok)
            #expect(try response.ids == ServedRegister.visible[token])
        }
    }

    @Test("search, export in JSON and CSV hold only the token's problems", arguments: tokens)
    func searchAndExport(token: String) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            // "vien thong" is in #1, #2 and #5; "kinh phi" in #3 and #5.
            let telecom = try await client.execute(uri: "/api/v1/search?q=vien%20thong", method: .get, headers: tokens.headers(token))
            #expect(Set(try telecom.ids) == Set([1, 2, 5]).intersection(ServedRegister.visible[token]!))
            let money = try await client.execute(uri: "/api/v1/search?q=kinh+phi", method: .get, headers: tokens.headers(token))
            #expect(Set(try money.ids) == Set([3, 5]).intersection(ServedRegister.visible[token]!))
            let export = try await client.execute(uri: "/api/v1/export?format=json", method: .get, headers: tokens.headers(token))
            #expect(try export.ids == ServedRegister.visible[token])
            let csv = try await client.execute(uri: "/api/v1/export?format=csv", method: .get, headers: tokens.headers(token))
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let rows = csv.text.split(whereSeparator: \.isNewline).dropFirst()
            // The id is the tenth column, after the nine import columns (no commas in these texts).
            #expect(rows.map { Int64($0.split(separator: ",", omittingEmptySubsequences: false)[9]) } == ServedRegister.visible[token]!.map { $0 })
        }
    }

    @Test("a problem outside the scope answers 404 exactly as one that does not exist", arguments: tokens)
    func outsideIsMissing(token: String) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let missing = try await client.execute(uri: "/api/v1/problems/999", method: .get, headers: tokens.headers(token))
            #expect(missing.status == .notFound)
            for id in Int64(1)...5 {
                let visible = ServedRegister.visible[token]!.contains(id)
                for path in ["/api/v1/problems/\(id)", "/api/v1/problems/\(id)/history"] {
                    let response = try await client.execute(uri: path, method: .get, headers: tokens.headers(token))
                    #expect(response.status == (visible ? .ok : .notFound), "\(token) \(path)")
                    if !visible {
                        #expect(response.detail == missing.detail?.replacingOccurrences(of: "#999", with: "#\(id)"))
                    }
                }
                let comment = try await client.execute(uri: "/api/v1/problems/\(id)/comment", method: .post,
                                                       headers: tokens.headers(token, jsonBody), body: json(#"{"text":"Đã xem"}"#))
                #expect(comment.status == (visible ? .ok : .notFound), "\(token) comment #\(id)")
            }
        }
    }

    @Test("the weekly report counts only the problems in the token's scope", arguments: tokens)
    func weeklyReport(token: String) async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            // By Monday 2025-10-06 every assigned problem (#2–#5, due 2025-09-30) is overdue.
            let response = try await client.execute(uri: "/api/v1/reports/weekly?week=2025-W40&format=json", method: .get,
                                                    headers: tokens.headers(token))
            #expect(response.status == .ok)
            let report = try response.value
            let overdue = report.member("overdue")?.arrayElements?.compactMap { $0.member("id")?.integerValue.map(Int64.init) }
            #expect(Set(overdue ?? []) == Set([2, 3, 4, 5]).intersection(ServedRegister.visible[token]!))
            let provinces = report.member("by_locality")?.arrayElements?.compactMap { $0.member("locality")?.member("name")?.stringValue }
            let expected: Set<String> = switch token {
            case "can-tho": ["Cần Thơ"]
            case "ha-noi": ["Hà Nội"]
            case "cuc-vt": ["Cần Thơ"]
            case "bo-tc": ["Cần Thơ", "Hà Nội"]
            default: ["Cần Thơ", "Hà Nội"]
            }
            #expect(Set(provinces ?? []) == expected)

            // The same counting over the quarter in progress (the server's now is 2025-11-24):
            // counted to now, its trend by month up to November.
            let quarter = try await client.execute(uri: "/api/v1/reports/period?quarter=2025-Q4&format=json", method: .get,
                                                   headers: tokens.headers(token))
            #expect(quarter.status == .ok)
            let period = try quarter.value
            #expect(period.member("period")?.member("name")?.stringValue == "2025-Q4")
            #expect(period.member("period")?.member("to")?.stringValue == "2025-12-31")
            #expect(period.member("complete")?.boolValue == false)
            #expect(period.member("as_of")?.stringValue == "2025-11-24T23:00:00+07:00")
            let quarterProvinces = period.member("by_locality")?.arrayElements?.compactMap { $0.member("locality")?.member("name")?.stringValue }
            #expect(Set(quarterProvinces ?? []) == expected)
            #expect(period.member("trend")?.arrayElements?.compactMap { $0.member("month")?.stringValue } == ["2025-10", "2025-11"])
        }
    }
}
