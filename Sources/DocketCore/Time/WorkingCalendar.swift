/// Which days are working days: Monday to Friday, except the holidays it holds, and the
/// weekend days it holds as worked in exchange. Deadlines in working days (`--due 15wd`) are
/// counted over it.
public struct WorkingCalendar: Hashable, Sendable {
    /// Weekdays that are not worked.
    public private(set) var holidays: Set<CivilDate> = []
    /// Saturdays and Sundays that are worked.
    public private(set) var workingWeekendDays: Set<CivilDate> = []

    /// A calendar of `exceptions`. A holiday given on a weekend, or a working day on a
    /// weekday, changes nothing and is ignored: the week already has it so.
    public init(exceptions: some Sequence<CalendarDay> = []) {
        for day in exceptions {
            let weekend = CalendarDay.isWeekend(day.date)
            if day.working, weekend { workingWeekendDays.insert(day.date) }
            if !day.working, !weekend { holidays.insert(day.date) }
        }
    }

    /// Whether `date` is worked.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        CalendarDay.isWeekend(date) ? workingWeekendDays.contains(date) : !holidays.contains(date)
    }

    /// The `workingDays`-th working day after `date`: counted from the day after it, so one
    /// working day after a Friday is the next Monday (when that is worked). `date` itself is
    /// never counted. `workingDays` must be positive.
    ///
    /// - Complexity: O(d), d being the calendar days between `date` and the answer: about
    ///   7/5 of `workingDays` plus the holidays on the way.
    public func adding(workingDays: Int, to date: CivilDate) -> CivilDate {
        precondition(workingDays > 0, "a deadline is at least one working day away")
        var day = date
        var remaining = workingDays
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }
}
