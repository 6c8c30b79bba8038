import DocketCore

/// The report for a terminal: headings, aligned figures and tables, at most 80 columns wide
/// (a column of names or titles is cut with `…` to fit), widths measured in grapheme clusters
/// so Vietnamese lines up whether its text is composed or not.
///
/// The resolved problems are listed, not tabled, so that their resolutions are read whole.
public enum TextReport {
    /// The width the report fits in.
    public static let width = 80

    /// Writes `report` as text, every line ending in a newline; under an official document's
    /// `officialHeading` (Vietnamese), which sets the title, when one is given.
    public static func write(_ report: ResolutionReport, to output: OutputBuffer, catalogue: ReportCatalogue,
                             officialHeading: OfficialHeading? = nil) {
        let c = catalogue.adapted(to: report)
        let end = report.endOfWeek
        if let officialHeading {
            officialHeading.writeText(title: c.reportTitle, to: output)
        } else {
            heading(c.reportTitle, underline: "=", to: output)
        }
        line(c.period(report), to: output)
        output.write(byte: 0x0A)
        paragraph(c.headline(report), to: output)

        heading(c.duringHeading, to: output)
        let during = report.during
        figures([(c.raised, during.raised), (c.assigned, during.assigned), (c.answered, during.answered),
                 (c.escalated, during.escalated), (c.resolved, report.resolvedProblems), (c.reopened, during.reopened),
                 (c.closed, during.closed)].map { ($0.0, String($0.1)) }, to: output)
        if report.resolvedProblems != during.resolved {
            paragraph(c.resolvedCountsProblems(report.resolvedProblems, during.resolved), to: output)
        }

        heading(c.endOfWeekHeading, to: output)
        figures([(c.open, String(end.open)), (c.overdue, String(end.overdue)), (c.totalRaised, String(end.totalRaised)),
                 (c.totalAnswered, String(end.totalAnswered)), (c.totalResolved, String(end.totalResolved)),
                 (c.totalClosed, String(end.totalClosed)), (c.resolutionRate, c.percent(end.resolutionRate))],
                to: output)

        heading(c.byStateHeading, to: output)
        figures(end.byState.map { (c.stateName($0.state), String($0.count)) }, to: output)

        heading(c.groupsHeading, to: output)
        figures([(c.groupsTotal, String(report.groups.total)), (c.groupsResolved, String(report.groups.resolved))],
                to: output)

        heading(c.unitsHeading, to: output)
        if report.units.isEmpty {
            line(c.none, to: output)
        } else {
            var table = TextTable(columns: [
                .init(c.unitColumn, flexible: true), .init(c.nameColumn, flexible: true),
                .init(c.assigned, alignment: .right), .init(c.resolved, alignment: .right),
                .init(c.open, alignment: .right), .init(c.overdue, alignment: .right), .init(c.closed, alignment: .right),
            ])
            for row in report.units {
                table.append([row.unit?.handle ?? "", row.unit?.name ?? c.noUnit, String(row.assigned), String(row.resolved), String(row.open),
                              String(row.overdue), String(row.closed)])
            }
            table.write(to: output, maxWidth: width)
        }

        heading(c.provincesHeading, to: output)
        if report.provinces.isEmpty {
            line(c.none, to: output)
        } else {
            var table = TextTable(columns: [
                .init(c.codeColumn), .init(c.provinceColumn, flexible: true), .init(c.raised, alignment: .right),
                .init(c.resolved, alignment: .right), .init(c.open, alignment: .right), .init(c.closed, alignment: .right),
            ])
            for row in report.provinces {
                table.append([row.province.code ?? "", row.province.name, String(row.raised), String(row.resolved),
                              String(row.open), String(row.closed)])
            }
            table.write(to: output, maxWidth: width)
        }

        beyondAuthority(report, c, to: output)

        heading(c.resolvedHeading, to: output)
        if report.resolved.isEmpty { line(c.none, to: output) }
        // A year's report lists a quarter of a million: what the problems resolved the same day
        // (one after another, in this order) share is written once.
        var indent = ""
        var day: (date: CivilDate, text: String)?
        for (index, problem) in report.resolved.enumerated() {
            if index > 0 { output.write(byte: 0x0A) }
            let number = "#" + String(problem.id) + "  "
            if indent.utf8.count != number.utf8.count { indent = String(repeating: " ", count: number.utf8.count) }
            wrapped(problem.title, first: number, indent: indent, to: output)
            let date = report.timeZone.localDate(of: problem.resolvedAt)
            if day?.date != date { day = (date, " · " + c.resolvedOn(c.date(date))) }
            var about = problem.locality.name
            if let unit = problem.unit { about += " · " + unit.handle }
            about += day?.text ?? ""
            wrapped(about, first: indent, indent: indent, to: output)
            wrapped(problem.resolution, first: indent, indent: indent, to: output)
        }

        heading(c.overdueHeading, to: output)
        if report.overdue.isEmpty && end.overdue == 0 {
            line(c.none, to: output)
        } else if !report.overdue.isEmpty {
            var table = TextTable(columns: [
                .init(c.numberColumn, alignment: .right), .init(c.dueColumn), .init(c.daysOverdueColumn, alignment: .right),
                .init(c.ownerColumn, flexible: true), .init(c.localityColumn, flexible: true), .init(c.titleColumn, flexible: true),
            ])
            for problem in report.overdue {
                table.append([String(problem.id), c.date(problem.due), String(problem.daysOverdue),
                              problem.unit?.name ?? "", problem.locality.name, problem.title])
            }
            table.write(to: output, maxWidth: width)
        }
        if report.overdue.count < end.overdue {
            paragraph(c.overdueListed(report.overdue.count, end.overdue), to: output)
        }

        heading(c.trendHeading, to: output)
        var trend = TextTable(columns: [.init(c.weekColumn), .init(c.raised, alignment: .right),
                                        .init(c.resolved, alignment: .right)])
        for point in report.trend {
            trend.append([point.period.description, String(point.raised), String(point.resolved)])
        }
        trend.write(to: output, maxWidth: width)
        output.write(byte: 0x0A)
        paragraph(c.basis(report), to: output)
    }

