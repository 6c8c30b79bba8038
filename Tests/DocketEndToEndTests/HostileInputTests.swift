import DocketTesting
import Foundation
import Testing

/// Bad and hostile input across every command: each gets the contract's status, one sentence
/// on stderr, nothing on stdout, no crash, and the register exactly as it was.
@Suite struct HostileInput {
    /// One bad command line and the status the contract gives it.
    struct Case: CustomStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var description: String { arguments.joined(separator: " ") }
        init(_ status: Int32, _ arguments: String...) {
            self.status = status
            self.arguments = arguments
        }
    }

    /// The longest one argument may be on Linux is 128 KiB; a 1 MB title comes in a file.
    static let longArgument = String(repeating: "Giá thuê ", count: 120_000 / 12)

    static let cases: [Case] = [
        // Weeks.
        Case(64, "report", "weekly", "--week", "2025-W00"),
        Case(64, "report", "weekly", "--week", "2025-W54"),
        Case(64, "report", "weekly", "--week", "2025-W53"),
        Case(64, "report", "weekly", "--week", "2027-W53"),
        Case(64, "report", "weekly", "--week", "2025W35"),
        Case(64, "report", "weekly", "--week", "25-W35"),
        Case(64, "report", "weekly", "--week", ""),
        Case(64, "report", "weekly", "--week", "2025-W3a"),
        Case(64, "report", "weekly", "--format", "pdf"),
        // Dates and times.
        // A title is one line; other texts may hold line breaks and tabs, nothing else.
        Case(64, "file", "--locality", "92", "--title", "hai\ndòng"),
        Case(64, "file", "--locality", "92", "--title", "a\tb"),
        Case(64, "file", "--locality", "92", "--title", "chuông\u{07}"),
        Case(64, "file", "--locality", "92", "--title", "x", "--description", "a\u{1B}[31mb"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", "2025-02-30"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", "2025-13-01"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", "yesterday"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", "2025-08-26T25:00"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", "2025-08-26T10:00+25:00"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", "2999-01-01"),
        Case(64, "file", "--locality", "92", "--title", "x", "--at", ""),
        Case(64, "assign", "1", "--unit", "cuc-vt", "--due", "2025-02-29"),
        Case(64, "assign", "1", "--unit", "cuc-vt", "--due", "26/08/2025"),
        Case(64, "meeting", "add", "--locality", "92", "--date", "2025-8-26", "--title", "x"),
        Case(64, "init", "--timezone", "Mars/Olympus"),
        Case(64, "init", "--timezone", "../../etc/passwd"),
        Case(64, "sweep", "--at", "2025-08-26T09:00:00Z+1"),
        // Who acts may not be blank; --bom goes with CSV only.
        Case(64, "file", "--locality", "92", "--title", "x", "--actor", ""),
        Case(64, "comment", "1", "note", "--actor", "   "),
        Case(64, "list", "--bom"),
        Case(64, "report", "weekly", "--bom"),
        Case(64, "report", "weekly", "--format", "json", "--bom"),
        Case(64, "lsit"),
        // Numbers.
        Case(64, "show", "0"),
        Case(64, "show", "-1"),
        Case(64, "show", "99999999999999999999"),
        Case(64, "show", "abc"),
        Case(64, "show", "#"),
        Case(64, "show", "1.5"),
        Case(64, "show", "#-3"),
        Case(1, "show", "424242"),
        Case(64, "history", "0"),
        Case(64, "assign", "0", "--unit", "cuc-vt"),
        Case(64, "meeting", "show", "0"),
        Case(64, "group", "show", "x"),
        Case(64, "file", "--locality", "92", "--title", "x", "--meeting", "0"),
        Case(64, "import", "rows.csv", "--meeting", "-"),
        Case(64, "list", "--limit", "0"),
        Case(64, "list", "--limit", "-5"),
        Case(64, "list", "--limit", "abc"),
        // Texts.
        Case(64, "file", "--locality", "92", "--title", ""),
        Case(64, "file", "--locality", "92", "--title", "   "),
        Case(64, "file", "--locality", "92", "--title", "\t\n"),
        Case(64, "file", "--locality", "92", "--title", String(repeating: "ắ", count: 501)),
        Case(64, "file", "--locality", "92", "--title", longArgument),
        Case(65, "import", "megabyte-title.csv"),
        Case(64, "file", "--locality", "92", "--title", "x", "--description", String(repeating: "a", count: 100_001)),
        Case(64, "answer", "1", "--response", String(repeating: "u", count: 100_001)),
        Case(64, "comment", "1", ""),
        Case(64, "resolve", "1", "--resolution", ""),
        Case(64, "escalate", "1", "--to", "chinh-phu", "--reason", " "),
        Case(64, "group", "add", "   "),
        Case(64, "meeting", "add", "--locality", "92", "--date", "2025-08-26", "--title", ""),
        Case(64, "unit", "add", "", "--name", "X"),
        Case(64, "unit", "add", "x", "--name", ""),
        Case(64, "unit", "add", "x y", "--name", "X"),
        Case(64, "locality", "add", "", "--parent", "92"),
        Case(64, "search", ""),
        Case(64, "search", "   "),
        Case(64, "search", "\"*()"),
        // Names.
        Case(64, "file", "--locality", "", "--title", "x"),
        Case(1, "file", "--locality", "Atlantis", "--title", "x"),
        Case(1, "file", "--locality", "Quảng", "--title", "x"),
        Case(64, "locality", "list", "--all", "--province", "92"),
        Case(64, "assign", "1", "--unit", ""),
        Case(1, "assign", "1", "--unit", "nobody"),
        Case(1, "list", "--unit", "nobody"),
        Case(64, "list", "--state", "bogus"),
        Case(1, "unit", "add", "cuc-vt", "--name", "Trùng mã"),
        Case(1, "group", "add", "HA TANG  vien-thong"),
        // The workflow.
        Case(1, "resolve", "1", "--resolution", "chưa được giao"),
        Case(1, "assign", "1", "--unit", "cuc-vt", "--due", "2025-08-01"),
        Case(1, "assign", "1", "--unit", "cuc-vt", "--at", "2025-08-01"),
        // What was raised at a meeting was raised on its day or later.
        Case(1, "file", "--locality", "92", "--title", "x", "--meeting", "1", "--at", "2025-08-25T23:59"),
        Case(1, "file", "--locality", "92", "--title", "x", "--meeting", "9"),
        Case(1, "import", "ok.csv", "--meeting", "1", "--at", "2025-08-25"),
        Case(65, "import", "early.csv", "--meeting", "1"),
        // Corrections: an edit that changes nothing, values refused as file refuses them.
        Case(1, "edit", "1"),
        Case(1, "edit", "1", "--title", "Giá thuê hạ tầng"),
        Case(1, "edit", "1", "--locality", "can tho", "--meeting", "none", "--group", "none", "--description", ""),
        Case(64, "edit"),
        Case(64, "edit", "0", "--title", "x"),
        Case(1, "edit", "424242", "--title", "x"),
        Case(64, "edit", "1", "--title", ""),
        Case(64, "edit", "1", "--title", "hai\ndòng"),
        Case(64, "edit", "1", "--title", String(repeating: "ắ", count: 501)),
        Case(64, "edit", "1", "--description", "a\u{1B}[31mb"),
        Case(64, "edit", "1", "--recommendation", String(repeating: "a", count: 100_001)),
        Case(64, "edit", "1", "--locality", ""),
        Case(1, "edit", "1", "--locality", "Atlantis"),
        Case(1, "edit", "1", "--locality", "Quảng"),
        Case(1, "edit", "1", "--meeting", "7"),
        Case(64, "edit", "1", "--meeting", "0"),
        Case(1, "edit", "1", "--group", "9"),
        Case(64, "edit", "1", "--group", "nothing"),
        Case(1, "edit", "1", "--title", "x", "--at", "2025-08-01"),
        Case(64, "edit", "1", "--title", "x", "--at", "2999-01-01"),
        Case(64, "edit", "1", "--priority", "high"),
        Case(1, "reopen", "1", "--reason", "chưa được giải quyết"),
        // Units renamed and moved.
        Case(64, "unit", "rename", "cuc-vt"),
        Case(64, "unit", "rename", "cuc-vt", "--name", ""),
        Case(64, "unit", "rename", "cuc-vt", "--name", "***"),
        Case(64, "unit", "rename", "cuc-vt", "--name", "hai\ndòng"),
        Case(1, "unit", "rename", "cuc-vt", "--name", "Cục Viễn thông"),
        Case(1, "unit", "rename", "nobody", "--name", "Ai đó"),
        Case(64, "unit", "move", "cuc-vt"),
        Case(1, "unit", "move", "cuc-vt", "--parent", "bo-khcn"),
        Case(1, "unit", "move", "bo-khcn", "--parent", "cuc-vt"),
        Case(1, "unit", "move", "bo-khcn", "--parent", "bo-khcn"),
        Case(1, "unit", "move", "cuc-vt", "--parent", "nobody"),
        Case(64, "unit", "move", "cuc-vt", "--parent", "bo-khcn", "--at", "someday"),
        // Commands.
        Case(64, "frobnicate"),
        Case(64, "list", "--no-such-option"),
        // Files.
        Case(66, "import", "missing.csv"),
        Case(66, "import", "folder"),
        Case(65, "import", "binary.csv"),
        Case(65, "import", "latin1.csv"),
        Case(65, "import", "unknown-column.csv"),
        Case(65, "import", "empty.csv"),
        Case(1, "backup", "register.db"),
        Case(1, "backup", "existing.db"),
        Case(1, "backup", "no-such-folder/copy.db"),
        Case(1, "report", "weekly", "--week", "2025-W35", "--output", "no-such-folder/report.html"),
        Case(1, "report", "weekly", "--week", "2025-W35", "--output", "register.db"),
        Case(1, "report", "weekly", "--week", "2025-W35", "--output", "folder"),
    ]

    @Test func everyBadInputGetsItsStatusAndChangesNothing() throws {
        #expect(Self.cases.count >= 80)
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng", "--at", "2025-08-26")
        try docket.ok("meeting", "add", "--locality", "92", "--date", "2025-08-26", "--title", "Làm việc với TP. Cần Thơ")
        try docket.ok("group", "add", "Hạ tầng viễn thông")
        try Data("title,locality,raised_at\nx,92,2025-08-26\ny,92,2025-08-20\n".utf8).write(to: URL(fileURLWithPath: docket.path("early.csv")))
        try FileManager.default.createDirectory(atPath: docket.path("folder"), withIntermediateDirectories: true)
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: docket.path("binary.csv")))
        try Data("title,locality\nGi\u{E1} thu\u{EA},C\u{E0}n Th\u{F4}\n".utf8.map { $0 }).write(to: URL(fileURLWithPath: docket.path("ok.csv")))
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x2C, 0x6C, 0x6F, 0x63, 0x61, 0x6C, 0x69, 0x74, 0x79, 0x0A, 0x47, 0x69, 0xE1, 0x2C, 0x39, 0x32, 0x0A])
            .write(to: URL(fileURLWithPath: docket.path("latin1.csv")))
        try Data("title,locality,priority\nx,92,high\n".utf8).write(to: URL(fileURLWithPath: docket.path("unknown-column.csv")))
        try Data().write(to: URL(fileURLWithPath: docket.path("empty.csv")))
        try Data(("title,locality\n\"" + String(repeating: "Giá thuê ", count: 1_048_576 / 12) + "\",92\n").utf8)
            .write(to: URL(fileURLWithPath: docket.path("megabyte-title.csv")))
        try Data("not a register".utf8).write(to: URL(fileURLWithPath: docket.path("existing.db")))
        for bad in Self.cases {
            let arguments = bad.arguments.map { $0 == "register.db" ? docket.db : $0 }
            try docket.refuses(bad.status, arguments)
            // Every refusal has its sentence in Vietnamese too.
            let english = try docket.run(arguments + ["--db", docket.db])
            let vietnamese = try docket.run(arguments + ["--db", docket.db, "--lang", "vi"])
            #expect(vietnamese.status == bad.status, "\(bad)")
            #expect(vietnamese.stderr != english.stderr, "\(bad): \(vietnamese.stderr)")
        }
        // Text that is not UTF-8, in an argument.
        let before = try docket.fingerprint()
        for arguments: [[UInt8]] in [
            [Array("file".utf8), Array("--locality".utf8), Array("92".utf8), Array("--title".utf8), [0x47, 0x69, 0xE1]],
            [Array("search".utf8), [0xFF, 0xFE]],
            [Array("comment".utf8), Array("1".utf8), [0xC3, 0x28]],
        ] {
            let run = try Docket.run(arguments + [Array("--db".utf8), Array(docket.db.utf8)], in: docket.directory)
            #expect(run.status == 64)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
        #expect(try docket.fingerprint() == before)
    }

    @Test func aRegisterThatIsNotOneIsRefusedByEveryCommand() throws {
        let docket = try Docket()
        try docket.ok("init")
        try docket.ok("file", "--locality", "92", "--title", "Vấn đề")
        let truncated = docket.path("truncated.db")
        let data = try Data(contentsOf: URL(fileURLWithPath: docket.db))
        try data.prefix(4096 * 3).write(to: URL(fileURLWithPath: truncated))
        try Data("SQLite format 2\0 and then some".utf8).write(to: URL(fileURLWithPath: docket.path("notsqlite.db")))
        try FileManager.default.createDirectory(atPath: docket.path("folder.db"), withIntermediateDirectories: true)
        // Something in the folder, so that a command that wrote into it would show.
        try Data("kept\n".utf8).write(to: URL(fileURLWithPath: docket.path("folder.db/notes.txt")))
        for path in [truncated, docket.path("notsqlite.db"), docket.path("folder.db")] {
            let before = try snapshot(path)
            for command in [["list"], ["show", "1"], ["file", "--locality", "92", "--title", "x"], ["init"],
                            ["report", "weekly", "--week", "2025-W35"], ["backup", docket.path("copy.db")]] {
                let run = try docket.run(command + ["--db", path])
                #expect(run.status == 1, "\(command) on \(path): \(run.stderr)")
                #expect(run.stdout.isEmpty)
                #expect(run.stderr.contains("is not a docket register"), "\(run.stderr)")
            }
            #expect(try snapshot(path) == before, "\(path)")
        }
    }

    @Test func sqlInEveryTextFieldIsStoredVerbatim() throws {
        let docket = try Docket.withUnits()
        let hostile = ["'); DROP TABLE problem; --", "\" OR 1=1 --", "Robert'); DELETE FROM event;--",
                       "<script>alert('x')</script>", "\u{0}nul\u{0}", "x' || (SELECT sql FROM sqlite_master) || '"]
        for (index, text) in hostile.enumerated() {
            let stored = text.replacingOccurrences(of: "\u{0}", with: "")
            let filed = try docket.ok("file", "--locality", "92", "--title", stored, "--category", stored,
                                      "--description", stored, "--recommendation", stored, "--at", "2025-08-26", "--json").object()
            #expect(filed["title"] as? String == stored)
            #expect(filed["category"] as? String == stored)
            let id = "\(index + 1)"
            try docket.ok("assign", id, "--unit", "cuc-vt", "--note", stored, "--at", "2025-08-27")
            try docket.ok("comment", id, stored, "--at", "2025-08-28")
            try docket.ok("resolve", id, "--resolution", stored, "--at", "2025-08-29")
            let history = try docket.ok("history", id, "--json").objects()
            #expect(history.compactMap { $0["note"] as? String } == [stored, stored, stored])
            try docket.ok("group", "add", stored)
            try docket.ok("meeting", "add", "--locality", "92", "--date", "2025-08-26", "--title", stored, "--notes", stored)
        }
        #expect(try docket.ok("list", "--json").objects().count == hostile.count)
        #expect(try docket.ok("list", "--category", hostile[0], "--json").objects().count == 1)
        #expect(try sqlite(docket.db, "PRAGMA integrity_check; SELECT count(*) FROM event;").stdout == "ok\n\(hostile.count * 4)\n")
    }
}
