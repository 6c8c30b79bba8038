/// A deadline as people give it (`assign --due`, an assign request's `due`): a day, or a number
/// of working days after the day it is given on (`15wd`), which the register turns into a day
/// over its calendar when the assignment is made. (An import's `due` column takes a date only.)
public enum DueDate: Hashable, Sendable {
    /// That day.
    case date(CivilDate)
    /// The N-th working day after the assignment's day (1 to ``maximumWorkingDays``).
    case workingDays(Int)

    /// The most working days a deadline may be given in: about a year and a half.
    public static let maximumWorkingDays = 365

    /// Reads `YYYY-MM-DD` or `Nwd` (`15wd`, N from 1 to 365; `WD` too). Surrounding spaces
    /// are ignored.
    ///
    /// - Throws: ``InputError/invalidDue(_:)`` for anything else (`0wd`, `wd`, `366wd`,
    ///   `2025-02-30`), with `text` as given.
    public init(parsing text: String) throws(InputError) {
        let trimmed = text.trimmingSpaces
        let lower = trimmed.lowercased()
        if lower.hasSuffix("wd") {
            let digits = lower.dropLast(2)
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let count = Int(digits), (1...Self.maximumWorkingDays).contains(count)
            else { throw .invalidDue(text) }
            self = .workingDays(count)
            return
        }
        do {
            self = .date(try CivilDate(parsing: trimmed))
        } catch {
            throw .invalidDue(text)
        }
    }

    /// The day this deadline falls on when it is given on `day`, over `calendar`.
    public func date(from day: CivilDate, over calendar: WorkingCalendar) -> CivilDate {
        switch self {
        case .date(let date): date
        case .workingDays(let count): calendar.adding(workingDays: count, to: day)
        }
    }
}
