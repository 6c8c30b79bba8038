import DocketCore
import Testing
@testable import DocketReports

@Suite struct TheReportReadsInVietnamese {
    let text = ReportFormat.text.render(SampleReport.report, catalogue: .vietnamese)

    @Test func headingsDatesAndTheRateAreVietnamese() {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Báo cáo tình hình giải quyết khó khăn, vướng mắc hằng tuần")
        #expect(lines[2] == "Tuần 2025-W35: từ thứ Hai 25/08/2025 đến Chủ nhật 31/08/2025, múi giờ Asia/Ho_Chi_Minh")
        #expect(text.contains("tỷ lệ giải quyết "))
        #expect(text.contains("Theo đơn vị chủ trì\n-------------------\n"))
        #expect(text.contains("Theo tỉnh, thành phố\n"))
        #expect(text.contains("đã giao (assigned)"))
        #expect(!text.contains("Weekly resolution report"))
        // A decimal comma, never a point, in every rate.
        #expect(text.firstMatch(of: /[0-9]\.[0-9]%/) == nil)
        #expect(text.firstMatch(of: /[0-9],[0-9]%/) != nil)
    }

    @Test func theHTMLPageSaysItsLanguage() {
        let html = ReportFormat.html.render(SampleReport.report, catalogue: .vietnamese)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">\n"))
        #expect(html.contains("<title>Báo cáo tình hình giải quyết khó khăn, vướng mắc hằng tuần 2025-W35</title>"))
    }

    @Test func programsFormatsKeepTheirKeys() {
        #expect(ReportFormat.json.render(SampleReport.report, catalogue: .vietnamese)
                == ReportFormat.json.render(SampleReport.report))
        #expect(ReportFormat.csv.render(SampleReport.report, catalogue: .vietnamese)
                == ReportFormat.csv.render(SampleReport.report))
    }

    @Test func percentagesUseADecimalComma() {
        #expect(ReportCatalogue.vietnamese.percent(1.0 / 3.0) == "33,3%")
        #expect(ReportCatalogue.vietnamese.percent(0) == "0,0%")
        #expect(ReportCatalogue.vietnamese.percent(1) == "100,0%")
        #expect(ReportCatalogue.vietnamese.date(CivilDate(year: 2025, month: 9, day: 4)!) == "04/09/2025")
    }
}
