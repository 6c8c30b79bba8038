import DocketCore
import Testing
@testable import DocketReports

/// The heading of an official document (Decree 30/2020/NĐ-CP) that the Vietnamese reports for
/// people open with, line for line.
@Suite struct TheOfficialHeadingIsTheDecreesForm {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

    @Test func theDateLineWritesADayBelowTenAndTheFirstTwoMonthsWithALeadingZero() {
        #expect(OfficialHeading(issuer: nil, date: Self.day(2026, 2, 5)).dateLine == "Hà Nội, ngày 05 tháng 02 năm 2026")
        #expect(OfficialHeading(issuer: nil, date: Self.day(2026, 12, 12)).dateLine == "Hà Nội, ngày 12 tháng 12 năm 2026")
        #expect(OfficialHeading(issuer: nil, date: Self.day(2026, 1, 31)).dateLine == "Hà Nội, ngày 31 tháng 01 năm 2026")
        #expect(OfficialHeading(issuer: nil, date: Self.day(2026, 3, 9)).dateLine == "Hà Nội, ngày 09 tháng 3 năm 2026")
        #expect(OfficialHeading(issuer: nil, date: Self.day(2026, 12, 2)).dateLine == "Hà Nội, ngày 02 tháng 12 năm 2026")
    }

    @Test func theTextHeadingLinesExactly() {
        let output = OutputBuffer()
        OfficialHeading(issuer: "Bộ Khoa học và Công nghệ", date: Self.day(2026, 12, 2))
            .writeText(title: "Báo cáo tình hình giải quyết khó khăn, vướng mắc hằng tuần", to: output)
        #expect(output.text == """
                BỘ KHOA HỌC VÀ CÔNG NGHỆ           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        ────────                      Độc lập - Tự do - Hạnh phúc
                                                      ───────────────────────────
                                                   Hà Nội, ngày 02 tháng 12 năm 2026

                                                BÁO CÁO
                           Tình hình giải quyết khó khăn, vướng mắc hằng tuần


            """)
    }

    @Test func withoutAnIssuerItLeavesALineToFillByHand() {
        for issuer in [nil, "", "   "] as [String?] {
            let heading = OfficialHeading(issuer: issuer, date: Self.day(2026, 2, 5))
            #expect(heading.issuerLine == "……………")
            let output = OutputBuffer()
            heading.writeText(title: "Báo cáo x", to: output)
            #expect(output.text.hasPrefix("             ……………                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"))
        }
    }

    @Test func theMarkdownHeadingIsATwoColumnTableThenTheTitle() {
        let output = OutputBuffer()
        OfficialHeading(issuer: "Bộ <KH&CN>", date: Self.day(2026, 2, 5)).writeMarkdown(title: "Báo cáo tình hình", to: output)
        #expect(output.text == """
            | BỘ \\<KH\\&CN\\> | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
            | :---: | :---: |
            |  | **Độc lập - Tự do - Hạnh phúc** |
            |  | _Hà Nội, ngày 05 tháng 02 năm 2026_ |

            # BÁO CÁO

            **Tình hình**

            """)
    }

    @Test func theHTMLHeadingEscapesTheIssuerAndSetsTheDecreesMargins() {
        let html = OfficialHeading(issuer: "<script>x</script>", date: Self.day(2026, 2, 5)).html
        #expect(html.contains("<p class=\"body\">&lt;SCRIPT&gt;X&lt;/SCRIPT&gt;</p>"))
        #expect(html.contains("<p class=\"dateline\">Hà Nội, ngày 05 tháng 02 năm 2026</p>"))
        #expect(OfficialHeading.style.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"))
    }

    @Test func onlyAVietnameseReportTakesIt() {
        #expect(OfficialHeading.forReport(in: .english, issuer: "X", madeOn: Self.day(2026, 2, 5)) == nil)
        #expect(OfficialHeading.forReport(in: .vietnamese, issuer: "X", madeOn: Self.day(2026, 2, 5))
                == OfficialHeading(issuer: "X", date: Self.day(2026, 2, 5)))
    }

    @Test func theWeeklyReportInVietnameseOpensWithIt() {
        let heading = OfficialHeading(issuer: nil, date: Self.day(2026, 2, 5))
        for format in [ReportFormat.text, .markdown] {
            let plain = format.render(SampleReport.report, catalogue: .vietnamese)
            let official = format.render(SampleReport.report, catalogue: .vietnamese, officialHeading: heading)
            let output = OutputBuffer()
            if format == .text {
                heading.writeText(title: ReportCatalogue.vietnamese.reportTitle, to: output)
            } else {
                heading.writeMarkdown(title: ReportCatalogue.vietnamese.reportTitle, to: output)
            }
            #expect(official.hasPrefix(output.text))
            // After the heading, the report as it was, less its own title.
            let body = plain.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(format == .text ? 2 : 1)
            #expect(official.hasSuffix(body.joined(separator: "\n")))
        }
        let html = ReportFormat.html.render(SampleReport.report, catalogue: .vietnamese, officialHeading: heading)
        #expect(html.contains("<body class=\"official-document\">\n<header>\n<div class=\"official\">"))
        #expect(html.contains("<h1>BÁO CÁO<span class=\"subject\">Tình hình giải quyết khó khăn, vướng mắc hằng tuần</span></h1>"))
        #expect(html.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"))
    }

    @Test func anEnglishReportIsUnchanged() {
        for format in ReportFormat.allCases {
            #expect(format.render(SampleReport.report, catalogue: .english, officialHeading: nil)
                    == format.render(SampleReport.report))
        }
    }

    /// The headline's sentence starts with a capital letter in Vietnamese when there is no group to
    /// open it ("Đã ghi nhận…"), as it does after the groups' count.
    @Test func theVietnameseHeadlineStartsWithACapitalWithoutGroups() {
        var report = SampleReport.report
        report.groups = .init(total: 0, resolved: 0)
        #expect(ReportCatalogue.vietnamese.headline(report)
                == "Đã ghi nhận 5 vấn đề, đã giải quyết dứt điểm 1 và đã trả lời 0 vấn đề; tỷ lệ giải quyết 25,0%.")
        #expect(ReportCatalogue.vietnamese.headline(SampleReport.report).hasPrefix("1 nhóm khó khăn, vướng mắc, đã giải quyết dứt điểm 0 nhóm; đã ghi nhận 5 vấn đề"))
    }
}
