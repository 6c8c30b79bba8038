/// An ISO 8601 week, Monday to Sunday: the period a weekly report covers (`2025-W35`).
///
/// Weeks belong to the year that holds their Thursday, so the first week of a year is the
/// one with 4 January in it, and 2025-W01 starts on Monday 30 December 2024. A year has 53
/// weeks when it starts on a Thursday, or is a leap year starting on a Wednesday; else 52.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO week-numbering year, which differs from the calendar year for a few days
    /// around New Year.
    public let year: Int
    /// The week, 1 to 52 or 53.
    public let week: Int

    /// Makes the week, or returns nil when `year` (1 to 9999) has no such week.
    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), week >= 1, week <= ISOWeek.weeks(in: year)
        else { return nil }
        self.year = year
        self.week = week
    }

    /// The week `date` falls in.
    public init(containing date: CivilDate) {
        let thursday = date.dayNumber + 4 - date.isoWeekday
        let year = CivilDate(dayNumber: thursday).year
        self.year = year
        self.week = (thursday - CivilDate.dayNumber(year: year, month: 1, day: 1)) / 7 + 1
    }

    /// Reads a week typed on the command line (`--week`): exactly `YYYY-Www` (a four-digit
    /// year, a hyphen, `W` or `w`, a two-digit week), surrounding spaces ignored.
    ///
    /// - Throws: ``InputError/invalidWeek(_:reason:)`` with `text` as given and why it is not
    ///   a week: the form, week 00, a week past 53, or week 53 of a year with 52
    ///   ("2026 has 52 ISO weeks").
    public init(parsing text: String) throws(InputError) {
        var scanner = TimeTextScanner(trimming: text)
        guard let year = scanner.digits(4), scanner.take(UInt8(ascii: "-")),
              scanner.take(oneOf: [UInt8(ascii: "W"), UInt8(ascii: "w")]) != nil,
              let week = scanner.digits(2), scanner.isAtEnd
        else {
            throw .invalidWeek(text, reason: "expected a four-digit year, '-W' and a two-digit week")
        }
        guard year >= 1 else { throw .invalidWeek(text, reason: "there is no year 0000") }
        guard week >= 1 else { throw .invalidWeek(text, reason: "ISO weeks are numbered from 01") }
        guard week <= 53 else {
            throw .invalidWeek(text, reason: "no year has more than 53 ISO weeks")
        }
        let weeks = ISOWeek.weeks(in: year)
        guard week <= weeks else {
            throw .invalidWeek(text, reason: "\(year) has \(weeks) ISO weeks")
        }
        self.year = year
        self.week = week
    }

    /// How many ISO weeks `year` has: 52, or 53 when it starts on a Thursday, or on a
    /// Wednesday in a leap year.
    public static func weeks(in year: Int) -> Int {
        let january1 = CivilDate.isoWeekday(
            ofDayNumber: CivilDate.dayNumber(year: year, month: 1, day: 1))
        return january1 == 4 || (january1 == 3 && CivilDate.isLeap(year)) ? 53 : 52
    }

    /// The week before the one `instant` falls in, in `zone`: the last week that is over,
    /// which the weekly report covers unless told otherwise.
    public static func lastComplete(at instant: Instant, in zone: TimeZoneRules) -> ISOWeek {
        ISOWeek(containing: zone.localDate(of: instant)).previous
    }

    /// The week's first day.
    public var monday: CivilDate {
        let january4 = CivilDate.dayNumber(year: year, month: 1, day: 4)
        let firstMonday = january4 - (CivilDate.isoWeekday(ofDayNumber: january4) - 1)
        return CivilDate(dayNumber: firstMonday + (week - 1) * 7)
    }

    /// The week's last day.
    public var sunday: CivilDate { monday.adding(days: 6) }

    /// The week after this one.
    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    /// The week before this one.
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }

    /// The instants the week spans in `zone`: from Monday 00:00 local time (included) to the
    /// next Monday 00:00 local time (excluded), as the weekly report counts events. A week
    /// in which the clocks change is an hour shorter or longer than 7 × 24 hours.
    public func interval(in zone: TimeZoneRules) -> (start: Instant, end: Instant) {
        (zone.startOfDay(monday), zone.startOfDay(monday.adding(days: 7)))
    }

    /// `YYYY-Www`, as the contract writes weeks: `2025-W35`.
    public var description: String {
        let digits = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return "\(paddedYear)-W\(CivilDateTime.twoDigits(week))"
    }

    /// Whether `lhs` is an earlier week than `rhs`.
    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }
}
