import Foundation
import Testing

/// `docket edit` through the binary: what it prints, what the history and `show` then say, and
/// what it refuses, in both languages.
@Suite struct EditCorrectsWhatWasRecorded {
    /// A register with cuc-vt, group #1 and meeting #1, and #1 filed at Cần Thơ on 26 August
    /// and assigned on the 27th.
    private func filed() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("group", "add", "Hạ tầng viễn thông", "--at", "2025-08-01")
        try docket.ok("meeting", "add", "--locality", "Cần Thơ", "--date", "2025-08-26", "--title", "Làm việc với Cần Thơ",
                      "--at", "2025-08-26")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng", "--description", "Chưa thống nhất",
                      "--at", "2025-08-26")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-30", "--at", "2025-08-27")
        return docket
    }

    @Test func anEditIsOneEventKeepingEveryOldAndNewValue() throws {
        let docket = try filed()
        let edited = try docket.ok("edit", "1", "--title", "Giá thuê hạ tầng viễn thông thụ động", "--description", "",
                                   "--recommendation", "Thống nhất khung giá", "--locality", "Phường Ninh Kiều",
                                   "--meeting", "1", "--group", "1", "--at", "2025-09-02", "--actor", "chuyen-vien")
        #expect(edited.stdout == "Edited #1: title, description, recommendation, locality, meeting, group; it is still assigned.\n")
        #expect(edited.stderr.isEmpty)
        let json = try docket.ok("edit", "#1", "--meeting", "none", "--group", "NONE", "--category", "Viễn thông",
                                 "--at", "2025-09-03", "--json").object()
        #expect(json["category"] as? String == "Viễn thông")
        #expect(json["meeting"] is NSNull)
        #expect(json["group"] is NSNull)
        #expect(json["state"] as? String == "assigned")

        let history = try docket.ok("history", "1").stdout
        #expect(history == """
            When                       Who          Action  State              Detail
            2025-08-26T09:00:00+07:00  test         file    raised
            2025-08-27T09:00:00+07:00  test         assign  raised → assigned  → cuc-vt (Cục Viễn thông)  due 2025-09-30
            2025-09-02T09:00:00+07:00  chuyen-vien  edit    assigned           title: "Giá thuê hạ tầng" → "Giá thuê hạ tầng viễn thông thụ động"; description: "Chưa thống nhất" → none; recommendation: none → "Thống nhất khung giá"; locality: Cần Thơ → Phường Ninh Kiều; meeting: none → #1; group: none → #1
            2025-09-03T09:00:00+07:00  test         edit    assigned           category: none → "Viễn thông"; meeting: #1 → none; group: #1 → none

            """)
        let events = try docket.ok("history", "1", "--json").objects()
        #expect(events.map { $0["action"] as? String } == ["file", "assign", "edit", "edit"])
        #expect(events[0]["changes"] == nil)
        #expect(events[1]["changes"] == nil)
        let edit = events[2]
        #expect(edit["actor"] as? String == "chuyen-vien")
        #expect(edit["at"] as? String == "2025-09-02T09:00:00+07:00")
        #expect(edit["from"] as? String == "assigned")
        #expect(edit["to"] as? String == "assigned")
        #expect(edit["note"] is NSNull)
        #expect(edit["due"] as? String == "2025-09-30")
        #expect((edit["unit"] as? [String: String]) == ["code": "cuc-vt", "name": "Cục Viễn thông"])
        let changes = try #require(edit["changes"] as? [[String: Any]])
        #expect(changes.map { $0["field"] as? String } == ["title", "description", "recommendation", "locality", "meeting", "group"])
        #expect(changes[0]["old"] as? String == "Giá thuê hạ tầng")
        #expect(changes[0]["new"] as? String == "Giá thuê hạ tầng viễn thông thụ động")
        #expect(changes[1]["old"] as? String == "Chưa thống nhất")
        #expect(changes[1]["new"] is NSNull)
        #expect(changes[2]["old"] is NSNull)
        #expect(changes[2]["new"] as? String == "Thống nhất khung giá")
        #expect(changes[3]["old"] as? [String: String] == ["code": "92", "name": "Cần Thơ"])
        #expect(changes[3]["new"] as? [String: String] == ["code": "31135", "name": "Phường Ninh Kiều"])
        #expect(changes[4]["old"] is NSNull)
        #expect(changes[4]["new"] as? Int == 1)
        #expect(changes[5]["old"] is NSNull)
        #expect(changes[5]["new"] as? Int == 1)
        let second = try #require(events[3]["changes"] as? [[String: Any]])
        #expect(second.map { $0["field"] as? String } == ["category", "meeting", "group"])
        #expect(second[1]["old"] as? Int == 1)
        #expect(second[1]["new"] is NSNull)

        // show prints the problem as corrected.
        let show = try docket.ok("show", "1").stdout
        #expect(show.hasPrefix("#1  Giá thuê hạ tầng viễn thông thụ động\n"))
        #expect(show.contains("\nLocality        Phường Ninh Kiều, Cần Thơ (92)\n"))
        #expect(show.contains("\nCategory        Viễn thông\n"))
        #expect(show.contains("\nRecommendation  Thống nhất khung giá\n"))
        #expect(!show.contains("Description"))
        #expect(!show.contains("Group"))
        let problem = try docket.ok("show", "1", "--json").object()
        #expect(problem["province"] as? [String: String] == ["code": "92", "name": "Cần Thơ"])
        #expect(problem["updated_at"] as? String == "2025-09-03T09:00:00+07:00")
        // The search finds it by its new words, not by the old ones.
        #expect(try docket.ok("search", "thu dong", "--json").objects().map { $0["id"] as? Int } == [1])
        #expect(try docket.ok("search", "chua thong nhat", "--json").objects().isEmpty)
    }

    @Test func anEditThatChangesNothingIsRefusedInEitherLanguage() throws {
        let docket = try filed()
        let sentence = "docket: Problem #1 was not changed: nothing given differs from what is recorded; give --title, "
            + "--description, --recommendation, --category, --locality, --meeting or --group with a new value.\n"
        for arguments in [["edit", "1"], ["edit", "1", "--title", " Giá thuê hạ tầng "],
                          ["edit", "1", "--locality", "can tho", "--group", "none", "--recommendation", ""]] {
            try docket.refuses(1, arguments)
            #expect(try docket.run(arguments + ["--db", docket.db]).stderr == sentence)
        }
        let vi = try docket.run(["edit", "1", "--lang", "vi", "--db", docket.db])
        #expect(vi.status == 1)
        #expect(vi.stderr == "docket: Vấn đề #1 không được thay đổi: không có nội dung nào khác với những gì đã ghi; hãy cho "
            + "--title, --description, --recommendation, --category, --locality, --meeting hoặc --group với một giá trị mới.\n")
    }

    @Test func badValuesAreRefusedAsFileRefusesThem() throws {
        let docket = try filed()
        try docket.refuses(64, "edit", "1", "--title", "", saying: "The title is empty: give some text.")
        try docket.refuses(64, "edit", "1", "--title", "hai\ndòng", saying: "The title holds a control character")
        try docket.refuses(1, "edit", "1", "--locality", "Atlantis", saying: "No locality matches 'Atlantis'")
        try docket.refuses(1, "edit", "1", "--locality", "Quảng", saying: "'Quảng' fits")
        try docket.refuses(1, "edit", "1", "--meeting", "7", saying: "No meeting matches '#7'")
        try docket.refuses(1, "edit", "1", "--group", "9", saying: "No group matches '#9'")
        try docket.refuses(64, "edit", "1", "--group", "nhóm 1", saying: "'nhóm 1' is not a number docket gives")
        try docket.refuses(1, "edit", "2", "--title", "x", saying: "No problem matches '#2'")
        try docket.refuses(1, "edit", "1", "--title", "x", "--at", "2025-08-26",
                           saying: "Problem #1 was not changed: 2025-08-26T09:00:00+07:00 is earlier than its latest event, at 2025-08-27T09:00:00+07:00")
    }

    @Test func theHelpHasExamples() throws {
        let docket = try Docket()
        let help = try docket.run(["edit", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("docket edit 12 --locality \"Phường Ninh Kiều\" --at 2025-09-02"))
        #expect(help.stdout.contains("docket edit 12 --group none --meeting none --description \"\""))
        #expect(help.stdout.contains("--meeting <id|none>"))
    }
}

/// A past week's report, in every format, does not change when a problem's locality, group or
/// title is corrected afterwards: it counts and names each problem as it stood then.
@Suite struct APastWeeksReportIsTheSameAfterLaterCorrections {
    @Test func everyFormatOfW34AndW35IsTheSameByteForByte() throws {
        let register = try ReportRegister()
        let docket = register.docket
        let weeks = ["2025-W34", "2025-W35"]
        let before = try weeks.map(register.everyFormat)
        let vietnamese = try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "html", "--lang", "vi").stdout
        // In W36: #1 (Cần Thơ, group 1, resolved in W35) to Đồng Nai and out of its group, renamed;
        // #3 (Đồng Nai, overdue at the end of W35) to Huế and into group 1; #4 (Ninh Kiều, group 1)
        // to Hà Nội, out of the group; #2 renamed. In W37, #1 again, to Hà Nội.
        try docket.ok("edit", "1", "--locality", "Đồng Nai", "--group", "none", "--title", "Khung giá thuê cột ăng-ten",
                      "--at", "2025-09-02")
        try docket.ok("edit", "3", "--locality", "Huế", "--group", "1", "--at", "2025-09-02")
        try docket.ok("edit", "4", "--locality", "Hà Nội", "--group", "none", "--at", "2025-09-03")
        try docket.ok("edit", "2", "--title", "Thủ tục liên thông chồng chéo", "--at", "2025-09-03")
        try docket.ok("edit", "1", "--locality", "Hà Nội", "--at", "2025-09-09")
        let after = try weeks.map(register.everyFormat)
        #expect(after == before)
        #expect(try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "html", "--lang", "vi").stdout == vietnamese)
        #expect(before[1][0].contains("Giá thuê hạ tầng viễn thông chưa thống nhất"))
        #expect(!after[1][0].contains("Khung giá thuê cột ăng-ten"))

        // W36 counts them where they stand: Cần Thơ has none left of the first five, and
        // group 1 holds only #3, open.
        let w36 = try docket.ok("report", "weekly", "--week", "2025-W36", "--json").object()
        let rows = try #require(w36["by_locality"] as? [[String: Any]])
        let raised = Dictionary(uniqueKeysWithValues: rows.map {
            (($0["locality"] as? [String: Any])?["name"] as? String ?? "", $0["raised"] as? Int ?? -1)
        })
        #expect(raised == ["Hà Nội": 3, "Đồng Nai": 1, "Huế": 1])
        #expect(w36["groups"] as? [String: Int] == ["total": 1, "resolved": 0])
        let overdue = try #require(w36["overdue"] as? [[String: Any]])
        #expect(overdue.first { $0["id"] as? Int == 3 }?["title"] as? String == "<script>alert('x')</script> Cáp quang ngầm")
    }
}

/// `reopen` takes a closed problem back, as it does a resolved one.
@Suite struct AClosedProblemIsReopened {
    @Test func backToAssignedWithAUnitElseToRaised() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Trùng kiến nghị", "--at", "2025-08-26")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê", "--at", "2025-08-26")
        try docket.ok("assign", "2", "--unit", "cuc-vt", "--due", "2025-09-30", "--at", "2025-08-27")
        try docket.ok("escalate", "2", "--to", "bo-khcn", "--reason", "Vượt thẩm quyền", "--at", "2025-08-28")
        try docket.ok("close", "1", "--reason", "Trùng với #2", "--at", "2025-08-29")
        try docket.ok("close", "2", "--reason", "Ngoài phạm vi", "--at", "2025-08-29")
        #expect(try docket.ok("reopen", "1", "--reason", "Không trùng: đóng nhầm", "--at", "2025-08-30").stdout == "#1 is raised.\n")
        #expect(try docket.ok("reopen", "2", "--reason", "Thuộc phạm vi của Bộ", "--at", "2025-08-30").stdout == "#2 is assigned.\n")
        let problem = try docket.ok("show", "2", "--json").object()
        #expect(problem["close_reason"] is NSNull)
        #expect(problem["escalated_to"] is NSNull)
        #expect(problem["due"] as? String == "2025-09-30")
        #expect(problem["unit"] as? [String: String] == ["code": "cuc-vt", "name": "Cục Viễn thông"])
        try docket.refuses(1, "reopen", "1", "--reason", "Lần nữa", saying: "Problem #1 is raised: reopen is not allowed")
        #expect(try docket.run(["reopen", "--help"]).stdout.contains("Allowed from resolved and closed."))
    }
}

/// `docket unit rename` and `docket unit move`.
@Suite struct AUnitIsRenamedOrMovedThroughTheBinary {
    @Test func theNewNameShowsEverywhereAndTheMoveIsAUnitsNewPlace() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê", "--at", "2025-08-26")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--at", "2025-08-27")
        #expect(try docket.ok("unit", "rename", "cuc-vt", "--name", "Cục Viễn thông và Tần số", "--at", "2025-09-01").stdout
            == "The unit cuc-vt is now named Cục Viễn thông và Tần số.\n")
        #expect(try docket.ok("show", "1", "--json").object()["unit"] as? [String: String]
            == ["code": "cuc-vt", "name": "Cục Viễn thông và Tần số"])
        let moved = try docket.ok("unit", "move", "Cục Viễn thông và Tần số", "--parent", "chinh-phu", "--json").object()
        #expect(moved["code"] as? String == "cuc-vt")
        #expect(moved["parent"] as? String == "chinh-phu")
        #expect(try docket.ok("unit", "list").stdout == """
            Code       Name                      Kind        Parent
            chinh-phu  Chính phủ                 government
              bo-khcn  Bộ Khoa học và Công nghệ  ministry    chinh-phu
                vu-pc  Vụ Pháp chế               internal    bo-khcn
              cuc-vt   Cục Viễn thông và Tần số  internal    chinh-phu

            """)
        try docket.refuses(1, "unit", "rename", "cuc-vt", "--name", "Cục Viễn thông và Tần số",
                           saying: "The unit cuc-vt is already named Cục Viễn thông và Tần số: nothing was changed; give it another name.")
        try docket.refuses(1, "unit", "move", "cuc-vt", "--parent", "chinh-phu",
                           saying: "The unit cuc-vt is already under chinh-phu: nothing was changed.")
        try docket.refuses(1, "unit", "move", "chinh-phu", "--parent", "vu-pc",
                           saying: "The unit chinh-phu cannot go under vu-pc, which is under it: units form a tree; give a unit that is not below it.")
        try docket.refuses(1, "unit", "move", "vu-pc", "--parent", "vu-pc",
                           saying: "The unit vu-pc cannot go under vu-pc, which is itself")
        let vi = try docket.run(["unit", "move", "vu-pc", "--parent", "bo-khcn", "--lang", "vi", "--db", docket.db])
        #expect(vi.stderr == "docket: Đơn vị vu-pc đã trực thuộc bo-khcn: không có gì thay đổi.\n")
    }

    @Test func theHelpHasExamples() throws {
        let docket = try Docket()
        #expect(try docket.run(["unit", "rename", "--help"]).stdout.contains("docket unit rename cuc-vt --name \"Cục Viễn thông và Tần số\""))
        #expect(try docket.run(["unit", "move", "--help"]).stdout.contains("docket unit move vu-pc --parent bo-khcn"))
    }
}
