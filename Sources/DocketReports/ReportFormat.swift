import DocketCore

/// The formats the weekly report is rendered in, each a pure function of the report's value.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Aligned tables for an 80-column terminal.
    case text
    /// Headings and GitHub-flavoured tables.
    case markdown
    /// One long RFC 4180 table, a row per figure (``CSVReport``).
    case csv
    /// One JSON object with the contract's keys (``JSONReport``).
    case json
    /// One self-contained page with inline CSS and SVG charts, printable on A4.
    case html

    /// Whether this format is for programs (JSON, CSV), which list every problem of each list,
    /// rather than for people, who are shown the longest overdue and, of what was sent beyond
    /// the ministry's authority, the news.
    public var isForPrograms: Bool { self == .json || self == .csv }

    /// Writes `report` in this format to `output`, in the words of `catalogue` (JSON and CSV,
    /// which are for programs, use none); the formats for people under `officialHeading` when
    /// one is given (``OfficialHeading/forReport(in:issuer:madeOn:)``).
    public func write(_ report: ResolutionReport, to output: OutputBuffer, catalogue: ReportCatalogue = .english,
                      officialHeading: OfficialHeading? = nil) {
        switch self {
        case .text: TextReport.write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        case .markdown: MarkdownReport.write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        case .csv: CSVReport.write(report, to: output)
        case .json: JSONReport.write(report, to: output)
        case .html: HTMLReport.write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        }
    }

    /// `report` in this format, as text.
    public func render(_ report: ResolutionReport, catalogue: ReportCatalogue = .english,
                       officialHeading: OfficialHeading? = nil) -> String {
        let output = OutputBuffer()
        write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        return output.text
    }
}
