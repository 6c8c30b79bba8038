import Foundation
import Testing

@Suite struct TheLocalityReportInARealBrowser {
    /// The Vietnamese HTML follow-up opened in Chromium: the official heading, a table per state
    /// with a row per problem, the markup in a title kept as text, a screenshot far from blank,
    /// and A4 when printed.
    @Test func chromiumLoadsTheOfficialPageAndPrintsItOnA4() throws {
        let register = try LocalityRegister()
        let docket = register.docket
        let page = docket.path("theo-doi.html")
        _ = try register.report("Cần Thơ", "--as-of", "2026-01-31", "--format", "html", "--lang", "vi",
                                "--issuer", "Bộ Khoa học và Công nghệ", "--output", page)

        let dom = try Chromium.run(["--dump-dom", "file://" + page], in: docket.directory)
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("<div class=\"issuer\"><p class=\"body\">BỘ KHOA HỌC VÀ CÔNG NGHỆ</p></div>"))
        #expect(dom.stdout.contains("<p class=\"national\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class=\"motto\">Độc lập - Tự do - Hạnh phúc</p>"))
        #expect(dom.stdout.contains("<p class=\"dateline\">Hà Nội, ngày 05 tháng 02 năm 2026</p>"))
        #expect(dom.stdout.contains("<h1>BÁO CÁO<span class=\"subject\">Tình hình giải quyết khó khăn, vướng mắc của địa phương</span></h1>"))
        // Four states with problems, five problems.
        #expect(dom.stdout.components(separatedBy: "<table>").count - 1 == 4)
        #expect(dom.stdout.components(separatedBy: "<tr><td class=\"n\">").count - 1 == 5)
        // Parsed as text: no b element came out of #3's title.
        #expect(!dom.stdout.contains("<b>"))
        #expect(dom.stdout.contains("Cáp treo &lt;b&gt;mất mỹ quan&lt;/b&gt; đô thị"))
        #expect(dom.stdout.contains("</html>"))

        let blank = docket.path("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(toFile: blank, atomically: true, encoding: .utf8)
        for (file, shot) in [(page, "page.png"), (blank, "blank.png")] {
            let run = try Chromium.run(["--window-size=1200,1600", "--screenshot=" + docket.path(shot), "file://" + file],
                                       in: docket.directory)
            #expect(run.status == 0)
        }
        #expect(Chromium.size(docket.path("page.png")) > 8 * Chromium.size(docket.path("blank.png")))

        let pdf = docket.path("theo-doi.pdf")
        let print = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page], in: docket.directory)
        #expect(print.status == 0)
        let document = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: pdf))) ?? Data(), as: UTF8.self)
        #expect(document.contains("/MediaBox [0 0 594.95996 841.91998]"))
    }
}
