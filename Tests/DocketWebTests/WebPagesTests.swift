import DocketWeb
import Testing

/// The templates parse, write every value escaped, and say the same in both languages.
@Suite("Web page templates")
struct WebPagesTests {
    let pages = WebPages()

    func chrome(_ language: String, user: (name: String, role: String)? = ("<b>dp</b>", "coordinator")) -> Chrome {
        Chrome(t: WebText.of(language), title: "<i>t</i>", csrf: "token\"&", path: "/a?b=<c>", user: user, section: "problems")
    }

    @Test("every value a page shows is escaped, attributes included")
    func escaping() {
        let markup = #"<script>alert("x")</script>&"#
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"
        let row = ProblemRow(id: 7, title: markup, locality: markup, state: "raised", stateName: markup, owner: markup,
                             due: "", isOverdue: false, dueNote: "")
        let html = pages.desk(DeskPage(chrome: chrome("vi"), intro: markup, canFile: true, counts: [],
                                       table: ProblemTable(t: WebText.of("vi"), tableID: "desk-problems", caption: markup, rows: [row], empty: "")))
        #expect(!html.contains("<script"))
        #expect(html.components(separatedBy: escaped).count == 7)
        #expect(html.contains(#"<title>&lt;i&gt;t&lt;/i&gt; · docket</title>"#))
        #expect(html.contains(#"<input type="hidden" name="csrf" value="token&quot;&amp;">"#))
        #expect(html.contains(#"<input type="hidden" name="back" value="/a?b=&lt;c&gt;">"#))
        #expect(html.contains("<strong>&lt;b&gt;dp&lt;/b&gt;</strong> (điều phối)"))
    }

    @Test("the navigation marks the page's own section, and a visitor not signed in sees none")
    func navigation() {
        let signedIn = pages.error(ErrorPage(chrome: chrome("en"), heading: "Not found", text: "No."))
        #expect(signedIn.contains(#"<li><a href="/problems" aria-current="page">Problems</a></li>"#))
        #expect(signedIn.contains(#"<li><a href="/">Desk</a></li>"#))
        #expect(signedIn.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(signedIn.contains(#"<button id="language-switch" type="submit" lang="vi">Tiếng Việt</button>"#))
        let signedOut = pages.signIn(SignInPage(chrome: chrome("vi", user: nil), error: nil))
        #expect(!signedOut.contains(#"<nav id="site""#))
        #expect(!signedOut.contains("signout"))
        #expect(signedOut.contains(#"<label for="token">Mã truy cập</label>"#))
    }

    @Test("an action's form has a labelled control for every field, required where the transition requires it")
    func actionForm() {
        let form = ActionForm(action: "assign", name: "Giao xử lý", problemID: 3, csrf: "c", fields: [
            ActionField(action: "assign", field: "unit", label: "Đơn vị", isRequired: true,
                        kind: .unit([Option(value: "vu-pc", label: "Vụ Pháp chế", selected: true)]), value: ""),
            ActionField(action: "assign", field: "due", label: "Hạn xử lý", isRequired: false, kind: .due, value: "2025-09-30",
                        workingDays: "", hint: "h"),
            ActionField(action: "assign", field: "note", label: "Ghi chú", isRequired: false, kind: .text, value: "<x>"),
        ], error: "Từ chối.")
        let html = pages.problem(ProblemPage(chrome: chrome("vi"), id: 3, title: "T", notice: nil, details: [], actions: [form], events: []))
        #expect(html.contains(#"<form class="action" data-action="assign" method="post" action="/problems/3/assign">"#))
        #expect(html.contains(#"<p class="error" role="alert" id="assign-error">Từ chối.</p>"#))
        #expect(html.contains(#"<label for="assign-unit">Đơn vị <abbr title="bắt buộc">*</abbr></label>"#))
        #expect(html.contains(#"<select id="assign-unit" name="unit" required><option value="vu-pc" selected>Vụ Pháp chế</option></select>"#))
        #expect(html.contains(#"<input id="assign-due" name="due" type="date" value="2025-09-30" aria-describedby="assign-due-hint">"#))
        #expect(html.contains(#"<input id="assign-due-wd" name="due_working_days" type="number""#))
        #expect(html.contains(#"<textarea id="assign-note" name="note" rows="3">&lt;x&gt;</textarea>"#))
    }
}
