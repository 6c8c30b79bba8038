/// The rules of one IANA time zone: which offset from UTC its clocks showed at every instant.
/// The register's zone turns `--at` and `--week` into instants and instants back into the
/// dates and times people read.
///
/// Read from the TZif files the tz project publishes (`/usr/share/zoneinfo` on Linux) with
/// ``named(_:)``: every transition the file lists, then the file's POSIX TZ rule for the years
/// after. Two built-in zones, ``hoChiMinh`` and ``utc``, work on a machine without zoneinfo.
///
/// Offsets are whole seconds east of UTC; before about 1912 many zones kept local mean time,
/// whose offsets have seconds (Hồ Chí Minh City's was +07:06:30).
public struct TimeZoneRules: Sendable, Hashable {
    /// The IANA name the rules were asked for by, such as `Asia/Ho_Chi_Minh`.
    public let identifier: String
    /// The instants (seconds since the epoch) at which the offset may change, ascending.
    let transitions: [Int64]
    /// The offset from `transitions[i]` until the next transition.
    let offsetsAfter: [Int32]
    /// The offset before the first transition (the file's time type 0, as RFC 8536 says).
    let initialOffset: Int
    /// The rule after the last transition, or nil to keep the last offset for ever.
    let footer: TimeZonePosixRule?

    /// Assembles rules from decoded TZif data or a built-in table.
    init(identifier: String, transitions: [Int64], offsetsAfter: [Int32],
         initialOffset: Int, footer: TimeZonePosixRule?) {
        precondition(transitions.count == offsetsAfter.count, "one offset per transition")
        self.identifier = identifier
        self.transitions = transitions
        self.offsetsAfter = offsetsAfter
        self.initialOffset = initialOffset
        self.footer = footer
    }

    /// Seconds east of UTC that the zone's clocks were (or will be) set to at `instant`.
    public func offset(at instant: Instant) -> Int {
        offset(atSeconds: TimeZoneRules.clamped(instant))
    }

    /// The wall-clock date and time in this zone at `instant`.
    public func localDateTime(of instant: Instant) -> CivilDateTime {
        let t = TimeZoneRules.clamped(instant)
        return CivilDateTime(secondsSinceLocalEpoch: t + Int64(offset(atSeconds: t)))
    }

    /// The date in this zone at `instant`: the day a deadline or a week is judged by.
    public func localDate(of instant: Instant) -> CivilDate {
        localDateTime(of: instant).date
    }

    /// The instant at which this zone's clocks showed `local`.
    ///
    /// A wall-clock time can be missing or repeated where the offset changes:
    /// - in a gap (clocks jump forward: 02:30 on 9 March 2025 in New York never happened) the
    ///   time moves forward by the length of the gap, reading it with the offset in force
    ///   before the jump (02:30 becomes 03:30 EDT, the instant 07:30Z), as RFC 5545 and
    ///   JavaScript's Temporal do; so a day whose midnight is skipped starts when it starts;
    /// - in an overlap (clocks fall back: 01:30 on 2 November 2025 in New York happened twice)
    ///   it is the earlier of the two instants (01:30 EDT, 05:30Z), the first time the clocks
    ///   showed it.
    public func instant(for local: CivilDateTime) -> Instant {
        let wall = local.secondsSinceLocalEpoch
        // Every instant whose wall-clock reading is `wall` is within the largest possible
        // offset of it, and offsets stay under 26 hours, so only this window is searched.
        let windowStart = wall - TimeZoneRules.offsetLimit
        let windowEnd = wall + TimeZoneRules.offsetLimit
        var segmentStart = windowStart
        var overranPrevious: Int64?
        // Walk the spans of constant offset through the window in time order: the first span
        // containing its own reading of `wall` gives the earliest instant.
        while segmentStart <= windowEnd {
            let offset = Int64(offset(atSeconds: segmentStart))
            let segmentEnd = nextTransition(after: segmentStart) ?? Int64.max
            let candidate = wall - offset
            if candidate >= segmentStart && candidate < segmentEnd {
                return Instant(secondsSinceEpoch: candidate)
            }
            if candidate < segmentStart, let before = overranPrevious {
                // The reading falls after the previous span and before this one: a gap.
                return Instant(secondsSinceEpoch: before)
            }
            overranPrevious = candidate >= segmentEnd ? candidate : nil
            segmentStart = segmentEnd
        }
        // Unreachable with offsets under 26 hours; keeps a malformed file from trapping.
        return Instant(secondsSinceEpoch: wall - Int64(offset(atSeconds: wall)))
    }

