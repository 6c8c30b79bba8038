import DocketStore
import DocketTesting
import Foundation
import Testing

@Suite struct ARegisterIsMadeOnlyByInit {
    @Test(arguments: [
        ["list"], ["show", "1"], ["history", "1"], ["locality", "list"], ["unit", "list"], ["meeting", "list"],
        ["group", "list"], ["file", "--locality", "92", "--title", "x"], ["assign", "1", "--unit", "x"],
        ["sweep"], ["workflow", "show"], ["unit", "add", "x", "--name", "X"], ["group", "add", "x"],
    ])
    func everyCommandButInitRefusesAMissingRegister(_ arguments: [String]) throws {
        let docket = try Docket()
        let run = try docket.run(arguments + ["--db", docket.db])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "docket: No register at \(docket.db): run 'docket init' to make one there, or give --db (or DOCKET_DB) the path of an existing register.\n")
        #expect(!FileManager.default.fileExists(atPath: docket.db))
    }

    @Test func initMakesTheRegisterOnceAndThenChangesNothing() throws {
        let docket = try Docket()
        let first = try docket.ok("init", "--json")
        #expect(try first.object()["created"] as? Bool == true)
        #expect(try first.object()["timezone"] as? String == "Asia/Ho_Chi_Minh")
        let before = try docket.fingerprint()
        let second = try docket.ok("init")
        #expect(second.stdout == "\(docket.db) is already a register (time zone Asia/Ho_Chi_Minh): nothing changed.\n")
        #expect(try docket.fingerprint() == before)
        try docket.refuses(1, "init", "--timezone", "UTC", saying: "is set once")
        let localities = try docket.ok("locality", "list", "--json").objects()
        #expect(localities.count == 34)
        #expect(try docket.ok("locality", "list", "--all", "--json").objects().count == 34 + 3_321)
        #expect(localities.first?["code"] as? String == "01")
        #expect(localities.first?["name"] as? String == "Hà Nội")
    }

    @Test func initRefusesAFileThatIsNotARegisterAndLeavesIt() throws {
        let docket = try Docket()
        let notes = docket.path("notes.txt")
        try Data("ghi chú\n".utf8).write(to: URL(fileURLWithPath: notes))
        for path in [notes, docket.directory.path] {
            let run = try docket.run(["init", "--db", path])
            #expect(run.status == 1)
            #expect(run.stderr.contains("is not a docket register"))
            let list = try docket.run(["list", "--db", path])
            #expect(list.status == 1)
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "ghi chú\n")
    }

    @Test func anUnknownTimeZoneIsAUsageError() throws {
        let docket = try Docket()
        try docket.refuses(64, "init", "--timezone", "Mars/Olympus", saying: "not a time zone")
        #expect(!FileManager.default.fileExists(atPath: docket.db))
    }

    @Test func globalOptionsMayComeBeforeTheCommandAndFromTheEnvironment() throws {
        let docket = try Docket()
        try docket.ok("init")
        let before = try docket.run(["--db", docket.db, "--json", "locality", "list"])
        #expect(before.status == 0)
        #expect(try before.objects().count == 34)
        let fromEnvironment = try docket.run(["group", "add", "Chữ ký số", "--json"], environment: ["DOCKET_DB": docket.db])
        #expect(fromEnvironment.status == 0)
        #expect(try fromEnvironment.object()["id"] as? Int == 1)
    }

    @Test func theActorIsRecordedOnEveryEvent() throws {
        let docket = try Docket()
        try docket.ok("init")
        try docket.ok("file", "--locality", "92", "--title", "Thiếu cán bộ", "--actor", "nguyen.van.a")
        try docket.run(["comment", "1", "Đã gọi điện", "--db", docket.db], environment: ["DOCKET_ACTOR": "tran.thi.b"])
        let history = try docket.ok("history", "1", "--json").objects()
        #expect(history.map { $0["actor"] as? String } == ["nguyen.van.a", "tran.thi.b"])
    }
}

