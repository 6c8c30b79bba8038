import Testing
@testable import DocketCore

private typealias F = TimeFixtures

@Suite struct DatesAreParsedStrictlyAsYearMonthDay {
    @Test func aWellFormedDateIsRead() throws {
        #expect(try CivilDate(parsing: "2025-08-26") == F.date(2025, 8, 26))
        #expect(try CivilDate(parsing: "2024-02-29") == F.date(2024, 2, 29))
        #expect(try CivilDate(parsing: "0001-01-01") == F.date(1, 1, 1))
        #expect(try CivilDate(parsing: "9999-12-31") == F.date(9999, 12, 31))
    }

    @Test func surroundingSpacesAreIgnored() throws {
        #expect(try CivilDate(parsing: "  2025-08-26 ") == F.date(2025, 8, 26))
        #expect(try CivilDate(parsing: "\t2025-08-26\n") == F.date(2025, 8, 26))
    }

    @Test(arguments: [
        "", " ", "2025-13-01", "2025-00-10", "2025-02-29", "2025-04-31", "2025-08-00",
        "1900-02-29", "0000-01-01", "25-08-26", "2025-8-26", "2025-08-6", "02025-08-26",
        "2025/08/26", "2025-08-26T09:00", "2025-08-26 09:00", "2025-08-26x", "2025 -08-26",
        "+2025-08-26", "-2025-08-26", "２０２５-08-26", "٢٠٢٥-08-26", "yesterday", "20250826",
    ])
    func anythingElseIsRefusedAsGiven(text: String) {
        #expect(throws: InputError.invalidDate(text)) { try CivilDate(parsing: text) }
    }
}
