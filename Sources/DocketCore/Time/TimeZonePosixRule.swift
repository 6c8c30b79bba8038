/// The rule for instants after the last transition a TZif file lists: the POSIX TZ string in
/// the file's footer, such as `CET-1CEST,M3.5.0,M10.5.0/3` or `<+07>-7`.
///
/// Files built "slim" (the tz project's default since 2020) list transitions only until a zone's
/// rules last changed (2007 for New York) and leave every later year to this rule; "fat" files
/// stop in 2037. Either way a deadline in 2040 needs it.
///
/// The syntax read is POSIX's, with the extensions of RFC 8536 (TZif version 3): hours up to 167
/// and negative times in transition rules, which describe zones on daylight time all year.
struct TimeZonePosixRule: Hashable, Sendable {
    /// Seconds east of UTC outside daylight saving time. (POSIX writes it west of UTC, with
    /// the opposite sign: `CET-1` is one hour east.)
    let standardOffset: Int
    /// When and how the clocks change; nil for a zone that keeps one offset all year.
    let daylight: Daylight?

    /// Daylight saving time: its offset and the two yearly changes.
    struct Daylight: Hashable, Sendable {
        /// Seconds east of UTC during daylight saving time.
        let offset: Int
        /// The day daylight saving time starts.
        let start: Day
        /// Seconds after that day's local midnight, on the standard clock, when it starts.
        let startTime: Int
        /// The day it ends.
        let end: Day
        /// Seconds after that day's local midnight, on the daylight clock, when it ends.
        let endTime: Int
    }

    /// A day of the year in one of POSIX's three notations.
    enum Day: Hashable, Sendable {
        /// `Jn`: day 1 to 365, never counting 29 February, so `J60` is always 1 March.
        case julian(Int)
        /// `n`: day 0 to 365, counting 29 February in leap years.
        case zeroBased(Int)
        /// `Mm.w.d`: weekday `d` (0 Sunday … 6 Saturday) of week `w` (1 to 5, 5 being the last)
        /// of month `m`.
        case monthWeekDay(month: Int, week: Int, weekday: Int)

        /// The day number (days since 1970-01-01) of this day in `year`.
        func dayNumber(in year: Int) -> Int {
            let january1 = CivilDate.dayNumber(year: year, month: 1, day: 1)
            switch self {
            case .julian(let n):
                let skipsLeapDay = CivilDate.isLeap(year) && n >= 60
                return january1 + n - 1 + (skipsLeapDay ? 1 : 0)
            case .zeroBased(let n):
                return january1 + n
            case .monthWeekDay(let month, let week, let weekday):
                let first = CivilDate.dayNumber(year: year, month: month, day: 1)
                let firstWeekday = CivilDate.isoWeekday(ofDayNumber: first) % 7  // Sunday is 0
                var day = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
                // Week 5 means the last such weekday: step back when the month is too short.
                while day > CivilDate.daysIn(month: month, year: year) { day -= 7 }
                return first + day - 1
            }
        }
    }

    /// A zone on one offset all year.
    init(standardOffset: Int) {
        self.standardOffset = standardOffset
        self.daylight = nil
    }

    /// Reads a TZ string, or returns nil when it is not one this type understands.
    init?(parsing text: some Collection<UInt8>) {
        var parser = Parser(bytes: Array(text))
        guard let rule = parser.rule() else { return nil }
        self = rule
    }

    private init(standardOffset: Int, daylight: Daylight?) {
        self.standardOffset = standardOffset
        self.daylight = daylight
    }

    /// Seconds east of UTC at `t` (seconds since the epoch).
    func offset(at t: Int64) -> Int {
        guard let daylight else { return standardOffset }
        let (start, end) = changes(in: year(containing: t), daylight)
        // In the southern hemisphere daylight time spans New Year, so the year's end of
        // daylight time comes before its start.
        let isDaylight = start < end ? (start <= t && t < end) : !(end <= t && t < start)
        return isDaylight ? daylight.offset : standardOffset
    }

    /// The first instant after `t` at which the clocks change, or nil when they never do.
    func nextTransition(after t: Int64) -> Int64? {
        guard let daylight else { return nil }
        let year = year(containing: t)
        var next: Int64?
        for y in (year - 1)...(year + 2) {
            let (start, end) = changes(in: y, daylight)
            for change in [start, end] where change > t {
                next = min(next ?? change, change)
            }
        }
        return next
    }

    /// The instants (seconds since the epoch) daylight time starts and ends in `year`.
    private func changes(in year: Int, _ daylight: Daylight) -> (start: Int64, end: Int64) {
        let start = Int64(daylight.start.dayNumber(in: year)) * 86_400
            + Int64(daylight.startTime - standardOffset)
        let end = Int64(daylight.end.dayNumber(in: year)) * 86_400
            + Int64(daylight.endTime - daylight.offset)
        return (start, end)
    }

