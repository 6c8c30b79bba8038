import DocketCore
import Foundation
import Testing

/// A register made through the binary whose history spans 2025-W34 to W37 (the store's tests
/// work its figures out by hand): in W34 #1 (Cần Thơ, group 1) filed and assigned to cuc-vt due
/// 29 Aug, #2 (Hà Nội) filed, #3 (Đồng Nai) filed at the last second of the week; in W35 #4 (a
/// ward of Cần Thơ, group 1) filed exactly at Monday 00:00 and #5 (Hà Nội) at the same instant
/// written in UTC, #2 #3 #4 assigned (due 27 Aug, 31 Aug, 1 Sep), #1 resolved, #5 closed.
/// Later (stage two): #1 reopened and resolved again, #2 answered, #4 resolved, #6 filed.
struct ReportRegister {
    let docket: Docket

    init() throws {
        docket = try Docket.withUnits()
        try docket.ok("group", "add", "Hạ tầng viễn thông", "--at", "2025-08-01")
        try docket.ok("file", "--locality", "Cần Thơ", "--group", "1", "--at", "2025-08-18",
                      "--title", "Giá thuê hạ tầng viễn thông chưa thống nhất")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-08-29", "--at", "2025-08-19")
        try docket.ok("file", "--locality", "Hà Nội", "--at", "2025-08-20", "--title", "Thủ tục \"một cửa\", liên thông chồng chéo")
        try docket.ok("file", "--locality", "Đồng Nai", "--at", "2025-08-24T23:59:59+07:00",
                      "--title", "<script>alert('x')</script> Cáp quang ngầm")
        try docket.ok("file", "--locality", "Ninh Kiều", "--group", "1", "--at", "2025-08-25T00:00:00+07:00",
                      "--title", "Thiếu cán bộ đo lường cấp phường")
        try docket.ok("file", "--locality", "Hà Nội", "--at", "2025-08-24T17:00:00Z", "--title", "Trùng với kiến nghị về thủ tục")
        try docket.ok("assign", "2", "--unit", "vu-pc", "--due", "2025-08-27", "--at", "2025-08-25")
        try docket.ok("assign", "3", "--unit", "cuc-vt", "--due", "2025-08-30", "--at", "2025-08-25")
        try docket.ok("assign", "4", "--unit", "cuc-vt", "--due", "2025-09-01", "--at", "2025-08-26")
        try docket.ok("resolve", "1", "--resolution", "Đã thống nhất khung giá thuê | mức *trần*", "--at", "2025-08-26")
        try docket.ok("close", "5", "--reason", "Trùng với kiến nghị #2", "--at", "2025-08-28")
        try docket.ok("escalate", "3", "--to", "chinh-phu", "--reason", "Vượt thẩm quyền của Bộ", "--at", "2025-08-29")
    }

    func stageTwo() throws {
        try docket.ok("reopen", "1", "--reason", "Địa phương báo chưa áp dụng được", "--at", "2025-09-02")
        try docket.ok("answer", "2", "--response", "Đã có văn bản hướng dẫn", "--at", "2025-09-03")
        try docket.ok("resolve", "4", "--resolution", "Đã mở lớp bồi dưỡng", "--at", "2025-09-04")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Chữ ký số chuyên dùng", "--at", "2025-09-05")
        try docket.ok("resolve", "1", "--resolution", "Đã áp dụng khung giá mới", "--at", "2025-09-09")
    }

    /// Every format of `week`, as printed.
    func everyFormat(_ week: String) throws -> [String] {
        try ["text", "markdown", "csv", "json", "html"].map {
            try docket.ok("report", "weekly", "--week", week, "--format", $0).stdout
        }
    }
}

