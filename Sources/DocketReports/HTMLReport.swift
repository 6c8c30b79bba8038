import DocketCore

/// The report as one self-contained HTML page: inline CSS, inline SVG charts (the eight-week
/// trend and a bar per unit), no script, nothing loaded from anywhere, A4 when printed. Every
/// text a user wrote (titles, resolutions, names, codes) is escaped.
public enum HTMLReport {
    /// Writes `report` as an HTML5 document in the language of `catalogue`; laid out as an
    /// official document under `officialHeading` (Vietnamese), which sets the title, when one is given.
    public static func write(_ report: ResolutionReport, to output: OutputBuffer, catalogue: ReportCatalogue,
                             officialHeading: OfficialHeading? = nil) {
        let c = catalogue.adapted(to: report)
        let e = HTMLText.escaped
        let end = report.endOfWeek
        let zone = report.timeZone
        let page = Page(output: output)
        page.open(language: c.languageCode, title: c.reportTitle, about: report.period.description,
                  subtitle: c.period(report), headline: c.headline(report), officialHeading: officialHeading)
        page.raw("<dl class=\"cards\">")
        for (label, value, kind) in [
            (c.totalRaised, String(end.totalRaised), ""), (c.totalResolved, String(end.totalResolved), "resolved"),
            (c.resolutionRate, c.percent(end.resolutionRate), "resolved"), (c.open, String(end.open), ""),
            (c.overdue, String(end.overdue), end.overdue > 0 ? "overdue" : ""),
            (c.groupsResolved, "\(report.groups.resolved) / \(report.groups.total)", ""),
        ] {
            page.raw("<div class=\"card\(kind.isEmpty ? "" : " " + kind)\"><dt>\(e(label))</dt><dd>\(e(value))</dd></div>")
        }
        page.raw("</dl>")

        page.raw("<div class=\"columns\">")
        page.raw("<section>")
        page.raw("<h2>\(e(c.duringHeading))</h2>")
        let during = report.during
        page.figures(c, [(c.raised, during.raised), (c.assigned, during.assigned), (c.answered, during.answered),
                         (c.escalated, during.escalated), (c.resolved, report.resolvedProblems), (c.reopened, during.reopened),
                         (c.closed, during.closed)].map { ($0.0, String($0.1)) })
        if report.resolvedProblems != during.resolved {
            page.raw("<p class=\"note\">\(e(c.resolvedCountsProblems(report.resolvedProblems, during.resolved)))</p>")
        }
        page.raw("</section>")
        page.raw("<section>")
        page.raw("<h2>\(e(c.endOfWeekHeading))</h2>")
        page.figures(c, [(c.open, String(end.open)), (c.overdue, String(end.overdue)),
                         (c.totalRaised, String(end.totalRaised)), (c.totalAnswered, String(end.totalAnswered)),
                         (c.totalResolved, String(end.totalResolved)), (c.totalClosed, String(end.totalClosed)),
                         (c.resolutionRate, c.percent(end.resolutionRate))])
        page.raw("</section>")
        page.raw("<section>")
        page.raw("<h2>\(e(c.byStateHeading))</h2>")
        page.table([(c.stateColumn, false), (c.countColumn, true)], end.byState.map { [c.stateName($0.state), String($0.count)] })
        page.raw("<h3>\(e(c.groupsHeading))</h3>")
        page.figures(c, [(c.groupsTotal, String(report.groups.total)), (c.groupsResolved, String(report.groups.resolved))])
        page.raw("</section>")
        page.raw("</div>")

        page.raw("<section>")
        page.raw("<h2>\(e(c.trendHeading))</h2>")
        page.raw("<div class=\"side\">")
        page.raw("<figure>" + trendChart(report, catalogue: c) + "</figure>")
        page.table([(c.weekColumn, false), (c.raised, true), (c.resolved, true)],
                   report.trend.map { [$0.period.description, String($0.raised), String($0.resolved)] }, narrow: true)
        page.raw("</div>")
        page.raw("</section>")

        page.raw("<section>")
        page.raw("<h2>\(e(c.unitsHeading))</h2>")
        if !report.units.isEmpty { page.raw("<figure>" + unitChart(report, catalogue: c) + "</figure>") }
        page.table([(c.unitColumn, false), (c.nameColumn, false), (c.assigned, true), (c.resolved, true), (c.open, true),
                    (c.overdue, true), (c.closed, true)],
                   report.units.map { [$0.unit?.handle ?? "", $0.unit?.name ?? c.noUnit, String($0.assigned), String($0.resolved),
                                       String($0.open), String($0.overdue), String($0.closed)] },
                   none: c.none)
        page.raw("</section>")

        page.raw("<section>")
        page.raw("<h2>\(e(c.provincesHeading))</h2>")
        page.table([(c.codeColumn, false), (c.provinceColumn, false), (c.raised, true), (c.resolved, true),
                    (c.open, true), (c.closed, true)],
                   report.provinces.map { [$0.province.code ?? "", $0.province.name, String($0.raised),
                                           String($0.resolved), String($0.open), String($0.closed)] },
                   none: c.none, narrow: true)
        page.raw("</section>")

        let beyond = report.beyondAuthority
        page.raw("<section>")
        page.raw("<h2>\(e(c.beyondHeading))</h2>")
        page.figures(c, [(c.sentDuring, beyond.sent), (c.sentOpen, beyond.standing.open),
                         (c.sentAnswered, beyond.standing.answered), (c.sentResolved, beyond.standing.resolved)]
            .map { ($0.0, String($0.1)) })
        if beyond.total > 0 {
            page.raw("<figure>" + destinationChart(report, catalogue: c) + "</figure>")
            page.table([(c.destinationColumn, false), (c.sentColumn, true), (c.open, true), (c.answered, true), (c.resolved, true)],
                       beyond.byDestination.map { [$0.unit.name, String($0.sent), String($0.standing.open),
                                                   String($0.standing.answered), String($0.standing.resolved)] })
            let news = beyond.items.filter(\.isNews)
            page.table([(c.numberColumn, true), (c.sentOnColumn, false), (c.stateColumn, false),
                        (c.destinationColumn, false), (c.titleColumn, false)],
                       news.map { [String($0.id), c.date(zone.localDate(of: $0.sentAt)), c.stateName($0.state), $0.to.name, $0.title] },
                       dateColumn: 1)
            if news.count < beyond.total {
                page.raw("<p class=\"note\">\(e(c.beyondListed(news.count, beyond.total)))</p>")
            }
        }
        page.raw("</section>")

        page.raw("<section>")
        page.raw("<h2>\(e(c.resolvedHeading))</h2>")
        page.table([(c.numberColumn, true), (c.resolvedOnColumn, false), (c.localityColumn, false),
                    (c.ownerColumn, false), (c.titleColumn, false), (c.resolutionColumn, false)],
                   report.resolved.map { [String($0.id), c.date(zone.localDate(of: $0.resolvedAt)), $0.locality.name,
                                          $0.unit?.handle ?? "", $0.title, $0.resolution] },
                   none: c.none, dateColumn: 1)
        page.raw("</section>")

        page.raw("<section>")
        page.raw("<h2>\(e(c.overdueHeading))</h2>")
        page.table([(c.numberColumn, true), (c.dueColumn, false), (c.daysOverdueColumn, true), (c.ownerColumn, false),
                    (c.localityColumn, false), (c.titleColumn, false)],
                   report.overdue.map { [String($0.id), c.date($0.due), String($0.daysOverdue), $0.unit?.name ?? "",
                                         $0.locality.name, $0.title] },
                   none: end.overdue == 0 ? c.none : nil, dateColumn: 1)
        if report.overdue.count < end.overdue {
            page.raw("<p class=\"note\">\(e(c.overdueListed(report.overdue.count, end.overdue)))</p>")
        }
        page.raw("</section>")

        page.close(basis: c.basis(report))
    }
}

