import Testing
@testable import DocketCore

private let now = Instant(secondsSinceEpoch: 1_760_000_000)  // 2025-10-09
private let defaultAt = Instant(secondsSinceEpoch: 1_756_000_000)

private func header(_ fields: [String]) throws(ImportError) -> ImportHeader {
    try ImportHeader(CSVRecord(line: 1, fields: fields))
}

private func row(_ header: ImportHeader, _ fields: [String], line: Int = 2) throws(ImportError) -> ImportRow? {
    try header.row(CSVRecord(line: line, fields: fields), in: .hoChiMinh, now: now, defaultRaisedAt: defaultAt)
}

@Suite struct ImportHeadersNameTheirColumns {
    @Test func columnsComeInAnyOrderAndCase() throws {
        let header = try header([" Locality ", "TITLE", "raised_at", "Due", "unit"])
        #expect(header.columns == [.locality, .title, .raisedAt, .due, .unit])
        #expect(header.name(ofField: 2) == "title")
        #expect(header.name(ofField: 9) == "9")
    }

    @Test func theExportsExtraColumnsAreAccepted() throws {
        let all = ImportColumn.allCases.map(\.name)
        #expect(all == ["title", "locality", "category", "description", "recommendation", "group", "unit", "due",
                        "raised_at", "id", "state", "province", "escalated_to", "resolved_at", "resolution"])
        #expect(try header(all).columns == ImportColumn.allCases)
        #expect(ImportColumn.allCases.filter(\.isImported).count == 9)
    }

    @Test func anUnknownColumnIsRefusedByName() {
        #expect(throws: ImportError(line: 1, column: "tilte", reason: "'tilte' is not a column docket imports: the columns are title, locality, category, description, recommendation, group, unit, due, raised_at, id, state, province, escalated_to, resolved_at, resolution")) {
            try header(["tilte", "locality"])
        }
    }

    @Test func aColumnWithNoNameIsRefusedByPosition() {
        #expect(throws: ImportError(line: 1, column: "3", reason: "the header names no column here: name every column, among title, locality, category, description, recommendation, group, unit, due, raised_at, id, state, province, escalated_to, resolved_at, resolution")) {
            try header(["title", "locality", " "])
        }
    }

    @Test func aRepeatedColumnIsRefused() {
        #expect(throws: ImportError(line: 1, column: "title", reason: "the column title appears twice in the header: keep one")) {
            try header(["title", "locality", "Title"])
        }
    }

    @Test func aMissingRequiredColumnIsRefused() {
        #expect(throws: ImportError(line: 1, column: "locality", reason: "the header has no column locality, which every file needs: add it")) {
            try header(["title", "unit"])
        }
    }
}

@Suite struct ImportRowsAreReadAndChecked {
    private let full = ["title", "locality", "category", "description", "recommendation", "group", "unit", "due", "raised_at", "state"]