@Suite struct ReferenceDataCommands {
    @Test func localitiesUnitsMeetingsAndGroupsAreMadeAndListed() throws {
        let docket = try Docket.withUnits()
        let ward = try docket.ok("locality", "add", "Phường Khu Công Nghệ", "--parent", "TP. Cần Thơ", "--code", "99001", "--json").object()
        #expect(ward["name"] as? String == "Khu Công Nghệ")
        #expect(ward["kind"] as? String == "Phường")
        #expect(ward["code"] as? String == "99001")
        #expect((ward["province"] as? [String: Any])?["code"] as? String == "92")
        try docket.refuses(1, "locality", "add", "Phường Ninh Kiều", "--parent", "Cần Thơ", saying: "Ninh Kiều")
        let localities = try docket.ok("locality", "list", "--all", "--json").objects()
        #expect(localities.count == 34 + 3_321 + 1)
        #expect(try docket.ok("locality", "list", "--json").objects().count == 34)
        let canTho = try docket.ok("locality", "list", "--province", "Hậu Giang", "--json").objects()
        #expect(canTho.count == 1 + 103 + 1)
        #expect(canTho.first?["full_name"] as? String == "Thành phố Cần Thơ")
        #expect(Set(canTho.dropFirst().compactMap { ($0["province"] as? [String: Any])?["code"] as? String }) == ["92"])
        try docket.refuses(1, "locality", "list", "--province", "Phường Ninh Kiều", saying: "Phường Ninh Kiều is not a provincial-level locality")
        let units = try docket.ok("unit", "list", "--json").objects()
        #expect(units.map { $0["code"] as? String } == ["chinh-phu", "bo-khcn", "cuc-vt", "vu-pc"])
        #expect(units.map { $0["parent"] as? String } == [nil, "chinh-phu", "bo-khcn", "bo-khcn"])
        #expect(units.map { $0["kind"] as? String } == ["government", "ministry", "internal", "internal"])

        let meeting = try docket.ok("meeting", "add", "--locality", "can tho", "--date", "2025-08-26",
                                    "--title", "Làm việc với TP. Cần Thơ", "--lead", "Hồ Hồng Hải", "--json").object()
        #expect(meeting["id"] as? Int == 1)
        #expect(meeting["date"] as? String == "2025-08-26")
        #expect((meeting["locality"] as? [String: Any])?["name"] as? String == "Cần Thơ")
        let group = try docket.ok("group", "add", "Hạ tầng viễn thông thụ động", "--json").object()
        #expect(group["id"] as? Int == 1)
        #expect(group["state"] as? String == "empty")

        try docket.ok("file", "--locality", "ninh kieu", "--title", "Thiếu cán bộ đo lường", "--meeting", "1", "--group", "1")
        let shown = try docket.ok("meeting", "show", "#1", "--json").object()
        #expect((shown["problems"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])
        let groups = try docket.ok("group", "list", "--json").objects()
        #expect(groups.first?["state"] as? String == "open")
        #expect(groups.first?["total"] as? Int == 1)
        #expect(try docket.ok("meeting", "list", "--json").objects().count == 1)

        let table = try docket.ok("unit", "list").stdout
        #expect(table == """
            Code        Name                      Kind        Parent
            chinh-phu   Chính phủ                 government
              bo-khcn   Bộ Khoa học và Công nghệ  ministry    chinh-phu
                cuc-vt  Cục Viễn thông            internal    bo-khcn
                vu-pc   Vụ Pháp chế               internal    bo-khcn

            """)
    }

    @Test func wrongReferenceDataIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, "unit", "add", "CUC-VT", "--name", "Cục khác", saying: "already exists")
        try docket.refuses(1, "unit", "add", "x", "--name", "X", "--parent", "no-such-unit", saying: "No unit matches")
        try docket.refuses(64, "unit", "add", "bad code", "--name", "X", saying: "may hold only")
        try docket.refuses(64, "unit", "add", "x", "--name", "X", "--kind", "province")
        try docket.refuses(1, "locality", "add", "Xã Mới", "--parent", "Atlantis", saying: "No locality matches 'Atlantis'")
        try docket.refuses(1, "locality", "add", "Xã Mới", "--parent", "Quảng", saying: "fits 52 localities: Tỉnh Quảng Ninh; Tỉnh Quảng Trị; Tỉnh Quảng Ngãi; Xã Quảng Nguyên (Tuyên Quang);")
        try docket.refuses(64, "meeting", "add", "--locality", "92", "--date", "2025-02-30", "--title", "x", saying: "not a date")
        try docket.refuses(64, "meeting", "add", "--locality", "92", "--date", "2025-08-26", "--title", "  ", saying: "empty")
        try docket.refuses(1, "meeting", "show", "9", saying: "No meeting matches '#9'")
        try docket.refuses(64, "meeting", "show", "nine")
        try docket.refuses(1, "group", "show", "#4", saying: "No group matches '#4'")
        try docket.refuses(64, "group", "add", "")
    }
}

@Suite struct FilingAndReadingProblems {
    @Test func fileShowAndListSpeakTheContractsJSON() throws {
        let docket = try Docket.withUnits()
        let problem = try docket.ok("file", "--locality", "phuong muong thanh", "--title", "Thiếu thiết bị ký số",
                                    "--category", "chữ ký số", "--recommendation", "Bổ sung thiết bị",
                                    "--at", "2025-10-02", "--json").object()
        let keys = ["id", "title", "state", "locality", "province", "unit", "escalated_to", "category", "group",
                    "meeting", "due", "raised_at", "resolved_at", "overdue", "response", "resolution", "close_reason"]
        #expect(keys.allSatisfy { problem.keys.contains($0) })
        #expect(problem["response"] is NSNull)
        #expect(problem["resolution"] is NSNull)
        #expect(problem["close_reason"] is NSNull)
        #expect(problem["id"] as? Int == 1)
        #expect(problem["state"] as? String == "raised")
        #expect(problem["raised_at"] as? String == "2025-10-02T09:00:00+07:00")
        #expect((problem["province"] as? [String: Any])?["code"] as? String == "11")
        #expect((problem["locality"] as? [String: Any])?["name"] as? String == "Phường Mường Thanh")
        #expect(problem["unit"] is NSNull)
        #expect(problem["overdue"] as? Bool == false)
        let shown = try docket.ok("show", "#1", "--json").object()
        #expect(shown["title"] as? String == "Thiếu thiết bị ký số")
        #expect(try docket.ok("list", "--locality", "Điện Biên", "--json").objects().map { $0["id"] as? Int } == [1])
        #expect(try docket.ok("list", "--locality", "Hà Nội", "--json").objects().isEmpty)
        let plain = try docket.ok("file", "--locality", "92", "--title", "Thủ tục chồng chéo", "--at", "2025-10-01")
        #expect(plain.stdout == "Filed #2: Thủ tục chồng chéo (Cần Thơ).\n")
        #expect(try docket.ok("list", "--json").objects().map { $0["id"] as? Int } == [2, 1])
        let csv = try docket.ok("list", "--csv").stdout
        #expect(csv.hasPrefix("title,locality,category,description,recommendation,group,unit,due,raised_at,id,state,province,escalated_to,resolved_at,resolution\r\n"))
    }

    @Test func theListTableCountsVietnameseLettersRight() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Thành phố Hồ Chí Minh", "--title", "Đường truyền chậm", "--at", "2025-10-01")
        try docket.ok("file", "--locality", "Huế", "--title", "Thiếu cán bộ", "--at", "2025-10-02")
        // The second title is written decomposed (NFD): it is stored and shown composed.
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Gia\u{0301} thue\u{0302}\u{0301}", "--at", "2025-10-03")
        #expect(try docket.ok("list").stdout == """
            #  State   Due  Locality     Owner  Sent to  Title
            1  raised       Hồ Chí Minh                  Đường truyền chậm
            2  raised       Huế                          Thiếu cán bộ
            3  raised       Hà Nội                       Giá thuế

            """)
    }

    @Test(arguments: [
        (["file", "--locality", "92"], "Missing expected option '--title <title>'. See 'docket file --help'."),
        (["file", "--locality", "92", "--title", ""], "The title is empty"),
        (["file", "--locality", "92", "--title", "   "], "The title is empty"),
        (["file", "--locality", "92", "--title", String(repeating: "á", count: 501)], "at most 500"),
        (["file", "--locality", "92", "--title", "x", "--description", String(repeating: "a", count: 100_001)], "at most 100000"),
        (["file", "--locality", "92", "--title", "x", "--at", "2025-13-01"], "is not a time"),
        (["file", "--locality", "92", "--title", "x", "--at", "2999-01-01"], "in the future"),
        (["file", "--locality", "92", "--title", "x", "--meeting", "abc"], "is not a number"),
        (["file", "--locality", "92", "--title", "x", "--group", "0"], "is not a number"),
        (["nonsense-command"], "'nonsense-command' is not a docket command"),
        (["list", "--limit", "0"], "--limit"),
        (["list", "--state", "pending"], "not a state of the workflow"),
        (["show", "-1"], "'-1' is not a number docket gives"),
        (["show", "99999999999999999999"], "is not a number"),
    ] as [([String], String)])
    func aWrongCommandLineExits64(_ arguments: [String], _ fragment: String) throws {
        let docket = try Docket.withUnits()
        try docket.refuses(64, arguments, saying: fragment)
    }

    @Test(arguments: [
        (["file", "--locality", "Atlantis", "--title", "x"], "No locality matches 'Atlantis'"),
        (["file", "--locality", "Quảng", "--title", "x"], "fits 52 localities: Tỉnh Quảng Ninh; Tỉnh Quảng Trị; Tỉnh Quảng Ngãi; Xã Quảng Nguyên (Tuyên Quang);"),
        (["file", "--locality", "92", "--title", "x", "--meeting", "4"], "No meeting matches '#4'"),
        (["file", "--locality", "92", "--title", "x", "--group", "#2"], "No group matches '#2'"),
        (["show", "424242"], "No problem matches '#424242'"),
        (["history", "7"], "No problem matches '#7'"),
        (["list", "--unit", "nobody"], "No unit matches 'nobody'"),
    ] as [([String], String)])
    func anUnknownOrAmbiguousNameIsRefused(_ arguments: [String], _ fragment: String) throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, arguments, saying: fragment)
    }

    @Test func anArgumentThatIsNotUTF8IsRefused() throws {
        let docket = try Docket.withUnits()
        let before = try docket.fingerprint()
        let arguments: [[UInt8]] = [Array("file".utf8), Array("--locality".utf8), Array("92".utf8), Array("--title".utf8),
                                    [0x47, 0x69, 0xE1, 0x20, 0x74], Array("--db".utf8), Array(docket.db.utf8)]
        let run = try Docket.run(arguments, in: docket.directory)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("docket: The argument"))
        #expect(run.stderr.contains("not valid UTF-8"))
        #expect(try docket.fingerprint() == before)
    }

    @Test(arguments: [
        [], ["init"], ["locality"], ["locality", "list"], ["locality", "add"], ["unit", "add"], ["unit", "list"],
        ["meeting", "add"], ["meeting", "list"], ["meeting", "show"], ["group", "add"], ["group", "list"],
        ["group", "show"], ["file"], ["show"], ["history"], ["list"], ["assign"], ["answer"], ["escalate"],
        ["resolve"], ["reopen"], ["close"], ["comment"], ["sweep"], ["workflow", "show"], ["workflow", "check"],
        ["workflow", "graph"], ["completion"], ["completion", "bash"], ["completion", "values"], ["unit", "history"],
    ])
    func everyCommandExplainsItselfWithAnExample(_ command: [String]) throws {
        let docket = try Docket()
        let run = try docket.run(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Example") || run.stdout.contains("SUBCOMMANDS"), "\(command)")
        #expect(run.stdout.contains("USAGE:"))
    }
}

@Suite struct WhoMayReadTheRegister {
    private func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    @Test func aNewRegisterIsItsOwnersAlone() throws {
        let docket = try Docket()
        try docket.ok("init")
        // Another connection keeps the log and shared memory there after docket is done.
        let reader = try Database(path: docket.db, mode: .readOnly)
        _ = try reader.scalar("SELECT count(*) FROM problem")
        try docket.ok("file", "--locality", "92", "--title", "Vấn đề")
        #expect(try mode(docket.db) == 0o600)
        #expect(try mode(docket.db + "-wal") == 0o600)
        #expect(try mode(docket.db + "-shm") == 0o600)
    }

    @Test func anOptionSharesItWithAGroup() throws {
        let docket = try Docket()
        try docket.ok("init", "--mode", "660")
        #expect(try mode(docket.db) == 0o660)
        try docket.refuses(64, "init", "--mode", "066", saying: "--mode")
        try docket.refuses(64, "init", "--mode", "rw-r", saying: "--mode")
        #expect(try mode(docket.db) == 0o660)
    }

    @Test func aBackupIsItsOwnersAlone() throws {
        let docket = try Docket()
        try docket.ok("init", "--mode", "640")
        try docket.ok("backup", docket.path("copy.db"))
        #expect(try mode(docket.path("copy.db")) == 0o600)
    }
}

/// A register this user may read but not write: reading works, changing is refused cleanly.
/// Run as an unprivileged user (root may write anything), through setpriv when the tests run as root.
@Suite struct AReadOnlyRegister {
    private func asAnotherUser(_ docket: Docket, _ arguments: String...) throws -> ProgramRun {
        let command = getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups", Docket.executable.path]
            : [Docket.executable.path]
        return try runProgram(URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + arguments + ["--db", docket.db],
                              in: docket.directory)
    }

    @Test func readingWorksAndChangingIsRefusedWithNothingChanged() throws {
        let docket = try Docket()
        try docket.ok("init", "--mode", "644")
        try docket.ok("file", "--locality", "92", "--title", "Vấn đề")
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: docket.directory.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: docket.db)
        let before = try docket.fingerprint()
        let list = try asAnotherUser(docket, "list", "--json")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(try list.objects().count == 1)
        let file = try asAnotherUser(docket, "file", "--locality", "92", "--title", "Vấn đề khác")
        #expect(file.status == 1)
        #expect(file.stdout.isEmpty)
        #expect(file.stderr == "docket: The register \(docket.db) cannot be written (the file or its folder is read-only): nothing was changed.\n")
        #expect(try docket.fingerprint() == before)
    }

    @Test func aPrivateRegisterCannotBeOpenedByAnotherUser() throws {
        let docket = try Docket()
        try docket.ok("init")
        try docket.ok("file", "--locality", "92", "--title", "Vấn đề")
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: docket.directory.path)
        // Root runs the command as nobody; anyone else is kept out by taking away their own access.
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: docket.db)
        }
        let list = try asAnotherUser(docket, "list")
        #expect(list.status == 1)
        #expect(list.stderr.contains("cannot be opened by this user"))
        #expect(list.stdout.isEmpty)
    }
}
