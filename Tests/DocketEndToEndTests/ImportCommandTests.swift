import Foundation
import Testing

extension Docket {
    /// Writes `bytes` to `name` in the test's directory and returns its path.
    func fixture(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `text` (UTF-8) to `name` in the test's directory and returns its path.
    func fixture(_ name: String, _ text: String) throws -> String {
        try fixture(name, Array(text.utf8))
    }
}

/// The repository's top folder, for the bundled demo file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite struct ImportingACSVFile {
    @Test func rowsWithQuotesLineBreaksABOMAndCRLFAreFiled() throws {
        let docket = try Docket.withUnits()
        let file = try docket.fixture("rows.csv", "\u{FEFF}Title,LOCALITY,unit,due,raised_at,description\r\n"
            + "\"Giá thuê, hạ tầng\",Cần Thơ,cuc-vt,2025-09-30,2025-08-26,\"Dòng một\r\n\"\"trích\"\" dòng hai\"\r\n"
            + "Thiếu cán bộ,dong nai,,,2025-08-27T14:30:00+07:00,\r\n")
        let run = try docket.ok("import", file)
        #expect(run.stdout == "Imported 2 problems (#1–#2).\n")
        #expect(run.stderr == "")
        let problems = try docket.ok("list", "--json").objects()
        #expect(problems.map { $0["title"] as? String } == ["Giá thuê, hạ tầng", "Thiếu cán bộ"])
        #expect(problems.map { $0["state"] as? String } == ["assigned", "raised"])
        #expect(problems.map { $0["raised_at"] as? String } == ["2025-08-26T09:00:00+07:00", "2025-08-27T14:30:00+07:00"])
        #expect(problems.first?["due"] as? String == "2025-09-30")
        let shown = try docket.ok("show", "1", "--json").object()
        #expect(shown["description"] as? String == "Dòng một\r\n\"trích\" dòng hai")
        let history = try docket.ok("history", "1", "--json").objects()
        #expect(history.map { $0["action"] as? String } == ["file", "assign"])
        #expect(history.map { $0["at"] as? String } == ["2025-08-26T09:00:00+07:00", "2025-08-26T09:00:00+07:00"])
    }

    @Test func jsonSaysHowManyAndTheirNumbers() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "92", "--title", "Trước", "--at", "2025-08-01")
        let file = try docket.fixture("rows.csv", "title,locality\na,92\nb,92\nc,92\n")
        let result = try docket.ok("import", file, "--json").object()
        #expect(result["imported"] as? Int == 3)
        #expect(result["first"] as? Int == 2)
        #expect(result["last"] as? Int == 4)
        #expect(result["dry_run"] as? Bool == false)
    }

    @Test func aDryRunChecksAndWritesNothing() throws {
        let docket = try Docket.withUnits()
        let file = try docket.fixture("rows.csv", "title,locality,unit\na,92,cuc-vt\nb,Hà Nội,\n")
        let before = try docket.fingerprint()
        let run = try docket.ok("import", file, "--dry-run")
        #expect(run.stdout == "Checked 2 problems (#1–#2 if imported now): nothing was written (--dry-run).\n")
        let json = try docket.ok("import", file, "--dry-run", "--json").object()
        #expect(json["imported"] as? Int == 2)
        #expect(json["dry_run"] as? Bool == true)
        #expect(try docket.fingerprint() == before)
        let bad = try docket.fixture("bad.csv", "title,locality,unit\na,92,cuc-vt\nb,Atlantis,\n")
        try docket.refuses(65, "import", bad, "--dry-run", saying: "line 3, column locality")
    }

    @Test func theMeetingOptionAndAtApplyToEveryRow() throws {
        let docket = try Docket.withUnits()
        try docket.ok("meeting", "add", "--locality", "Cần Thơ", "--date", "2025-08-26", "--title", "Làm việc", "--at", "2025-08-26")
        let file = try docket.fixture("rows.csv", "title,locality\na,92\n")
        try docket.ok("import", file, "--meeting", "1", "--at", "2025-08-26")
        let problem = try docket.ok("show", "1", "--json").object()
        #expect(problem["meeting"] as? Int == 1)
        #expect(problem["raised_at"] as? String == "2025-08-26T09:00:00+07:00")
        try docket.refuses(1, "import", file, "--meeting", "7", saying: "No meeting matches '#7'")
    }

    @Test func theBundledCanThoSessionImports() throws {
        let docket = try Docket.withUnits()
        let group = "Khó khăn khi vận hành chính quyền địa phương hai cấp"
        try docket.ok("group", "add", group, "--at", "2025-08-26")
        let demo = repositoryRoot.appendingPathComponent("demo/can-tho-2025-08-26.csv").path
        #expect(try docket.ok("import", demo).stdout == "Imported 2 problems (#1–#2).\n")
        let problems = try docket.ok("list", "--json").objects()
        #expect(problems.map { ($0["locality"] as? [String: Any])?["name"] as? String } == ["Cần Thơ", "Cần Thơ"])
        #expect(problems.map { $0["category"] as? String } == ["Thủ tục hành chính", "Viễn thông"])
        #expect(problems.map { $0["raised_at"] as? String } == ["2025-08-26T10:45:00+07:00", "2025-08-26T11:00:00+07:00"])
        #expect(problems.map { $0["group"] as? Int } == [1, 1])
        #expect(try docket.ok("group", "list", "--json").objects().count == 1)
        #expect(try docket.ok("search", "ngam hoa cap", "--json").objects().map { $0["id"] as? Int } == [2])
    }
}

