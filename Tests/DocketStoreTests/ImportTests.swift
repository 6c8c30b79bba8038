import DocketCore
import DocketRegister
import DocketTesting
import DocketWorkflow
import Testing
@testable import DocketStore

extension RegisterFixture {
    /// Imports `text` as a CSV file, rows without `raised_at` raised on 2025-08-26.
    @discardableResult
    func importCSV(_ text: String, meeting: Int64? = nil, dryRun: Bool = false) throws -> Register.ImportSummary {
        var reader = CSVReader(bytes: Array(text.utf8))
        return try register.importProblems(from: &reader, options: .init(
            meeting: meeting, dryRun: dryRun, raisedAt: RegisterFixture.at("2025-08-26"),
            now: RegisterFixture.at("2025-10-01"), as: .admin("importer")))
    }

    /// Checks that importing `text` is refused with `error` and leaves the register as it was.
    func expectImportRefused<E: Error & Equatable>(_ text: String, _ error: E, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fingerprint()
        #expect(throws: error, sourceLocation: sourceLocation) { try importCSV(text) }
        #expect(try fingerprint() == before, "the register changed", sourceLocation: sourceLocation)
    }
}

@Suite struct ImportingFilesEveryRow {
    @Test func eachRowIsFiledAndARowWithAUnitIsAssignedAtOnce() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let summary = try fixture.importCSV("""
            title,locality,category,unit,due,raised_at,recommendation\r
            Giá thuê hạ tầng,Cần Thơ,Viễn thông,cuc-vt,2025-09-30,2025-08-25,Thống nhất khung giá\r
            Thiếu cán bộ,can tho,,,,,\r

            """)
        #expect(summary == Register.ImportSummary(count: 2, first: 1, last: 2, dryRun: false))
        let first = try fixture.register.problem(id: 1, as: .admin("test"))
        #expect(first.state == "assigned")
        #expect(first.unit == NamedRef(code: "cuc-vt", name: "Cục Viễn thông"))
        #expect(first.due == RegisterFixture.date("2025-09-30"))
        #expect(first.category == "Viễn thông")
        #expect(first.recommendation == "Thống nhất khung giá")
        #expect(first.raisedAt == RegisterFixture.at("2025-08-25"))
        #expect(first.updatedAt == RegisterFixture.at("2025-08-25"))
        let history = try fixture.register.history(of: 1, as: .admin("test"))
        #expect(history.map(\.action) == ["file", "assign"])
        #expect(history.map(\.to) == ["raised", "assigned"])
        #expect(history.map(\.at) == [RegisterFixture.at("2025-08-25"), RegisterFixture.at("2025-08-25")])
        #expect(history.map(\.actor) == ["importer", "importer"])
        #expect(history.map(\.recordedAt) == [Instant(secondsSinceEpoch: 1_764_000_000), Instant(secondsSinceEpoch: 1_764_000_000)])
        #expect(history[1].due == RegisterFixture.date("2025-09-30"))
        let second = try fixture.register.problem(id: 2, as: .admin("test"))
        #expect(second.state == "raised")
        #expect(second.raisedAt == RegisterFixture.at("2025-08-26"))
        #expect(try fixture.register.history(of: 2, as: .admin("test")).map(\.action) == ["file"])
        for id: Int64 in [1, 2] {
            let (stored, replayed) = try fixture.register.projectionCheck(of: id)
            #expect(stored == replayed)
        }
    }

    @Test func theMeetingIsEveryRowsMeeting() throws {
        let fixture = try RegisterFixture()
        let meeting = try fixture.register.addMeeting(locality: "Cần Thơ", heldOn: RegisterFixture.date("2025-08-26"),
                                                      title: "Làm việc", lead: nil, notes: nil,
                                                      at: RegisterFixture.at("2025-08-26"), actor: "test")
        try fixture.importCSV("title,locality\na,92\nb,92\n", meeting: meeting.id)
        #expect(try fixture.register.problem(id: 1, as: .admin("test")).meetingID == meeting.id)
        #expect(try fixture.register.problem(id: 2, as: .admin("test")).meetingID == meeting.id)
        #expect(throws: RegisterError.notFound(kind: .meeting, name: "#9")) {
            try fixture.importCSV("title,locality\na,92\n", meeting: 9)
        }
    }

    @Test func groupsAreFoundByNumberOrFoldedTitleOrMadeOnce() throws {
        let fixture = try RegisterFixture()
        let existing = try fixture.register.addGroup(title: "Hạ tầng viễn thông", at: RegisterFixture.at("2025-08-01"), actor: "test")
        try fixture.importCSV("""
            title,locality,group,raised_at
            a,92,#1,
            b,92,ha tang  VIEN-THONG,
            c,92,Thủ tục chồng chéo,2025-08-20
            d,92,thu tuc chong cheo,
            e,92,,

            """)
        #expect(try (1...5).map { try fixture.register.problem(id: Int64($0), as: .admin("test")).groupID } == [existing.id, existing.id, 2, 2, nil])
        let groups = try fixture.register.groups().map(\.group)
        #expect(groups.map(\.title) == ["Hạ tầng viễn thông", "Thủ tục chồng chéo"])
        #expect(groups[1].createdAt == RegisterFixture.at("2025-08-20"))
    }

    @Test func theCountsBehindTheResolutionReportAreKept() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Before")
        var rows = "title,locality,unit\n"
        for index in 0..<300 { rows += "Vấn đề \(index),\(["92", "Hà Nội", "dong nai"][index % 3]),\(index % 2 == 0 ? "cuc-vt" : "")\n" }
        try fixture.importCSV(rows)
        try fixture.file("After")
        let tally = try sqlite(fixture.path, "SELECT state, unit_id, province_id, n FROM tally ORDER BY 1, 2, 3").stdout
        let counted = try sqlite(fixture.path, """
            SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """).stdout
        #expect(tally == counted)
        #expect(tally.split(separator: "\n").count == 6)
    }

    @Test func theSearchIndexHoldsEveryImportedRow() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        var rows = "title,locality,description,unit\n"
        for index in 0..<20_000 {
            rows += "Giá thuê số \(index),92,\"Mô tả, số \(index)\",\(index % 2 == 0 ? "cuc-vt" : "")\n"
        }
        try fixture.importCSV(rows)
        let check = try fixture.register.searchIndexCheck()
        #expect(check.documents == 20_000)
        #expect(check.problems == 20_000)
        #expect(check.wrong == [])
        #expect(try found(fixture.register, "\"gia thue so 19999\"") == [20_000])
        #expect(try found(fixture.register, "\"mo ta so 7\"") == [8])
        try fixture.register.database.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    }

    @Test func aFileWithOnlyAHeaderImportsNothing() throws {
        let fixture = try RegisterFixture()
        let before = try fixture.fingerprint()
        #expect(try fixture.importCSV("title,locality\r\n") == Register.ImportSummary(count: 0, first: nil, last: nil, dryRun: false))
        #expect(try fixture.fingerprint() == before)
    }

    @Test func aDryRunChecksEverythingAndWritesNothing() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Before")
        let before = try fixture.fingerprint()
        let text = "title,locality,unit,group\na,92,cuc-vt,New group\nb,Hà Nội,,\n"
        #expect(try fixture.importCSV(text, dryRun: true) == Register.ImportSummary(count: 2, first: 2, last: 3, dryRun: true))
        #expect(try fixture.fingerprint() == before)
        #expect(throws: RegisterError.self) { try fixture.importCSV(text + "c,Atlantis,,\n", dryRun: true) }
        #expect(try fixture.fingerprint() == before)
        #expect(try fixture.importCSV(text) == Register.ImportSummary(count: 2, first: 2, last: 3, dryRun: false))
    }
}