    /// The first instant of `date` in this zone: normally its midnight, or the end of the gap
    /// when the clocks skip midnight (as some zones' daylight time starts at 00:00).
    public func startOfDay(_ date: CivilDate) -> Instant {
        instant(for: CivilDateTime(secondsSinceLocalEpoch: Int64(date.dayNumber) * 86_400))
    }

    /// `instant` as ISO 8601 with this zone's offset, the form of every instant docket prints:
    /// `2025-08-26T09:00:00+07:00`. The offset is always `±HH:MM` (`+00:00`, never `Z`) and
    /// the seconds are always shown, so the texts sort and compare alike.
    ///
    /// ISO 8601 offsets have no seconds, so a local-mean-time offset such as +07:06:30 is
    /// rounded to the nearest minute (+07:07) and the clock time shown is read with that
    /// rounded offset: the text still names exactly `instant` when parsed back.
    public func iso8601(_ instant: Instant) -> String {
        let t = TimeZoneRules.clamped(instant)
        let exact = Int64(offset(atSeconds: t))
        let rounded = CivilDateTime.floorDivide(exact + 30, by: 60).quotient * 60
        let local = CivilDateTime(secondsSinceLocalEpoch: t + rounded)
        let minutes = Int(rounded.magnitude / 60)
        guard local.date.hasFourDigitYear else {
            let sign = rounded < 0 ? "-" : "+"
            let hh = CivilDateTime.twoDigits(minutes / 60)
            let mm = CivilDateTime.twoDigits(minutes % 60)
            return "\(local)\(sign)\(hh):\(mm)"
        }
        // Written byte by byte: a page of 50 problems holds hundreds of instants.
        return String(unsafeUninitializedCapacity: 25) { text in
            local.write(to: text)
            text[19] = UInt8(ascii: rounded < 0 ? "-" : "+")
            ASCIIDigits.write(minutes / 60, width: 2, to: text, at: 20)
            text[22] = UInt8(ascii: ":")
            ASCIIDigits.write(minutes % 60, width: 2, to: text, at: 23)
            return 25
        }
    }

    // MARK: - The rules as seconds

    /// More than any offset a zone can have (RFC 8536 bounds them under 26 hours).
    static let offsetLimit: Int64 = 93_600

    /// Instants are clamped to about a billion years either side of 1970 before any
    /// arithmetic, so that a corrupt stored value gives a strange date rather than a trap.
    static func clamped(_ instant: Instant) -> Int64 {
        let limit: Int64 = 1 << 55
        return min(max(instant.secondsSinceEpoch, -limit), limit)
    }

    /// The offset at `t`, seconds since the epoch.
    func offset(atSeconds t: Int64) -> Int {
        let passed = transitionsPassed(by: t)
        if passed == transitions.count, let footer,
           passed == 0 || t > transitions[passed - 1] {
            return footer.offset(at: t)
        }
        return passed == 0 ? initialOffset : Int(offsetsAfter[passed - 1])
    }

    /// The first instant after `t` at which the offset may change, or nil if it never does.
    func nextTransition(after t: Int64) -> Int64? {
        let passed = transitionsPassed(by: t)
        if passed < transitions.count { return transitions[passed] }
        return footer?.nextTransition(after: max(t, transitions.last ?? t))
    }

    /// How many transitions are at or before `t`.
    /// - Complexity: O(log *n*) in the number of transitions.
    private func transitionsPassed(by t: Int64) -> Int {
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= t { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
