import DocketCore
import DocketRegister
import DocketTesting
import Foundation
import Testing
@testable import DocketStore

/// The dump's lines as text, as `docket dump` writes them.
private func dumpLines(_ register: Register) throws -> [String] {
    try register.dump { cursor in
        var lines: [String] = []
        while let record = try cursor.next() { lines.append(record.rendered(pretty: false)) }
        return lines
    }
}

/// Restores `lines` (read back as `docket restore` reads them) at `path`.
@discardableResult
private func restore(_ lines: [String], at path: String) throws -> Register.Restored {
    var remaining = lines[...]
    return try Register.restore(at: path) {
        guard let line = remaining.popFirst() else { return nil }
        return try JSONReader.parse(Array(line.utf8))
    }
}

@Suite struct DumpingAndRestoringTheRegister {
    /// Every table is dumped, column for column, but those the store derives or keeps a day:
    /// a migration that adds a table or a column has to say how it is dumped.
    @Test func everyTableIsDumpedButWhatTheStoreDerives() throws {
        let fixture = try RegisterFixture()
        let database = fixture.register.database
        let tables = try database.prepare("""
            SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' ORDER BY name
            """).map { $0.text(0) }
        #expect(Set(tables) == Set(Dump.kinds.map(\.table)).union(Dump.derivedTables))
        for kind in Dump.kinds {
            let columns = try database.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").map(kind.table) { $0.text(0) }
            #expect(kind.columns == columns, "\(kind.name)")
        }
        #expect(Set(Dump.kinds.map(\.name)).count == Dump.kinds.count)
    }

    /// A register with a history of every kind — transitions, edits, a unit renamed, a token
    /// revoked, a place — dumped and restored is the same register: the same dump, the same
    /// report of every week, the same problems and histories, an exact search index and
    /// standing counts, and tokens that still sign in.
    @Test(arguments: [3, 8] as [UInt64])
    func aRestoredRegisterIsTheSameRegister(seed: UInt64) throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let groups = try fixture.addGroups()
        let history = RandomHistory.multiWeek(seed: seed, timeZone: register.timeZone, groups: groups)
        try fixture.play(history.commands)
        let later = history.end.adding(seconds: 3600)
        try register.edit(1, ProblemEdit(title: "12", description: .to("Mô tả đã sửa")), at: later, as: .admin("test"))
        _ = try register.renameUnit("cuc-vt", to: "Cục Viễn thông (mới)", at: later, actor: "test")
        _ = try register.addCategory(Category(code: "VT", name: "Viễn thông"), at: later, actor: "test")
        _ = try register.addMeeting(locality: "Cần Thơ", heldOn: RegisterFixture.date("2025-08-20"), title: "Làm việc",
                                    lead: "Thứ trưởng", notes: nil, at: later, actor: "test")
        let placed = try register.file(NewProblem(title: "Cột ăng-ten nghiêng", locality: "Ninh Kiều, Cần Thơ"), at: later,
                                       as: .admin("test"), place: ProblemPlace(lat: "10.0341", long: "105.7880"))
        let (_, secret) = try register.addToken(name: "so-tt-can-tho", role: .locality, unit: nil, locality: "Cần Thơ", at: later)
        let (_, revoked) = try register.addToken(name: "cu", role: .admin, unit: nil, locality: nil, at: later)
        _ = try register.revokeToken(name: "cu", at: later)