@Suite struct AnImportWithABadRowImportsNothing {
    @Test func anUnknownLocalityIsRefusedNamingItsLineAndColumn() throws {
        let fixture = try RegisterFixture()
        try fixture.expectImportRefused("title,locality\na,92\nb,Atlantis\n", RegisterError.importRow(
            line: 3, column: "locality", fault: .register(.notFound(kind: .locality, name: "Atlantis"))))
    }

    @Test func linesAreCountedAsInTheFileThroughQuotedLineBreaks() throws {
        let fixture = try RegisterFixture()
        try fixture.expectImportRefused("title,description,locality\r\na,\"one\r\ntwo\r\nthree\",92\r\nb,,Atlantis\r\n", RegisterError.importRow(
            line: 5, column: "locality", fault: .register(.notFound(kind: .locality, name: "Atlantis"))))
    }

    @Test func anAmbiguousOrUnknownUnitIsRefused() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.expectImportRefused("title,locality,unit\na,92,cuc-xx\n", RegisterError.importRow(
            line: 2, column: "unit", fault: .register(.notFound(kind: .unit, name: "cuc-xx"))))
    }

    @Test func aGroupNumberTheRegisterDoesNotHaveIsRefused() throws {
        let fixture = try RegisterFixture()
        try fixture.expectImportRefused("title,locality,group\na,92,#4\n", RegisterError.importRow(
            line: 2, column: "group", fault: .register(.notFound(kind: .group, name: "#4"))))
    }

    @Test func aDeadlineBeforeTheRaisingIsRefused() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.expectImportRefused("title,locality,unit,due,raised_at\na,92,cuc-vt,2025-08-01,2025-08-26\n", RegisterError.importRow(
            line: 2, column: "due",
            fault: .refused(.dueBeforeRaised(due: CivilDate(year: 2025, month: 8, day: 1)!, raisedOn: CivilDate(year: 2025, month: 8, day: 26)!))))
    }

    @Test func aCSVFaultIsRefusedNamingTheColumn() throws {
        let fixture = try RegisterFixture()
        try fixture.expectImportRefused("title,locality,description\na,92,ok\nb,92,say \"hi\"\n", ImportError(
            line: 3, column: "description",
            reason: "a quote appears in a field that does not start with one: put the whole field in quotes and double each quote inside it"))
    }

    @Test func aNulByteOrInvalidUTF8IsRefused() throws {
        let fixture = try RegisterFixture()
        let before = try fixture.fingerprint()
        for (bytes, error) in [
            (Array("title,locality\na,9".utf8) + [0, 0x32, 0x0A],
             ImportError(line: 2, column: "locality", reason: "there is a NUL byte, so this is not a text file: give a CSV file saved as UTF-8 text")),
            (Array("title,locality\nGi".utf8) + [0xE1] + Array(" thu,92\n".utf8),
             ImportError(line: 2, column: "title", reason: "the text is not valid UTF-8: save the file as UTF-8")),
        ] {
            var reader = CSVReader(bytes: bytes)
            #expect(throws: error) {
                try fixture.register.importProblems(from: &reader, options: .init(
                    raisedAt: RegisterFixture.at("2025-08-26"), now: RegisterFixture.at("2025-10-01"), as: .admin("test")))
            }
        }
        #expect(try fixture.fingerprint() == before)
    }

    @Test func anEmptyFileIsRefused() throws {
        let fixture = try RegisterFixture()
        try fixture.expectImportRefused("", ImportError(line: 1, column: nil, reason: "the file is empty: it needs a header row naming its columns (title, locality, …) and a row per problem"))
        try fixture.expectImportRefused("\u{FEFF}\r\n\r\n", ImportError(line: 1, column: nil, reason: "the file is empty: it needs a header row naming its columns (title, locality, …) and a row per problem"))
    }

    @Test func aFailedImportLeavesTheTallyRight() throws {
        let fixture = try RegisterFixture()
        try fixture.expectImportRefused("title,locality\na,92\nb,92\nc,Atlantis\n", RegisterError.importRow(
            line: 4, column: "locality", fault: .register(.notFound(kind: .locality, name: "Atlantis"))))
        try fixture.file("After")
        #expect(try sqlite(fixture.path, "SELECT state, n FROM tally").stdout == "raised|1\n")
    }
}
