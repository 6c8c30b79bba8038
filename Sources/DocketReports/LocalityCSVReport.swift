import DocketCore

/// `report locality` as one RFC 4180 table, a row per problem in the report's order, with the
/// header ``header``: units and localities as a code and a name column each, instants with the
/// register's offset, `overdue` as `true` or `false`. Written with the project's CSVWriter, so
/// a cell a spreadsheet would take for a formula is guarded.
public enum LocalityCSVReport {
    /// The header row.
    public static let header = ["id", "title", "state", "locality", "locality_name", "province", "province_name",
                                "unit", "unit_name", "escalated_to", "escalated_to_name", "due", "raised_at",
                                "resolved_at", "overdue", "days_open", "days_overdue", "response", "resolution",
                                "close_reason"]

    /// Writes `report` as CSV, CRLF line ends, no byte order mark.
    public static func write(_ report: LocalityReport, to output: OutputBuffer) {
        let csv = CSVWriter(to: output)
        let zone = report.timeZone
        csv.write(row: header)
        for item in report.items {
            let p = item.problem
            csv.write(row: [
                String(p.id), p.title, p.state, p.locality.code ?? "", p.locality.name, p.province.code ?? "",
                p.province.name, p.unit?.code ?? "", p.unit?.name ?? "", p.escalatedTo?.code ?? "",
                p.escalatedTo?.name ?? "", p.due?.description ?? "", zone.iso8601(p.raisedAt),
                p.resolvedAt.map(zone.iso8601) ?? "", item.isOverdue ? "true" : "false", String(item.daysOpen),
                String(item.daysOverdue), p.response ?? "", p.resolution ?? "", p.closeReason ?? "",
            ])
        }
    }
}