@Suite struct TheResolutionReportThroughTheBinary {
    /// The text of W35, every figure as worked out by hand in the store's tests (the same as
    /// the renderers' sample, which was built to match it).
    @Test func theTextOfAWeekExactly() throws {
        let register = try ReportRegister()
        let run = try register.docket.ok("report", "weekly", "--week", "2025-W35")
        #expect(run.stdout == """
            Weekly resolution report
            ========================
            2025-W35: Monday 2025-08-25 to Sunday 2025-08-31, Asia/Ho_Chi_Minh

            1 group of difficulties, 0 completely resolved; 5 problems raised to date, 1
            completely resolved and 0 answered; resolution rate 25.0%.

            During the week
            ---------------
            Raised     2
            Assigned   3
            Answered   0
            Escalated  1
            Resolved   1
            Reopened   0
            Closed     1

            At the end of the week
            ----------------------
            Open                      3
            Overdue                   2
            Raised to date            5
            Answered or resolved      1
            Completely resolved       1
            Closed                    1
            Resolution rate       25.0%

            Open problems by state
            ----------------------
            raised     0
            assigned   2
            answered   0
            escalated  1

            Groups
            ------
            Groups with a problem raised  1
            Groups completely resolved    0

            By unit
            -------
            Unit    Name            Assigned  Resolved  Open  Overdue  Closed
            cuc-vt  Cục Viễn thông         3         1     2        1       0
            vu-pc   Vụ Pháp chế            1         0     1        1       0
                    (no unit)              1         0     0        0       1

            By province
            -----------
            Code  Province  Raised  Resolved  Open  Closed
            01    Hà Nội         2         0     1       1
            75    Đồng Nai       1         0     1       0
            92    Cần Thơ        2         1     1       0

            Sent beyond the ministry's authority
            ------------------------------------
            Sent during the week               1
            Of all sent, still open            1
            Of all sent, answered or resolved  0
            Of all sent, completely resolved   0

            Sent to    Sent  Open  Answered  Resolved
            Chính phủ     1     1         0         0

            #  Sent on     State      Sent to    Title
            3  2025-08-29  escalated  Chính phủ  <script>alert('x')</script> Cáp quang ngầm

            Resolved during the week
            ------------------------
            #1  Giá thuê hạ tầng viễn thông chưa thống nhất
                Cần Thơ · cuc-vt · resolved on 2025-08-26
                Đã thống nhất khung giá thuê | mức *trần*

            Overdue at the end of the week
            ------------------------------
            #  Due         Days  Owner           Locality  Title
            2  2025-08-27     4  Vụ Pháp chế     Hà Nội    Thủ tục "một cửa", liên thông ch…
            3  2025-08-30     1  Cục Viễn thông  Đồng Nai  <script>alert('x')</script> Cáp …

            Raised and resolved, the last eight weeks
            -----------------------------------------
            Week      Raised  Resolved
            2025-W28       0         0
            2025-W29       0         0
            2025-W30       0         0
            2025-W31       0         0
            2025-W32       0         0
            2025-W33       0         0
            2025-W34       3         0
            2025-W35       2         1

            Counted from the events that happened before Monday 2025-09-01 00:00
            (Asia/Ho_Chi_Minh): the report of a past week does not change.

            """)
        #expect(run.stderr.isEmpty)
    }

    /// `--json` and `--format json` print the same one object, with the contract's figures.
    @Test func theJSONOfAWeek() throws {
        let register = try ReportRegister()
        let json = try register.docket.ok("report", "weekly", "--week", "2025-w35", "--json")
        #expect(try register.docket.ok("report", "weekly", "--week", "2025-W35", "--format", "json").stdout == json.stdout)
        #expect(try register.docket.ok("report", "weekly", "--week", "2025-W35", "--format", "json", "--json").stdout == json.stdout)
        let object = try json.object()
        #expect(object["week"] as? String == "2025-W35")
        #expect(object["from"] as? String == "2025-08-25")
        #expect(object["to"] as? String == "2025-08-31")
        #expect(object["timezone"] as? String == "Asia/Ho_Chi_Minh")
        #expect(object["during"] as? [String: Int] == ["raised": 2, "assigned": 3, "answered": 0, "escalated": 1,
                                                       "resolved": 1, "reopened": 0, "closed": 1, "resolved_problems": 1])
        #expect(object["complete"] as? Bool == true)
        #expect(object["as_of"] as? String == "2025-09-01T00:00:00+07:00")
        let end = try #require(object["end_of_week"] as? [String: Any])
        #expect(end["open"] as? Int == 3)
        #expect(end["by_state"] as? [String: Int] == ["raised": 0, "assigned": 2, "answered": 0, "escalated": 1])
        #expect(end["overdue"] as? Int == 2)
        #expect(end["total_raised"] as? Int == 5)
        #expect(end["total_answered"] as? Int == 1)
        #expect(end["total_resolved"] as? Int == 1)
        #expect(end["resolution_rate"] as? Double == 0.25)
        #expect(object["groups"] as? [String: Int] == ["total": 1, "resolved": 0])
        let overdue = try #require(object["overdue"] as? [[String: Any]])
        #expect(overdue.map { $0["id"] as? Int } == [2, 3])
        #expect(overdue.map { ($0["unit"] as? [String: Any])?["code"] as? String } == ["vu-pc", "cuc-vt"])
        #expect(overdue.map { $0["due"] as? String } == ["2025-08-27", "2025-08-30"])
        #expect(overdue.map { $0["days_overdue"] as? Int } == [4, 1])
        let units = try #require(object["by_unit"] as? [[String: Any]])
        #expect(units.map { ($0["unit"] as? [String: Any])?["code"] as? String } == ["cuc-vt", "vu-pc", nil])
        #expect(units.map { $0["assigned"] as? Int } == [3, 1, 1])
        let beyond = try #require(object["beyond_authority"] as? [String: Any])
        #expect(beyond["sent"] as? Int == 1)
        #expect(beyond["open"] as? Int == 1)
        let items = try #require(beyond["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? Int } == [3])
        #expect(items.map { $0["sent_at"] as? String } == ["2025-08-29T09:00:00+07:00"])
        #expect(items.map { ($0["to"] as? [String: Any])?["name"] as? String } == ["Chính phủ"])
        let resolved = try #require(object["resolved"] as? [[String: Any]])
        #expect(resolved.map { $0["resolution"] as? String } == ["Đã thống nhất khung giá thuê | mức *trần*"])
    }

    /// Every format of W34 and W35, byte for byte, is the same after the events of W36 and W37.
    @Test func everyFormatIsTheSameAfterLaterEvents() throws {
        let register = try ReportRegister()
        let before = try ["2025-W34", "2025-W35"].map(register.everyFormat)
        try register.stageTwo()
        let after = try ["2025-W34", "2025-W35"].map(register.everyFormat)
        #expect(after == before)
        // W36 does see them: #1 reopened, #4 resolved.
        let w36 = try register.docket.ok("report", "weekly", "--week", "2025-W36", "--json").object()
        #expect(w36["during"] as? [String: Int] == ["raised": 1, "assigned": 0, "answered": 1, "escalated": 0,
                                                    "resolved": 1, "reopened": 1, "closed": 0, "resolved_problems": 1])
        #expect((w36["resolved"] as? [[String: Any]])?.map { $0["id"] as? Int } == [4])
    }

    /// Markdown, CSV and HTML carry the same figures and escape what users wrote.
    @Test func everyFormatCarriesTheFigures() throws {
        let register = try ReportRegister()
        let formats = try register.everyFormat("2025-W35")
        #expect(formats[1].hasPrefix("# Weekly resolution report\n"))
        #expect(formats[1].contains("| 3 | 2025-08-30 | 1 | Cục Viễn thông | Đồng Nai | \\<script\\>alert('x')\\</script\\> Cáp quang ngầm |\n"))
        #expect(formats[2].hasPrefix("section,measure,value,period,unit,unit_name,locality,locality_name,problem,title\r\n"))
        #expect(formats[2].contains("end_of_week,resolution_rate,0.25,,,,,,,\r\n"))
        #expect(formats[4].hasPrefix("<!DOCTYPE html>"))
        #expect(formats[4].contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Cáp quang ngầm"))
        #expect(!formats[4].contains("<script"))
        #expect(!formats[4].contains("http"))
    }

    /// --overdue-limit lists the longest overdue only, and says so; the counts stay whole.
    @Test func theOverdueListCanBeCutShort() throws {
        let register = try ReportRegister()
        let docket = register.docket
        let text = try docket.ok("report", "weekly", "--week", "2025-W35", "--overdue-limit", "1").stdout
        #expect(text.contains("""
            #  Due         Days  Owner        Locality  Title
            2  2025-08-27     4  Vụ Pháp chế  Hà Nội    Thủ tục "một cửa", liên thông chồng…
            The 1 longest overdue of 2 are listed.

            """))
        let json = try docket.ok("report", "weekly", "--week", "2025-W35", "--json", "--overdue-limit", "1").object()
        #expect((json["overdue"] as? [[String: Any]])?.map { $0["id"] as? Int } == [2])
        #expect((json["end_of_week"] as? [String: Any])?["overdue"] as? Int == 2)
        let all = try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "markdown", "--overdue-limit", "all")
        #expect(all.stdout == (try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "markdown").stdout))
        try docket.refuses(64, "report", "weekly", "--overdue-limit=-3",
                           saying: "docket: --overdue-limit: '-3' is neither a number of problems nor all.")
    }

    /// With no --week, the last complete week in the register's time zone.
    @Test func theDefaultWeekIsTheLastCompleteOne() throws {
        let register = try ReportRegister()
        let before = ISOWeek.lastComplete(at: .now(), in: .hoChiMinh)
        let object = try register.docket.ok("report", "weekly", "--json").object()
        let after = ISOWeek.lastComplete(at: .now(), in: .hoChiMinh)
        #expect([before.description, after.description].contains(object["week"] as? String ?? ""))
        #expect(object["from"] as? String == (object["week"] as? String == before.description ? before : after).monday.description)
    }
}

@Suite struct AWrongWeekOrFormatIsAUsageError {
    @Test(arguments: [
        ("2025-W00", "'2025-W00' is not a week: ISO weeks are numbered from 01; give it as YYYY-Www, for example 2025-W35."),
        ("2025-W54", "'2025-W54' is not a week: no year has more than 53 ISO weeks; give it as YYYY-Www, for example 2025-W35."),
        ("2025-W53", "'2025-W53' is not a week: 2025 has 52 ISO weeks; give it as YYYY-Www, for example 2025-W35."),
        ("last week", "'last week' is not a week: expected a four-digit year, '-W' and a two-digit week; give it as YYYY-Www, for example 2025-W35."),
        ("2025W35", "'2025W35' is not a week: expected a four-digit year, '-W' and a two-digit week; give it as YYYY-Www, for example 2025-W35."),
    ])
    func aWeekThatIsNotOneExits64(week: String, message: String) throws {
        let docket = try Docket.withUnits()
        try docket.refuses(64, "report", "weekly", "--week", week, saying: "docket: " + message)
    }

    @Test func week53OfAYearThatHasOneIsFine() throws {
        let docket = try Docket.withUnits()
        let object = try docket.ok("report", "weekly", "--week", "2020-W53", "--json").object()
        #expect(object["from"] as? String == "2020-12-28")
        #expect(object["to"] as? String == "2021-01-03")
        #expect(object["complete"] as? Bool == true)
    }

    /// `report period` over a month, a quarter and a run of days: the weekly report's keys with
    /// `period` in place of `week`, the trend by month past two months, a Vietnamese title that
    /// names the period; a period given no way or two ways is a usage error.
    @Test func aPeriodThroughTheBinary() throws {
        let register = try ReportRegister()
        try register.stageTwo()
        let docket = register.docket
        let september = try docket.ok("report", "period", "--month", "2025-09", "--json").object()
        #expect(september["week"] == nil)
        #expect(september["period"] as? [String: String] == ["name": "2025-09", "from": "2025-09-01", "to": "2025-09-30"])
        #expect(september["during"] as? [String: Int] == ["raised": 1, "assigned": 0, "answered": 1, "escalated": 0,
                                                          "resolved": 2, "reopened": 1, "closed": 0, "resolved_problems": 2])
        #expect(september["complete"] as? Bool == true)
        let quarter = try docket.ok("report", "period", "--quarter", "2025-q3").stdout
        #expect(quarter.hasPrefix("""
            Quarterly resolution report
            ===========================
            2025-Q3: 2025-07-01 to 2025-09-30, Asia/Ho_Chi_Minh

            """))
        #expect(quarter.contains("""
            Raised and resolved, by month
            -----------------------------
            Month    Raised  Resolved
            2025-07       0         0
            2025-08       5         1
            2025-09       1         2
            """))
        let vietnamese = try docket.ok("report", "period", "--half", "2025-H2", "--lang", "vi", "--format", "markdown").stdout
        // Laid out as an official document: the heading, then the type and the subject.
        #expect(vietnamese.hasPrefix("| …………… | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"))
        #expect(vietnamese.contains("# BÁO CÁO\n\n**Tình hình giải quyết khó khăn, vướng mắc 6 tháng"))
        #expect(vietnamese.contains("6 tháng cuối năm 2025: từ 01/07/2025 đến 31/12/2025"))
        let days = try docket.ok("report", "period", "--from", "2025-08-25", "--to", "2025-08-31", "--json").object()
        let week = try docket.ok("report", "weekly", "--week", "2025-W35", "--json").object()
        for key in ["during", "end_of_week", "groups", "by_unit", "by_locality", "beyond_authority", "resolved", "overdue"] {
            #expect((days[key] as? NSObject) == (week[key] as? NSObject), "\(key)")
        }
        try docket.refuses(64, "report", "period", saying: "docket: Give the period one way: --month YYYY-MM,")
        try docket.refuses(64, "report", "period", "--month", "2025-09", "--year", "2025", saying: "docket: Give the period one way")
        try docket.refuses(64, "report", "period", "--month", "2025-9", saying: "docket: '2025-9' is not a month: give it as YYYY-MM, for example 2025-08.")
        try docket.refuses(64, "report", "period", "--from", "2025-09-30", "--to", "2025-09-01",
                           saying: "docket: --to 2025-09-01 is before --from 2025-09-30")
    }

    /// A week or a period that has not begun has nothing to count: refused, exit 1, in one
    /// sentence; the register is not touched.
    @Test func aWeekOrAPeriodNotBegunIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, "report", "weekly", "--week", "2099-W01",
                           saying: "docket: 2099-W01 has not begun: it starts on 2098-12-29 and today is ")
        try docket.refuses(1, "report", "period", "--year", "2099",
                           saying: "docket: 2099 has not begun: it starts on 2099-01-01 and today is ")
    }

    @Test func anUnknownFormatOrAFormatAgainstJSONExits64() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(64, "report", "weekly", "--format", "pdf",
                           saying: "docket: --format: 'pdf' is not a report format; give text, markdown, csv, json or html.")
        try docket.refuses(64, "report", "weekly", "--format", "csv", "--json",
                           saying: "docket: --json: it means --format json, so it cannot go with --format csv; give one of them.")
    }

    @Test func aMissingRegisterIsRefused() throws {
        let docket = try Docket()
        try docket.refuses(1, "report", "weekly", saying: "run 'docket init'")
        #expect(!FileManager.default.fileExists(atPath: docket.db))
    }

    @Test func theHelpHasExamples() throws {
        let docket = try Docket()
        let help = try docket.run(["report", "weekly", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("docket report weekly --week 2025-W36 --format markdown"))
        #expect(help.stdout.contains("\nsection,measure,value,period,unit,unit_name,locality,locality_name,problem,title\n"))
    }
}

@Suite struct TheReportWrittenToAFile {
    /// `--output` writes exactly what stdout would have had, prints nothing, and leaves no
    /// temporary file; writing again replaces the file.
    @Test func outputWritesTheFileWhole() throws {
        let register = try ReportRegister()
        let docket = register.docket
        for format in ["text", "markdown", "csv", "json", "html"] {
            let path = docket.path("report." + format)
            let printed = try docket.ok("report", "weekly", "--week", "2025-W35", "--format", format).stdout
            let run = try docket.ok("report", "weekly", "--week", "2025-W35", "--format", format, "--output", path)
            #expect(run.stdout.isEmpty)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == printed)
        }
        let path = docket.path("report.json")
        try docket.ok("report", "weekly", "--week", "2025-W34", "--json", "--output", path)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"week\": \"2025-W34\""))
        let left = try FileManager.default.contentsOfDirectory(atPath: docket.directory.path)
        #expect(left.filter { $0.contains("partial") } == [])
    }

    @Test func theRegisterItselfIsRefused() throws {
        let register = try ReportRegister()
        let docket = register.docket
        try docket.refuses(1, "report", "weekly", "--week", "2025-W35", "--output", docket.db,
                           saying: "it is the register itself")
        try docket.refuses(1, "report", "weekly", "--week", "2025-W35", "--output", docket.path("./register.db"),
                           saying: "it is the register itself")
        try docket.refuses(1, "report", "weekly", "--week", "2025-W35", "--output", docket.db + "-wal",
                           saying: "it is the register itself")
    }

    @Test func anUnwritablePathIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, "report", "weekly", "--output", docket.path("no/such/folder/report.html"),
                           saying: "No such file or directory")
        try docket.refuses(1, "report", "weekly", "--output", docket.directory.path, saying: "it is a directory")
        // Under a file, as if it were a folder: refused whoever runs it, root included.
        try docket.refuses(1, "report", "weekly", "--output", docket.db + "/report.html", saying: "Not a directory")
    }
}

@Suite struct TheReportInVietnamese {
    @Test func langViWritesTheReportInVietnameseAndOtherLanguagesAreRefused() throws {
        let register = try ReportRegister()
        let run = try register.docket.ok("report", "weekly", "--week", "2025-W35", "--lang", "vi")
        #expect(run.stdout.contains("\n                                    BÁO CÁO\n"
                                    + "               Tình hình giải quyết khó khăn, vướng mắc hằng tuần\n"))
        #expect(run.stdout.contains("từ thứ Hai 25/08/2025 đến Chủ nhật 31/08/2025"))
        try register.docket.refuses(64, "report", "weekly", "--week", "2025-W35", "--lang", "fr")
    }
}

