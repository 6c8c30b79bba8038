import DocketCore
@testable import DocketServer
import DocketStore
import DocketTesting
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Open311 GeoReport v2 under /open311/v2 (SERVE.md): every resource in JSON and XML, the
/// api_key and its scope, the spec's filters and defaults, and its refusals.
///
/// The register is ``ServedRegister``'s (five problems raised 2025-08-26, "now" 2025-11-24 at
/// 23:00 in Hồ Chí Minh City) with two categories; what is filed here is filed "now", #6 on.
@Suite("Open311 GeoReport v2")
struct Open311Tests {
    static let base = "/open311/v2"

    /// The served register with the categories vien-thong and tthc.
    static func served() throws -> ServedRegister {
        let served = try ServedRegister()
        let at = RegisterFixture.at("2025-08-01")
        _ = try served.fixture.register.addCategory(
            Category(code: "vien-thong", name: "Viễn thông", description: "Hạ tầng viễn thông & <tần số>"), at: at, actor: "test")
        _ = try served.fixture.register.addCategory(Category(code: "tthc", name: "Thủ tục hành chính"), at: at, actor: "test")
        return served
    }

    @Test("discovery names the one endpoint and its formats, in JSON and XML")
    func discovery() async throws {
        let served = try Self.served()
        let key = served.tokens.secrets["can-tho"]!
        try await served.test { client in
            let json = try await client.execute(uri: "\(Self.base)/discovery.json?api_key=\(key)", method: .get)
            #expect(json.status == .ok)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            #expect(json.text == #"{"changeset":"2026-12-03T00:00:00+07:00","contact":"Ask the ministry's register administrator.","#
                + #""key_service":"Tokens are made by the administrator: docket token add NAME --role ROLE.","#
                + #""endpoints":[{"specification":"http://wiki.open311.org/GeoReport_v2","url":"http://localhost/open311/v2","#
                + #""changeset":"2026-12-03T00:00:00+07:00","type":"production","formats":["text/xml","application/json"]}]}"#)
            let xml = try await client.execute(uri: "\(Self.base)/discovery.xml?api_key=\(key)", method: .get)
            #expect(xml.headers[.contentType] == "text/xml; charset=utf-8")
            let root = try XMLTree.parse(xml.text)
            #expect(root.name == "discovery")
            #expect(root.children.map(\.name) == ["changeset", "contact", "key_service", "endpoints"])
            let endpoint = try #require(root.child("endpoints")?.children.first)
            #expect(endpoint.name == "endpoint")
            // The in-process client sends no port; over a socket the url has it (scripts/open311-client-test.sh).
            #expect(endpoint.child("url")?.text == "http://localhost/open311/v2")
            #expect(endpoint.child("formats")?.children.map { "\($0.name)=\($0.text)" } == ["format=text/xml", "format=application/json"])
        }
    }

