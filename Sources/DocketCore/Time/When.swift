/// How docket reads `--at WHEN`: when something happened in the world, which may be earlier
/// than when it is recorded (a problem filed from last Tuesday's meeting happened last
/// Tuesday) but never later than now.
public enum When {
    /// The instant `text` names, read in the register's time zone `zone`.
    ///
    /// Accepted, with surrounding spaces ignored:
    /// - a date, `YYYY-MM-DD`: 09:00 that day in `zone`, the start of an office day;
    /// - a date and time without an offset, `YYYY-MM-DDTHH:MM[:SS[.fraction]]` (a space may
    ///   stand for the `T`): that wall-clock time in `zone`. A time the clocks skipped moves
    ///   forward by the gap and a time they showed twice is the first of the two, as in
    ///   ``TimeZoneRules/instant(for:)`` (Vietnam has had no such change since 1975);
    /// - the same with an offset, `Z`, `±HH:MM`, `±HHMM` or `±HH`: exactly that instant,
    ///   whatever `zone` is.
    ///
    /// Fractions of a second are dropped, since docket keeps whole seconds. Hours run 00 to
    /// 23 and offsets to ±23:59; lower-case `t` and `z` are allowed, as RFC 3339 allows them.
    ///
    /// A result later than `now` is refused, with one exception: a bare date that is today
    /// in `zone`, given before 09:00, means `now`. A clerk who files at 08:30 what was raised
    /// this morning, writing only today's date, means "today", not "09:00, half an hour from
    /// now"; refusing it would push them to invent a time.
    ///
    /// - Parameters:
    ///   - text: what followed `--at`.
    ///   - zone: the register's time zone.
    ///   - now: the current instant, passed in so that the rule can be tested.
    /// - Throws: ``InputError/invalidInstant(_:)`` when `text` is none of these forms or names
    ///   a day or time that does not exist; ``InputError/inFuture(_:)`` when it is later than
    ///   `now`. Both carry `text` as given.
    public static func parse(
        _ text: String, in zone: TimeZoneRules, now: Instant
    ) throws(InputError) -> Instant {
        var scanner = TimeTextScanner(trimming: text)
        guard let date = CivilDate.scan(&scanner) else { throw .invalidInstant(text) }

        if scanner.isAtEnd {
            let nineAM = zone.instant(for: CivilDateTime(
                secondsSinceLocalEpoch: Int64(date.dayNumber) * 86_400 + 9 * 3600))
            if nineAM <= now { return nineAM }
            if zone.localDate(of: now) == date { return now }
            throw .inFuture(text)
        }

        guard let local = dateTime(on: date, from: &scanner) else { throw .invalidInstant(text) }
        let instant: Instant
        if scanner.isAtEnd {
            instant = zone.instant(for: local)
        } else {
            guard let offset = offset(from: &scanner), scanner.isAtEnd else {
                throw .invalidInstant(text)
            }
            instant = Instant(secondsSinceEpoch: local.secondsSinceLocalEpoch - Int64(offset))
        }
        guard instant <= now else { throw .inFuture(text) }
        return instant
    }

    /// Reads `THH:MM[:SS[.fraction]]` after a date, or nil when it is not a time that exists.
    private static func dateTime(on date: CivilDate, from scanner: inout TimeTextScanner) -> CivilDateTime? {
        let separators = [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")]
        guard scanner.take(oneOf: separators) != nil,
              let hour = scanner.digits(2), scanner.take(UInt8(ascii: ":")),
              let minute = scanner.digits(2)
        else { return nil }
        var second = 0
        if scanner.take(UInt8(ascii: ":")) {
            guard let s = scanner.digits(2) else { return nil }
            second = s
            // ISO 8601 allows a comma as well as a point before the fraction.
            if scanner.take(oneOf: [UInt8(ascii: "."), UInt8(ascii: ",")]) != nil {
                guard scanner.skipDigits() > 0 else { return nil }
            }
        }
        return CivilDateTime(date: date, hour: hour, minute: minute, second: second)
    }

    /// Reads `Z`, `±HH:MM`, `±HHMM` or `±HH` as seconds east of UTC, or nil.
    private static func offset(from scanner: inout TimeTextScanner) -> Int? {
        if scanner.take(oneOf: [UInt8(ascii: "Z"), UInt8(ascii: "z")]) != nil { return 0 }
        guard let sign = scanner.take(oneOf: [UInt8(ascii: "+"), UInt8(ascii: "-")]),
              let hours = scanner.digits(2), hours <= 23
        else { return nil }
        var minutes = 0
        if scanner.take(UInt8(ascii: ":")) {
            guard let m = scanner.digits(2) else { return nil }
            minutes = m
        } else if let m = scanner.digits(2) {
            minutes = m
        }
        guard minutes <= 59 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }
}
