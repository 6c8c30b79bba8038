/// The formats the weekly report is rendered in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json, html
}
