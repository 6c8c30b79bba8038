import DocketCore
import DocketTesting
import Testing
@testable import DocketReports

@Suite struct TheTextReportFitsAnEightyColumnTerminal {
    /// Every line of the sample, figures worked out in the store's tests: headings underlined,
    /// figures right-aligned, tables aligned by display width, the resolution read whole.
    @Test func theSampleReportExactly() {
        #expect(ReportFormat.text.render(SampleReport.report) == """
            Weekly resolution report
            ========================
            2025-W35: Monday 2025-08-25 to Sunday 2025-08-31, Asia/Ho_Chi_Minh

            1 group of difficulties, 0 completely resolved; 5 problems raised to date, 1
            completely resolved and 0 answered; resolution rate 25.0%.

            During the week
            ---------------
            Raised     2
            Assigned   3
            Answered   0
            Escalated  1
            Resolved   1
            Reopened   0
            Closed     1

            At the end of the week
            ----------------------
            Open                      3
            Overdue                   2
            Raised to date            5
            Answered or resolved      1
            Completely resolved       1
            Closed                    1
            Resolution rate       25.0%

            Open problems by state
            ----------------------
            raised     0
            assigned   2
            answered   0
            escalated  1

            Groups
            ------
            Groups with a problem raised  1
            Groups completely resolved    0

            By unit
            -------
            Unit    Name            Assigned  Resolved  Open  Overdue  Closed
            cuc-vt  Cục Viễn thông         3         1     2        1       0
            vu-pc   Vụ Pháp chế            1         0     1        1       0
                    (no unit)              1         0     0        0       1

            By province
            -----------
            Code  Province  Raised  Resolved  Open  Closed
            01    Hà Nội         2         0     1       1
            75    Đồng Nai       1         0     1       0
            92    Cần Thơ        2         1     1       0

            Sent beyond the ministry's authority
            ------------------------------------
            Sent during the week               1
            Of all sent, still open            1
            Of all sent, answered or resolved  0
            Of all sent, completely resolved   0

            Sent to    Sent  Open  Answered  Resolved
            Chính phủ     1     1         0         0

            #  Sent on     State      Sent to    Title
            3  2025-08-29  escalated  Chính phủ  <script>alert('x')</script> Cáp quang ngầm

            Resolved during the week
            ------------------------
            #1  Giá thuê hạ tầng viễn thông chưa thống nhất
                Cần Thơ · cuc-vt · resolved on 2025-08-26
                Đã thống nhất khung giá thuê | mức *trần*

            Overdue at the end of the week
            ------------------------------
            #  Due         Days  Owner           Locality  Title
            2  2025-08-27     4  Vụ Pháp chế     Hà Nội    Thủ tục "một cửa", liên thông ch…
            3  2025-08-30     1  Cục Viễn thông  Đồng Nai  <script>alert('x')</script> Cáp …

            Raised and resolved, the last eight weeks
            -----------------------------------------
            Week      Raised  Resolved
            2025-W28       0         0
            2025-W29       0         0
            2025-W30       0         0
            2025-W31       0         0
            2025-W32       0         0
            2025-W33       0         0
            2025-W34       3         0
            2025-W35       2         1

            Counted from the events that happened before Monday 2025-09-01 00:00
            (Asia/Ho_Chi_Minh): the report of a past week does not change.

            """)
    }

    /// Long Vietnamese titles, names and resolutions, composed or decomposed: no line is wider
    /// than 80 columns, and a decomposed report lines up exactly like a composed one.
    @Test func longVietnameseTextStaysWithinEightyColumns() {
        var report = SampleReport.report
        let long = "Khó khăn, vướng mắc trong việc thực hiện thủ tục hành chính liên thông giữa các bộ, ngành và địa phương"
        report.units[0].unit?.name = "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia thuộc Bộ Khoa học và Công nghệ"
        report.overdue[0].title = long
        report.beyondAuthority.items[0].title = long
        report.resolved[0].title = long
        report.resolved[0].resolution = long + ": " + long + ". Mộtchữrấtdàikhôngcókhoảngtrắngnàotrongsuốtcảdòngnàyđểcắtđượcchođúng"
        let text = ReportFormat.text.render(report)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.columns(String(line)) <= 80, "\(line)")
        }
        #expect(text.contains("Khó khăn, vướng mắc"))
        #expect(text.contains("…"))
        let decomposed = ReportFormat.text.render(report.mappingText(nfd))
        #expect(nfd(decomposed) == nfd(text))
    }
}
