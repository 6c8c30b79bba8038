import Testing
@testable import DocketCore

private typealias F = TimeFixtures

@Suite struct ISOWeeksFollowTheThursdayRule {
    @Test func theWeekContaining26August2025IsW35StartingMonday25August() {
        let week = ISOWeek(containing: F.date(2025, 8, 26))
        #expect(week.year == 2025)
        #expect(week.week == 35)
        #expect(week.description == "2025-W35")
        #expect(week.monday == F.date(2025, 8, 25))
        #expect(week.sunday == F.date(2025, 8, 31))
        #expect(ISOWeek(containing: F.date(2025, 8, 25)) == week)
        #expect(ISOWeek(containing: F.date(2025, 8, 31)) == week)
    }

    @Test func weeksCrossNewYearIntoTheYearOfTheirThursday() {
        let first2025 = ISOWeek(containing: F.date(2024, 12, 30))
        #expect(first2025.description == "2025-W01")
        #expect(first2025.monday == F.date(2024, 12, 30))
        #expect(ISOWeek(containing: F.date(2021, 1, 3)).description == "2020-W53")
        #expect(ISOWeek(containing: F.date(2021, 1, 4)).description == "2021-W01")
        // 2026 starts on a Thursday, so it has a week 53 that ends on 3 January 2027.
        #expect(ISOWeek(containing: F.date(2027, 1, 3)).description == "2026-W53")
        #expect(ISOWeek(containing: F.date(2025, 12, 28)).description == "2025-W52")
        #expect(ISOWeek(containing: F.date(2025, 12, 29)).description == "2026-W01")
    }

    @Test func yearsHave53WeeksWhenTheyStartOnThursdayOrLeapWednesday() {
        #expect(ISOWeek.weeks(in: 2020) == 53)  // leap, starts Wednesday
        #expect(ISOWeek.weeks(in: 2026) == 53)  // starts Thursday
        #expect(ISOWeek.weeks(in: 2015) == 53)  // starts Thursday
        #expect(ISOWeek.weeks(in: 2025) == 52)
        #expect(ISOWeek.weeks(in: 2024) == 52)  // leap, starts Monday
        #expect(ISOWeek.weeks(in: 2032) == 53)  // leap, starts Thursday
        let fiftyThree = (2000...2040).filter { ISOWeek.weeks(in: $0) == 53 }
        #expect(fiftyThree == [2004, 2009, 2015, 2020, 2026, 2032, 2037])
    }

    @Test func nextAndPreviousStepAcrossYears() throws {
        let last2020 = try #require(ISOWeek(year: 2020, week: 53))
        #expect(last2020.next.description == "2021-W01")
        #expect(last2020.next.previous == last2020)
        let first2025 = try #require(ISOWeek(year: 2025, week: 1))
        #expect(first2025.previous.description == "2024-W52")
        #expect(first2025 < first2025.next)
        #expect(last2020 < first2025)
        #expect(ISOWeek(year: 2025, week: 53) == nil)
        #expect(ISOWeek(year: 2026, week: 53)?.monday == F.date(2026, 12, 28))
        #expect(ISOWeek(year: 2025, week: 0) == nil)
    }

    @Test func everyDayOfFourHundredYearsIsInTheWeekItsMondayAndSundayBound() {
        // 1 January 2000 to 31 December 2399, one full Gregorian cycle.
        let start = F.date(2000, 1, 1).dayNumber
        let misplaced = (start..<(start + 146_097)).filter { day in
            let date = CivilDate(dayNumber: day)
            let week = ISOWeek(containing: date)
            return !(week.monday <= date && date <= week.sunday) || week.monday.isoWeekday != 1
                || week.week > ISOWeek.weeks(in: week.year)
        }
        #expect(misplaced == [])
    }
}

