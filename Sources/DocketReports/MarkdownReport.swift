import DocketCore

/// The report as Markdown: a heading per section and GitHub-flavoured tables. Every text that
/// is not the catalogue's own — names, titles, resolutions, the time zone — is escaped, so a
/// title with `|`, `*` or `<script>` reads as written and cannot break the table or the page.
public enum MarkdownReport {
    /// Writes `report` as Markdown; under an official document's `officialHeading`
    /// (Vietnamese), which sets the title, when one is given.
    public static func write(_ report: ResolutionReport, to output: OutputBuffer, catalogue: ReportCatalogue,
                             officialHeading: OfficialHeading? = nil) {
        let c = catalogue.adapted(to: report)
        let end = report.endOfWeek
        let out = MarkdownOutput(output: output)
        if let officialHeading {
            officialHeading.writeMarkdown(title: c.reportTitle, to: output)
        } else {
            out.line("# " + escaped(c.reportTitle))
        }
        out.paragraph(escaped(c.period(report)))
        out.paragraph(escaped(c.headline(report)))

        out.heading(c.duringHeading)
        let during = report.during
        out.figures(c, [(c.raised, during.raised), (c.assigned, during.assigned), (c.answered, during.answered),
                        (c.escalated, during.escalated), (c.resolved, report.resolvedProblems), (c.reopened, during.reopened),
                        (c.closed, during.closed)].map { ($0.0, String($0.1)) })
        if report.resolvedProblems != during.resolved {
            out.paragraph(escaped(c.resolvedCountsProblems(report.resolvedProblems, during.resolved)))
        }

        out.heading(c.endOfWeekHeading)
        out.figures(c, [(c.open, String(end.open)), (c.overdue, String(end.overdue)),
                        (c.totalRaised, String(end.totalRaised)), (c.totalAnswered, String(end.totalAnswered)),
                        (c.totalResolved, String(end.totalResolved)), (c.totalClosed, String(end.totalClosed)),
                        (c.resolutionRate, c.percent(end.resolutionRate))])

        out.heading(c.byStateHeading, level: 3)
        out.table([(c.stateColumn, false), (c.countColumn, true)],
                  end.byState.map { [c.stateName($0.state), String($0.count)] })

        out.heading(c.groupsHeading)
        out.figures(c, [(c.groupsTotal, String(report.groups.total)),
                        (c.groupsResolved, String(report.groups.resolved))])

        out.heading(c.unitsHeading)
        out.table([(c.unitColumn, false), (c.nameColumn, false), (c.assigned, true), (c.resolved, true), (c.open, true),
                   (c.overdue, true), (c.closed, true)],
                  report.units.map { [$0.unit?.handle ?? "", $0.unit?.name ?? c.noUnit, String($0.assigned), String($0.resolved),
                                      String($0.open), String($0.overdue), String($0.closed)] },
                  none: c.none)

        out.heading(c.provincesHeading)
        out.table([(c.codeColumn, false), (c.provinceColumn, false), (c.raised, true), (c.resolved, true),
                   (c.open, true), (c.closed, true)],
                  report.provinces.map { [$0.province.code ?? "", $0.province.name, String($0.raised),
                                          String($0.resolved), String($0.open), String($0.closed)] },
                  none: c.none)

        let beyond = report.beyondAuthority
        out.heading(c.beyondHeading)
        out.figures(c, [(c.sentDuring, beyond.sent), (c.sentOpen, beyond.standing.open),
                        (c.sentAnswered, beyond.standing.answered), (c.sentResolved, beyond.standing.resolved)]
            .map { ($0.0, String($0.1)) })
        if beyond.total > 0 {
            out.table([(c.destinationColumn, false), (c.sentColumn, true), (c.open, true), (c.answered, true), (c.resolved, true)],
                      beyond.byDestination.map { [$0.unit.name, String($0.sent), String($0.standing.open),
                                                  String($0.standing.answered), String($0.standing.resolved)] })
            let news = beyond.items.filter(\.isNews)
            if !news.isEmpty {
                out.table([(c.numberColumn, true), (c.sentOnColumn, false), (c.stateColumn, false),
                           (c.destinationColumn, false), (c.titleColumn, false)],
                          news.map { [String($0.id), c.date(report.timeZone.localDate(of: $0.sentAt)), c.stateName($0.state),
                                      $0.to.name, $0.title] })
            }
            if news.count < beyond.total {
                out.paragraph(escaped(c.beyondListed(news.count, beyond.total)))
            }
        }

        out.heading(c.resolvedHeading)
        out.table([(c.numberColumn, true), (c.resolvedOnColumn, false), (c.localityColumn, false),
                   (c.ownerColumn, false), (c.titleColumn, false), (c.resolutionColumn, false)],
                  report.resolved.map { [String($0.id), c.date(report.timeZone.localDate(of: $0.resolvedAt)),
                                         $0.locality.name, $0.unit?.handle ?? "", $0.title, $0.resolution] },
                  none: c.none)

        out.heading(c.overdueHeading)
        out.table([(c.numberColumn, true), (c.dueColumn, false), (c.daysOverdueColumn, true), (c.ownerColumn, false),
                   (c.localityColumn, false), (c.titleColumn, false)],
                  report.overdue.map { [String($0.id), c.date($0.due), String($0.daysOverdue), $0.unit?.name ?? "",
                                        $0.locality.name, $0.title] },
                  none: end.overdue == 0 ? c.none : nil)
        if report.overdue.count < end.overdue {
            out.paragraph(escaped(c.overdueListed(report.overdue.count, end.overdue)))
        }

        out.heading(c.trendHeading)
        out.table([(c.weekColumn, false), (c.raised, true), (c.resolved, true)],
                  report.trend.map { [$0.period.description, String($0.raised), String($0.resolved)] })

        out.blank()
        out.line("_" + escaped(c.basis(report)) + "_")
    }