    /// What was sent beyond the ministry's authority: the figures, a row per destination, and
    /// the problems still open or sent or resolved during the period.
    private static func beyondAuthority(_ report: ResolutionReport, _ c: ReportCatalogue, to output: OutputBuffer) {
        let beyond = report.beyondAuthority
        heading(c.beyondHeading, to: output)
        figures([(c.sentDuring, beyond.sent), (c.sentOpen, beyond.standing.open), (c.sentAnswered, beyond.standing.answered),
                 (c.sentResolved, beyond.standing.resolved)].map { ($0.0, String($0.1)) }, to: output)
        guard beyond.total > 0 else { return }
        output.write(byte: 0x0A)
        var destinations = TextTable(columns: [
            .init(c.destinationColumn, flexible: true), .init(c.sentColumn, alignment: .right),
            .init(c.open, alignment: .right), .init(c.answered, alignment: .right), .init(c.resolved, alignment: .right),
        ])
        for row in beyond.byDestination {
            destinations.append([row.unit.name, String(row.sent), String(row.standing.open), String(row.standing.answered),
                                 String(row.standing.resolved)])
        }
        destinations.write(to: output, maxWidth: width)
        let news = beyond.items.filter(\.isNews)
        guard !news.isEmpty else { return paragraph(c.beyondListed(0, beyond.total), to: output) }
        output.write(byte: 0x0A)
        var items = TextTable(columns: [
            .init(c.numberColumn, alignment: .right), .init(c.sentOnColumn), .init(c.stateColumn),
            .init(c.destinationColumn, flexible: true), .init(c.titleColumn, flexible: true),
        ])
        for item in news {
            items.append([String(item.id), c.date(report.timeZone.localDate(of: item.sentAt)), c.stateName(item.state),
                          item.to.name, item.title])
        }
        items.write(to: output, maxWidth: width)
        if news.count < beyond.total { paragraph(c.beyondListed(news.count, beyond.total), to: output) }
    }

    /// A heading, underlined, after a blank line unless it opens the report.
    static func heading(_ text: String, underline: Character = "-", to output: OutputBuffer) {
        if underline == "-" { output.write(byte: 0x0A) }
        line(text, to: output)
        line(String(repeating: underline, count: min(width, DisplayWidth.columns(text))), to: output)
    }

    /// Labels and values in two columns, the values right-aligned.
    static func figures(_ rows: [(String, String)], to output: OutputBuffer) {
        let labelWidth = rows.map { DisplayWidth.columns($0.0) }.max() ?? 0
        let valueWidth = rows.map { DisplayWidth.columns($0.1) }.max() ?? 0
        for (label, value) in rows {
            let gap = labelWidth - DisplayWidth.columns(label) + 2 + valueWidth - DisplayWidth.columns(value)
            line(label + String(repeating: " ", count: gap) + value, to: output)
        }
    }

    /// A paragraph wrapped to the width.
    static func paragraph(_ text: String, to output: OutputBuffer) {
        wrapped(text, first: "", indent: "", to: output)
    }

    /// `text` wrapped at spaces to the width, its first line starting with `first` and the
    /// others with `indent`.
    static func wrapped(_ text: String, first: String, indent: String, to output: OutputBuffer) {
        TextWrapping.write(text, width: width, first: first, indent: indent, to: output)
    }

    static func line(_ text: String, to output: OutputBuffer) {
        output.write(text)
        output.write(byte: 0x0A)
    }
}
