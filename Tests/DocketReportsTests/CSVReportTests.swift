import DocketCore
import Testing
@testable import DocketReports

@Suite struct TheCSVReportIsOneTableOfFigures {
    /// The sample as CSV: one header, a row per figure, CRLF line ends, a title with a quote
    /// and a comma quoted.
    @Test func theSampleReportExactly() {
        let expected: String = """
            section,measure,value,period,unit,unit_name,locality,locality_name,problem,title
            report,week,2025-W35,,,,,,,
            report,from,2025-08-25,,,,,,,
            report,to,2025-08-31,,,,,,,
            report,timezone,Asia/Ho_Chi_Minh,,,,,,,
            report,complete,true,,,,,,,
            report,as_of,2025-09-01T00:00:00+07:00,,,,,,,
            during,raised,2,,,,,,,
            during,assigned,3,,,,,,,
            during,answered,0,,,,,,,
            during,escalated,1,,,,,,,
            during,resolved,1,,,,,,,
            during,reopened,0,,,,,,,
            during,closed,1,,,,,,,
            during,resolved_problems,1,,,,,,,
            end_of_week,open,3,,,,,,,
            end_of_week,overdue,2,,,,,,,
            end_of_week,total_raised,5,,,,,,,
            end_of_week,total_answered,1,,,,,,,
            end_of_week,total_resolved,1,,,,,,,
            end_of_week,resolution_rate,0.25,,,,,,,
            end_of_week,total_closed,1,,,,,,,
            by_state,raised,0,,,,,,,
            by_state,assigned,2,,,,,,,
            by_state,answered,0,,,,,,,
            by_state,escalated,1,,,,,,,
            groups,total,1,,,,,,,
            groups,resolved,0,,,,,,,
            by_unit,assigned,3,,cuc-vt,Cục Viễn thông,,,,
            by_unit,resolved,1,,cuc-vt,Cục Viễn thông,,,,
            by_unit,open,2,,cuc-vt,Cục Viễn thông,,,,
            by_unit,overdue,1,,cuc-vt,Cục Viễn thông,,,,
            by_unit,closed,0,,cuc-vt,Cục Viễn thông,,,,
            by_unit,assigned,1,,vu-pc,Vụ Pháp chế,,,,
            by_unit,resolved,0,,vu-pc,Vụ Pháp chế,,,,
            by_unit,open,1,,vu-pc,Vụ Pháp chế,,,,
            by_unit,overdue,1,,vu-pc,Vụ Pháp chế,,,,
            by_unit,closed,0,,vu-pc,Vụ Pháp chế,,,,
            by_unit,assigned,1,,,,,,,
            by_unit,resolved,0,,,,,,,
            by_unit,open,0,,,,,,,
            by_unit,overdue,0,,,,,,,
            by_unit,closed,1,,,,,,,
            by_locality,raised,2,,,,01,Hà Nội,,
            by_locality,resolved,0,,,,01,Hà Nội,,
            by_locality,open,1,,,,01,Hà Nội,,
            by_locality,closed,1,,,,01,Hà Nội,,
            by_locality,raised,1,,,,75,Đồng Nai,,
            by_locality,resolved,0,,,,75,Đồng Nai,,
            by_locality,open,1,,,,75,Đồng Nai,,
            by_locality,closed,0,,,,75,Đồng Nai,,
            by_locality,raised,2,,,,92,Cần Thơ,,
            by_locality,resolved,1,,,,92,Cần Thơ,,
            by_locality,open,1,,,,92,Cần Thơ,,
            by_locality,closed,0,,,,92,Cần Thơ,,
            beyond_authority,sent,1,,,,,,,
            beyond_authority,open,1,,,,,,,
            beyond_authority,answered,0,,,,,,,
            beyond_authority,resolved,0,,,,,,,
            by_destination,sent,1,,chinh-phu,Chính phủ,,,,
            by_destination,open,1,,chinh-phu,Chính phủ,,,,
            by_destination,answered,0,,chinh-phu,Chính phủ,,,,
            by_destination,resolved,0,,chinh-phu,Chính phủ,,,,
            sent,sent_at,2025-08-29T09:00:00+07:00,,chinh-phu,Chính phủ,,,3,<script>alert('x')</script> Cáp quang ngầm
            sent,state,escalated,,chinh-phu,Chính phủ,,,3,<script>alert('x')</script> Cáp quang ngầm
            resolved,resolved_at,2025-08-26T09:00:00+07:00,,cuc-vt,Cục Viễn thông,92,Cần Thơ,1,Giá thuê hạ tầng viễn thông chưa thống nhất
            resolved,resolution,Đã thống nhất khung giá thuê | mức *trần*,,cuc-vt,Cục Viễn thông,92,Cần Thơ,1,Giá thuê hạ tầng viễn thông chưa thống nhất
            overdue,due,2025-08-27,,vu-pc,Vụ Pháp chế,01,Hà Nội,2,"Thủ tục ""một cửa"", liên thông chồng chéo"
            overdue,days_overdue,4,,vu-pc,Vụ Pháp chế,01,Hà Nội,2,"Thủ tục ""một cửa"", liên thông chồng chéo"
            overdue,due,2025-08-30,,cuc-vt,Cục Viễn thông,75,Đồng Nai,3,<script>alert('x')</script> Cáp quang ngầm
            overdue,days_overdue,1,,cuc-vt,Cục Viễn thông,75,Đồng Nai,3,<script>alert('x')</script> Cáp quang ngầm
            trend,raised,0,2025-W28,,,,,,
            trend,resolved,0,2025-W28,,,,,,
            trend,raised,0,2025-W29,,,,,,
            trend,resolved,0,2025-W29,,,,,,
            trend,raised,0,2025-W30,,,,,,
            trend,resolved,0,2025-W30,,,,,,
            trend,raised,0,2025-W31,,,,,,
            trend,resolved,0,2025-W31,,,,,,
            trend,raised,0,2025-W32,,,,,,
            trend,resolved,0,2025-W32,,,,,,
            trend,raised,0,2025-W33,,,,,,
            trend,resolved,0,2025-W33,,,,,,
            trend,raised,3,2025-W34,,,,,,
            trend,resolved,0,2025-W34,,,,,,
            trend,raised,2,2025-W35,,,,,,
            trend,resolved,1,2025-W35,,,,,,

            """
        #expect(ReportFormat.csv.render(SampleReport.report) == expected.replacing("\n", with: "\r\n"))
    }

    /// What it writes reads back with docket's own RFC 4180 reader: every row has the header's
    /// ten fields, and the texts come back exactly.
    @Test func itReadsBackWithEveryRowComplete() throws {
        let output = OutputBuffer()
        CSVReport.write(SampleReport.report, to: output)
        var reader = CSVReader(bytes: output.bytes)
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        #expect(rows[0] == CSVReport.header)
        #expect(rows.count == 1 + 6 + 8 + 7 + 4 + 2 + 15 + 12 + 4 + 4 + 2 + 2 + 4 + 16)
        #expect(rows.allSatisfy { $0.count == 10 })
        #expect(rows.contains(["overdue", "due", "2025-08-27", "", "vu-pc", "Vụ Pháp chế", "01", "Hà Nội", "2",
                               "Thủ tục \"một cửa\", liên thông chồng chéo"]))
    }
}
