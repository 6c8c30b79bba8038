import DocketCore

/// `report locality` as Markdown, as ``MarkdownReport`` writes the weekly one: the summary, then
/// a table per state in the workflow's order, every text that is not the catalogue's escaped.
public enum LocalityMarkdownReport {
    /// Writes `report` as Markdown; under `officialHeading` when given.
    public static func write(_ report: LocalityReport, to output: OutputBuffer, catalogue: ReportCatalogue,
                             officialHeading: OfficialHeading? = nil) {
        let c = catalogue
        let l = c.locality
        let e = MarkdownReport.escaped
        let out = MarkdownOutput(output: output)
        if let officialHeading {
            officialHeading.writeMarkdown(title: l.reportTitle, to: output)
        } else {
            out.line("# " + e(l.reportTitle))
        }
        out.paragraph(e(report.about(in: c)))
        out.paragraph(e(l.headline(report.totals)))

        out.heading(l.summaryHeading)
        out.figures(c, report.summary(in: c).map { ($0.0, String($0.1)) })

        for group in report.groups {
            out.heading(l.stateHeading(c.stateName(group.state), group.items.count))
            out.table(LocalityReport.columns(c), group.items.map { $0.cells(c) })
        }
        if report.items.isEmpty { out.paragraph(e(l.none)) }
        out.blank()
        out.line("_" + e(l.basis) + "_")
    }
}

extension LocalityReport {
    /// The columns of a state's table in Markdown and HTML: header, and whether a number.
    static func columns(_ c: ReportCatalogue) -> [(String, Bool)] {
        [(c.numberColumn, true), (c.titleColumn, false), (c.localityColumn, false), (c.ownerColumn, false),
         (c.locality.sentToColumn, false), (c.dueColumn, false), (c.locality.daysOpenColumn, true),
         (c.locality.daysOverdueColumn, true), (c.locality.latestColumn, false)]
    }
}

extension LocalityReport.Item {
    /// The cells of ``LocalityReport/columns(_:)`` for this problem.
    func cells(_ c: ReportCatalogue) -> [String] {
        [String(problem.id), problem.title, problem.locality.name, problem.unit?.codeAndName ?? "",
         problem.escalatedTo?.codeAndName ?? "", problem.due.map(c.date) ?? "", String(daysOpen), String(daysOverdue),
         latestWord ?? ""]
    }
}
