/// The weekly resolution report of CONTRACT.md for one ISO week, as the register stood at the
/// end of it: a plain value, computed once (by the store) and rendered many ways (by
/// DocketReports), with no database inside.
///
/// Every figure is counted from the events that happened (their `at`) before the end of the
/// week — Monday 00:00 of the next week in the register's time zone — so the report of a past
/// week is the same however much has happened since.
///
/// Lists are in a fixed order, so that two reports of the same week are equal value for value
/// and render to the same bytes: units by code, provinces in the reference list's order,
/// resolved problems by when they were resolved, overdue ones by deadline, each then by number.
public struct WeeklyReport: Hashable, Sendable {
    /// The week reported on.
    public var week: ISOWeek
    /// The register's time zone, in which the week runs from Monday 00:00 to the next Monday 00:00.
    public var timeZone: TimeZoneRules
    /// What happened during the week.
    public var during: Activity
    /// Where the problems stood at the end of the week.
    public var endOfWeek: Standing
    /// Where the groups stood at the end of the week.
    public var groups: GroupTotals
    /// One row per unit that owned a problem at the end of the week, by code.
    public var units: [UnitRow]
    /// One row per province with a problem raised by the end of the week (its communes and
    /// wards rolled up into it), in the reference list's order.
    public var provinces: [ProvinceRow]
    /// The problems resolved during the week that still stood resolved at its end.
    public var resolved: [ResolvedProblem]
    /// The problems overdue at the end of the week.
    public var overdue: [OverdueProblem]
    /// The eight weeks ending with this one, oldest first: raised and resolved in each.
    public var trend: [TrendWeek]

    /// Makes a report from its parts.
    public init(week: ISOWeek, timeZone: TimeZoneRules, during: Activity, endOfWeek: Standing,
                groups: GroupTotals, units: [UnitRow], provinces: [ProvinceRow],
                resolved: [ResolvedProblem], overdue: [OverdueProblem], trend: [TrendWeek]) {
        self.week = week
        self.timeZone = timeZone
        self.during = during
        self.endOfWeek = endOfWeek
        self.groups = groups
        self.units = units
        self.provinces = provinces
        self.resolved = resolved
        self.overdue = overdue
        self.trend = trend
    }

    /// The week's Monday: the contract's `from`.
    public var from: CivilDate { week.monday }

    /// The week's Sunday: the contract's `to`.
    public var to: CivilDate { week.sunday }

    /// How many weeks ``trend`` covers.
    public static let trendLength = 8
}
