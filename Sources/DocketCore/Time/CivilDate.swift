/// A calendar day in the proleptic Gregorian calendar, with no time and no zone: a deadline,
/// a meeting's date, the Monday a week starts on.
///
/// Day arithmetic goes through ``dayNumber`` (days since 1970-01-01), using Howard Hinnant's
/// `days_from_civil` algorithm, exact for every year SQLite and Swift can hold.
public struct CivilDate: Hashable, Comparable, Sendable {
    /// The year, 1 to 9999 when made by ``init(year:month:day:)`` or ``init(parsing:)``.
    public var year: Int
    /// The month, 1 (January) to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// Makes a date, or returns nil when the day does not exist (`2025-02-29`, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        CivilDate.dayNumber(year: year, month: month, day: day)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        CivilDate.isoWeekday(ofDayNumber: dayNumber)
    }

    /// Days since 1970-01-01 of a year, month and day that need not make a valid `CivilDate`:
    /// time zone rules compute dates in years past 9999 and days past a month's end
    /// (`Mm.5.d` starts on the 29th and steps back), so they cannot go through the failable init.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The ISO weekday (1 Monday … 7 Sunday) of a day number, without making a date.
    static func isoWeekday(ofDayNumber dayNumber: Int) -> Int {
        // 1970-01-01 was a Thursday (4).
        let r = (dayNumber + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The date `days` days later (or earlier, when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + days)
    }

    /// Whether `lhs` is an earlier day than `rhs`.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate: CustomStringConvertible {
    /// `YYYY-MM-DD`, the form the contract gives dates in.
    public var description: String {
        guard hasFourDigitYear else {
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        return String(unsafeUninitializedCapacity: 10) { text in
            write(to: text)
            return 10
        }
    }

    /// Whether the year is 0 to 9999, whose text is four digits: every date a register holds.
    var hasFourDigitYear: Bool { (0...9999).contains(year) }

    /// Writes `YYYY-MM-DD` into the first 10 bytes of `text`; the year has four digits. Lists
    /// and exports write thousands of dates, which string interpolation made a tenth of the
    /// time of a page of problems.
    func write(to text: UnsafeMutableBufferPointer<UInt8>) {
        ASCIIDigits.write(year, width: 4, to: text, at: 0)
        text[4] = UInt8(ascii: "-")
        ASCIIDigits.write(month, width: 2, to: text, at: 5)
        text[7] = UInt8(ascii: "-")
        ASCIIDigits.write(day, width: 2, to: text, at: 8)
    }
}

/// Decimal digits written as ASCII bytes.
enum ASCIIDigits {
    /// Writes the last `width` decimal digits of `n` (≥ 0), leading zeros and all, at `start`.
    static func write(_ n: Int, width: Int, to text: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = n
        for index in (start..<start + width).reversed() {
            text[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
    }
}