@Suite struct WeeksAreParsedStrictly {
    @Test func aWellFormedWeekIsRead() throws {
        #expect(try ISOWeek(parsing: "2025-W35") == ISOWeek(year: 2025, week: 35))
        #expect(try ISOWeek(parsing: "2025-w35") == ISOWeek(year: 2025, week: 35))
        #expect(try ISOWeek(parsing: " 2020-W53 ") == ISOWeek(year: 2020, week: 53))
        #expect(try ISOWeek(parsing: "2025-W01").monday == F.date(2024, 12, 30))
    }

    @Test func week53OfA52WeekYearIsRefusedSayingSo() throws {
        #expect(throws: InputError.invalidWeek("2025-W53", reason: "2025 has 52 ISO weeks")) {
            try ISOWeek(parsing: "2025-W53")
        }
        #expect(throws: InputError.invalidWeek("2027-W53", reason: "2027 has 52 ISO weeks")) {
            try ISOWeek(parsing: "2027-W53")
        }
        #expect(InputError.invalidWeek("2025-W53", reason: "2025 has 52 ISO weeks").description
                == "'2025-W53' is not a week: 2025 has 52 ISO weeks; give it as YYYY-Www, for example 2025-W35.")
        // 2026 is not such a year: it starts on a Thursday.
        #expect(try ISOWeek(parsing: "2026-W53").sunday == F.date(2027, 1, 3))
    }

    @Test func weeksZeroAndPast53AreRefusedSayingSo() {
        #expect(throws: InputError.invalidWeek("2025-W00", reason: "ISO weeks are numbered from 01")) {
            try ISOWeek(parsing: "2025-W00")
        }
        #expect(throws: InputError.invalidWeek("2025-W54", reason: "no year has more than 53 ISO weeks")) {
            try ISOWeek(parsing: "2025-W54")
        }
        #expect(throws: InputError.invalidWeek("0000-W01", reason: "there is no year 0000")) {
            try ISOWeek(parsing: "0000-W01")
        }
    }

    @Test(arguments: [
        "", "2025W35", "2025-35", "2025-W5", "2025-W035", "25-W35", "2025-W35-2", "2025-X35",
        "2025-W3a", "W35", "2025–W35", "2025-Ｗ35", "2025-08-26",
    ])
    func otherFormsAreRefused(text: String) {
        #expect(throws: InputError.invalidWeek(
            text, reason: "expected a four-digit year, '-W' and a two-digit week")) {
            try ISOWeek(parsing: text)
        }
    }
}

@Suite struct AWeekSpansMondayMidnightToMondayMidnightInTheRegistersZone {
    @Test func week35Of2025InVietnamStartsAt1700UTCOnSunday() throws {
        let week = try ISOWeek(parsing: "2025-W35")
        let (start, end) = week.interval(in: F.zone("Asia/Ho_Chi_Minh"))
        #expect(start == F.utc("2025-08-24T17:00:00Z"))
        #expect(end == F.utc("2025-08-31T17:00:00Z"))
    }

    @Test func aWeekWithAClockChangeIsAnHourShorter() throws {
        let week = ISOWeek(containing: F.date(2025, 3, 30))
        let (start, end) = week.interval(in: F.zone("Europe/Paris"))
        #expect(start == F.utc("2025-03-23T23:00:00Z"))
        #expect(end == F.utc("2025-03-30T22:00:00Z"))
        #expect(end.secondsSinceEpoch - start.secondsSinceEpoch == 7 * 86_400 - 3600)
    }

    @Test func theLastCompleteWeekIsTheOneBeforeNow() {
        let vietnam = F.zone("Asia/Ho_Chi_Minh")
        // Monday 1 September 2025, 00:30 in Vietnam: W35 has just ended.
        #expect(ISOWeek.lastComplete(at: F.utc("2025-08-31T17:30:00Z"), in: vietnam).description == "2025-W35")
        // Sunday 31 August 23:30 in Vietnam: W35 is still going.
        #expect(ISOWeek.lastComplete(at: F.utc("2025-08-31T16:30:00Z"), in: vietnam).description == "2025-W34")
    }
}
