import DocketCore
import DocketTesting
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// The web pages over the router: sign-in and sessions, scope, forms and their CSRF token,
/// escaping, refusals on the form, the language switch. (The journey in a real browser is
/// tests/web, run by `make test`.)
@Suite("Web pages")
struct WebPageTests {
    @Test("a page asks who you are first; an unknown token is refused with one sentence, a good one opens a session")
    func signIn() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let desk = try await client.execute(uri: "/", method: .get)
            #expect(desk.status == .seeOther)
            #expect(desk.headers[.location] == "/signin")
            var browser = try await Browser(client)
            let refused = try await browser.post("/signin", ["token": "dkt_nothing"])
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains(#"<p class="error" role="alert" id="signin-error">Mã truy cập không đúng hoặc đã bị thu hồi.</p>"#))
            let accepted = try await browser.post("/signin", ["token": tokens.secrets["can-tho"]!])
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/")
            let cookie = try #require(accepted.headers[values: .setCookie].first { $0.hasPrefix("docket_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            browser.keep(accepted)
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.text.contains("Các vấn đề của Cần Thơ và các xã, phường trực thuộc."))
            #expect(page.problemRows == [1, 2, 5])
            #expect(page.text.contains(#"<a id="file-link" class="button" href="/problems/new">"#))
        }
    }

    @Test("every page carries a policy that allows no script, and no page of another scope is reachable")
    func scopeAndPolicy() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["ha-noi"]!)
            for path in ["/", "/problems", "/problems?q=vien+thong", "/problems/3", "/problems/new", "/meetings", "/groups",
                         "/reports/weekly?week=2025-W35", "/problems/1", "/problems/999"] {
                let page = try await browser.get(path)
                let policy = try #require(page.headers[.contentSecurityPolicy], "\(path)")
                #expect(policy.hasPrefix("default-src 'none'; style-src 'self';"), "\(path)")
                #expect(!policy.contains("script-src") && !policy.contains("unsafe"), "\(path)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8", "\(path)")
                #expect(!page.text.contains("<script"), "\(path)")
            }
            #expect(try await browser.get("/problems").problemRows == [3, 4])
            // The filters as the form sends them: every field, empty for "any".
            let filtered = try await browser.get("/problems?q=&state=assigned&locality=&unit=&category=&group=")
            #expect(filtered.status == .ok)
            #expect(filtered.problemRows == [3])
            // "vien thong" is in #1, #2 and #5, all in Cần Thơ.
            let search = try await browser.get("/problems?q=vien+thong")
            #expect(search.problemRows == [])
            let outside = try await browser.get("/problems/1")
            let missing = try await browser.get("/problems/999")
            #expect(outside.status == .notFound && missing.status == .notFound)
            // The same page, but for the path the language switch comes back to.
            #expect(outside.text == missing.text.replacingOccurrences(of: "/problems/999", with: "/problems/1"))
            #expect(try await browser.get("/problems/3").status == .ok)
        }
    }

    @Test("a form posted without its page's token is refused and changes nothing; with it, the comment is recorded")
    func forgery() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["coordinator"]!)
            let before = try tokens.fingerprint()
            let forged = try await browser.post("/problems/1/comment", ["text": "Giả mạo"], csrf: .none)
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("Biểu mẫu đã cũ hoặc được gửi từ trang khác; hãy tải lại trang rồi gửi lại."))
            let wrong = try await browser.post("/problems/1/comment", ["text": "Giả mạo"], csrf: .value("x"))
            #expect(wrong.status == .forbidden)
            let elsewhere = try await browser.post("/problems/1/comment", ["text": "Giả mạo"], origin: "http://evil.example")
            #expect(elsewhere.status == .forbidden)
            #expect(try tokens.fingerprint() == before)
            let posted = try await browser.post("/problems/1/comment", ["text": "Đã xem"])
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == "/problems/1?done=comment")
            let page = try await browser.get("/problems/1?done=comment")
            #expect(page.text.contains(#"<p class="notice" role="status">Đã ghi: Ghi chú.</p>"#))
            #expect(page.text.contains(#"<p class="note">Đã xem</p>"#))
        }
    }

    @Test("the actions offered are exactly those the workflow allows from the state and the role allows")
    func actionsOffered() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let coordinator = try await Browser(client, signedInAs: tokens.secrets["coordinator"]!)
            #expect(try await coordinator.get("/problems/1").actions == ["assign", "escalate", "close", "edit", "comment"])
            #expect(try await coordinator.get("/problems/2").actions == ["assign", "answer", "escalate", "resolve", "close", "edit", "comment"])
            // A province corrects what it raised and comments; it takes no transition.
            let province = try await Browser(client, signedInAs: tokens.secrets["can-tho"]!)
            #expect(try await province.get("/problems/2").actions == ["edit", "comment"])
            let refused = try await province.post("/problems/2/assign", ["unit": "cuc-vt"])
            #expect(refused.status == .forbidden)
            let unit = try await Browser(client, signedInAs: tokens.secrets["cuc-vt"]!)
            let page = try await unit.get("/problems/2")
            #expect(page.actions == ["assign", "answer", "escalate", "resolve", "close", "comment"])
            // A unit assigns within its own subtree: cuc-vt has no unit under it.
            #expect(page.text.contains(#"<select id="assign-unit" name="unit" required><option value="cuc-vt">Cục Viễn thông</option></select>"#))
        }
    }

    @Test("the edit form corrects what differs, and with nothing changed is refused with the command line's sentence")
    func edit() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["can-tho"]!)
            let title = "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất"
            let unchanged = try await browser.post("/problems/1/edit", ["title": title, "category": "", "description": "", "recommendation": ""])
            #expect(unchanged.status == .unprocessableContent)
            #expect(unchanged.text.contains(#"<p class="error" role="alert" id="edit-error">"#))
            let changed = try await browser.post("/problems/1/edit", ["title": title, "category": "", "description": "Khung giá khác nhau giữa các tỉnh",
                                                                      "recommendation": ""])
            #expect(changed.status == .seeOther)
            let page = try await browser.get("/problems/1")
            #expect(page.text.contains(#"<dd id="description" class="long">Khung giá khác nhau giữa các tỉnh</dd>"#))
            #expect(page.text.contains(#"<li class="event" data-action="edit">"#))
        }
    }

    @Test("groups and meetings come 50 to a page, each page linking to the next, and a bad page address is refused")
    func groupAndMeetingPages() async throws {
        let served = try ServedRegister()
        let register = served.fixture.register
        let at = RegisterFixture.at("2025-08-01")
        for number in 1...51 {
            _ = try register.addGroup(title: "Nhóm \(number)", at: at, actor: "test")
            _ = try register.addMeeting(locality: "Cần Thơ", heldOn: RegisterFixture.date("2025-08-01").adding(days: 51 - number),
                                        title: "Làm việc \(number)", lead: nil, notes: nil, at: at, actor: "test")
        }
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["coordinator"]!)
            func rows(_ page: TestResponse, _ kind: String) -> [Int64] {
                page.text.matches(of: try! Regex<(Substring, Substring)>(#"<tr data-\#(kind)-id="(\d+)""#)).compactMap { Int64($0.1) }
            }
            func next(_ page: TestResponse) -> String? {
                page.text.firstMatch(of: /<a id="next-page" rel="next" href="([^"]+)">/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
            }
            let groups = try await browser.get("/groups")
            #expect(rows(groups, "group") == Array(1...50))
            let moreGroups = try await browser.get(try #require(next(groups)))
            #expect(rows(moreGroups, "group") == [51])
            #expect(next(moreGroups) == nil)
            // Held a day apart, the last made first.
            let meetings = try await browser.get("/meetings")
            #expect(rows(meetings, "meeting") == Array((2...51).reversed()))
            let moreMeetings = try await browser.get(try #require(next(meetings)))
            #expect(rows(moreMeetings, "meeting") == [1])
            #expect(next(moreMeetings) == nil)
            let bad = try await browser.get("/groups?after=%21")
            #expect(bad.status == .badRequest)
            #expect(rows(bad, "group") == [])
        }
    }

    @Test("a unit's desk puts what is overdue first, with the days overdue")
    func unitDesk() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["bo-tc"]!)
            let desk = try await browser.get("/")
            // #3, #4 and #5 were due 2025-09-30; now is 2025-11-24: 55 days overdue.
            #expect(desk.problemRows == [3, 4, 5])
            #expect(desk.text.components(separatedBy: #"<span class="due-note">(quá hạn 55 ngày)</span>"#).count == 4)
            #expect(desk.text.contains(#"<td data-label="Hạn xử lý" class="days-overdue">2025-09-30"#))
        }
    }

    @Test("filing from the form: a locality typed without tone marks, every field as text; a refusal keeps what was typed")
    func filing() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["can-tho"]!)
            let markup = #"<script>alert(1)</script><b>x</b>"#
            let refused = try await browser.post("/problems", ["locality": "ha noi", "title": markup, "description": markup])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Hà Nội (địa phương) nằm ngoài phạm vi mà người dùng này được làm việc: không có gì thay đổi."))
            let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;"
            #expect(refused.text.contains(#"<textarea id="title" name="title" rows="2" required maxlength="500">\#(escaped)</textarea>"#))
            #expect(refused.text.contains(#"value="ha noi""#))
            let filed = try await browser.post("/problems", ["locality": "ninh kieu", "title": markup, "description": markup,
                                                             "recommendation": markup])
            #expect(filed.status == .seeOther)
            #expect(filed.headers[.location] == "/problems/6?done=file")
            for path in ["/problems/6", "/", "/problems", "/problems?q=alert"] {
                let page = try await browser.get(path)
                #expect(!page.text.contains("<script>") && !page.text.contains("<b>x"), "\(path)")
                #expect(page.text.contains(escaped), "\(path)")
            }
            let page = try await browser.get("/problems/6")
            #expect(page.text.contains(#"<dd id="locality">Phường Ninh Kiều, Cần Thơ</dd>"#))
            #expect(page.text.contains(#"<dd id="state" data-state="raised">Mới ghi nhận</dd>"#))
        }
    }

    @Test("a refused action shows the command line's sentence on its form, with what was typed")
    func refusedAction() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["coordinator"]!)
            let before = try tokens.fingerprint()
            let refused = try await browser.post("/problems/1/assign", ["unit": "khong-co", "due": "", "due_working_days": "", "note": "Giao gấp"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<p class="error" role="alert" id="assign-error">"#))
            #expect(refused.text.contains(">Giao gấp</textarea>"))
            #expect(try tokens.fingerprint() == before)
            let assigned = try await browser.post("/problems/1/assign", ["unit": "vu-pc", "due": "", "due_working_days": "5", "note": ""])
            #expect(assigned.status == .seeOther)
            let page = try await browser.get("/problems/1")
            #expect(page.text.contains(#"<dd id="owner">Vụ Pháp chế</dd>"#))
            // Five working days from Monday 2025-11-24.
            #expect(page.text.contains(#"<dd id="due">2025-12-01 (còn 7 ngày)</dd>"#))
        }
    }

    @Test("the language switch is remembered, and back goes only to a path of this server")
    func language() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            var browser = try await Browser(client, signedInAs: tokens.secrets["coordinator"]!)
            let switched = try await browser.post("/language", ["lang": "en", "back": "/problems"])
            #expect(switched.status == .seeOther)
            #expect(switched.headers[.location] == "/problems")
            browser.keep(switched)
            let page = try await browser.get("/problems")
            #expect(page.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(page.text.contains("<h1>Problems</h1>"))
            let away = try await browser.post("/language", ["lang": "vi", "back": "//evil.example/"])
            #expect(away.headers[.location] == "/")
        }
    }

    @Test("the weekly report is embedded, its inline style allowed by hash, and offered in every format")
    func report() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let browser = try await Browser(client, signedInAs: tokens.secrets["coordinator"]!)
            let page = try await browser.get("/reports/weekly")
            #expect(page.text.contains(#"<iframe id="report" title="Báo cáo tuần 2025-W47" src="/reports/weekly/view?week=2025-W47&amp;lang=vi&amp;format=html"></iframe>"#))
            for format in ["html", "text", "markdown", "csv", "json"] {
                #expect(page.text.contains(#"data-format="\#(format)""#))
            }
            let view = try await browser.get("/reports/weekly/view?week=2025-W35&lang=vi&format=html")
            #expect(view.status == .ok)
            let policy = try #require(view.headers[.contentSecurityPolicy])
            #expect(policy.contains("style-src 'sha256-") && policy.contains("frame-ancestors 'self'"))
            let json = try await browser.get("/reports/weekly/view?week=2025-W35&format=json&download=true")
            #expect(json.headers[.contentDisposition] == #"attachment; filename="docket-weekly-2025-W35.json""#)
            let quarter = try await browser.get("/reports/period?quarter=2025-Q3")
            #expect(quarter.text.contains(#"src="/reports/period/view?quarter=2025-Q3&amp;lang=vi&amp;format=html""#))
            let quarterView = try await browser.get("/reports/period/view?quarter=2025-Q3&lang=en&format=json")
            #expect(quarterView.status == .ok)
            #expect(quarterView.text.hasPrefix("{"))
            let none = try await browser.get("/reports/period")
            #expect(none.status == .ok && !none.text.contains("<iframe"))
            let bad = try await browser.get("/reports/weekly?week=2025-W99")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"<p class="error" role="alert" id="report-error">"#))
        }
    }
}

