import DocketContract
import DocketCore

/// `report locality` as one JSON object (CONTRACT.md): {`locality` {`code`, `name`}, `as_of`,
/// `items`}, each item a problem exactly as `show --json` prints it (ProblemJSON), its
/// `overdue` judged on the as-of day, with `days_open` and `days_overdue` added; and beyond the
/// contract `timezone`, `as_of_day` and `totals`, the summary's figures.
public enum LocalityJSONReport {
    /// Writes `report` as one pretty-printed JSON document and a newline.
    public static func write(_ report: LocalityReport, to output: OutputBuffer) {
        let zone = report.timeZone
        let t = report.totals
        let items: [JSONValue] = report.items.map { item in
            let context = JSONContext(timeZone: zone) { _ in item.isOverdue }
            guard case .object(var members) = ProblemJSON.value(item.problem, context: context) else {
                preconditionFailure("a problem's JSON is an object")
            }
            members.append(("days_open", .integer(item.daysOpen)))
            members.append(("days_overdue", .integer(item.daysOverdue)))
            return .object(members)
        }
        let value = JSONValue.object([
            ("locality", NamedRefJSON.value(report.locality)),
            ("as_of", .string(zone.iso8601(report.asOf))),
            ("as_of_day", .string(report.asOfDay.description)),
            ("timezone", .string(zone.identifier)),
            ("totals", .object([
                ("raised", .integer(t.raised)), ("answered", .integer(t.answered)), ("resolved", .integer(t.resolved)),
                ("closed", .integer(t.closed)), ("open", .integer(t.open)), ("overdue", .integer(t.overdue)),
            ])),
            ("items", .array(items)),
        ])
        var json = JSONWriter(to: output)
        json.value(value)
        output.write(byte: 0x0A)
    }
}
