import DocketCore
import Testing
@testable import DocketReports

@Suite struct TheHTMLReportIsOneSafeSelfContainedPage {
    let html = ReportFormat.html.render(SampleReport.report)

    /// A title of `<script>alert('x')</script>` is shown as text: escaped, never markup.
    @Test func aScriptInATitleIsEscaped() {
        #expect(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Cáp quang ngầm</td>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<td>Thủ tục &quot;một cửa&quot;, liên thông chồng chéo</td>"))
        #expect(html.contains("<td>Đã thống nhất khung giá thuê | mức *trần*</td>"))
    }

    /// Markup in every text people wrote — unit and locality codes and names, titles,
    /// resolutions — comes out as text: each field's tag appears escaped as often as the plain
    /// page shows the field, and never as a tag.
    @Test func markupInEveryFieldIsEscaped() {
        let marked = ReportFormat.html.render(SampleReport.report.mappingText { "<i data-x=\"1\">" + $0 + "</i>" })
        #expect(!marked.contains("<i "))
        #expect(!marked.contains("</i>"))
        #expect(marked.contains("&lt;i data-x=&quot;1&quot;&gt;cuc-vt&lt;/i&gt;"))
        #expect(marked.contains("&lt;i data-x=&quot;1&quot;&gt;Cục Viễn thông&lt;/i&gt;"))
        #expect(marked.contains("&lt;i data-x=&quot;1&quot;&gt;Đồng Nai&lt;/i&gt;"))
        // Every place a field is shown, it shows wrapped; only the chart's labels, cut to fit
        // with "…" before they are escaped, lose their closing tag — and no entity is cut.
        let opening = marked.components(separatedBy: "&lt;i data-x=&quot;1&quot;&gt;").count - 1
        let closing = marked.components(separatedBy: "&lt;/i&gt;").count - 1
        #expect(opening == 37)
        #expect(closing == 34)
        #expect(marked.contains("&lt;i data-x=&quot;1&quot;&gt;cuc-v…"))
        #expect(marked.contains("&lt;i data-x=&quot;1&quot;&gt;vu-pc…"))
        #expect(marked.firstMatch(of: /&[A-Za-z#0-9]*…/) == nil)
    }

    /// Nothing is fetched: no URL, no `src` or `href`, no script, no external style.
    @Test func nothingComesFromTheNetwork() {
        #expect(!html.contains("http"))
        #expect(!html.contains("src="))
        #expect(!html.contains("href="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
    }

    /// An HTML5 page in the catalogue's language, UTF-8, with its style inline and A4 print rules.
    @Test func aPageInItsLanguageThatPrintsOnA4() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        #expect(html.contains("<title>Weekly resolution report 2025-W35</title>"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<p class=\"headline\">1 group of difficulties, 0 completely resolved; 5 problems raised to date, 1 completely resolved and 0 answered; resolution rate 25.0%.</p>"))
    }

    /// Three inline SVG charts: the trend, a pair of bars per week (16); a bar per unit in
    /// parts — cuc-vt resolved 1, open 1, overdue 1; vu-pc overdue 1; no unit, closed 1; and
    /// a bar per destination of what was sent beyond the ministry's authority — Bộ Tài chính,
    /// open 1 — with their legends.
    @Test func theChartsAreInlineSVG() {
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.components(separatedBy: "<rect class=\"bar raised\"").count - 1 == 8)
        #expect(html.components(separatedBy: "<rect class=\"bar resolved\"").count - 1 == 8 + 1)
        #expect(html.components(separatedBy: "<rect class=\"bar open\"").count - 1 == 1 + 1)
        #expect(html.components(separatedBy: "<rect class=\"bar closed\"").count - 1 == 1)
        #expect(html.components(separatedBy: "<rect class=\"bar overdue\"").count - 1 == 2)
        #expect(html.contains("<title id=\"trend-title\">Problems raised and problems resolved in each of the last eight weeks</title>"))
        #expect(html.contains("<title>2025-W34: Raised 3</title>"))
        // The trend's scale: a peak of 3 gives steps of 1 up to 3.
        #expect(HTMLReport.scale(3) == (1, 3))
        #expect(HTMLReport.scale(0) == (1, 1))
        #expect(HTMLReport.scale(7) == (2, 8))
        #expect(HTMLReport.scale(23) == (5, 25))
        #expect(HTMLReport.scale(1234) == (500, 1500))
    }

    /// A week with nothing in it: lists say so, and there is no unit chart to draw.
    @Test func anEmptyWeekSaysNone() {
        var report = SampleReport.report
        report.units = []
        report.provinces = []
        report.resolved = []
        report.overdue = []
        report.endOfWeek.overdue = 0
        report.beyondAuthority = .init(items: [])
        let page = ReportFormat.html.render(report)
        #expect(page.components(separatedBy: "<p class=\"none\">None.</p>").count - 1 == 4)
        #expect(page.components(separatedBy: "<svg ").count - 1 == 1)
    }
}

