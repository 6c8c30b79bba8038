import DocketTesting
import Foundation
import Testing

/// A register made through the binary whose history for Cần Thơ (92) is worked out by hand, in
/// January 2026: #1 Cần Thơ, assigned to cuc-vt due 20 Jan (overdue on the 31st: 11 days);
/// #2 Phường Ninh Kiều, assigned to vu-pc due 15 Feb, answered on the 15th; #3 Phường Cái Khế,
/// assigned to cuc-vt due 25 Jan, escalated to bo-xd (another ministry) on the 10th (6 days
/// overdue on the 31st); #4 Cần Thơ, assigned to vu-pc due 30 Jan, resolved on the 12th and
/// reopened on the 20th (1 day overdue on the 31st); #5 Phường Ninh Kiều, closed on the 14th;
/// #6 Hà Nội, another province's. Each raised at 09:00 on its day: #1 the 5th, #2 the 6th,
/// #3 the 7th, #4 the 8th, #5 the 9th, #6 the 10th.
struct LocalityRegister {
    let docket: Docket

    init() throws {
        docket = try Docket.withUnits()
        try docket.ok("unit", "add", "bo-xd", "--name", "Bộ Xây dựng", "--kind", "ministry", "--parent", "chinh-phu",
                      "--at", "2025-12-01")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng viễn thông chưa thống nhất", "--at", "2026-01-05")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2026-01-20", "--at", "2026-01-06")
        try docket.ok("file", "--locality", "Ninh Kiều", "--title", "Thủ tục cấp phép trạm BTS kéo dài", "--at", "2026-01-06")
        try docket.ok("assign", "2", "--unit", "vu-pc", "--due", "2026-02-15", "--at", "2026-01-07")
        try docket.ok("answer", "2", "--response", "Đã có văn bản hướng dẫn số 12/BKHCN", "--at", "2026-01-15")
        try docket.ok("file", "--locality", "31120", "--title", "Cáp treo <b>mất mỹ quan</b> đô thị", "--at", "2026-01-07")
        try docket.ok("assign", "3", "--unit", "cuc-vt", "--due", "2026-01-25", "--at", "2026-01-08")
        try docket.ok("escalate", "3", "--to", "bo-xd", "--reason", "Thuộc thẩm quyền Bộ Xây dựng", "--at", "2026-01-10")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Thiếu kinh phí chuyển đổi số cấp xã", "--at", "2026-01-08")
        try docket.ok("assign", "4", "--unit", "vu-pc", "--due", "2026-01-30", "--at", "2026-01-09")
        try docket.ok("resolve", "4", "--resolution", "Đã bố trí kinh phí", "--at", "2026-01-12")
        try docket.ok("reopen", "4", "--reason", "Địa phương báo chưa nhận được", "--at", "2026-01-20")
        try docket.ok("file", "--locality", "Ninh Kiều", "--title", "Trùng kiến nghị về cấp phép", "--at", "2026-01-09")
        try docket.ok("close", "5", "--reason", "- Trùng với kiến nghị #2", "--at", "2026-01-14")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Kiến nghị của Hà Nội", "--at", "2026-01-10")
    }

    /// What happens in February: #1 renamed and resolved, #5 corrected to Hà Nội and reopened,
    /// #2's description added, #3 answered, #7 filed in Phường Cái Khế.
    func february() throws {
        try docket.ok("edit", "1", "--title", "Khung giá thuê cột ăng-ten", "--at", "2026-02-02")
        try docket.ok("edit", "5", "--locality", "Hà Nội", "--at", "2026-02-02")
        try docket.ok("edit", "2", "--description", "Hồ sơ nộp từ tháng 10", "--at", "2026-02-02")
        try docket.ok("resolve", "1", "--resolution", "Đã thống nhất khung giá", "--at", "2026-02-03")
        try docket.ok("answer", "3", "--response", "Bộ Xây dựng đã có ý kiến", "--at", "2026-02-03")
        try docket.ok("reopen", "5", "--reason", "Không trùng", "--at", "2026-02-04")
        try docket.ok("file", "--locality", "Cái Khế, Cần Thơ", "--title", "Thiếu điểm phát sóng", "--at", "2026-02-04")
    }

    /// `report locality ARGUMENTS` as printed, made on 5 February 2026 at 10:00.
    func report(_ arguments: String..., environment: [String: String] = [:]) throws -> String {
        var environment = environment
        environment["DOCKET_NOW"] = environment["DOCKET_NOW"] ?? "2026-02-05T10:00:00+07:00"
        let run = try docket(["report", "locality"] + arguments, environment: environment)
        #expect(run.status == 0, "report locality \(arguments): \(run.stderr)")
        return run.stdout
    }

    /// The items of the JSON report of `arguments`.
    func items(_ arguments: String...) throws -> [[String: Any]] {
        let json = try #require(try parsedJSON(try docket.ok(["report", "locality"] + arguments + ["--json"]).stdout) as? [String: Any])
        return try #require(json["items"] as? [[String: Any]])
    }
}