/// A browser of the pages: its cookies, and the form token of the last page it was given.
struct Browser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf = ""

    /// A browser that has opened the sign-in page (and holds its form token).
    init(_ client: any TestClientProtocol) async throws {
        self.client = client
        let page = try await client.execute(uri: "/signin", method: .get)
        keep(page)
        csrf = try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) })
    }

    /// A browser signed in with `secret`, holding its session's form token.
    init(_ client: any TestClientProtocol, signedInAs secret: String) async throws {
        try await self.init(client)
        let response = try await post("/signin", ["token": secret])
        #expect(response.status == .seeOther)
        keep(response)
        let desk = try await get("/")
        csrf = try #require(desk.text.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) })
    }

    /// Keeps the cookies `response` sets.
    mutating func keep(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1).map(String.init)
            cookies[pair[0]] = pair.count > 1 ? pair[1] : ""
        }
    }

    private var cookieHeader: HTTPFields {
        [.cookie: cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")]
    }

    func get(_ path: String) async throws -> TestResponse {
        try await client.execute(uri: path, method: .get, headers: cookieHeader)
    }

    /// Which token a posted form carries.
    enum FormToken {
        case page, none, value(String)
    }

    /// Posts `fields` as a form, with the page's token unless `csrf` says otherwise.
    func post(_ path: String, _ fields: [String: String], csrf: FormToken = .page, origin: String? = nil) async throws -> TestResponse {
        var all = fields
        switch csrf {
        case .page: all["csrf"] = self.csrf
        case .value(let token): all["csrf"] = token
        case .none: break
        }
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        let body = all.sorted { $0.key < $1.key }.map { "\(formEscaped($0.key))=\(formEscaped($0.value))" }.joined(separator: "&")
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

/// `text` as a browser writes it in a form body.
private func formEscaped(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
            out.unicodeScalars.append(Unicode.Scalar(byte))
        } else if byte == UInt8(ascii: " ") {
            out += "+"
        } else {
            out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }
    }
    return out
}

extension TestResponse {
    /// The numbers of the problems in the page's table, in order.
    var problemRows: [Int64] {
        text.matches(of: /<tr data-problem-id="(\d+)"/).compactMap { Int64($0.1) }
    }

    /// The actions whose forms the page offers, in order.
    var actions: [String] {
        text.matches(of: /<form class="action" data-action="([a-z]+)"/).map { String($0.1) }
    }
}