    @Test func aFullRowIsReadWithItsTextsNormalised() throws {
        let header = try header(full)
        let read = try row(header, ["  Giá thuê hạ tầng ", "Cần Thơ", "Viễn thông", "", "Thống nhất khung giá", "#3",
                                    "cuc-vt", "2025-09-30", "2025-08-26", "resolved"], line: 7)
        #expect(read == ImportRow(line: 7, title: "Giá thuê hạ tầng", locality: "Cần Thơ", category: "Viễn thông",
                                  description: nil, recommendation: "Thống nhất khung giá", group: .number(3),
                                  unit: "cuc-vt", due: CivilDate(year: 2025, month: 9, day: 30),
                                  raisedAt: Instant(secondsSinceEpoch: 1_756_173_600)))
    }

    @Test func aGroupIsANumberOrATitle() throws {
        let header = try header(["title", "locality", "group"])
        #expect(try row(header, ["a", "b", "12"])?.group == .number(12))
        #expect(try row(header, ["a", "b", " Hạ tầng "])?.group == .title("Hạ tầng"))
        #expect(try row(header, ["a", "b", "2025 hạ tầng"])?.group == .title("2025 hạ tầng"))
        #expect(throws: ImportError(line: 2, column: "group", reason: "'#0' is not a number docket gives: use a whole number from 1 up, with or without '#'")) {
            try row(header, ["a", "b", "#0"])
        }
    }

    @Test func raisedAtDefaultsAndTakesDateTimesWithOffsets() throws {
        let header = try header(["title", "locality", "raised_at"])
        #expect(try row(header, ["a", "b", ""])?.raisedAt == defaultAt)
        #expect(try row(header, ["a", "b", "2025-08-26T14:30:00+07:00"])?.raisedAt == Instant(secondsSinceEpoch: 1_756_193_400))
    }

    @Test func blankRowsAndRowsOfEmptyFieldsAreSkipped() throws {
        let header = try header(["title", "locality", "unit"])
        #expect(try row(header, [""]) == nil)
        #expect(try row(header, ["", " ", ""]) == nil)
    }

    @Test func aRowWithTooFewOrTooManyFieldsIsRefused() throws {
        let header = try header(["title", "locality", "unit"])
        #expect(throws: ImportError(line: 4, column: nil, reason: "the row has 2 fields where the header has 3: add the missing ones, empty if need be")) {
            try row(header, ["a", "b"], line: 4)
        }
        #expect(throws: ImportError(line: 4, column: nil, reason: "the row has 4 fields where the header has 3: quote any field that holds a comma")) {
            try row(header, ["a", "b", "c", "d"], line: 4)
        }
    }

    @Test func anEmptyTitleOrLocalityIsRefused() throws {
        let header = try header(["title", "locality"])
        #expect(throws: ImportError(line: 2, column: "title", reason: "the title is empty: give some text")) {
            try row(header, [" ", "Cần Thơ"])
        }
        #expect(throws: ImportError(line: 2, column: "locality", reason: "the locality is empty: give the code or name of the locality that raised the problem")) {
            try row(header, ["Thiếu cán bộ", ""])
        }
        #expect(throws: ImportError(line: 2, column: "title", reason: "the title is too long: at most 500 characters are allowed")) {
            try row(header, [String(repeating: "ă", count: 501), "Cần Thơ"])
        }
    }

    @Test func aBadDateIsRefusedNamingItsColumn() throws {
        let header = try header(["title", "locality", "unit", "due", "raised_at"])
        #expect(throws: ImportError(line: 2, column: "due", reason: "'2025-02-30' is not a date: give it as YYYY-MM-DD, a day that exists")) {
            try row(header, ["a", "b", "cuc-vt", "2025-02-30", ""])
        }
        #expect(throws: ImportError(line: 2, column: "raised_at", reason: "'26/08/2025' is not a time: give a date (YYYY-MM-DD) or an ISO 8601 date-time (2025-08-26T14:30 or 2025-08-26T14:30:00+07:00)")) {
            try row(header, ["a", "b", "", "", "26/08/2025"])
        }
        #expect(throws: ImportError(line: 2, column: "raised_at", reason: "'2030-01-01' is in the future: raised_at says when the problem was raised, so it cannot be later than now")) {
            try row(header, ["a", "b", "", "", "2030-01-01"])
        }
    }

    @Test func aDeadlineWithoutAUnitIsRefused() throws {
        let header = try header(["title", "locality", "unit", "due"])
        #expect(throws: ImportError(line: 2, column: "due", reason: "a deadline needs a unit to own the problem: give the unit column too, or leave due empty")) {
            try row(header, ["a", "b", "", "2025-09-30"])
        }
    }
}

@Suite struct ImportErrorsReadAsOneSentence {
    @Test func theSentenceNamesTheLineAndTheColumn() {
        #expect(ImportError(line: 7, column: "due", reason: "it is wrong").description
                == "Nothing was imported: line 7, column due: it is wrong.")
        #expect(ImportError(line: 3, column: nil, reason: "it is wrong").description
                == "Nothing was imported: line 3: it is wrong.")
    }

    @Test func anotherErrorsSentenceBecomesAClause() {
        #expect(ImportError.clause("No locality matches 'X': check it.") == "no locality matches 'X': check it")
        #expect(ImportError.clause("CSV is wrong.") == "CSV is wrong")
        #expect(ImportError.clause("'x' is bad.") == "'x' is bad")
    }
}
