import DocketCore

/// `report locality` for a terminal, as ``TextReport`` writes the weekly one: a summary, then
/// a table per state in the workflow's order (owners and where problems were sent by unit
/// code, the codes named in a table at the end), each followed by the latest word on its
/// problems, read whole.
public enum LocalityTextReport {
    /// Writes `report` as text, every line ending in a newline; under `officialHeading` when given.
    public static func write(_ report: LocalityReport, to output: OutputBuffer, catalogue: ReportCatalogue,
                             officialHeading: OfficialHeading? = nil) {
        let c = catalogue
        let l = c.locality
        if let officialHeading {
            officialHeading.writeText(title: l.reportTitle, to: output)
        } else {
            TextReport.heading(l.reportTitle, underline: "=", to: output)
        }
        TextReport.paragraph(report.about(in: c), to: output)
        output.write(byte: 0x0A)
        TextReport.paragraph(l.headline(report.totals), to: output)

        TextReport.heading(l.summaryHeading, to: output)
        TextReport.figures(report.summary(in: c).map { ($0.0, String($0.1)) }, to: output)
        if !report.items.isEmpty {
            output.write(byte: 0x0A)
            TextReport.paragraph(l.textDaysColumns.note, to: output)
        }

        var units: [String: String] = [:]
        for group in report.groups {
            TextReport.heading(l.stateHeading(c.stateName(group.state), group.items.count), to: output)
            var table = TextTable(columns: [
                .init(c.numberColumn, alignment: .right), .init(c.titleColumn, flexible: true),
                .init(c.localityColumn, flexible: true), .init(c.ownerColumn, flexible: true),
                .init(l.sentToColumn, flexible: true), .init(l.textDaysColumns.open, alignment: .right),
                .init(l.textDaysColumns.overdue, alignment: .right),
            ])
            for item in group.items {
                let problem = item.problem
                for unit in [problem.unit, problem.escalatedTo].compactMap({ $0 }) { units[unit.handle] = unit.name }
                table.append([String(problem.id), problem.title, problem.locality.name, problem.unit?.handle ?? "",
                              problem.escalatedTo?.handle ?? "", String(item.daysOpen), String(item.daysOverdue)])
            }
            table.write(to: output, maxWidth: TextReport.width)
            for item in group.items {
                guard let word = item.latestWord else { continue }
                let number = "#\(item.problem.id)  "
                output.write(byte: 0x0A)
                TextReport.wrapped(word, first: number, indent: String(repeating: " ", count: number.count), to: output)
            }
        }
        if report.items.isEmpty {
            output.write(byte: 0x0A)
            TextReport.line(l.none, to: output)
        }
        if !units.isEmpty {
            TextReport.heading(l.unitsHeading, to: output)
            var table = TextTable(columns: [.init(c.unitColumn), .init(c.nameColumn, flexible: true)])
            for code in units.keys.sorted() { table.append([code, units[code] ?? ""]) }
            table.write(to: output, maxWidth: TextReport.width)
        }
        output.write(byte: 0x0A)
        TextReport.paragraph(l.basis, to: output)
    }
}

extension LocalityReport {
    /// What the report is about, in the words of `catalogue`: the locality and the instant.
    func about(in catalogue: ReportCatalogue) -> String {
        let local = timeZone.localDateTime(of: asOf)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let asOfText = catalogue.locality.asOf(isEndOfDay, catalogue.date(asOfDay), "\(two(local.hour)):\(two(local.minute))",
                                               timeZone.identifier)
        return catalogue.locality.about(locality.name, locality.code ?? "", isProvince, asOfText)
    }

    /// The summary's figures, labelled in the words of `catalogue`.
    func summary(in catalogue: ReportCatalogue) -> [(String, Int)] {
        let c = catalogue
        return [(c.totalRaised, totals.raised), (c.answered, totals.answered), (c.totalResolved, totals.resolved),
                (c.totalClosed, totals.closed), (c.open, totals.open), (c.overdue, totals.overdue)]
    }
}

extension NamedRef {
    /// A unit as the tables for people name it: its code and, in brackets, its name.
    var codeAndName: String {
        code.map { "\($0) (\(name))" } ?? name
    }
}
