import DocketCore

extension ReportFormat {
    /// Writes the locality report `report` in this format to `output`, in the words of
    /// `catalogue` (JSON and CSV use none); the formats for people under `officialHeading`
    /// when one is given.
    public func write(_ report: LocalityReport, to output: OutputBuffer, catalogue: ReportCatalogue = .english,
                      officialHeading: OfficialHeading? = nil) {
        switch self {
        case .text: LocalityTextReport.write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        case .markdown: LocalityMarkdownReport.write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        case .csv: LocalityCSVReport.write(report, to: output)
        case .json: LocalityJSONReport.write(report, to: output)
        case .html: LocalityHTMLReport.write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        }
    }

    /// The locality report `report` in this format, as text.
    public func render(_ report: LocalityReport, catalogue: ReportCatalogue = .english,
                       officialHeading: OfficialHeading? = nil) -> String {
        let output = OutputBuffer()
        write(report, to: output, catalogue: catalogue, officialHeading: officialHeading)
        return output.text
    }
}
