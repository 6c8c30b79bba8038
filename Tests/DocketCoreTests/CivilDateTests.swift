import Testing
@testable import DocketCore

@Suite struct CivilDateArithmetic {
    @Test func dayNumbersRoundTripAcrossCenturies() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func knownDatesHaveKnownDayNumbersAndWeekdays() throws {
        let epoch = try #require(CivilDate(year: 1970, month: 1, day: 1))
        #expect(epoch.dayNumber == 0)
        #expect(epoch.isoWeekday == 4)
        let session = try #require(CivilDate(year: 2025, month: 8, day: 26))
        #expect(session.dayNumber == 20326)
        #expect(session.isoWeekday == 2)
        #expect(session.description == "2025-08-26")
    }

    @Test func daysThatDoNotExistAreRefused() {
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
    }
}