    /// `text` with every character Markdown could take for markup escaped by a backslash, and
    /// line breaks as spaces (a table row is one line).
    static func escaped(_ text: String) -> String {
        // Most names and titles have nothing to escape: seen from their bytes, they are kept.
        // (0xC2 and 0xE2 lead the line breaks outside ASCII: U+0085, U+2028, U+2029.)
        if !text.utf8.contains(where: { byte in
            byte < 0x20 || byte == 0xC2 || byte == 0xE2 || "\\`*_[]<>|&~!#".utf8.contains(byte)
        }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                result.append(" ")
            } else if "\\`*_[]<>|&~!#".contains(character) {
                result.append("\\")
                result.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Markdown written line by line, with blank lines between blocks.
struct MarkdownOutput {
    let output: OutputBuffer

    func line(_ text: String) {
        output.write(text)
        output.write(byte: 0x0A)
    }

    func blank() {
        output.write(byte: 0x0A)
    }

    func paragraph(_ text: String) {
        blank()
        line(text)
    }

    func heading(_ text: String, level: Int = 2) {
        blank()
        line(String(repeating: "#", count: level) + " " + MarkdownReport.escaped(text))
    }

    /// A two-column table of figures.
    func figures(_ catalogue: ReportCatalogue, _ rows: [(String, String)]) {
        table([(catalogue.figureColumn, false), (catalogue.countColumn, true)], rows.map { [$0.0, $0.1] })
    }

    /// A table with `columns` (header, whether right-aligned) and `rows`, every cell escaped;
    /// `none` instead when there is no row and it is given, nothing when it is not.
    func table(_ columns: [(String, Bool)], _ rows: [[String]], none: String? = nil) {
        if rows.isEmpty {
            if let none { paragraph(MarkdownReport.escaped(none)) }
            return
        }
        blank()
        line("| " + columns.map { MarkdownReport.escaped($0.0) }.joined(separator: " | ") + " |")
        line("| " + columns.map { $0.1 ? "---:" : "---" }.joined(separator: " | ") + " |")
        for row in rows {
            line("| " + row.map(MarkdownReport.escaped).joined(separator: " | ") + " |")
        }
    }
}
