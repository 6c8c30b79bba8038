import Testing
@testable import DocketCore

private typealias F = TimeFixtures

@Suite struct PosixTimeZoneStringsAreRead {
    private func rule(_ text: String) throws -> TimeZonePosixRule {
        try #require(TimeZonePosixRule(parsing: Array(text.utf8)))
    }

    @Test func aZoneWithoutDaylightTimeKeepsOneOffset() throws {
        let vietnam = try rule("<+07>-7")
        #expect(vietnam.standardOffset == 25_200)
        #expect(vietnam.daylight == nil)
        #expect(vietnam.nextTransition(after: 0) == nil)
        #expect(try rule("UTC0").offset(at: 1_756_173_600) == 0)
        #expect(try rule("<-0330>3:30").standardOffset == -12_600)
    }

    @Test func monthWeekDayRulesFindTheRightSundays() throws {
        let paris = try rule("CET-1CEST,M3.5.0,M10.5.0/3")
        let daylight = try #require(paris.daylight)
        #expect(daylight.offset == 7200)
        #expect(daylight.start == .monthWeekDay(month: 3, week: 5, weekday: 0))
        #expect(daylight.endTime == 10_800)
        // The last Sunday of March 2040 is the 25th; of October, the 28th.
        #expect(paris.nextTransition(after: F.utc("2040-01-01T00:00:00Z").secondsSinceEpoch)
                == F.utc("2040-03-25T01:00:00Z").secondsSinceEpoch)
        #expect(paris.nextTransition(after: F.utc("2040-03-25T01:00:00Z").secondsSinceEpoch)
                == F.utc("2040-10-28T01:00:00Z").secondsSinceEpoch)
    }

    @Test func daylightTimeWithoutARuleFollowsTheUnitedStates() throws {
        let eastern = try rule("EST5EDT")
        #expect(eastern.offset(at: F.utc("2040-03-11T06:59:59Z").secondsSinceEpoch) == -18_000)
        #expect(eastern.offset(at: F.utc("2040-03-11T07:00:00Z").secondsSinceEpoch) == -14_400)
    }

    @Test func southernHemisphereDaylightTimeSpansNewYear() throws {
        let sydney = try rule("AEST-10AEDT,M10.1.0,M4.1.0/3")
        #expect(sydney.offset(at: F.utc("2025-01-15T00:00:00Z").secondsSinceEpoch) == 39_600)
        #expect(sydney.offset(at: F.utc("2025-07-15T00:00:00Z").secondsSinceEpoch) == 36_000)
        // Ends Sunday 6 April 2025 at 03:00 AEDT (16:00 UTC the day before).
        #expect(sydney.offset(at: F.utc("2025-04-05T15:59:59Z").secondsSinceEpoch) == 39_600)
        #expect(sydney.offset(at: F.utc("2025-04-05T16:00:00Z").secondsSinceEpoch) == 36_000)
    }

    @Test func version3NegativeAndLongTimesAreAllowed() throws {
        // Greenland springs forward at "-1:00" on the last Sunday of March (30 March 2025),
        // which is 23:00 on the Saturday, local standard time.
        let nuuk = try rule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0")
        #expect(nuuk.offset(at: F.utc("2025-03-30T00:59:59Z").secondsSinceEpoch) == -7200)
        #expect(nuuk.offset(at: F.utc("2025-03-30T01:00:00Z").secondsSinceEpoch) == -3600)
        // Daylight time all year, as zic writes it.
        let always = try rule("EST5EDT,0/0,J365/25")
        for text in ["2025-01-01T05:00:00Z", "2025-07-01T00:00:00Z", "2025-12-31T23:59:59Z",
                     "2026-01-01T04:59:59Z", "2026-01-01T05:00:00Z"] {
            #expect(always.offset(at: F.utc(text).secondsSinceEpoch) == -14_400, "\(text)")
        }
    }

    @Test func julianDaysSkipOrCountTheLeapDay() {
        // J60 is 1 March even in a leap year; 59 (zero-based) is 29 February in one.
        #expect(TimeZonePosixRule.Day.julian(60).dayNumber(in: 2024) == F.date(2024, 3, 1).dayNumber)
        #expect(TimeZonePosixRule.Day.julian(60).dayNumber(in: 2025) == F.date(2025, 3, 1).dayNumber)
        #expect(TimeZonePosixRule.Day.zeroBased(59).dayNumber(in: 2024) == F.date(2024, 2, 29).dayNumber)
        #expect(TimeZonePosixRule.Day.zeroBased(59).dayNumber(in: 2025) == F.date(2025, 3, 1).dayNumber)
    }

    @Test(arguments: [
        "", "AB-1", "CET", "CET-1CEST,", "CET-1CEST,M13.1.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
        "CET-1CEST,M3.5.7,M10.5.0", "CET-25", "CET-1CEST,M3.5.0", "CET-1CEST,M3.5.0,M10.5.0/3x",
        "<+07-7", "<+7>-7", "CET-1:60", "CET-1CEST,J0,J365", "CET-1CEST,366,0",
    ])
    func malformedStringsAreRefused(text: String) {
        #expect(TimeZonePosixRule(parsing: Array(text.utf8)) == nil)
    }
}
