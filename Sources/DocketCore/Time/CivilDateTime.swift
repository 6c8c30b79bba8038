/// A date and a time of day on a wall clock, in no particular time zone: what a clock in
/// Cần Thơ showed when a meeting began. A ``TimeZoneRules`` turns it into an ``Instant``
/// and back.
///
/// Whole seconds only, like ``Instant``. (Named after ``CivilDate``, its date part; it is
/// what other libraries call a "local date-time".)
public struct CivilDateTime: Hashable, Comparable, Sendable {
    /// The day.
    public let date: CivilDate
    /// The hour, 0 to 23.
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int
    /// The second, 0 to 59: POSIX time, which docket counts in, has no leap seconds.
    public let second: Int

    /// Makes a date-time, or returns nil when the time of day does not exist on a clock
    /// (hour 24, minute 60, second 60).
    public init?(date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall-clock reading `seconds` after 1970-01-01T00:00:00 on the same clock. Time zone
    /// arithmetic works on this count: a local time is the instant's count plus the offset.
    init(secondsSinceLocalEpoch seconds: Int64) {
        let (days, secondOfDay) = CivilDateTime.floorDivide(seconds, by: 86_400)
        let s = Int(secondOfDay)
        self.date = CivilDate(dayNumber: Int(days))
        self.hour = s / 3600
        self.minute = s / 60 % 60
        self.second = s % 60
    }

    /// Seconds from 1970-01-01T00:00:00 to this reading on the same clock.
    var secondsSinceLocalEpoch: Int64 {
        Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Whether `lhs` is an earlier reading than `rhs` on the same clock.
    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
    }

    /// Quotient and remainder with the remainder never negative: the second of the day of an
    /// instant before 1970 is still 0...86399 (Swift's `/` truncates toward zero).
    static func floorDivide(_ value: Int64, by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let q = value / divisor
        let r = value % divisor
        return r < 0 ? (q - 1, r + divisor) : (q, r)
    }
}

extension CivilDateTime: CustomStringConvertible {
    /// `YYYY-MM-DDTHH:MM:SS`, ISO 8601 without an offset.
    public var description: String {
        guard date.hasFourDigitYear else {
            return "\(date)T\(Self.twoDigits(hour)):\(Self.twoDigits(minute)):\(Self.twoDigits(second))"
        }
        return String(unsafeUninitializedCapacity: 19) { text in
            write(to: text)
            return 19
        }
    }

    /// Writes `YYYY-MM-DDTHH:MM:SS` into the first 19 bytes of `text`; the year has four digits.
    func write(to text: UnsafeMutableBufferPointer<UInt8>) {
        date.write(to: text)
        text[10] = UInt8(ascii: "T")
        ASCIIDigits.write(hour, width: 2, to: text, at: 11)
        text[13] = UInt8(ascii: ":")
        ASCIIDigits.write(minute, width: 2, to: text, at: 14)
        text[16] = UInt8(ascii: ":")
        ASCIIDigits.write(second, width: 2, to: text, at: 17)
    }

    /// `n` (0...99) with a leading zero: the clock fields of every ISO 8601 text docket writes.
    /// A static member rather than a free function, so that it cannot collide with a helper of
    /// the same name elsewhere in the module.
    static func twoDigits(_ n: Int) -> String {
        n < 10 ? "0\(n)" : String(n)
    }
}
