import DocketCore

extension RegisterTransaction {
    /// Adds `day` to the calendar, at `at` by `actor`. A day the calendar lists already is
    /// refused, and so is one the week already has so: a holiday on a Saturday or Sunday (which
    /// is off anyway; its day off in compensation is a weekday to add), or a working day on a
    /// weekday.
    ///
    /// - Throws: `InputError` for a name that is not one; `RegisterError.calendarDayIsAlreadySo`
    ///   or `.calendarDayListed`.
    package func addCalendarDay(_ day: CalendarDay, at: Instant, actor: String) async throws -> CalendarDay {
        var added = day
        added.name = try TextInput.name(day.name, field: "day's name", limit: TextInput.titleLimit)
        guard day.working == CalendarDay.isWeekend(day.date) else {
            throw RegisterError.calendarDayIsAlreadySo(date: day.date, working: day.working)
        }
        if let listed = try await calendarDay(on: day.date) { throw RegisterError.calendarDayListed(date: day.date, name: listed.name) }
        try await insertCalendarDay(added, at: at, actor: actor)
        return added
    }

    /// Takes `date` out of the calendar and returns what it was. Deadlines already given stay
    /// the days they were.
    ///
    /// - Throws: `RegisterError.calendarDayNotListed` for a day the calendar does not list.
    package func removeCalendarDay(_ date: CivilDate) async throws -> CalendarDay {
        guard let listed = try await calendarDay(on: date) else { throw RegisterError.calendarDayNotListed(date: date) }
        try await deleteCalendarDay(date)
        return listed
    }
}
