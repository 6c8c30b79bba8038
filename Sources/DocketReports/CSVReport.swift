import DocketCore

/// The report as one RFC 4180 table with a header row and one row per figure, so that a
/// spreadsheet can filter and pivot it:
///
/// `section,measure,value,week,unit,unit_name,locality,locality_name,problem,title`
///
/// - `section` is the JSON key the figure is under: `report` (`week`, `from`, `to`,
///   `timezone`), `during`, `end_of_week`, `by_state` (the measure is the state), `groups`,
///   `by_unit`, `by_locality`, `resolved`, `overdue`, `trend`;
/// - `measure` and `value` are the figure: `during,raised,2`; `by_unit,assigned,3` with the
///   unit in `unit` and `unit_name`; `resolved,resolution,<text>` (after a `resolved_at` row)
///   with the problem in `problem` and `title`; `overdue,due,2025-08-27`; `trend,raised,3`
///   with the week in `week`;
/// - the other columns say what the figure is about, and are empty when it is about the whole
///   register.
///
/// Section and measure names are the JSON keys, in English whatever the report's language:
/// the CSV is for programs and spreadsheets.
public enum CSVReport {
    /// The header row.
    public static let header = ["section", "measure", "value", "week", "unit", "unit_name", "locality",
                                "locality_name", "problem", "title"]

    /// Writes `report` as CSV, CRLF line ends, no byte order mark.
    public static func write(_ report: WeeklyReport, to output: OutputBuffer) {
        let csv = CSVWriter(to: output)
        csv.write(row: header)
        func row(_ section: String, _ measure: String, _ value: String, week: String = "", unit: NamedRef? = nil,
                 locality: NamedRef? = nil, problem: Int64? = nil, title: String = "") {
            csv.write(row: [section, measure, value, week, unit?.code ?? "", unit?.name ?? "", locality?.code ?? "",
                            locality?.name ?? "", problem.map { String($0) } ?? "", title])
        }
        row("report", "week", report.week.description)
        row("report", "from", report.from.description)
        row("report", "to", report.to.description)
        row("report", "timezone", report.timeZone.identifier)
        for (entry, count) in zip(WeeklyReport.Activity.actions, report.during.counts) {
            row("during", entry.key, String(count))
        }
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
        for problem in report.resolved {
            row("resolved", "resolved_at", report.timeZone.iso8601(problem.resolvedAt), unit: problem.unit,
                locality: problem.locality, problem: problem.id, title: problem.title)
            row("resolved", "resolution", problem.resolution, unit: problem.unit, locality: problem.locality,
                problem: problem.id, title: problem.title)
        }
        for problem in report.overdue {
            row("overdue", "due", problem.due.description, unit: problem.unit, locality: problem.locality,
                problem: problem.id, title: problem.title)
        }
        for week in report.trend {
            row("trend", "raised", String(week.raised), week: week.week.description)
            row("trend", "resolved", String(week.resolved), week: week.week.description)
        }
    }
}
