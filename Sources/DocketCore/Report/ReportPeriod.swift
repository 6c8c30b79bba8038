/// The span of whole days a resolution report covers, in the register's time zone, both ends
/// included: an ISO week, a month, a quarter, a half-year, a year, or any run of days.
///
/// Every report counts the events whose `at` falls in ``interval(in:)`` — from `from` 00:00 to
/// the day after `to` 00:00 — and the standing at its end.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    /// What kind of span it is, which says how it is named.
    public enum Kind: Hashable, Sendable {
        /// An ISO week, Monday to Sunday.
        case week(ISOWeek)
        /// A calendar month.
        case month(year: Int, month: Int)
        /// A quarter, 1 to 4.
        case quarter(year: Int, quarter: Int)
        /// A half-year, 1 or 2 (Decree 20/2008, art. 22: every six months to the Prime Minister).
        case half(year: Int, half: Int)
        /// A calendar year.
        case year(Int)
        /// Any run of days, `--from` to `--to`.
        case days
    }

    /// What kind of span it is.
    public let kind: Kind
    /// Its first day.
    public let from: CivilDate
    /// Its last day, included.
    public let to: CivilDate

    /// The days from `from` to `to`, both included; nil when `to` is before `from`.
    public init?(from: CivilDate, to: CivilDate) {
        guard !(to < from) else { return nil }
        self.init(kind: .days, from: from, to: to)
    }

    private init(kind: Kind, from: CivilDate, to: CivilDate) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// An ISO week.
    public static func week(_ week: ISOWeek) -> ReportPeriod {
        ReportPeriod(kind: .week(week), from: week.monday, to: week.sunday)
    }

    /// Month `month` (1–12) of `year`; nil for a month that does not exist.
    public static func month(_ month: Int, of year: Int) -> ReportPeriod? {
        months(from: month, count: 1, of: year, kind: .month(year: year, month: month))
    }

    /// Quarter `quarter` (1–4) of `year`.
    public static func quarter(_ quarter: Int, of year: Int) -> ReportPeriod? {
        guard (1...4).contains(quarter) else { return nil }
        return months(from: quarter * 3 - 2, count: 3, of: year, kind: .quarter(year: year, quarter: quarter))
    }

    /// Half `half` (1 or 2) of `year`.
    public static func half(_ half: Int, of year: Int) -> ReportPeriod? {
        guard (1...2).contains(half) else { return nil }
        return months(from: half * 6 - 5, count: 6, of: year, kind: .half(year: year, half: half))
    }

    /// The calendar year `year`.
    public static func year(_ year: Int) -> ReportPeriod? {
        months(from: 1, count: 12, of: year, kind: .year(year))
    }

    /// `count` months of `year` from month `first`.
    private static func months(from first: Int, count: Int, of year: Int, kind: Kind) -> ReportPeriod? {
        let last = first + count - 1
        guard (1...12).contains(first), (1...12).contains(last),
              let start = CivilDate(year: year, month: first, day: 1),
              let end = CivilDate(year: year, month: last, day: CivilDate.daysIn(month: last, year: year))
        else { return nil }
        return ReportPeriod(kind: kind, from: start, to: end)
    }

    /// The instants it spans in `zone`: from `from` 00:00 (included) to the day after `to`
    /// 00:00 (excluded).
    public func interval(in zone: TimeZoneRules) -> (start: Instant, end: Instant) {
        (zone.startOfDay(from), zone.startOfDay(to.adding(days: 1)))
    }

    /// How many days it holds.
    public var days: Int { to.dayNumber - from.dayNumber + 1 }

    /// The week it is, when it is one.
    public var week: ISOWeek? {
        if case .week(let week) = kind { week } else { nil }
    }

    /// Whether its trend is shown by month rather than by week: a period longer than two
    /// months (more than 62 days: a quarter, a half, a year, or a long run of days).
    public var hasMonthlyTrend: Bool { days > 62 }

    /// Its name as the command line takes it: `2025-W35`, `2025-08`, `2025-Q3`, `2025-H2`,
    /// `2025`, or `2025-08-01..2025-09-15` for a run of days.
    public var description: String {
        switch kind {
        case .week(let week): week.description
        case .month(let year, let month): "\(Self.year(year))-\(CivilDateTime.twoDigits(month))"
        case .quarter(let year, let quarter): "\(Self.year(year))-Q\(quarter)"
        case .half(let year, let half): "\(Self.year(year))-H\(half)"
        case .year(let year): Self.year(year)
        case .days: "\(from)..\(to)"
        }
    }

    /// A year in four digits.
    private static func year(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The spans its trend is counted in, oldest first, each kept inside the period: the
    /// months it touches when ``hasMonthlyTrend``, else the ISO weeks it touches — but for a
    /// week, the ``ResolutionReport/trendLength`` weeks ending with it.
    public var trendSpans: [ReportPeriod] {
        if let week {
            return (0..<ResolutionReport.trendLength).reversed().map { back in
                .week((0..<back).reduce(week) { week, _ in week.previous })
            }
        }
        var spans: [ReportPeriod] = []
        var start = from
        while !(to < start) {
            let whole: ReportPeriod = hasMonthlyTrend
                ? .month(start.month, of: start.year)!
                : .week(ISOWeek(containing: start))
            let clipped = whole.from < from || to < whole.to
                ? ReportPeriod(kind: .days, from: max(whole.from, from), to: min(whole.to, to))
                : whole
            spans.append(clipped)
            start = whole.to.adding(days: 1)
        }
        return spans
    }
}
