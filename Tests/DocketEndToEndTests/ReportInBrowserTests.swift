import DocketTesting
import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`, which `scripts/ensure-deps.sh` installs), run on a
/// file with a fresh profile and a time limit.
enum Chromium {
    /// The browser, or nil when it is not installed.
    static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs the browser headless with `arguments` in `directory`; returns its exit status and stdout.
    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String) {
        let executable = try #require(executable, "Chromium is not installed: run scripts/ensure-deps.sh (apt-get install chromium)")
        let profile = directory.appendingPathComponent("chromium-\(UUID().uuidString)")
        let process = try ChildProcess(executable, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                                    "--hide-scrollbars", "--user-data-dir=" + profile.path] + arguments,
                                       in: directory.path, stdout: .pipe)
        // A browser that hangs is stopped: the test then fails on what it did not write.
        let watchdog = DispatchWorkItem { process.signal(SIGTERM) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let (ended, stdout, _) = try process.finish()
        watchdog.cancel()
        try? FileManager.default.removeItem(at: profile)
        return (ended.status, String(decoding: stdout, as: UTF8.self))
    }

    /// The size in bytes of the file at `path`, 0 when there is none.
    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}

@Suite struct TheHTMLReportInARealBrowser {
    /// The HTML report of the hand-built register, opened in Chromium: the page loads, its DOM
    /// has both charts with their bars, the script in a title stays text, a screenshot is far
    /// from blank, and it prints on A4.
    @Test func chromiumLoadsThePageAndDrawsItsCharts() throws {
        let register = try ReportRegister()
        let docket = register.docket
        let page = docket.path("report.html")
        try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "html", "--output", page)

        let dom = try Chromium.run(["--dump-dom", "file://" + page], in: docket.directory)
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("<h1>Weekly resolution report</h1>"))
        #expect(dom.stdout.contains("</html>"))
        // The trend: a bar per week for raised and for resolved. The units: cuc-vt resolved,
        // open, overdue; vu-pc overdue.
        #expect(dom.stdout.components(separatedBy: "<svg class=\"chart trend\"").count - 1 == 1)
        #expect(dom.stdout.components(separatedBy: "<svg class=\"chart units\"").count - 1 == 1)
        #expect(dom.stdout.components(separatedBy: "<rect class=\"bar raised\"").count - 1 == 8)
        #expect(dom.stdout.components(separatedBy: "<rect class=\"bar resolved\"").count - 1 == 9)
        #expect(dom.stdout.components(separatedBy: "<rect class=\"bar overdue\"").count - 1 == 2)
        // What was sent beyond the ministry: #3, to the Government, open.
        #expect(dom.stdout.components(separatedBy: "<svg class=\"chart beyond\"").count - 1 == 1)
        #expect(dom.stdout.contains("<title>2025-W34: Raised 3</title>"))
        // Parsed as text by the browser: no script element came out of the title.
        #expect(!dom.stdout.contains("<script"))
        #expect(dom.stdout.contains("&lt;script&gt;alert('x')&lt;/script&gt; Cáp quang ngầm"))

        let blank = docket.path("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(toFile: blank, atomically: true, encoding: .utf8)
        for (file, shot) in [(page, "report.png"), (blank, "blank.png")] {
            let run = try Chromium.run(["--window-size=1200,1800", "--screenshot=" + docket.path(shot), "file://" + file],
                                       in: docket.directory)
            #expect(run.status == 0)
        }
        let report = Chromium.size(docket.path("report.png"))
        let nothing = Chromium.size(docket.path("blank.png"))
        #expect(nothing > 0)
        #expect(report > 8 * nothing, "a screenshot of \(report) bytes against \(nothing) for a blank page")

        let pdf = docket.path("report.pdf")
        let print = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page],
                                     in: docket.directory)
        #expect(print.status == 0)
        let document = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: pdf))) ?? Data(), as: UTF8.self)
        // A4 is 595 × 842 points.
        #expect(document.contains("/MediaBox [0 0 594.95996 841.91998]"))
    }

    /// The Vietnamese report of the third quarter, after the weeks that follow: the page loads,
    /// draws the trend by month (a pair of bars a month), the units and what was sent beyond
    /// the ministry, names its period in Vietnamese, and prints on A4.
    @Test func chromiumLoadsTheQuartersPageInVietnamese() throws {
        let register = try ReportRegister()
        try register.stageTwo()
        let docket = register.docket
        let page = docket.path("quy-3.html")
        try docket.ok("report", "period", "--quarter", "2025-Q3", "--lang", "vi", "--format", "html", "--output", page)
        let dom = try Chromium.run(["--dump-dom", "file://" + page], in: docket.directory)
        #expect(dom.status == 0)
        #expect(dom.stdout.contains("<html lang=\"vi\">"))
        #expect(dom.stdout.contains("Báo cáo tình hình giải quyết khó khăn, vướng mắc hằng quý"))
        #expect(dom.stdout.contains("Quý III năm 2025: từ 01/07/2025 đến 30/09/2025"))
        #expect(dom.stdout.components(separatedBy: "<svg class=\"chart trend\"").count - 1 == 1)
        #expect(dom.stdout.components(separatedBy: "<rect class=\"bar raised\"").count - 1 == 3)
        #expect(dom.stdout.components(separatedBy: "<svg class=\"chart beyond\"").count - 1 == 1)
        #expect(dom.stdout.contains("<title>2025-08: Ghi nhận 5</title>"))
        #expect(!dom.stdout.contains("<script"))
        let pdf = docket.path("quy-3.pdf")
        let print = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page], in: docket.directory)
        #expect(print.status == 0)
        let document = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: pdf))) ?? Data(), as: UTF8.self)
        #expect(document.contains("/MediaBox [0 0 594.95996 841.91998]"))
    }
}
