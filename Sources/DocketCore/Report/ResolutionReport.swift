/// The resolution report of CONTRACT.md for one period — an ISO week (`report weekly`), a
/// month, a quarter, a half-year, a year or any run of days (`report period`) — as the register
/// stood at the end of it: a plain value, computed once (by the store) and rendered many ways
/// (by DocketReports), with no database inside.
///
/// Every figure is counted from the events that happened (their `at`) before the end of the
/// period — 00:00 of the day after its last, in the register's time zone — so the report of a
/// past period is the same however much has happened since. A period still in progress is
/// counted to the instant the report was made (``asOf``), and says so (``complete`` is false).
///
/// Lists are in a fixed order, so that two reports of the same period are equal value for value
/// and render to the same bytes: units by code (the problems no unit owns last), provinces in
/// the reference list's order, resolved problems by when they were resolved, overdue ones by
/// deadline, problems sent beyond the ministry's authority by when they were sent, each then
/// by number.
public struct ResolutionReport: Hashable, Sendable {
    /// The period reported on.
    public var period: ReportPeriod
    /// The register's time zone, in which the period's days run from 00:00 to 00:00.
    public var timeZone: TimeZoneRules
    /// Whether the period had ended when the report was made.
    public var complete: Bool
    /// The instant it was counted to: the end of the period, or when it was made for a period
    /// in progress.
    public var asOf: Instant
    /// What happened during the period.
    public var during: Activity
    /// Where the problems stood at the end of the period.
    public var endOfWeek: Standing
    /// Where the groups stood at the end of the period.
    public var groups: GroupTotals
    /// One row per unit that owned a problem at the end of the period, by code, and last a row
    /// (`unit` nil) for the problems no unit owned, so that the rows add up to the totals.
    public var units: [UnitRow]
    /// One row per province with a problem raised by the end of the period (its communes and
    /// wards rolled up into it), in the reference list's order.
    public var provinces: [ProvinceRow]
    /// The problems resolved during the period that still stood resolved at its end, one entry
    /// a problem.
    public var resolved: [ResolvedProblem]
    /// The problems overdue at the end of the period.
    public var overdue: [OverdueProblem]
    /// What was sent beyond the ministry's authority.
    public var beyondAuthority: BeyondAuthority
    /// Raised and resolved in each span of the trend, oldest first: the eight weeks ending with
    /// a week; the weeks of a period of two months or less; the months of a longer one.
    public var trend: [TrendPoint]

    /// Makes a report from its parts.
    public init(period: ReportPeriod, timeZone: TimeZoneRules, complete: Bool, asOf: Instant, during: Activity,
                endOfWeek: Standing, groups: GroupTotals, units: [UnitRow], provinces: [ProvinceRow],
                resolved: [ResolvedProblem], overdue: [OverdueProblem], beyondAuthority: BeyondAuthority,
                trend: [TrendPoint]) {
        self.period = period
        self.timeZone = timeZone
        self.complete = complete
        self.asOf = asOf
        self.during = during
        self.endOfWeek = endOfWeek
        self.groups = groups
        self.units = units
        self.provinces = provinces
        self.resolved = resolved
        self.overdue = overdue
        self.beyondAuthority = beyondAuthority
        self.trend = trend
    }

    /// The period's first day: the contract's `from`.
    public var from: CivilDate { period.from }

    /// The period's last day: the contract's `to`.
    public var to: CivilDate { period.to }

    /// The day overdue problems are judged on: the period's last day, or the day the report was
    /// made for a period in progress. A deadline before it has passed (the whole due day is
    /// allowed), and ``OverdueProblem/daysOverdue`` counts from it.
    public var judgedOn: CivilDate {
        complete ? period.to : timeZone.localDateTime(of: asOf).date
    }

    /// How many distinct problems were resolved during the period and stood resolved at its
    /// end (the contract's `during.resolved_problems`), where `during.resolved` counts events.
    public var resolvedProblems: Int { resolved.count }

    /// How many weeks the trend of a weekly report covers.
    public static let trendLength = 8
}
