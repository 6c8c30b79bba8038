import Foundation
import DocketTesting
import Testing

/// `list` as people read it and as they type its filters; the command line's own mistakes.
@Suite struct ListingAsPeopleReadIt {
    private func threeProblems() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng", "--at", "2025-08-26")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Thiếu thiết bị ký số", "--at", "2025-08-26T10:00")
        try docket.ok("file", "--locality", "Huế", "--title", "Cán bộ xã", "--at", "2025-08-26T11:00")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-30", "--at", "2025-08-27")
        try docket.ok("escalate", "1", "--to", "chinh-phu", "--reason", "Vượt thẩm quyền", "--at", "2025-08-28")
        try docket.ok("assign", "2", "--unit", "vu-pc", "--at", "2025-08-27")
        try docket.ok("resolve", "2", "--resolution", "Đã cấp", "--at", "2025-08-29")
        return docket
    }

    private func ids(_ docket: Docket, _ arguments: String...) throws -> [Int] {
        try docket.ok(["list", "--json"] + arguments).objects().map { ($0["id"] as? NSNumber)?.intValue ?? -1 }
    }

    @Test func theTableNamesTheOwnerAndWhereItWasSent() throws {
        let docket = try threeProblems()
        let lines = try docket.ok("list", "--state", "escalated").stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "#  State      Due           Locality  Owner           Sent to    Title",
            "1  escalated  2025-09-30 !  Cần Thơ   Cục Viễn thông  Chính phủ  Giá thuê hạ tầng",
        ])
    }

    @Test func statesInAnyCaseSeveralAtOnceOrRepeated() throws {
        let docket = try threeProblems()
        #expect(try ids(docket, "--state", "Escalated") == [1])
        #expect(try ids(docket, "--state", "RAISED,resolved") == [2, 3])
        #expect(try ids(docket, "--state", "raised", "--state", "resolved") == [2, 3])
        #expect(try ids(docket, "--state", "open") == [1, 3])
        #expect(try ids(docket, "--state", "open", "--state", "resolved") == [1, 2, 3])
        try docket.refuses(64, "list", "--state", "raised", "--state", "done", saying: "done")
    }

    @Test func aMistypedCommandGetsTheNearestOne() throws {
        let docket = try threeProblems()
        try docket.refuses(64, "lsit", saying: "'lsit' is not a docket command: did you mean 'docket list'?")
        try docket.refuses(64, "reprot", "weekly", saying: "did you mean 'docket report'?")
        try docket.refuses(64, "report", "weekyl", saying: "did you mean 'docket report weekly'?")
        try docket.refuses(64, "frobnicate", saying: "'frobnicate' is not a docket command: 'docket --help' lists them.")
    }

    @Test func aBlankActorIsRefusedAndNothingIsRecorded() throws {
        let docket = try threeProblems()
        try docket.refuses(64, "comment", "1", "ghi chú", "--actor", "", saying: "--actor may not be blank")
        try docket.refuses(64, "file", "--locality", "92", "--title", "x", "--actor", " \t ", saying: "--actor may not be blank")
        #expect(try ids(docket) == [1, 2, 3])
    }
}

/// With `--meeting`, a problem was raised at the meeting unless `--at` says when; never before
/// the meeting's day.
@Suite struct FilingAtTheMeeting {
    @Test func withoutAtAProblemIsRaisedAtTheMeetingAndAnEarlierAtIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.ok("meeting", "add", "--locality", "Cần Thơ", "--date", "2025-08-26", "--title", "Làm việc với TP. Cần Thơ")
        let filed = try docket.ok("file", "--locality", "Ninh Kiều", "--title", "Giá thuê", "--meeting", "1", "--json").object()
        #expect(filed["raised_at"] as? String == "2025-08-26T09:00:00+07:00")
        let early = try docket.ok("file", "--locality", "92", "--title", "Sớm", "--meeting", "1", "--at", "2025-08-26T07:30", "--json").object()
        #expect(early["raised_at"] as? String == "2025-08-26T07:30:00+07:00")
        try docket.refuses(1, "file", "--locality", "92", "--title", "x", "--meeting", "1", "--at", "2025-08-25T23:59", saying:
            "docket: 2025-08-25T23:59:00+07:00 is before meeting #1, held on 2025-08-26: what was raised there was raised on that day or later (without a time, at 09:00 that day).")
        let vietnamese = try docket.run(["file", "--locality", "92", "--title", "x", "--meeting", "1", "--at", "2025-08-20", "--lang", "vi", "--db", docket.db])
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr == "docket: 2025-08-20T09:00:00+07:00 sớm hơn cuộc họp #1, họp ngày 2025-08-26: điều được nêu tại cuộc họp được nêu từ ngày đó trở đi (không cho thời điểm thì là 09:00 ngày họp).\n")
        // A problem raised before the meeting's day cannot be put under it afterwards either.
        try docket.ok("file", "--locality", "92", "--title", "Trước cuộc họp", "--at", "2025-08-20")
        try docket.refuses(1, "edit", "3", "--meeting", "1", saying: "2025-08-20T09:00:00+07:00 is before meeting #1, held on 2025-08-26")
        // Without a meeting, no --at is now.
        let now = try docket.ok("file", "--locality", "92", "--title", "Hôm nay", "--json").object()
        #expect((now["raised_at"] as? String)?.hasPrefix("2025") == false)
    }

    @Test func anImportAtTheMeetingRaisesItsRowsThereAndRefusesAnEarlierRow() throws {
        let docket = try Docket.withUnits()
        try docket.ok("meeting", "add", "--locality", "Cần Thơ", "--date", "2025-08-26", "--title", "Làm việc với TP. Cần Thơ")
        try Data("title,locality,raised_at\nMột,92,\nHai,92,2025-08-26T15:00\n".utf8).write(to: URL(fileURLWithPath: docket.path("rows.csv")))
        try docket.ok("import", "rows.csv", "--meeting", "1")
        #expect(try docket.ok("list", "--json").objects().map { $0["raised_at"] as? String }
            == ["2025-08-26T09:00:00+07:00", "2025-08-26T15:00:00+07:00"])
        try Data("title,locality,raised_at\nBa,92,\nBốn,92,2025-08-25\n".utf8).write(to: URL(fileURLWithPath: docket.path("early.csv")))
        try docket.refuses(65, "import", "early.csv", "--meeting", "1", saying: "line 3, column raised_at")
        try docket.refuses(1, "import", "rows.csv", "--meeting", "1", "--at", "2025-08-01", saying: "is before meeting #1, held on 2025-08-26")
    }
}

