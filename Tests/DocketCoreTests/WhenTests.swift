import Testing
@testable import DocketCore

private typealias F = TimeFixtures

/// 10:00 on Tuesday 26 August 2025 in Vietnam.
private let now = F.utc("2025-08-26T03:00:00Z")
private let vietnam = F.zone("Asia/Ho_Chi_Minh")

@Suite struct AtAcceptsADateOrAnISO8601DateTime {
    @Test(arguments: [
        // A date is 09:00 in the register's zone.
        ("2025-08-25", "2025-08-25T02:00:00Z"),
        ("2025-08-26", "2025-08-26T02:00:00Z"),
        ("2024-02-29", "2024-02-29T02:00:00Z"),
        (" 2025-08-25\n", "2025-08-25T02:00:00Z"),
        // A date-time without an offset is local.
        ("2025-08-26T08:15", "2025-08-26T01:15:00Z"),
        ("2025-08-26 08:15", "2025-08-26T01:15:00Z"),
        ("2025-08-26t08:15", "2025-08-26T01:15:00Z"),
        ("2025-08-26T08:15:30", "2025-08-26T01:15:30Z"),
        ("2025-08-26T08:15:30.999", "2025-08-26T01:15:30Z"),
        ("2025-08-26T08:15:30,5", "2025-08-26T01:15:30Z"),
        ("2025-08-26T00:00:00", "2025-08-25T17:00:00Z"),
        // With an offset it is that instant.
        ("2025-08-26T01:15:30Z", "2025-08-26T01:15:30Z"),
        ("2025-08-26T01:15:30z", "2025-08-26T01:15:30Z"),
        ("2025-08-26T01:15:30.123456789Z", "2025-08-26T01:15:30Z"),
        ("2025-08-26T10:15:30+09:00", "2025-08-26T01:15:30Z"),
        ("2025-08-26T10:15:30+0900", "2025-08-26T01:15:30Z"),
        ("2025-08-26T10:15+09", "2025-08-26T01:15:00Z"),
        ("2025-08-26T06:45+05:30", "2025-08-26T01:15:00Z"),
        ("2025-08-25T20:15:30-05:00", "2025-08-26T01:15:30Z"),
        ("2025-08-26T01:15:30+00:00", "2025-08-26T01:15:30Z"),
        ("2025-08-26T01:15:30-00:00", "2025-08-26T01:15:30Z"),
        ("2025-08-26 01:15:30Z", "2025-08-26T01:15:30Z"),
        // Exactly now is not the future.
        ("2025-08-26T10:00:00+07:00", "2025-08-26T03:00:00Z"),
        ("2025-08-26T10:00", "2025-08-26T03:00:00Z"),
    ])
    func acceptedForms(text: String, expected: String) throws {
        #expect(try When.parse(text, in: vietnam, now: now) == F.utc(expected))
    }

    @Test func datesAndLocalTimesAreReadInTheGivenZone() throws {
        let paris = F.zone("Europe/Paris")
        #expect(try When.parse("2025-08-25", in: paris, now: now) == F.utc("2025-08-25T07:00:00Z"))
        #expect(try When.parse("2025-01-15T08:15", in: paris, now: now) == F.utc("2025-01-15T07:15:00Z"))
        // An explicit offset ignores the zone.
        #expect(try When.parse("2025-08-25T08:15+07:00", in: paris, now: now) == F.utc("2025-08-25T01:15:00Z"))
        // A skipped local time moves forward by the gap.
        #expect(try When.parse("2025-03-30T02:30", in: paris, now: now) == F.utc("2025-03-30T01:30:00Z"))
    }

    @Test func theResultPrintsBackAsTheContractsInstants() throws {
        let instant = try When.parse("2025-08-26", in: vietnam, now: now)
        #expect(vietnam.iso8601(instant) == "2025-08-26T09:00:00+07:00")
    }
}

@Suite struct AtRefusesWhatIsNotADateOrDateTime {
    @Test(arguments: [
        "", " ", "2025-13-01", "2025-02-29", "2025-04-31", "25-08-26", "2025-8-26",
        "2025-08-6", "yesterday", "today", "now", "26/08/2025", "1756173600", "2025-W35",
        "２０２５-08-26", "2025-08-26X", "2025-08-26T", "2025-08-26T25:00", "2025-08-26T24:00",
        "2025-08-26T10:60", "2025-08-26T10:00:60", "2025-08-26T9:00", "2025-08-26T10",
        "2025-08-26T1000", "2025-08-26T10:00:00.", "2025-08-26T10:00.5", "2025-08-26T10:00:5",
        "2025-08-26T10:00+25:00", "2025-08-26T10:00+24:00", "2025-08-26T10:00+07:60",
        "2025-08-26T10:00+7", "2025-08-26T10:00+07:0", "2025-08-26T10:00+070",
        "2025-08-26T10:00 +07:00", "2025-08-26T10:00GMT", "2025-08-26T10:00Z+07:00",
        "2025-08-26T10:00:00+07:00:00", "2025-08-26  10:00", "2025-08-26_10:00",
        "2025-08-26T10:00ZZ", "0000-01-01", "2025-08-26T10:00:00.5.5",
    ])
    func refusedAsGiven(text: String) {
        #expect(throws: InputError.invalidInstant(text)) {
            try When.parse(text, in: vietnam, now: now)
        }
    }
}

@Suite struct AtMayNotBeInTheFuture {
    @Test(arguments: [
        "2025-08-26T10:00:01", "2025-08-26T10:00:01+07:00", "2025-08-26T03:00:01Z",
        "2025-08-26T10:30", "2025-08-27", "2030-01-01", "9999-12-31T23:59:59",
    ])
    func laterThanNowIsRefused(text: String) {
        #expect(throws: InputError.inFuture(text)) { try When.parse(text, in: vietnam, now: now) }
    }
}

@Suite struct TodaysDateBefore0900MeansNow {
    /// 08:30 on 26 August 2025 in Vietnam.
    private let earlyMorning = F.utc("2025-08-26T01:30:00Z")

    @Test func aBareDateForTodayBefore0900IsNow() throws {
        #expect(try When.parse("2025-08-26", in: vietnam, now: earlyMorning) == earlyMorning)
    }

    @Test func anExplicitTimeLaterTodayIsStillTheFuture() {
        #expect(throws: InputError.inFuture("2025-08-26T09:00")) {
            try When.parse("2025-08-26T09:00", in: vietnam, now: earlyMorning)
        }
        #expect(throws: InputError.inFuture("2025-08-27")) {
            try When.parse("2025-08-27", in: vietnam, now: earlyMorning)
        }
    }

    @Test func todayIsTodayInTheRegistersZone() throws {
        // 06:30 on 26 August in Vietnam is still 25 August in UTC.
        let dawn = F.utc("2025-08-25T23:30:00Z")
        #expect(try When.parse("2025-08-26", in: vietnam, now: dawn) == dawn)
        #expect(throws: InputError.inFuture("2025-08-26")) {
            try When.parse("2025-08-26", in: F.zone("UTC"), now: dawn)
        }
        #expect(try When.parse("2025-08-25", in: F.zone("UTC"), now: dawn) == F.utc("2025-08-25T09:00:00Z"))
    }

    @Test func at0900ExactlyTheDateIs0900() throws {
        let nine = F.utc("2025-08-26T02:00:00Z")
        #expect(try When.parse("2025-08-26", in: vietnam, now: nine) == nine)
        #expect(try When.parse("2025-08-26", in: vietnam, now: nine.adding(seconds: -1))
                == nine.adding(seconds: -1))
    }
}