    @Test("services are the register's categories; a service's definition has no attributes; an unknown code is 404")
    func services() async throws {
        let served = try Self.served()
        let key = served.tokens.secrets["ha-noi"]!
        try await served.test { client in
            let json = try await client.execute(uri: "\(Self.base)/services.json?api_key=\(key)", method: .get)
            #expect(json.status == .ok)
            #expect(json.text == #"[{"service_code":"tthc","service_name":"Thủ tục hành chính","description":null,"metadata":false,"#
                + #""type":"realtime","keywords":null,"group":null},{"service_code":"vien-thong","service_name":"Viễn thông","#
                + #""description":"Hạ tầng viễn thông & <tần số>","metadata":false,"type":"realtime","keywords":null,"group":null}]"#)
            let xml = try await client.execute(uri: "\(Self.base)/services.xml?api_key=\(key)", method: .get)
            #expect(xml.text == #"<?xml version="1.0" encoding="UTF-8"?><services><service><service_code>tthc</service_code>"#
                + "<service_name>Thủ tục hành chính</service_name><description/><metadata>false</metadata><type>realtime</type>"
                + "<keywords/><group/></service><service><service_code>vien-thong</service_code><service_name>Viễn thông</service_name>"
                + "<description>Hạ tầng viễn thông &amp; &lt;tần số&gt;</description><metadata>false</metadata><type>realtime</type>"
                + "<keywords/><group/></service></services>")
            let parsed = try XMLTree.parse(xml.text)
            #expect(parsed.children.map { $0.child("description")?.text } == ["", "Hạ tầng viễn thông & <tần số>"])

            let definition = try await client.execute(uri: "\(Self.base)/services/vien-thong.json?api_key=\(key)", method: .get)
            #expect(definition.status == .ok)
            #expect(definition.text == #"{"service_code":"vien-thong","attributes":[]}"#)
            let definitionXML = try await client.execute(uri: "\(Self.base)/services/tthc.xml?api_key=\(key)", method: .get)
            #expect(definitionXML.text == #"<?xml version="1.0" encoding="UTF-8"?><service_definition><service_code>tthc</service_code>"#
                + "<attributes></attributes></service_definition>")
            let unknown = try await client.execute(uri: "\(Self.base)/services/giao-thong.json?api_key=\(key)", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.text == #"[{"code":404,"description":"No service has the service_code \"giao-thong\"; services lists them."}]"#)
            let unknownXML = try await client.execute(uri: "\(Self.base)/services/giao-thong.xml?api_key=\(key)", method: .get,
                                                      headers: [.acceptLanguage: "vi"])
            #expect(unknownXML.status == .notFound)
            #expect(unknownXML.text == #"<?xml version="1.0" encoding="UTF-8"?><errors><error><code>404</code>"#
                + "<description>Không có dịch vụ nào có service_code &quot;giao-thong&quot;; danh sách ở services.</description></error></errors>")
        }
    }

    @Test("POST requests files a problem as the token would, and GET reads it back in both formats")
    func fileAndRead() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        let key = tokens.secrets["can-tho"]!
        let ninhKieu = try #require(try served.fixture.register.locality(named: "Phường Ninh Kiều, Cần Thơ").code)
        try await served.test { client in
            // A title given (FixMyStreet's), the locality typed without diacritics, lat/long as given.
            let first = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form([
                ("api_key", key), ("service_code", "vien-thong"), ("title", "Cột ăng-ten nghiêng"),
                ("description", "Cột ăng-ten trên đường 30/4 bị nghiêng. Cần kiểm tra gấp."),
                ("address_string", "phuong ninh kieu, can tho"), ("lat", "10.03410"), ("long", "105.7876"),
                ("email", "nguoi.dan@example.vn"), ("attribute[WHISPER]", "x"),
            ]))
            #expect(first.status == .ok)
            #expect(first.text == #"[{"service_request_id":"6","service_notice":"Filed as problem #6 of Phường Ninh Kiều, Thành phố Cần Thơ.","account_id":null}]"#)
            // No title: the description's first sentence; the locality by its code; in XML, in Vietnamese.
            let second = try await client.execute(uri: "\(Self.base)/requests.xml", method: .post,
                                                  headers: formBody.merging([.acceptLanguage: "vi"]), body: form([
                ("api_key", key), ("service_code", "tthc"), ("jurisdiction_id", ninhKieu),
                ("description", "Thủ tục cấp phép xây dựng trạm BTS còn chậm (quá 20 ngày). Đề nghị Bộ hướng dẫn."),
            ], spaceAsPlus: true))
            #expect(second.status == .ok)
            #expect(second.text == #"<?xml version="1.0" encoding="UTF-8"?><service_requests><request><service_request_id>7</service_request_id>"#
                + "<service_notice>Đã ghi nhận thành vấn đề #7 của Phường Ninh Kiều, Thành phố Cần Thơ.</service_notice><account_id/></request></service_requests>")

            // What /api/v1 sees: the same problems, titled as said.
            let six = try await client.execute(uri: "/api/v1/problems/6", method: .get, headers: tokens.headers("can-tho"))
            #expect(try six.value.member("title")?.stringValue == "Cột ăng-ten nghiêng")
            #expect(try six.value.member("category")?.stringValue == "Viễn thông")
            let seven = try await client.execute(uri: "/api/v1/problems/7", method: .get, headers: tokens.headers("can-tho"))
            #expect(try seven.value.member("title")?.stringValue == "Thủ tục cấp phép xây dựng trạm BTS còn chậm (quá 20 ngày).")
            #expect(try seven.value.member("locality")?.member("code")?.stringValue == ninhKieu)
            #expect(try six.value.member("lat") == nil)

            let one = try await client.execute(uri: "\(Self.base)/requests/6.json?api_key=\(key)", method: .get)
            #expect(one.status == .ok)
            #expect(one.text == #"[{"service_request_id":"6","status":"open","status_notes":null,"service_name":"Viễn thông","#
                + #""service_code":"vien-thong","description":"Cột ăng-ten trên đường 30/4 bị nghiêng. Cần kiểm tra gấp.","#
                + #""agency_responsible":null,"requested_datetime":"2025-11-24T23:00:00+07:00","updated_datetime":"2025-11-24T23:00:00+07:00","#
                + #""expected_datetime":null,"address":"Phường Ninh Kiều, Thành phố Cần Thơ","lat":"10.03410","long":"105.7876"}]"#)
            let oneXML = try await client.execute(uri: "\(Self.base)/requests/7.xml?api_key=\(key)", method: .get)
            let request = try #require(try XMLTree.parse(oneXML.text).children.first)
            #expect(request.name == "request")
            #expect(request.fields == [
                "service_request_id": "7", "status": "open", "status_notes": "", "service_name": "Thủ tục hành chính",
                "service_code": "tthc", "description": "Thủ tục cấp phép xây dựng trạm BTS còn chậm (quá 20 ngày). Đề nghị Bộ hướng dẫn.",
                "agency_responsible": "", "requested_datetime": "2025-11-24T23:00:00+07:00",
                "updated_datetime": "2025-11-24T23:00:00+07:00", "expected_datetime": "",
                "address": "Phường Ninh Kiều, Thành phố Cần Thơ", "lat": "", "long": "",
            ])
            #expect(request.children.map(\.name) == ["service_request_id", "status", "status_notes", "service_name", "service_code",
                                                     "description", "agency_responsible", "requested_datetime", "updated_datetime",
                                                     "expected_datetime", "address", "lat", "long"])
        }
    }

    @Test("GET requests: the last 90 days unless told, and each of the spec's filters")
    func filters() async throws {
        let served = try Self.served()
        let key = served.tokens.secrets["can-tho"]!
        try await served.test { client in
            for (code, place) in [("vien-thong", "Cần Thơ"), ("tthc", "Phường Ninh Kiều, Cần Thơ"), ("vien-thong", "Phường Cái Răng, Cần Thơ")] {
                let filed = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form([
                    ("api_key", key), ("service_code", code), ("description", "Sự việc ở \(place)."), ("address_string", place),
                ]))
                #expect(filed.status == .ok)
            }
            func ids(_ query: String, _ format: String = "json") async throws -> [String] {
                let response = try await client.execute(uri: "\(Self.base)/requests.\(format)?api_key=\(key)&\(query)", method: .get)
                #expect(response.status == .ok, "\(query): \(response.text)")
                if format == "xml" { return try XMLTree.parse(response.text).children.map { $0.child("service_request_id")?.text ?? "" } }
                return try response.value.arrayElements?.compactMap { $0.member("service_request_id")?.stringValue } ?? []
            }
            // The defaults: the 90 days up to now (#1, #2, #5 were raised on 2025-08-26 at 09:00, 90 days and 14 hours ago).
            #expect(try await ids("") == ["6", "7", "8"])
            #expect(try await ids("", "xml") == ["6", "7", "8"])
            #expect(try await ids("start_date=2025-08-26T00:00:00%2B07:00") == ["1", "2", "5"])
            // Exactly 90 days is allowed (one second more is refused: badInput).
            #expect(try await ids("start_date=2025-08-26T09:00:00%2B07:00&end_date=2025-11-24T09:00:00%2B07:00") == ["1", "2", "5"])
            #expect(try await ids("start_date=2025-08-27&end_date=2025-11-24T23:00:00%2B07:00") == ["6", "7", "8"])
            #expect(try await ids("start_date=2025-08-26T09:00:00%2B07:00&end_date=2025-08-26T09:00:00%2B07:00") == ["1", "2", "5"])
            #expect(try await ids("end_date=2025-11-24T22:59:59%2B07:00") == [])
            #expect(try await ids("end_date=2025-11-01T00:00:00Z") == ["1", "2", "5"])
            #expect(try await ids("service_code=vien-thong") == ["6", "8"])
            #expect(try await ids("service_code=tthc,vien-thong", "xml") == ["6", "7", "8"])
            #expect(try await ids("status=open") == ["6", "7", "8"])
            #expect(try await ids("status=closed") == [])
            #expect(try await ids("status=open,closed&service_code=tthc") == ["7"])
            #expect(try await ids("jurisdiction_id=92") == ["6", "7", "8"])
            // service_request_id overrides the rest; #3 is Hà Nội's, outside the token's scope, and #99 is not there.
            #expect(try await ids("service_request_id=8,1,3,99&status=closed") == ["8", "1"])
        }
    }

    @Test("a request is open until resolved or closed, then closed, with the resolution or the reason as its notes")
    func openToClosed() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        let key = tokens.secrets["can-tho"]!
        try await served.test { client in
            _ = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form([
                ("api_key", key), ("service_code", "vien-thong"), ("description", "Mất sóng di động ở cù lao."), ("address_string", "Cần Thơ"),
            ]))
            func request(_ id: Int, _ format: String = "json") async throws -> [String: String] {
                let response = try await client.execute(uri: "\(Self.base)/requests/\(id).\(format)?api_key=\(key)", method: .get)
                #expect(response.status == .ok)
                if format == "xml" { return try #require(try XMLTree.parse(response.text).children.first).fields }
                let members = try #require(try response.value.arrayElements?.first?.objectMembers)
                return Dictionary(uniqueKeysWithValues: members.map { ($0.0, $0.1.stringValue ?? "") })
            }
            #expect(try await request(6)["status"] == "open")
            #expect(try await request(6)["address"] == "Thành phố Cần Thơ")
            let assigned = try await client.execute(uri: "/api/v1/problems/6/assign", method: .post, headers: tokens.headers("admin", jsonBody),
                                                    body: json(#"{"unit":"cuc-vt","due":"2025-12-15"}"#))
            #expect(assigned.status == .ok)
            let answered = try await client.execute(uri: "/api/v1/problems/6/answer", method: .post, headers: tokens.headers("admin", jsonBody),
                                                    body: json(#"{"response":"Đã giao doanh nghiệp kiểm tra"}"#))
            #expect(answered.status == .ok)
            let open = try await request(6, "xml")
            #expect(open["status"] == "open")
            #expect(open["status_notes"] == "Đã giao doanh nghiệp kiểm tra")
            #expect(open["agency_responsible"] == "Cục Viễn thông")
            #expect(open["expected_datetime"] == "2025-12-15T23:59:59+07:00")
            let resolved = try await client.execute(uri: "/api/v1/problems/6/resolve", method: .post, headers: tokens.headers("admin", jsonBody),
                                                    body: json(#"{"resolution":"Doanh nghiệp đã lắp thêm trạm gốc"}"#))
            #expect(resolved.status == .ok)
            for format in ["json", "xml"] {
                let closed = try await request(6, format)
                #expect(closed["status"] == "closed")
                #expect(closed["status_notes"] == "Doanh nghiệp đã lắp thêm trạm gốc")
            }
            // Closed without being resolved: the reason is the notes. #1 is Cần Thơ's, raised 2025-08-26.
            let shut = try await client.execute(uri: "/api/v1/problems/1/close", method: .post, headers: tokens.headers("admin", jsonBody),
                                                body: json(#"{"reason":"Trùng với kiến nghị số 2"}"#))
            #expect(shut.status == .ok)
            #expect(try await request(1)["status"] == "closed")
            #expect(try await request(1)["status_notes"] == "Trùng với kiến nghị số 2")
            let closedList = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(key)&status=closed", method: .get)
            #expect(try closedList.value.arrayElements?.map { $0.member("service_request_id")?.stringValue } == ["6"])
        }
    }

    @Test("a missing, unknown or revoked api_key is 403 on every resource, in both formats")
    func keys() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        _ = try served.fixture.register.revokeToken(name: "ha-noi", at: RegisterFixture.at("2025-08-02"))
        let revoked = tokens.secrets["ha-noi"]!
        try await served.test { client in
            let before = try tokens.fingerprint()
            for query in ["", "?api_key=", "?api_key=not-a-token", "?api_key=\(revoked)"] {
                for path in ["discovery", "services", "services/tthc", "requests", "requests/1"] {
                    let json = try await client.execute(uri: "\(Self.base)/\(path).json\(query)", method: .get)
                    #expect(json.status == .forbidden, "\(path) \(query)")
                    #expect(json.text == #"[{"code":403,"description":"A valid api_key is needed: send as api_key a token made by 'docket token add'."}]"#)
                    let xml = try await client.execute(uri: "\(Self.base)/\(path).xml\(query)", method: .get, headers: [.acceptLanguage: "vi"])
                    #expect(xml.status == .forbidden)
                    #expect(try XMLTree.parse(xml.text).child("error")?.fields == [
                        "code": "403", "description": "Cần một api_key hợp lệ: gửi api_key là một mã truy cập do 'docket token add' cấp.",
                    ])
                }
                let post = try await client.execute(uri: "\(Self.base)/requests.json\(query)", method: .post, headers: formBody, body: form([
                    ("service_code", "tthc"), ("description", "Không được ghi."), ("address_string", "Cần Thơ"),
                ]))
                #expect(post.status == .forbidden)
            }
            // A unit's token is valid, but a unit does not file.
            let unit = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form([
                ("api_key", tokens.secrets["cuc-vt"]!), ("service_code", "tthc"), ("description", "Không được ghi."), ("address_string", "Cần Thơ"),
            ]))
            #expect(unit.status == .forbidden)
            #expect(unit.text == #"[{"code":403,"description":"This token's role may not do that."}]"#)
            #expect(try tokens.fingerprint() == before)
        }
    }

    @Test("a request outside the token's scope is 404 exactly as one that does not exist")
    func scope() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        try await served.test { client in
            let filed = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form([
                ("api_key", tokens.secrets["can-tho"]!), ("service_code", "tthc"), ("description", "Thủ tục còn chậm."),
                ("address_string", "Phường Ninh Kiều, Cần Thơ"),
            ]))
            #expect(filed.status == .ok)
            let haNoi = tokens.secrets["ha-noi"]!
            for format in ["json", "xml"] {
                let outside = try await client.execute(uri: "\(Self.base)/requests/6.\(format)?api_key=\(haNoi)", method: .get)
                let missing = try await client.execute(uri: "\(Self.base)/requests/66.\(format)?api_key=\(haNoi)", method: .get)
                #expect(outside.status == .notFound)
                #expect(missing.status == .notFound)
                #expect(outside.text == missing.text.replacingOccurrences(of: "#66", with: "#6"))
            }
            // A problem filed over /api/v1, without a category or a place, as Open311 reads it.
            let assigned = try await client.execute(uri: "\(Self.base)/requests/2.json?api_key=\(tokens.secrets["can-tho"]!)", method: .get)
            #expect(assigned.text == #"[{"service_request_id":"2","status":"open","status_notes":null,"service_name":null,"service_code":null,"#
                + #""description":null,"agency_responsible":"Cục Viễn thông","requested_datetime":"2025-08-26T09:00:00+07:00","#
                + #""updated_datetime":"2025-08-27T09:00:00+07:00","expected_datetime":"2025-09-30T23:59:59+07:00","#
                + #""address":"Thành phố Cần Thơ","lat":null,"long":null}]"#)
            let missing = try await client.execute(uri: "\(Self.base)/requests/66.json?api_key=\(haNoi)", method: .get)
            #expect(missing.text == #"[{"code":404,"description":"No problem matches '#66': check the spelling, or list them with 'docket list'."}]"#)
            let list = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(haNoi)&start_date=2025-08-26T00:00:00Z", method: .get)
            #expect(try list.value.arrayElements?.map { $0.member("service_request_id")?.stringValue } == ["3", "4"])
            let listed = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(haNoi)&service_request_id=6,3", method: .get)
            #expect(try listed.value.arrayElements?.map { $0.member("service_request_id")?.stringValue } == ["3"])
            // Filing outside its province is what the role may not.
            let elsewhere = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form([
                ("api_key", haNoi), ("service_code", "tthc"), ("description", "Không phải của Hà Nội."), ("address_string", "Cần Thơ"),
            ]))
            #expect(elsewhere.status == .forbidden)
        }
    }

    @Test("bad input is 400 (404 for a jurisdiction_id no locality has) with one sentence, and changes nothing")
    func badInput() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        let key = tokens.secrets["can-tho"]!
        let good: [(String, String)] = [("api_key", key), ("service_code", "tthc"), ("description", "Thủ tục còn chậm."), ("address_string", "Cần Thơ")]
        @Sendable func replacing(_ name: String, _ value: String?) -> [(String, String)] {
            var fields = good.filter { $0.0 != name }
            if let value { fields.append((name, value)) }
            return fields
        }
        let cases: [(fields: [(String, String)], status: Int, en: String, vi: String)] = [
            (replacing("service_code", nil), 400, "The field service_code is required.", "Thiếu trường service_code."),
            (replacing("service_code", "giao-thong"), 400, #"No service has the service_code "giao-thong"; services lists them."#,
             #"Không có dịch vụ nào có service_code "giao-thong"; danh sách ở services."#),
            (replacing("description", nil), 400, "Either title or description is required, to title the problem.",
             "Cần title hoặc description để đặt tiêu đề cho vấn đề."),
            (replacing("address_string", nil), 400,
             #"Either address_string (a locality's name, such as "Phường Ninh Kiều, Cần Thơ") or jurisdiction_id (a locality's code) is required."#,
             #"Cần address_string (tên địa phương, ví dụ "Phường Ninh Kiều, Cần Thơ") hoặc jurisdiction_id (mã địa phương)."#),
            (replacing("address_string", nil) + [("jurisdiction_id", "99999")], 404, #"No locality has the code "99999"."#,
             #"Không có địa phương nào có mã "99999"."#),
            (good + [("lat", "91")], 400, #"lat must be decimal degrees within -90 … 90, not "91"."#,
             #"lat phải là một số độ thập phân trong khoảng -90 … 90, không phải "91"."#),
            (good + [("long", "1e2")], 400, #"long must be decimal degrees within -180 … 180, not "1e2"."#,
             #"long phải là một số độ thập phân trong khoảng -180 … 180, không phải "1e2"."#),
        ]
        try await served.test { client in
            let before = try tokens.fingerprint()
            for item in cases {
                let json = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody, body: form(item.fields))
                #expect(Int(json.status.code) == item.status, "\(item.en)")
                #expect(json.text == "[{\"code\":\(item.status),\"description\":\(JSONValue.string(item.en).rendered(pretty: false))}]")
                let xml = try await client.execute(uri: "\(Self.base)/requests.xml", method: .post,
                                                   headers: formBody.merging([.acceptLanguage: "vi"]), body: form(item.fields))
                #expect(Int(xml.status.code) == item.status)
                #expect(try XMLTree.parse(xml.text).child("error")?.fields == ["code": "\(item.status)", "description": item.vi])
            }
            // The register's own refusals, in the same array: a locality it cannot find.
            let nowhere = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody,
                                                   body: form(replacing("address_string", "Xã Không Có, Cần Thơ")))
            #expect(nowhere.status == .badRequest)
            #expect(nowhere.text == #"[{"code":400,"description":"No locality matches 'Xã Không Có, Cần Thơ': check the spelling, or list them with 'docket locality list'."}]"#)
            let notForm = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(key)", method: .post, headers: jsonBody,
                                                   body: json("{}"))
            #expect(notForm.status == .badRequest)
            #expect(notForm.text == #"[{"code":400,"description":"The request's body must be application/x-www-form-urlencoded."}]"#)
            let badPercent = try await client.execute(uri: "\(Self.base)/requests.json", method: .post, headers: formBody,
                                                      body: ByteBuffer(string: "api_key=\(key)&service_code=%zz"))
            #expect(badPercent.text == #"[{"code":400,"description":"The fields must be percent-encoded UTF-8."}]"#)
            for (query, sentence) in [
                ("status=pending", #"The parameter status does not take the value "pending"."#),
                ("start_date=yesterday", #"The parameter start_date does not take the value "yesterday"."#),
                ("start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z", "start_date to end_date may not span more than 90 days."),
                ("start_date=2025-08-26T09:00:00%2B07:00&end_date=2025-11-24T09:00:01%2B07:00", "start_date to end_date may not span more than 90 days."),
                ("start_date=2025-06-01T00:00:00Z&end_date=2025-05-01T00:00:00Z", #"The parameter end_date does not take the value "2025-05-01T00:00:00Z"."#),
                ("service_request_id=1,x", #"The parameter service_request_id does not take the value "x"."#),
            ] {
                let response = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(key)&\(query)", method: .get)
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.text == "[{\"code\":400,\"description\":\(JSONValue.string(sentence).rendered(pretty: false))}]")
            }
            let notANumber = try await client.execute(uri: "\(Self.base)/requests/x.json?api_key=\(key)", method: .get)
            #expect(notANumber.status == .notFound)
            #expect(try tokens.fingerprint() == before)
        }
    }

    @Test("GET requests answers at most 1,000 requests")
    func limit() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        _ = try await tokens.pool.write { register in
            for number in 1...1_001 {
                _ = try register.file(NewProblem(title: "Kiến nghị số \(number)", locality: "Cần Thơ", category: "tthc"),
                                      at: ServedRegister.now, as: .admin("test"))
            }
        }
        try await served.test { client in
            let response = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(tokens.secrets["coordinator"]!)", method: .get)
            let ids = try response.value.arrayElements?.compactMap { $0.member("service_request_id")?.stringValue } ?? []
            #expect(ids.count == 1_000)
            #expect(ids.first == "6")
            #expect(ids.last == "1005")
        }
    }

    @Test("a description's first sentence over 500 characters is cut there to title the problem; a wrong method is 405")
    func longSentence() async throws {
        let served = try Self.served()
        let tokens = served.tokens
        let sentence = String(repeating: "Hạ tầng viễn thông thụ động ", count: 30)
        try await served.test { client in
            let filed = try await client.execute(uri: "\(Self.base)/requests.json?api_key=\(tokens.secrets["can-tho"]!)", method: .post,
                                                 headers: formBody, body: form([
                ("service_code", "vien-thong"), ("description", sentence + "cần thống nhất."), ("address_string", "can tho"),
            ]))
            #expect(filed.status == .ok)
            let problem = try await client.execute(uri: "/api/v1/problems/6", method: .get, headers: tokens.headers("can-tho"))
            #expect(try problem.value.member("title")?.stringValue == String(sentence.prefix(500)).trimmingCharacters(in: .whitespaces))
            let wrong = try await client.execute(uri: "\(Self.base)/requests.xml", method: .delete)
            #expect(wrong.status == .methodNotAllowed)
            #expect(wrong.headers[.allow] == "POST, GET, HEAD")
        }
    }

    @Test("the first sentence of a description, at most 500 characters")
    func firstSentence() {
        #expect(Open311.firstSentence("  Cáp quang đứt 1.5 km! Cần thay.") == "Cáp quang đứt 1.5 km!")
        #expect(Open311.firstSentence("Dòng một\nDòng hai. Ba") == "Dòng một")
        #expect(Open311.firstSentence("Không dấu chấm") == "Không dấu chấm")
        #expect(Open311.firstSentence(String(repeating: "ạ", count: 600)) == String(repeating: "ạ", count: 500))
    }
}

/// The headers of a form-encoded body.
let formBody: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

/// `fields` form-encoded, as a browser or a client library writes them (spaces as `%20`, or as
/// `+` with `spaceAsPlus`).
func form(_ fields: [(String, String)], spaceAsPlus: Bool = false) -> ByteBuffer {
    let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    func encoded(_ text: String) -> String {
        let percent = text.addingPercentEncoding(withAllowedCharacters: unreserved)!
        return spaceAsPlus ? percent.replacingOccurrences(of: "%20", with: "+") : percent
    }
    return ByteBuffer(string: fields.map { encoded($0.0) + "=" + encoded($0.1) }.joined(separator: "&"))
}

extension HTTPFields {
    /// These fields with `other`'s added.
    func merging(_ other: HTTPFields) -> HTTPFields {
        var fields = self
        fields.append(contentsOf: other)
        return fields
    }
}

/// An XML document read back with Foundation's XMLParser: the parse fails unless it is
/// well-formed.
struct XMLTree: Equatable {
    var name: String
    var text = ""
    var children: [XMLTree] = []

    /// The first child named `name`.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Each child's text by its name.
    var fields: [String: String] { Dictionary(children.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first }) }

    struct Malformed: Error { let reason: String }

    static func parse(_ text: String) throws -> XMLTree {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw Malformed(reason: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(XMLTree(name: elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let done = stack.removeLast()
            if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
        }
    }
}