@Suite struct ImportRefusesABadFileWholly {
    @Test func aMissingFileCannotBeRead() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(66, "import", docket.path("missing.csv"), saying: "No such file or directory")
    }

    @Test func aDirectoryCannotBeRead() throws {
        let docket = try Docket.withUnits()
        try FileManager.default.createDirectory(atPath: docket.path("folder.csv"), withIntermediateDirectories: false)
        try docket.refuses(66, "import", docket.path("folder.csv"), saying: "it is a directory")
    }

    @Test func aBinaryFileIsRefused() throws {
        let docket = try Docket.withUnits()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        try docket.refuses(65, "import", try docket.fixture("picture.csv", png), saying: "line 1, column 1: the text is not valid UTF-8")
        let nul = Array("title,locality\n".utf8) + [0x61, 0, 0x62, 0x2C, 0x39, 0x32, 0x0A]
        try docket.refuses(65, "import", try docket.fixture("nul.csv", nul), saying: "line 2, column title: there is a NUL byte")
    }

    @Test func anUnknownColumnIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("unknown.csv", "title,locality,owner\na,92,x\n"),
                           saying: "Nothing was imported: line 1, column owner: 'owner' is not a column docket imports")
    }

    @Test func aDuplicatedColumnIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("twice.csv", "title,locality,Unit,unit\na,92,,\n"),
                           saying: "line 1, column unit: the column unit appears twice in the header")
    }

    @Test func aMissingRequiredColumnIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("wrong.csv", "name,locality\na,92\n"),
                           saying: "line 1, column name: 'name' is not a column")
        try docket.refuses(65, "import", try docket.fixture("nolocality.csv", "title,unit\na,cuc-vt\n"),
                           saying: "line 1, column locality: the header has no column locality")
    }

    @Test func anUnknownLocalityOnLineNIsRefusedNamingTheLineAndColumn() throws {
        let docket = try Docket.withUnits()
        // Line 3's description spans two lines of the file: the lines are the file's, not the records'.
        let file = try docket.fixture("atlantis.csv", "title,locality,description\na,92,\nb,Hà Nội,\"mô tả\nhai dòng\"\nc,Atlantis,\nd,92,\n")
        try docket.refuses(65, "import", file,
                           saying: "Nothing was imported: line 5, column locality: no locality matches 'Atlantis'")
    }

    @Test func aBadDateIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("due.csv", "title,locality,unit,due\na,92,cuc-vt,2025-02-30\n"),
                           saying: "line 2, column due: '2025-02-30' is not a date")
        try docket.refuses(65, "import", try docket.fixture("raised.csv", "title,locality,raised_at\na,92,26/08/2025\n"),
                           saying: "line 2, column raised_at: '26/08/2025' is not a time")
        try docket.refuses(65, "import", try docket.fixture("future.csv", "title,locality,raised_at\na,92,2999-01-01\n"),
                           saying: "line 2, column raised_at: '2999-01-01' is in the future")
    }

    @Test func invalidUTF8IsRefusedWithItsLineAndColumn() throws {
        let docket = try Docket.withUnits()
        // "Giá thuê" in Windows-1258/Latin-1 bytes, as an old spreadsheet might save it.
        let latin1 = Array("title,locality\na,92\n".utf8) + [0x47, 0x69, 0xE1, 0x20, 0x74, 0x68, 0x75, 0xEA] + Array(",92\n".utf8)
        try docket.refuses(65, "import", try docket.fixture("latin1.csv", latin1),
                           saying: "line 3, column title: the text is not valid UTF-8: save the file as UTF-8")
    }

    @Test func anEmptyFileIsRefusedAndAHeaderAloneImportsNothing() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("empty.csv", ""), saying: "line 1: the file is empty")
        let before = try docket.fingerprint()
        let run = try docket.ok("import", try docket.fixture("header.csv", "title,locality\r\n"))
        #expect(run.stdout == "Imported 0 problems.\n")
        #expect(try docket.fingerprint() == before)
    }

    @Test func aRowWithTooManyOrTooFewFieldsIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("many.csv", "title,locality\na,92\nb,92,extra\n"),
                           saying: "line 3: the row has 3 fields where the header has 2")
        try docket.refuses(65, "import", try docket.fixture("few.csv", "title,locality,unit\na,92,cuc-vt\nb,92\n"),
                           saying: "line 3: the row has 2 fields where the header has 3")
    }

    @Test func anUnclosedQuoteIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(65, "import", try docket.fixture("quote.csv", "title,locality\na,92\n\"b,92\nc,92\n"),
                           saying: "line 3, column title: a quoted field starts here and is never closed")
    }
}
