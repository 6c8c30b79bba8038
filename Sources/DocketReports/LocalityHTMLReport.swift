import DocketCore

/// `report locality` as one self-contained HTML page in the weekly page's style (no script,
/// nothing loaded, A4 when printed): the summary as cards, then a table per state in the
/// workflow's order. Every text a user wrote is escaped.
public enum LocalityHTMLReport {
    /// Writes `report` as an HTML5 document; laid out as an official document under
    /// `officialHeading` when given.
    public static func write(_ report: LocalityReport, to output: OutputBuffer, catalogue: ReportCatalogue,
                             officialHeading: OfficialHeading? = nil) {
        let c = catalogue
        let l = c.locality
        let e = HTMLText.escaped
        let page = Page(output: output)
        page.open(language: c.languageCode, title: l.reportTitle, about: report.locality.name,
                  subtitle: report.about(in: c), headline: l.headline(report.totals), officialHeading: officialHeading)
        page.raw("<dl class=\"cards\">")
        for (index, (label, value)) in report.summary(in: c).enumerated() {
            let kind = index == 2 ? " resolved" : index == 5 && value > 0 ? " overdue" : ""
            page.raw("<div class=\"card\(kind)\"><dt>\(e(label))</dt><dd>\(value)</dd></div>")
        }
        page.raw("</dl>")
        for group in report.groups {
            page.raw("<section>")
            page.raw("<h2>\(e(l.stateHeading(c.stateName(group.state), group.items.count)))</h2>")
            page.table(LocalityReport.columns(c), group.items.map { $0.cells(c) }, dateColumn: 5)
            page.raw("</section>")
        }
        if report.items.isEmpty { page.raw("<p class=\"none\">\(e(l.none))</p>") }
        page.close(basis: l.basis)
    }
}