extension Docket {
    /// Runs `docket ARGUMENTS --db REGISTER` with `environment`.
    func callAsFunction(_ arguments: [String], environment: [String: String]) throws -> ProgramRun {
        try run(arguments + ["--db", db], environment: environment)
    }
}

@Suite struct TheLocalityReport {
    @Test func theTextAsOfTheEndOfJanuaryExactly() throws {
        let register = try LocalityRegister()
        #expect(try register.report("Cần Thơ", "--as-of", "2026-01-31") == """
            Follow-up of the problems raised
            ================================
            Cần Thơ (92): the problems it and its communes and wards raised, as they stood
            at the end of 2026-01-31 (Asia/Ho_Chi_Minh).

            5 problems raised: 1 answered, 0 completely resolved, 1 closed; 4 open, 3 of
            them overdue.

            Summary
            -------
            Raised to date       5
            Answered             1
            Completely resolved  0
            Closed               1
            Open                 4
            Overdue              3

            In the tables, Open and Overdue count days.

            assigned: 2 problems
            --------------------
            #  Title                                Locality  Owner   Sent to  Open  Overdue
            1  Giá thuê hạ tầng viễn thông chưa t…  Cần Thơ   cuc-vt             26       11
            4  Thiếu kinh phí chuyển đổi số cấp xã  Cần Thơ   vu-pc              23        1

            answered: 1 problem
            -------------------
            #  Title                         Locality          Owner  Sent to  Open  Overdue
            2  Thủ tục cấp phép trạm BTS k…  Phường Ninh Kiều  vu-pc             25        0

            #2  Đã có văn bản hướng dẫn số 12/BKHCN

            escalated: 1 problem
            --------------------
            #  Title                          Locality        Owner   Sent to  Open  Overdue
            3  Cáp treo <b>mất mỹ quan</b> …  Phường Cái Khế  cuc-vt  bo-xd      24        6

            closed: 1 problem
            -----------------
            #  Title                        Locality          Owner  Sent to  Open  Overdue
            5  Trùng kiến nghị về cấp phép  Phường Ninh Kiều                     5        0

            #5  - Trùng với kiến nghị #2

            Units
            -----
            Unit    Name
            bo-xd   Bộ Xây dựng
            cuc-vt  Cục Viễn thông
            vu-pc   Vụ Pháp chế

            Each problem as its events up to then left it: the report as of a past day does
            not change.

            """)
    }

    /// The JSON: the contract's keys, each item a problem as `show --json` prints it (the same
    /// keys, in the same order) with `days_open` and `days_overdue` after them.
    @Test func theJSONHasTheContractsKeysAndEachProblemAsShowPrintsIt() throws {
        let register = try LocalityRegister()
        let text = try register.report("Cần Thơ", "--as-of", "2026-01-31", "--format", "json")
        let json = try #require(try parsedJSON(text) as? [String: Any])
        #expect(Set(json.keys) == ["locality", "as_of", "as_of_day", "timezone", "totals", "items"])
        #expect(json["locality"] as? [String: String] == ["code": "92", "name": "Cần Thơ"])
        #expect(json["as_of"] as? String == "2026-02-01T00:00:00+07:00")
        #expect(json["totals"] as? [String: Int] == ["raised": 5, "answered": 1, "resolved": 0, "closed": 1, "open": 4, "overdue": 3])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? Int } == [1, 4, 2, 3, 5])
        #expect(items.map { $0["state"] as? String } == ["assigned", "assigned", "answered", "escalated", "closed"])
        #expect(items.map { ($0["unit"] as? [String: String])?["code"] } == ["cuc-vt", "vu-pc", "vu-pc", "cuc-vt", nil])
        #expect(items.map { ($0["escalated_to"] as? [String: String])?["code"] } == [nil, nil, nil, "bo-xd", nil])
        #expect(items.map { $0["days_open"] as? Int } == [26, 23, 25, 24, 5])
        #expect(items.map { $0["days_overdue"] as? Int } == [11, 1, 0, 6, 0])
        #expect(items.map { $0["overdue"] as? Bool } == [true, true, false, true, false])
        #expect(items.map { $0["response"] as? String } == [nil, nil, "Đã có văn bản hướng dẫn số 12/BKHCN", nil, nil])
        #expect(items.map { $0["close_reason"] as? String } == [nil, nil, nil, nil, "- Trùng với kiến nghị #2"])
        #expect(items.map { $0["resolution"] as? String } == [nil, nil, nil, nil, nil])

        // #3 has not changed since: its item is show --json's object, and the two days.
        let show = try #require(try parsedJSON(try register.docket.ok("show", "3", "--json").stdout) as? [String: Any])
        var third = items[3]
        #expect(third.removeValue(forKey: "days_open") != nil && third.removeValue(forKey: "days_overdue") != nil)
        #expect(NSDictionary(dictionary: third) == NSDictionary(dictionary: show))
        // In show's order, the two days last.
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("      \"") }.map { $0.dropFirst(6).prefix { $0 != ":" } }
        #expect(Array(keys.prefix(22)) == ["\"id\"", "\"title\"", "\"state\"", "\"locality\"", "\"province\"", "\"unit\"",
                                           "\"escalated_to\"", "\"category\"", "\"group\"", "\"meeting\"", "\"due\"", "\"raised_at\"",
                                           "\"resolved_at\"", "\"overdue\"", "\"description\"", "\"recommendation\"", "\"response\"",
                                           "\"resolution\"", "\"close_reason\"", "\"updated_at\"", "\"days_open\"", "\"days_overdue\""])
    }

    @Test func asOfAnEarlierDayEachProblemIsAsItStoodThen() throws {
        let register = try LocalityRegister()
        let items = try register.items("Cần Thơ", "--as-of", "2026-01-15")
        #expect(items.map { $0["id"] as? Int } == [1, 2, 3, 4, 5])
        #expect(items.map { $0["state"] as? String } == ["assigned", "answered", "escalated", "resolved", "closed"])
        #expect(items.map { $0["days_open"] as? Int } == [10, 9, 8, 4, 5])
        #expect(items.map { $0["days_overdue"] as? Int } == [0, 0, 0, 0, 0])
        let resolved = items[3]
        #expect(resolved["resolution"] as? String == "Đã bố trí kinh phí")
        #expect(resolved["resolved_at"] as? String == "2026-01-12T09:00:00+07:00")
        #expect(resolved["updated_at"] as? String == "2026-01-12T09:00:00+07:00")
        // Before the answer of the 15th, 09:00: the day before, #2 stood assigned.
        #expect(try register.items("Cần Thơ", "--as-of", "2026-01-14").map { $0["state"] as? String }
                == ["assigned", "assigned", "escalated", "resolved", "closed"])
        // Before anything was raised, nothing.
        #expect(try register.items("Cần Thơ", "--as-of", "2026-01-04").isEmpty)
    }

    /// February's events — an edit of #1's title and of #5's locality among them — change
    /// nothing of the report as of 31 January, in any format, of the province or of a commune;
    /// the report as of now shows them.
    @Test func aPastDaysReportIsTheSameByteForByteAfterLaterEvents() throws {
        let register = try LocalityRegister()
        let places = ["Cần Thơ", "Ninh Kiều", "31120"]
        func everything() throws -> [String] {
            try places.flatMap { place in
                try ["text", "markdown", "csv", "json", "html"].flatMap { format in
                    [try register.report(place, "--as-of", "2026-01-31", "--format", format),
                     try register.report(place, "--as-of", "2026-01-31", "--format", format, "--lang", "vi")]
                }
            }
        }
        let before = try everything()
        try register.february()
        #expect(try everything() == before)
        #expect(before[0].contains("Giá thuê hạ tầng viễn thông chưa t…"))

        let now = try register.items("Cần Thơ")
        #expect(now.map { $0["id"] as? Int } == [7, 4, 2, 3, 1])
        #expect(now.map { $0["state"] as? String } == ["raised", "assigned", "answered", "answered", "resolved"])
        #expect(now.last?["title"] as? String == "Khung giá thuê cột ăng-ten")
        #expect(try register.items("Hà Nội").map { $0["id"] as? Int } == [5, 6])
        #expect(try register.items("Hà Nội", "--as-of", "2026-01-31").map { $0["id"] as? Int } == [6])
    }

    @Test func aCommuneGivesItsOwnProblemsOnly() throws {
        let register = try LocalityRegister()
        #expect(try register.items("Phường Ninh Kiều, Cần Thơ", "--as-of", "2026-01-31").map { $0["id"] as? Int } == [2, 5])
        #expect(try register.items("31120", "--as-of", "2026-01-31").map { $0["id"] as? Int } == [3])
        #expect(try register.items("Hà Nội", "--as-of", "2026-01-31").map { $0["id"] as? Int } == [6])
        let text = try register.report("Ninh Kiều", "--as-of", "2026-01-31")
        #expect(text.contains("Phường Ninh Kiều (31135): the problems it raised, as they stood at the end of\n2026-01-31"))
    }

    @Test func theCSVIsARowAProblemGuardedAgainstFormulas() throws {
        let register = try LocalityRegister()
        let csv = try register.report("Ninh Kiều", "--as-of", "2026-01-31", "--format", "csv", "--bom")
        #expect(csv == "\u{FEFF}"
                + "id,title,state,locality,locality_name,province,province_name,unit,unit_name,escalated_to,escalated_to_name,"
                + "due,raised_at,resolved_at,overdue,days_open,days_overdue,response,resolution,close_reason\r\n"
                + "2,Thủ tục cấp phép trạm BTS kéo dài,answered,31135,Phường Ninh Kiều,92,Cần Thơ,vu-pc,Vụ Pháp chế,,,"
                + "2026-02-15,2026-01-06T09:00:00+07:00,,false,25,0,Đã có văn bản hướng dẫn số 12/BKHCN,,\r\n"
                + "5,Trùng kiến nghị về cấp phép,closed,31135,Phường Ninh Kiều,92,Cần Thơ,,,,,,2026-01-09T09:00:00+07:00,,"
                + "false,5,0,,,'- Trùng với kiến nghị #2\r\n")
    }

    @Test func aDayNotYetBegunAndABadDateAreRefused() throws {
        let register = try LocalityRegister()
        try register.docket.refuses(64, "report", "locality", "Cần Thơ", "--as-of", "2099-01-01", saying: "2099-01-01")
        try register.docket.refuses(64, "report", "locality", "Cần Thơ", "--as-of", "31/01/2026")
        try register.docket.refuses(1, "report", "locality", "Không Có Nơi Này")
        try register.docket.refuses(64, "report", "locality", "Cần Thơ", "--format", "pdf")
    }

    /// In Vietnamese the report is an official document: the issuing body from --issuer, else
    /// $DOCKET_ISSUER, else a line to fill by hand; the date line of the day it is made.
    @Test func inVietnameseItOpensWithTheOfficialHeading() throws {
        let register = try LocalityRegister()
        let nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        let fromFlag = try register.report("Cần Thơ", "--lang", "vi", "--issuer", "Bộ Khoa học và Công nghệ",
                                           environment: ["DOCKET_ISSUER": "Ủy ban"])
        #expect(fromFlag.hasPrefix("""
                BỘ KHOA HỌC VÀ CÔNG NGHỆ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        ────────                      Độc lập - Tự do - Hạnh phúc
                                                      ───────────────────────────
                                                   Hà Nội, ngày 05 tháng 02 năm 2026

                                                BÁO CÁO
                        Tình hình giải quyết khó khăn, vướng mắc của địa phương

            Cần Thơ (92): các vấn đề tỉnh, thành phố và các xã, phường trực thuộc đã nêu,
            tình hình đến 10:00 ngày 05/02/2026 (Asia/Ho_Chi_Minh).

            """))
        let fromEnvironment = try register.report("Cần Thơ", "--lang", "vi",
                                                  environment: ["DOCKET_ISSUER": "Bộ Xây dựng", "DOCKET_NOW": "2026-12-12T08:00:00+07:00"])
        #expect(fromEnvironment.hasPrefix("          BỘ XÂY DỰNG                  " + nation))
        #expect(fromEnvironment.contains("\n                                       Hà Nội, ngày 12 tháng 12 năm 2026\n"))
        let blank = try register.report("Cần Thơ", "--lang", "vi")
        #expect(blank.hasPrefix("             ……………                     " + nation))
        // The weekly report takes --issuer too; English has no heading.
        let weekly = try register.docket(["report", "weekly", "--week", "2026-W04", "--lang", "vi", "--issuer", "Bộ Xây dựng"],
                                         environment: ["DOCKET_NOW": "2026-02-05T10:00:00+07:00"])
        #expect(weekly.stdout.hasPrefix("          BỘ XÂY DỰNG                  " + nation))
        #expect(try register.report("Cần Thơ", "--issuer", "Bộ Xây dựng").hasPrefix("Follow-up of the problems raised\n"))
        let markdown = try register.report("Cần Thơ", "--lang", "vi", "--format", "markdown", "--issuer", "Bộ Xây dựng")
        #expect(markdown.hasPrefix("| BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| :---: | :---: |\n"
                                   + "|  | **Độc lập - Tự do - Hạnh phúc** |\n|  | _Hà Nội, ngày 05 tháng 02 năm 2026_ |\n"))
    }
}
