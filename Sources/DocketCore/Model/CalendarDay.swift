/// One exception to a Monday-to-Friday week in the register's calendar: a weekday that is a
/// public holiday (or a day off given in compensation or exchange), or a Saturday or Sunday
/// made a working day in exchange (`working`).
public struct CalendarDay: Hashable, Sendable {
    /// The day.
    public var date: CivilDate
    /// What it is, as the notice names it: "Tết Nguyên đán", "Làm bù ngày 02/05/2025".
    public var name: String
    /// True for a weekend day that is worked; false for a weekday that is not.
    public var working: Bool
    /// The notice or the law that fixed it; nil for a day added by hand.
    public var source: String?

    /// Makes an exception day.
    public init(date: CivilDate, name: String, working: Bool = false, source: String? = nil) {
        self.date = date
        self.name = name
        self.working = working
        self.source = source
    }

    /// Whether `date` is a Saturday or a Sunday.
    public static func isWeekend(_ date: CivilDate) -> Bool {
        date.isoWeekday >= 6
    }
}