    /// The year on the standard-time clock at `t`: the year whose changes decide `t`.
    private func year(containing t: Int64) -> Int {
        let local = t + Int64(standardOffset)
        let days = CivilDateTime.floorDivide(local, by: 86_400).quotient
        return CivilDate(dayNumber: Int(days)).year
    }

    /// A recursive-descent reader of `std offset [dst [offset] [,start[/time],end[/time]]]`.
    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        mutating func rule() -> TimeZonePosixRule? {
            // Offsets stay within POSIX's 24 hours: TimeZoneRules relies on no offset exceeding
            // a day and two hours. Only the times of the changes may reach 167 hours.
            guard name(), let west = duration(maxHours: 24) else { return nil }
            let standard = -west
            if position == bytes.count {
                return TimeZonePosixRule(standardOffset: standard, daylight: nil)
            }
            guard name() else { return nil }
            var daylightOffset = standard + 3600  // POSIX: one hour ahead unless given
            if let byte = peek, byte != UInt8(ascii: ",") {
                guard let west = duration(maxHours: 24) else { return nil }
                daylightOffset = -west
            }
            // POSIX leaves a missing rule to the implementation; glibc, like zic, takes the
            // United States' rules since 2007.
            var start = Day.monthWeekDay(month: 3, week: 2, weekday: 0)
            var end = Day.monthWeekDay(month: 11, week: 1, weekday: 0)
            var startTime = 7200
            var endTime = 7200
            if position < bytes.count {
                guard take(UInt8(ascii: ",")), let s = day() else { return nil }
                start = s
                if take(UInt8(ascii: "/")) {
                    guard let t = duration(maxHours: 167) else { return nil }
                    startTime = t
                }
                guard take(UInt8(ascii: ",")), let e = day() else { return nil }
                end = e
                if take(UInt8(ascii: "/")) {
                    guard let t = duration(maxHours: 167) else { return nil }
                    endTime = t
                }
                guard position == bytes.count else { return nil }
            }
            return TimeZonePosixRule(
                standardOffset: standard,
                daylight: Daylight(
                    offset: daylightOffset, start: start, startTime: startTime,
                    end: end, endTime: endTime))
        }

        /// A zone abbreviation: three or more letters, or `<…>` around letters, digits and signs.
        private mutating func name() -> Bool {
            let begin = position
            if take(UInt8(ascii: "<")) {
                while let byte = peek, isAlphanumeric(byte) || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") { position += 1 }
                let length = position - begin - 1
                return take(UInt8(ascii: ">")) && length >= 3
            }
            while let byte = peek, isLetter(byte) { position += 1 }
            return position - begin >= 3
        }

        /// `[+|-]hh[:mm[:ss]]` in seconds; used for both offsets and times of day.
        private mutating func duration(maxHours: Int) -> Int? {
            var sign = 1
            if take(UInt8(ascii: "-")) { sign = -1 } else { _ = take(UInt8(ascii: "+")) }
            guard let hours = number(maxDigits: 3), hours <= maxHours else { return nil }
            var seconds = hours * 3600
            if take(UInt8(ascii: ":")) {
                guard let minutes = number(maxDigits: 2), minutes <= 59 else { return nil }
                seconds += minutes * 60
                if take(UInt8(ascii: ":")) {
                    guard let secs = number(maxDigits: 2), secs <= 59 else { return nil }
                    seconds += secs
                }
            }
            return sign * seconds
        }

        private mutating func day() -> Day? {
            if take(UInt8(ascii: "J")) {
                guard let n = number(maxDigits: 3), (1...365).contains(n) else { return nil }
                return .julian(n)
            }
            if take(UInt8(ascii: "M")) {
                guard let m = number(maxDigits: 2), (1...12).contains(m), take(UInt8(ascii: ".")),
                      let w = number(maxDigits: 1), (1...5).contains(w), take(UInt8(ascii: ".")),
                      let d = number(maxDigits: 1), (0...6).contains(d)
                else { return nil }
                return .monthWeekDay(month: m, week: w, weekday: d)
            }
            guard let n = number(maxDigits: 3), (0...365).contains(n) else { return nil }
            return .zeroBased(n)
        }

        /// One to `maxDigits` ASCII digits.
        private mutating func number(maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while count < maxDigits, let byte = peek, isDigit(byte) {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                position += 1
                count += 1
            }
            return count > 0 ? value : nil
        }

        private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            position += 1
            return true
        }

        private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        private func isAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    }
}
