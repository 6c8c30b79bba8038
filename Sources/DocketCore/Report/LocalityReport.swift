/// The follow-up a ministry sends back to one locality (CONTRACT.md, `report locality`): every
/// problem the locality raised — a province's own and its communes' and wards', a commune's its
/// own only — as it stood at one instant, grouped by state in the workflow's order, with how
/// long each has been open and overdue. A plain value, computed once by the store and rendered
/// many ways by DocketReports.
///
/// Each problem is as its events up to the instant left it (state, owner, where it was sent,
/// deadline, latest response, resolution in force) and as it was called then (an `edit` after
/// the instant is not seen), so a report as of a past day is the same however much happens later.
public struct LocalityReport: Hashable, Sendable {
    /// The locality reported on, as people read it (a province's short name, a commune's full name).
    public var locality: NamedRef
    /// Whether the locality is a province, whose communes' and wards' problems are its too.
    public var isProvince: Bool
    /// The register's time zone, in which days are counted and instants written.
    public var timeZone: TimeZoneRules
    /// The instant the problems stand at: the end of the as-of day, or now.
    public var asOf: Instant
    /// The day days are counted to: the as-of day, or today.
    public var asOfDay: CivilDate
    /// Every state of the workflow in its order, with how many of the problems stood in it.
    public var states: [StateCount]
    /// The figures of the summary.
    public var totals: Totals
    /// The problems, by state in the workflow's order, then by number.
    public var items: [Item]

    /// Makes a report from its parts; `items` must be in the order ``items`` says.
    public init(locality: NamedRef, isProvince: Bool, timeZone: TimeZoneRules, asOf: Instant, asOfDay: CivilDate,
                states: [StateCount], totals: Totals, items: [Item]) {
        self.locality = locality
        self.isProvince = isProvince
        self.timeZone = timeZone
        self.asOf = asOf
        self.asOfDay = asOfDay
        self.states = states
        self.totals = totals
        self.items = items
    }

    /// Whether the problems stand at the end of the as-of day (a past day), rather than now.
    public var isEndOfDay: Bool {
        asOf == timeZone.startOfDay(asOfDay.adding(days: 1))
    }

    /// The problems of each state that has any, in the workflow's order: what the formats for
    /// people show under a heading each.
    public var groups: [(state: String, items: ArraySlice<Item>)] {
        var groups: [(state: String, items: ArraySlice<Item>)] = []
        var start = items.startIndex
        while start < items.endIndex {
            let state = items[start].problem.state
            let end = items[start...].firstIndex { $0.problem.state != state } ?? items.endIndex
            groups.append((state, items[start..<end]))
            start = end
        }
        return groups
    }
}

extension LocalityReport {
    /// One problem as it stood at the report's instant.
    public struct Item: Hashable, Sendable {
        /// The problem then: its fields as they were called then, its state, owner, escalation,
        /// deadline, latest response and resolution as its events up to then left them.
        public var problem: Problem
        /// Whole days from the day it was raised to the as-of day, or to the day it was resolved
        /// or closed when it stood so.
        public var daysOpen: Int
        /// The as-of day less the due day when it was overdue on the as-of day, else 0.
        public var daysOverdue: Int

        /// Makes an item.
        public init(problem: Problem, daysOpen: Int, daysOverdue: Int) {
            self.problem = problem
            self.daysOpen = daysOpen
            self.daysOverdue = daysOverdue
        }

        /// Whether it was overdue on the as-of day.
        public var isOverdue: Bool { daysOverdue > 0 }

        /// The latest word on it: its resolution when it stood resolved, why it was closed when it
        /// stood closed, else its latest response.
        public var latestWord: String? { problem.resolution ?? problem.closeReason ?? problem.response }
    }

    /// How many of the problems stood in one state.
    public struct StateCount: Hashable, Sendable {
        /// The state's name, as people type it.
        public var state: String
        /// How many.
        public var count: Int

        /// Makes a count.
        public init(state: String, count: Int) {
            self.state = state
            self.count = count
        }
    }

    /// The summary at the top of the report.
    public struct Totals: Hashable, Sendable {
        /// Every problem raised by the instant.
        public var raised: Int
        /// Those standing answered (a state of class answered): a reply given, not yet resolved.
        public var answered: Int
        /// Those standing completely resolved.
        public var resolved: Int
        /// Those standing closed (withdrawn, duplicate, out of scope).
        public var closed: Int
        /// Those neither resolved nor closed.
        public var open: Int
        /// Those overdue on the as-of day.
        public var overdue: Int

        /// Makes the totals.
        public init(raised: Int, answered: Int, resolved: Int, closed: Int, open: Int, overdue: Int) {
            self.raised = raised
            self.answered = answered
            self.resolved = resolved
            self.closed = closed
            self.open = open
            self.overdue = overdue
        }
    }
}