        let lines = try dumpLines(register)
        let path = fixture.directory.path("restored.db")
        let restored = try restore(lines, at: path)
        let problems = Int(try register.database.scalar("SELECT count(*) FROM problem") ?? 0)
        #expect(restored == Register.Restored(
            records: lines.count - 2, problems: problems,
            events: Int(try register.database.scalar("SELECT count(*) FROM event") ?? 0)))
        #expect(try sqlite(path, "PRAGMA integrity_check; PRAGMA journal_mode").stdout == "ok\nwal\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.url.path).filter { $0.contains("partial") } == [])

        let copy = try Register.open(at: path)
        // The same records, the first line (when it was dumped) aside.
        #expect(try dumpLines(copy).dropFirst() == lines.dropFirst())
        #expect(try copy.database.scalarText("SELECT title FROM problem WHERE id = 1") == "12")
        #expect(try copy.database.scalarText("SELECT typeof(new_value) FROM correction WHERE field = 'title'") == "text")
        let index = try copy.searchIndexCheck()
        #expect(index.documents == problems && index.problems == problems && index.wrong == [])
        let tally = "SELECT state, unit_id, province_id, n FROM tally WHERE n > 0 ORDER BY 1, 2, 3"
        #expect(try sqlite(path, tally).stdout == sqlite(fixture.path, tally).stdout)
        let signedIn = try #require(try copy.principal(forSecret: secret))
        #expect(try signedIn.token == register.principal(forSecret: secret)?.token)
        #expect("\(signedIn.principal)" == "\(try #require(try register.principal(forSecret: secret)).principal)")
        #expect(try copy.principal(forSecret: revoked) == nil)
        for id in Int64(1)...Int64(problems) {
            #expect(try copy.problem(id: id, as: .admin("test")) == register.problem(id: id, as: .admin("test")), "#\(id)")
            #expect(try copy.history(of: id, as: .admin("test")) == register.history(of: id, as: .admin("test")), "#\(id)")
        }
        #expect(try copy.problem(id: placed.id, as: .admin("test")).title == "Cột ăng-ten nghiêng")
        var week = ISOWeek(year: 2025, week: 30)!
        let lastWeek = ISOWeek(containing: register.timeZone.localDate(of: later))
        while week <= lastWeek {
            #expect(try copy.weeklyReport(week, now: later, as: .admin("test")) == register.weeklyReport(week, now: later, as: .admin("test")),
                    "\(week)")
            week = week.next
        }
        // The next problem filed in either is numbered alike.
        let next = NewProblem(title: "Sau khi khôi phục", locality: "Huế")
        #expect(try copy.file(next, at: later, as: .admin("test")).id == register.file(next, at: later, as: .admin("test")).id)
    }

    /// What a dump that does not read back whole is told, by line; each leaves nothing behind.
    @Test func aDumpThatDoesNotReadBackWholeRestoresNothing() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Giá thuê hạ tầng")
        let lines = try dumpLines(fixture.register)
        let problemLine = lines.firstIndex { $0.hasPrefix(#"{"kind":"problem""#) }!
        let eventLine = lines.firstIndex { $0.hasPrefix(#"{"kind":"event""#) }!
        let end = lines.count - 1
        func replacing(_ index: Int, with line: String) -> [String] {
            var changed = lines
            changed[index] = line
            return changed
        }
        let cases: [(String, [String], RegisterError.DumpFault, Int?)] = [
            ("empty", [], .empty, 1),
            ("not a dump", [#"{"title":"x"}"#] + lines.dropFirst(), .notADump, 1),
            ("newer", [#"{"format":"docket-dump","version":2}"#] + lines.dropFirst(), .newerVersion(2), 1),
            ("cut short", Array(lines.dropLast()), .cutShort, nil),
            ("cut shorter", Array(lines.prefix(problemLine)), .cutShort, nil),
            ("miscounted", replacing(end, with: #"{"kind":"end","records":7}"#), .wrongCount(expected: 7, found: end - 1), nil),
            ("after the end", lines + [lines[problemLine]], .afterEnd, end + 2),
            ("not an object", replacing(problemLine, with: "[1]"), .notJSON, problemLine + 1),
            ("no kind", replacing(problemLine, with: #"{"id":2}"#), .unknownKind(nil), problemLine + 1),
            ("unknown kind", replacing(problemLine, with: #"{"kind":"meme","id":2}"#), .unknownKind("meme"), problemLine + 1),
            ("unknown field", replacing(problemLine, with: lines[problemLine].replacingOccurrences(of: #""title""#, with: #""headline""#)),
             .unknownField(kind: "problem", field: "headline"), problemLine + 1),
            ("wrong value", replacing(problemLine, with: lines[problemLine].replacingOccurrences(of: #""state":"raised""#, with: #""state":["raised"]"#)),
             .wrongValue(kind: "problem", field: "state"), problemLine + 1),
            ("a duplicate", replacing(eventLine, with: lines[problemLine]),
             .rejected(kind: "problem", message: "UNIQUE constraint failed: problem.id"), eventLine + 1),
            ("a dangling reference", replacing(eventLine, with: lines[eventLine].replacingOccurrences(of: #""problem_id":1"#, with: #""problem_id":9"#)),
             .danglingReference(kind: "event", field: "problem_id"), nil),
            ("a title missing", replacing(problemLine, with: lines[problemLine].replacingOccurrences(of: #""title":"Giá thuê hạ tầng","#, with: "")),
             .rejected(kind: "problem", message: "NOT NULL constraint failed: problem.title"), problemLine + 1),
        ]
        for (name, dump, fault, line) in cases {
            let path = fixture.directory.path("\(name).db")
            #expect(throws: RegisterError.badDump(line: line, fault: fault), "\(name)") { try restore(dump, at: path) }
            #expect(!FileManager.default.fileExists(atPath: path), "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.url.path).filter { $0.contains("partial") } == [])
    }

    /// A register is restored only where there is none: an existing file — a register, or
    /// anything else — is refused and left as it was.
    @Test func aRestoreIsMadeOnlyWhereNothingIs() throws {
        let fixture = try RegisterFixture()
        let lines = try dumpLines(fixture.register)
        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.restoreTargetExists(path: fixture.path)) { try restore(lines, at: fixture.path) }
        #expect(try fixture.fingerprint() == before)
        let notes = fixture.directory.path("notes.txt")
        try Data("ghi chú\n".utf8).write(to: URL(fileURLWithPath: notes))
        #expect(throws: RegisterError.restoreTargetExists(path: notes)) { try restore(lines, at: notes) }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "ghi chú\n")
        #expect(throws: RegisterError.restoreTargetExists(path: fixture.directory.url.path)) {
            try restore(lines, at: fixture.directory.url.path)
        }
    }

    /// A source that fails halfway (a pipe broken, a read refused) leaves nothing behind, and
    /// its error is the one thrown.
    @Test func aSourceThatFailsHalfwayLeavesNothing() throws {
        struct Broken: Error, Equatable {}
        let fixture = try RegisterFixture()
        let lines = try dumpLines(fixture.register)
        let path = fixture.directory.path("restored.db")
        var given = 0
        #expect(throws: Broken()) {
            try Register.restore(at: path) {
                given += 1
                guard given < lines.count / 2 else { throw Broken() }
                return try JSONReader.parse(Array(lines[given - 1].utf8))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.url.path).filter { $0.contains("partial") } == [])
    }

    @Test func bytesAreWrittenInHexadecimalAndReadBackInEitherCase() {
        #expect(Hex.encode([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
        #expect(Hex.decode("000FA5ff") == [0x00, 0x0f, 0xa5, 0xff])
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
    }
}
