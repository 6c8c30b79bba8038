import Foundation
import Testing

@Suite struct ExportingTheRegister {
    /// A register with problems in several states, a commune, a group, and texts with commas,
    /// quotes and line breaks.
    private func populated() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("group", "add", "Hạ tầng viễn thông", "--at", "2025-08-01")
        try docket.ok("file", "--locality", "Ninh Kiều", "--title", "Giá thuê hạ tầng, \"thụ động\"", "--group", "1",
                      "--category", "Viễn thông", "--description", "Dòng một\nDòng hai", "--recommendation", "Thống nhất giá",
                      "--at", "2025-08-26T10:15:00+07:00")
        try docket.ok("file", "--locality", "Phường Mường Thanh", "--title", "Thiếu thiết bị ký số", "--group", "1", "--at", "2025-08-27")
        try docket.ok("file", "--locality", "Hà Nội", "--title", " Cán bộ xã", "--at", "2025-08-28")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-30", "--at", "2025-08-29")
        try docket.ok("resolve", "1", "--resolution", "Đã ban hành khung giá", "--at", "2025-09-02")
        try docket.ok("escalate", "2", "--to", "chinh-phu", "--reason", "Vượt thẩm quyền", "--at", "2025-08-29")
        return docket
    }

    @Test func jsonIsEveryProblemAsListPrintsIt() throws {
        let docket = try populated()
        let exported = try docket.ok("export")
        #expect(exported.stdout == (try docket.ok("list", "--json")).stdout)
        #expect(try exported.objects().count == 3)
        #expect(try docket.ok("export", "--json").stdout == exported.stdout)
    }

    @Test func csvHasTheImportColumnsThenTheStanding() throws {
        let docket = try populated()
        let csv = try docket.ok("export", "--csv").stdout
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "title,locality,category,description,recommendation,group,unit,due,raised_at,id,state,province,escalated_to,resolved_at,resolution")
        #expect(csv.contains("\"Giá thuê hạ tầng, \"\"thụ động\"\"\",31135,Viễn thông,\"Dòng một\nDòng hai\",Thống nhất giá,Hạ tầng viễn thông,cuc-vt,2025-09-30,2025-08-26T10:15:00+07:00,1,resolved,Cần Thơ,,2025-09-02T09:00:00+07:00,Đã ban hành khung giá\r\n"))
        try docket.refuses(64, "export", "--csv", "--json", saying: "Give --csv or --json, not both")
    }

    @Test func theCSVReimportsGivingTheSameImportColumns() throws {
        let source = try populated()
        let first = try source.ok("export", "--csv").stdout
        let target = try Docket.withUnits()
        let file = try target.fixture("export.csv", first)
        #expect(try target.ok("import", file).stdout == "Imported 3 problems (#1–#3).\n")
        let second = try target.ok("export", "--csv").stdout
        #expect(importColumns(second) == importColumns(first))
        #expect(importColumns(first).count == 4)
        #expect(try target.ok("list", "--json").objects().map { $0["state"] as? String } == ["assigned", "raised", "raised"])
    }

    /// The first nine fields of every record of `csv`, as the reader of a test would split them.
    private func importColumns(_ csv: String) -> [[String]] {
        parseCSV(csv).map { Array($0.prefix(9)) }
    }
}

/// A small RFC 4180 reader for tests, independent of the one under test.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let c = characters.popFirst() {
        if quoted {
            if c == "\"" {
                if characters.first == "\"" { field.unicodeScalars.append("\""); characters = characters.dropFirst() }
                else { quoted = false }
            } else { field.unicodeScalars.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == "," { record.append(field); field = "" }
        else if c == "\r" || c == "\n" {
            if c == "\r", characters.first == "\n" { characters = characters.dropFirst() }
            record.append(field); field = ""
            records.append(record); record = []
        } else { field.unicodeScalars.append(c) }
    }
    if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
    return records
}

@Suite struct AnExportForExcel {
    @Test func bomPutsAByteOrderMarkFirstAndTheFileStillReimports() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng", "--at", "2025-08-26")
        let run = try docket.ok("export", "--csv", "--bom")
        #expect(Array(run.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(run.stdout.dropFirst().hasPrefix("title,locality,"))
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: docket.path("excel.csv")))
        #expect(try docket.ok("import", docket.path("excel.csv")).stdout == "Imported 1 problem (#2).\n")
        try docket.refuses(64, "export", "--bom", saying: "--bom goes with --csv")
    }
}

@Suite struct CSVThatSpreadsheetsDoNotRun {
    @Test func formulasAreWrittenAfterAQuoteAndReimportToTheSameTexts() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "=1+1", "--description", "+84 292 3820 000",
                      "--recommendation", "-5%", "--at", "2025-08-26")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "'=HYPERLINK(\"http://x\")", "--category", "@viễn thông",
                      "--at", "2025-08-26")
        let csv = try docket.ok("export", "--csv").stdout
        let rows = parseCSV(csv)
        #expect(Array(rows[1].prefix(5)) == ["'=1+1", "92", "", "'+84 292 3820 000", "'-5%"])
        #expect(Array(rows[2].prefix(3)) == ["''=HYPERLINK(\"http://x\")", "92", "'@viễn thông"])
        let target = try Docket.withUnits()
        #expect(try target.ok("import", try target.fixture("export.csv", csv)).stdout == "Imported 2 problems (#1–#2).\n")
        let problems = try target.ok("list", "--json").objects()
        #expect(problems.map { $0["title"] as? String } == ["=1+1", "'=HYPERLINK(\"http://x\")"])
        #expect(problems.map { $0["description"] as? String } == ["+84 292 3820 000", nil])
        #expect(problems.map { $0["recommendation"] as? String } == ["-5%", nil])
        #expect(problems.map { $0["category"] as? String } == [nil, "@viễn thông"])
        #expect(try target.ok("export", "--csv").stdout.components(separatedBy: "\r\n").dropFirst().map { $0.prefix(40) }
            == csv.components(separatedBy: "\r\n").dropFirst().map { $0.prefix(40) })
    }

    @Test func listAndTheReportTakeBomToo() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng", "--at", "2025-08-26")
        let list = try docket.ok("list", "--csv", "--bom").stdout
        #expect(Array(list.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(list.dropFirst() == (try docket.ok("list", "--csv").stdout)[...])
        let report = try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "csv", "--bom").stdout
        #expect(Array(report.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(report.dropFirst() == (try docket.ok("report", "weekly", "--week", "2025-W35", "--format", "csv").stdout)[...])
        try docket.refuses(64, "list", "--bom", saying: "--bom goes with --csv")
        try docket.refuses(64, "report", "weekly", "--format", "html", "--bom", saying: "--bom goes with --format csv")
    }
}
