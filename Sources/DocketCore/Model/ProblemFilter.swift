/// Which problems `docket list` shows: every problem that matches every filter given.
public struct ProblemFilter: Sendable, Hashable {
    /// Only problems in one of these states (the workflow's names); empty for any state.
    public var states: [String]
    /// Only problems of this locality, as typed; a province includes its communes.
    public var locality: String?
    /// Only problems this unit owns or that were escalated to it, as typed.
    public var unit: String?
    /// Only problems of this category, compared without regard to case or diacritics.
    public var category: String?
    /// Only problems in this group.
    public var group: Int64?
    /// Only problems raised at this meeting.
    public var meeting: Int64?
    /// Only problems overdue on this day.
    public var overdueOn: CivilDate?
    /// Only problems of one of these categories, each compared as ``category`` is; empty for
    /// any category.
    public var categories: [String] = []
    /// Only problems raised at this instant or later.
    public var raisedFrom: Instant?
    /// Only problems raised at this instant or earlier.
    public var raisedThrough: Instant?

    /// Makes a filter; with no arguments it matches every problem.
    public init(states: [String] = [], locality: String? = nil, unit: String? = nil, category: String? = nil,
                group: Int64? = nil, meeting: Int64? = nil, overdueOn: CivilDate? = nil) {
        self.states = states
        self.locality = locality
        self.unit = unit
        self.category = category
        self.group = group
        self.meeting = meeting
        self.overdueOn = overdueOn
    }
}
