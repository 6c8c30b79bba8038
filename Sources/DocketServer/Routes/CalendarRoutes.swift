import DocketContract
import DocketCore
import DocketStore
import Hummingbird

/// The calendar that deadlines in working days are counted over (`docket calendar`): everyone
/// with a token reads it; a coordinator (or an admin) adds days and takes them out.
extension API {
    /// `GET /calendar?year=`: the exceptions to a Monday-to-Friday week, by date.
    func calendar(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        let text = request.uri.queryParameters["year"].map(String.init)
        let year = try text.map { text throws(APIError) in
            guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), year >= 1 else {
                throw .parameter(name: "year", value: text)
            }
            return year
        }
        return try await read { Response.items(try $0.calendar(year: year).map(CalendarDayJSON.value)) }
    }

    /// `POST /calendar`: `{date, name, working}` (`working` false when absent); 201 with the day.
    func addCalendarDay(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"), allowed: ["date", "name", "working", "at"])
        let (dateText, name, at) = (try fields.requiredText("date"), try fields.requiredText("name"), try fields.text("at"))
        let working = try fields.boolean("working") ?? false
        let date: CivilDate
        do { date = try CivilDate(parsing: dateText) } catch { throw APIError.input(error) }
        let now = clock()
        return try await write { register in
            let day = try register.addCalendarDay(CalendarDay(date: date, name: name, working: working),
                                                  at: try API.instant(at, in: register, now: now), actor: caller.principal.name)
            return Response.json(CalendarDayJSON.value(day), status: .created)
        }
    }

    /// `DELETE /calendar/{date}`: 204; a day the calendar does not list (or not a date) is 404.
    func removeCalendarDay(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        guard let text = context.parameters.get("date"), let date = try? CivilDate(parsing: text) else { throw APIError.notFound }
        return try await write { register in
            try register.removeCalendarDay(date)
            return Response(status: .noContent)
        }
    }
}