/// The page, written a line at a time.
struct Page {
    let output: OutputBuffer

    /// The document up to its headline: the head with the style (and the official heading's,
    /// when there is one), the body's heading (the official heading, `title`, and `subtitle`
    /// under it), then the main part, opened with the headline paragraph. The window's title
    /// is `title` then `about`. Landmarks hold everything: header, main, footer; the main is
    /// named for the report, apart from the page that frames it.
    func open(language: String, title: String, about: String, subtitle: String, headline: String,
              officialHeading: OfficialHeading?) {
        let e = HTMLText.escaped
        raw("""
            <!DOCTYPE html>
            <html lang="\(e(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title)) \(e(about))</title>
            <style>
            \(HTMLReport.style)\(officialHeading == nil ? "" : "\n" + OfficialHeading.style)
            </style>
            </head>
            \(officialHeading == nil ? "<body>\n<header>" : "<body class=\"official-document\">\n<header>\n" + officialHeading!.html)
            <h1>\(officialHeading == nil ? e(title) : OfficialHeading.htmlTitle(title))</h1>
            <p class="period">\(e(subtitle))</p>
            </header>
            <main aria-label="\(e(title))">
            <p class="headline">\(e(headline))</p>
            """)
    }

    /// The end of the document: the main part closed, then `basis` as its footer.
    func close(basis: String) {
        raw("</main>")
        raw("<footer>\(HTMLText.escaped(basis))</footer>")
        raw("</body>")
        raw("</html>")
    }

    /// Markup as it is, and a newline.
    func raw(_ markup: String) {
        output.write(markup)
        output.write(byte: 0x0A)
    }

    /// A two-column table of figures.
    func figures(_ catalogue: ReportCatalogue, _ rows: [(String, String)]) {
        table([(catalogue.figureColumn, false), (catalogue.countColumn, true)], rows.map { [$0.0, $0.1] })
    }

    /// A table with `columns` (header, whether a number) and `rows`, every cell escaped; when
    /// there is no row, a paragraph saying `none` if it is given, else nothing. A narrow table is as wide
    /// as its cells, not the page.
    func table(_ columns: [(String, Bool)], _ rows: [[String]], none: String? = nil, dateColumn: Int? = nil,
               narrow: Bool = false) {
        if rows.isEmpty {
            if let none { raw("<p class=\"none\">\(HTMLText.escaped(none))</p>") }
            return
        }
        raw(narrow ? "<table class=\"narrow\">" : "<table>")
        raw("<thead><tr>" + columns.map { "<th\($0.1 ? " class=\"n\"" : "")>\(HTMLText.escaped($0.0))</th>" }.joined() + "</tr></thead>")
        raw("<tbody>")
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                let kind = columns[index].1 ? " class=\"n\"" : index == dateColumn ? " class=\"date\"" : ""
                return "<td\(kind)>\(HTMLText.escaped(cell))</td>"
            }
            raw("<tr>" + cells.joined() + "</tr>")
        }
        raw("</tbody>")
        raw("</table>")
    }
}
