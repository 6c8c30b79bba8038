import DocketCore

/// The report as one RFC 4180 table with a header row and one row per figure, so that a
/// spreadsheet can filter and pivot it:
///
/// `section,measure,value,period,unit,unit_name,locality,locality_name,problem,title`
///
/// - `section` is the JSON key the figure is under: `report` (`week` or `period`, `from`,
///   `to`, `timezone`, `complete`, `as_of`), `during`, `end_of_week`, `by_state` (the measure
///   is the state), `groups`, `by_unit` (a row with no unit: the problems no unit owns),
///   `by_locality`, `beyond_authority`, `by_destination`, `sent` (each problem sent beyond the
///   ministry's authority), `resolved`, `overdue`, `trend`;
/// - `measure` and `value` are the figure: `during,raised,2`; `by_unit,assigned,3` with the
///   unit in `unit` and `unit_name`; `resolved,resolution,<text>` (after a `resolved_at` row)
///   with the problem in `problem` and `title`; `overdue,due,2025-08-27` and
///   `overdue,days_overdue,6`; `sent,sent_at,<instant>` and `sent,state,escalated` with where
///   it was sent in `unit`; `trend,raised,3` with the week or month in `period`;
/// - the other columns say what the figure is about, and are empty when it is about the whole
///   register.
///
/// Section and measure names are the JSON keys, in English whatever the report's language:
/// the CSV is for programs and spreadsheets.
public enum CSVReport {
    /// The header row.
    public static let header = ["section", "measure", "value", "period", "unit", "unit_name", "locality",
                                "locality_name", "problem", "title"]

    /// Writes `report` as CSV, CRLF line ends, no byte order mark.
    public static func write(_ report: ResolutionReport, to output: OutputBuffer) {
        let csv = CSVWriter(to: output)
        csv.write(row: header)
        let zone = report.timeZone
        func row(_ section: String, _ measure: String, _ value: String, period: String = "", unit: NamedRef? = nil,
                 locality: NamedRef? = nil, problem: Int64? = nil, title: String = "") {
            csv.write(row: [section, measure, value, period, unit?.code ?? "", unit?.name ?? "", locality?.code ?? "",
                            locality?.name ?? "", problem.map { String($0) } ?? "", title])
        }
        row("report", report.period.week != nil ? "week" : "period", report.period.description)
        row("report", "from", report.from.description)
        row("report", "to", report.to.description)
        row("report", "timezone", zone.identifier)
        row("report", "complete", String(report.complete))
        row("report", "as_of", zone.iso8601(report.asOf))
        for (entry, count) in zip(ResolutionReport.Activity.actions, report.during.counts) {
            row("during", entry.key, String(count))
        }
        row("during", "resolved_problems", String(report.resolvedProblems))
        let end = report.endOfWeek
        row("end_of_week", "open", String(end.open))
        row("end_of_week", "overdue", String(end.overdue))
        row("end_of_week", "total_raised", String(end.totalRaised))
        row("end_of_week", "total_answered", String(end.totalAnswered))
        row("end_of_week", "total_resolved", String(end.totalResolved))
        row("end_of_week", "resolution_rate", String(end.resolutionRate))
        row("end_of_week", "total_closed", String(end.totalClosed))
        for state in end.byState {
            row("by_state", state.state, String(state.count))
        }
        row("groups", "total", String(report.groups.total))
        row("groups", "resolved", String(report.groups.resolved))
        for unit in report.units {
            for (measure, value) in [("assigned", unit.assigned), ("resolved", unit.resolved), ("open", unit.open),
                                     ("overdue", unit.overdue), ("closed", unit.closed)] {
                row("by_unit", measure, String(value), unit: unit.unit)
            }
        }
        for province in report.provinces {
            for (measure, value) in [("raised", province.raised), ("resolved", province.resolved),
                                     ("open", province.open), ("closed", province.closed)] {
                row("by_locality", measure, String(value), locality: province.province)
            }
        }
        let beyond = report.beyondAuthority
        for (measure, value) in [("sent", beyond.sent), ("open", beyond.standing.open), ("answered", beyond.standing.answered),
                                 ("resolved", beyond.standing.resolved)] {
            row("beyond_authority", measure, String(value))
        }
        for destination in beyond.byDestination {
            for (measure, value) in [("sent", destination.sent), ("open", destination.standing.open),
                                     ("answered", destination.standing.answered), ("resolved", destination.standing.resolved)] {
                row("by_destination", measure, String(value), unit: destination.unit)
            }
        }
        for item in beyond.items {
            row("sent", "sent_at", zone.iso8601(item.sentAt), unit: item.to, problem: item.id, title: item.title)
            row("sent", "state", item.state, unit: item.to, problem: item.id, title: item.title)
        }
        for problem in report.resolved {
            row("resolved", "resolved_at", zone.iso8601(problem.resolvedAt), unit: problem.unit,
                locality: problem.locality, problem: problem.id, title: problem.title)
            row("resolved", "resolution", problem.resolution, unit: problem.unit, locality: problem.locality,
                problem: problem.id, title: problem.title)
        }
        for problem in report.overdue {
            row("overdue", "due", problem.due.description, unit: problem.unit, locality: problem.locality,
                problem: problem.id, title: problem.title)
            row("overdue", "days_overdue", String(problem.daysOverdue), unit: problem.unit, locality: problem.locality,
                problem: problem.id, title: problem.title)
        }
        for point in report.trend {
            row("trend", "raised", String(point.raised), period: point.period.description)
            row("trend", "resolved", String(point.resolved), period: point.period.description)
        }
    }
}