@Suite struct AnOverdueListCutShortSaysSo {
    /// The report lists the longest overdue up to a limit: every human format says how many
    /// of how many; with none listed, it says that rather than "None.".
    @Test func everyHumanFormatSaysHowManyOfHowMany() {
        var report = SampleReport.report
        report.overdue.removeLast()
        let text = ReportFormat.text.render(report)
        #expect(text.contains("""
            #  Due         Days  Owner        Locality  Title
            2  2025-08-27     4  Vụ Pháp chế  Hà Nội    Thủ tục "một cửa", liên thông chồng…
            The 1 longest overdue of 2 are listed.

            """))
        #expect(ReportFormat.markdown.render(report).contains("""
            | 2 | 2025-08-27 | 4 | Vụ Pháp chế | Hà Nội | Thủ tục "một cửa", liên thông chồng chéo |

            The 1 longest overdue of 2 are listed.

            """))
        #expect(ReportFormat.html.render(report).contains("</table>\n<p class=\"note\">The 1 longest overdue of 2 are listed.</p>\n"))
        report.overdue = []
        let none = ReportFormat.text.render(report)
        #expect(none.contains("""
            Overdue at the end of the week
            ------------------------------
            None of the 2 is listed.

            """))
    }
}

@Suite struct EveryWordOfTheReportComesFromTheCatalogue {
    /// The sample rendered with a catalogue of other words: no English word of the built-in
    /// catalogue is left in the text, Markdown or HTML, so a Vietnamese catalogue translates all.
    @Test func anotherCatalogueLeavesNoEnglish() {
        let english = ReportCatalogue.english
        let labels = [
            english.reportTitle, english.none, english.duringHeading, english.endOfWeekHeading,
            english.byStateHeading, english.groupsHeading, english.unitsHeading, english.provincesHeading,
            english.resolvedHeading, english.overdueHeading, english.trendHeading, english.raised, english.assigned,
            english.answered, english.escalated, english.resolved, english.reopened, english.closed, english.open,
            english.overdue, english.totalRaised, english.totalAnswered, english.totalResolved, english.totalClosed,
            english.resolutionRate, english.groupsTotal, english.groupsResolved, english.figureColumn,
            english.countColumn, english.unitColumn, english.nameColumn, english.codeColumn, english.provinceColumn,
            english.titleColumn, english.localityColumn, english.ownerColumn, english.resolvedOnColumn,
            english.resolutionColumn, english.dueColumn, english.stateColumn, english.weekColumn,
            english.trendChartDescription, english.unitChartDescription, english.openNotOverdue,
            "Monday", "Sunday", "group", "problem", "Counted", "longest",
        ]
        for format in [ReportFormat.text, .markdown, .html] {
            var report = SampleReport.report
            report.overdue.removeLast()  // so that the note on a list cut short is there too
            var rendered = format.render(report, catalogue: .pseudo)
            // The style sheet's words are CSS, not English for readers.
            if let start = rendered.range(of: "<style>"), let end = rendered.range(of: "</style>") {
                rendered.removeSubrange(start.lowerBound..<end.upperBound)
            }
            for label in labels {
                #expect(!rendered.contains(label), "\(format): '\(label)'")
            }
            #expect(rendered.contains("«"))
        }
    }
}

extension ReportCatalogue {
    /// Every word replaced by a mark, as a translation would replace it.
    static let pseudo = ReportCatalogue(
        languageCode: "x-pseudo", adapt: { _, _ in }, reportTitle: "«1»", period: { "«2 \($0.period) \($0.from) \($0.to)»" },
        headline: { "«3 \($0.endOfWeek.totalRaised)»" }, basis: { "«4 \($0.period.to)»" }, date: { "«\($0)»" },
        percent: { "«\($0)»" }, none: "«5»", overdueListed: { "«50 \($0) \($1)»" }, duringHeading: "«6»", endOfWeekHeading: "«7»", byStateHeading: "«8»",
        groupsHeading: "«9»", unitsHeading: "«10»", provincesHeading: "«11»", resolvedHeading: "«12»",
        overdueHeading: "«13»", trendHeading: "«14»", raised: "«15»", assigned: "«16»", answered: "«17»",
        escalated: "«18»", resolved: "«19»", reopened: "«20»", closed: "«21»", open: "«22»", overdue: "«23»",
        totalRaised: "«24»", totalAnswered: "«25»", totalResolved: "«26»", totalClosed: "«27»",
        resolutionRate: "«28»", stateName: { "«\($0)»" }, groupsTotal: "«29»", groupsResolved: "«30»",
        figureColumn: "«31»", countColumn: "«32»", unitColumn: "«33»", nameColumn: "«34»", codeColumn: "«35»",
        provinceColumn: "«36»", numberColumn: "«37»", titleColumn: "«38»", localityColumn: "«39»",
        ownerColumn: "«40»", resolvedOnColumn: "«41»", resolvedOn: { "«42 \($0)»" }, resolutionColumn: "«43»",
        dueColumn: "«44»", stateColumn: "«45»", weekColumn: "«46»", noUnit: "«51»",
        resolvedCountsProblems: { "«52 \($0) \($1)»" }, daysOverdueColumn: "«53»", beyondHeading: "«54»",
        sentDuring: "«55»", sentOpen: "«56»", sentAnswered: "«57»", sentResolved: "«58»", sentColumn: "«59»",
        destinationColumn: "«60»", sentOnColumn: "«61»", beyondListed: { "«62 \($0) \($1)»" },
        trendChartDescription: "«47»", unitChartDescription: "«48»", beyondChartDescription: "«63»",
        openNotOverdue: "«49»")
}
