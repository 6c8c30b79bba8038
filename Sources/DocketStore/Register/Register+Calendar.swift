import DocketCore
import DocketRegister

extension Register {
    /// The calendar's exceptions to a Monday-to-Friday week, by date: of `year` only, when given.
    public func calendar(year: Int? = nil) throws -> [CalendarDay] {
        try read { _ in
            guard let year else {
                return try database.cached("SELECT date, name, working, source FROM calendar ORDER BY date")
                    .map(transform: Register.calendarDay(from:))
            }
            let from = String(year) + "-01-01", to = String(year + 1) + "-01-01"
            return try database.cached("SELECT date, name, working, source FROM calendar WHERE date >= ? AND date < ? ORDER BY date")
                .map(from, to, transform: Register.calendarDay(from:))
        }
    }

    /// The working days as the calendar has them, read in the caller's transaction: what a
    /// deadline in working days is counted over.
    func workingCalendar() throws -> WorkingCalendar {
        WorkingCalendar(exceptions: try database.cached("SELECT date, name, working, source FROM calendar")
            .map(transform: Register.calendarDay(from:)))
    }

    /// Adds `day` to the calendar (`RegisterTransaction.addCalendarDay(_:at:actor:)`), in one transaction.
    @discardableResult
    public func addCalendarDay(_ day: CalendarDay, at: Instant, actor: String) throws -> CalendarDay {
        try writeOperation { store in try await store.addCalendarDay(day, at: at, actor: actor) }
    }

    /// Takes `date` out of the calendar (`RegisterTransaction.removeCalendarDay(_:)`), in one
    /// transaction, and returns what it was.
    @discardableResult
    public func removeCalendarDay(_ date: CivilDate) throws -> CalendarDay {
        try writeOperation { store in try await store.removeCalendarDay(date) }
    }

    fileprivate static func calendarDay(from row: Statement) -> CalendarDay {
        CalendarDay(date: date(row, 0) ?? CivilDate(dayNumber: 0), name: row.text(1), working: row.int64(2) != 0,
                    source: row.optionalText(3))
    }

    /// Adds every day of the bundled `calendar.csv` that the calendar does not list yet (a day
    /// listed already, by hand, stays as it is). A new register runs it at `init`, an older
    /// one in migration 8.
    static func seedCalendar(_ database: Database, at: Instant) throws {
        let insert = try database.prepare("""
            INSERT INTO calendar (date, name, working, source, created_at, actor) VALUES (?, ?, ?, ?, ?, 'docket')
            ON CONFLICT (date) DO NOTHING
            """)
        for day in ReferenceData.calendar {
            try insert.run(day.date.description, day.name, day.working ? 1 : 0, day.source, at.secondsSinceEpoch)
        }
    }
}

/// The calendar's primitives of the store protocol.
extension SQLiteStoreTransaction {
    func calendarDay(on date: CivilDate) throws -> CalendarDay? {
        try database.cached("SELECT date, name, working, source FROM calendar WHERE date = ?")
            .first(date.description, transform: Register.calendarDay(from:))
    }

    func insertCalendarDay(_ day: CalendarDay, at: Instant, actor: String) throws {
        try database.cached("INSERT INTO calendar (date, name, working, source, created_at, actor) VALUES (?, ?, ?, ?, ?, ?)")
            .run(day.date.description, day.name, day.working ? 1 : 0, day.source, at.secondsSinceEpoch, actor)
    }

    func deleteCalendarDay(_ date: CivilDate) throws {
        try database.cached("DELETE FROM calendar WHERE date = ?").run(date.description)
    }
}
