import DocketCore

/// A day of the calendar as JSON: `date`, `name`, `working` (CONTRACT.md, `docket calendar`).
public enum CalendarDayJSON {
    public static func value(_ day: CalendarDay) -> JSONValue {
        .object([("date", .string(day.date.description)), ("name", .string(day.name)), ("working", .bool(day.working))])
    }
}
