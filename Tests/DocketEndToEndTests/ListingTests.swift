import Foundation
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