/// A group's title is its own: another group may not take it, however it is typed.
@Suite struct GroupTitlesAreUnique {
    @Test func aTitleAlreadyUsedIsRefusedAndImportFilesUnderTheOneGroup() throws {
        let docket = try Docket.withUnits()
        try docket.ok("group", "add", "Hạ tầng viễn thông thụ động")
        try docket.refuses(1, "group", "add", "ha tang vien thong thu dong", saying:
            "docket: Group #1 is already titled 'Hạ tầng viễn thông thụ động' (titles are compared without case or diacritics): file under it with --group 1, or choose another title.")
        let vietnamese = try docket.run(["group", "add", "HẠ TẦNG VIỄN THÔNG THỤ ĐỘNG", "--lang", "vi", "--db", docket.db])
        #expect(vietnamese.stderr == "docket: Nhóm #1 đã có tiêu đề 'Hạ tầng viễn thông thụ động' (tiêu đề được so sánh không phân biệt hoa thường và dấu): hãy ghi vào nhóm đó bằng --group 1, hoặc chọn tiêu đề khác.\n")
        try Data("title,locality,group\nMột,92,ha tang vien thong thu dong\nHai,92,Chuyển đổi số\nBa,92,chuyen doi so\n".utf8)
            .write(to: URL(fileURLWithPath: docket.path("rows.csv")))
        try docket.ok("import", "rows.csv", "--at", "2025-08-26")
        #expect(try docket.ok("list", "--json").objects().map { $0["group"] as? Int } == [1, 2, 2])
        #expect(try docket.ok("group", "list", "--json").objects().map { $0["title"] as? String } == ["Hạ tầng viễn thông thụ động", "Chuyển đổi số"])
    }

    @Test func twoGroupsAnOlderRegisterLetShareATitleMakeAnImportRowGiveANumber() throws {
        let docket = try Docket.withUnits()
        try docket.ok("group", "add", "Chuyển đổi số")
        // As a register made before titles were unique could hold them.
        #expect(try sqlite(docket.db, "INSERT INTO problem_group (title, created_at, recorded_at, actor) VALUES ('Chuyen doi so', 0, 0, 'old')").status == 0)
        try Data("title,locality,group\nMột,92,chuyển đổi số\n".utf8).write(to: URL(fileURLWithPath: docket.path("rows.csv")))
        try docket.refuses(65, "import", "rows.csv", saying: "line 2, column group: 'chuyển đổi số' fits 2 groups: #1 Chuyển đổi số; #2 Chuyen doi so")
    }
}

/// A unit's renames and moves are its history.
@Suite struct AUnitsHistory {
    @Test func renamesAndMovesAreListedInTheOrderTheyHappened() throws {
        let docket = try Docket.withUnits()
        try docket.ok("unit", "add", "bo-tc", "--name", "Bộ Tài chính", "--kind", "ministry", "--at", "2025-08-01")
        #expect(try docket.ok("unit", "history", "cuc-vt").stdout == "cuc-vt (Cục Viễn thông) has not been renamed or moved.\n")
        try docket.ok("unit", "rename", "cuc-vt", "--name", "Cục Viễn thông và Tần số", "--at", "2025-09-01", "--actor", "admin")
        try docket.ok("unit", "move", "cuc vt", "--parent", "bo-tc", "--at", "2025-09-02T10:00", "--actor", "admin")
        #expect(try docket.ok("unit", "history", "Cục Viễn thông và Tần số").stdout == """
            When                       Who    Change
            2025-09-01T09:00:00+07:00  admin  name: Cục Viễn thông → Cục Viễn thông và Tần số
            2025-09-02T10:00:00+07:00  admin  parent: bo-khcn → bo-tc

            """)
        let changes = try docket.ok("unit", "history", "cuc-vt", "--json").objects()
        #expect(changes.map { $0["field"] as? String } == ["name", "parent"])
        #expect(changes.map { $0["old"] as? String } == ["Cục Viễn thông", "bo-khcn"])
        #expect(changes.map { $0["new"] as? String } == ["Cục Viễn thông và Tần số", "bo-tc"])
        try docket.refuses(1, "unit", "history", "nobody", saying: "No unit matches 'nobody'")
    }
}
