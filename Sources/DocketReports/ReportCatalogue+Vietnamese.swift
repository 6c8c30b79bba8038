import DocketCore

extension ReportCatalogue {
    /// The report in Vietnamese, as a ministry sends it up: dates day/month/year, a decimal
    /// comma, and the workflow's states named in Vietnamese with the name people type after them.
    public static let vietnamese = ReportCatalogue(
        languageCode: "vi",
        reportTitle: "Báo cáo tình hình giải quyết khó khăn, vướng mắc hằng tuần",
        period: { week, monday, sunday, zone in "Tuần \(week): từ thứ Hai \(monday) đến Chủ nhật \(sunday), múi giờ \(zone)" },
        headline: { report in
            let end = report.endOfWeek
            let groups = report.groups
            let groupText = groups.total == 0
                ? ""
                : "\(groups.total) nhóm khó khăn, vướng mắc, đã giải quyết dứt điểm \(groups.resolved) nhóm; "
            // A sentence starts with a capital: "Đã ghi nhận" when no group comes before it.
            let recorded = groups.total == 0 ? "Đã ghi nhận" : "đã ghi nhận"
            return groupText + "\(recorded) \(end.totalRaised) vấn đề, đã giải quyết dứt điểm \(end.totalResolved) "
                + "và đã trả lời \(end.totalAnswered - end.totalResolved) vấn đề; tỷ lệ giải quyết "
                + "\(percentage(end.resolutionRate, decimalMark: ","))."
        },
        basis: { nextMonday, zone in
            "Số liệu tính theo các sự việc diễn ra trước 00:00 thứ Hai \(nextMonday) (\(zone)): báo cáo của một tuần đã qua không thay đổi."
        },
        date: { date in
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(two(date.day))/\(two(date.month))/\(date.year)"
        },
        percent: { percentage($0, decimalMark: ",") },
        none: "Không có.",
        overdueListed: { listed, total in
            listed == 0
                ? "Không liệt kê vấn đề nào trong số \(total) vấn đề quá hạn."
                : "Liệt kê \(listed) vấn đề quá hạn lâu nhất trong số \(total) vấn đề."
        },
        duringHeading: "Trong tuần",
        endOfWeekHeading: "Đến cuối tuần",
        byStateHeading: "Vấn đề chưa giải quyết, theo trạng thái",
        groupsHeading: "Nhóm khó khăn, vướng mắc",
        unitsHeading: "Theo đơn vị chủ trì",
        provincesHeading: "Theo tỉnh, thành phố",
        resolvedHeading: "Đã giải quyết dứt điểm trong tuần",
        overdueHeading: "Quá hạn đến cuối tuần",
        trendHeading: "Ghi nhận và giải quyết trong tám tuần gần nhất",
        // Short, for they head the columns of the tables by unit and by province too.
        raised: "Ghi nhận",
        assigned: "Được giao",
        answered: "Trả lời",
        escalated: "Chuyển lên",
        resolved: "Giải quyết",
        reopened: "Mở lại",
        closed: "Đóng",
        open: "Còn tồn",
        overdue: "Quá hạn",
        totalRaised: "Tổng số đã ghi nhận",
        totalAnswered: "Đã trả lời hoặc giải quyết",
        totalResolved: "Đã giải quyết dứt điểm",
        totalClosed: "Đã đóng",
        resolutionRate: "Tỷ lệ giải quyết",
        stateName: { state in
            let names = [
                "raised": "mới ghi nhận", "assigned": "đã giao", "answered": "đã trả lời",
                "escalated": "đã chuyển", "resolved": "đã giải quyết", "closed": "đã đóng",
            ]
            return names[state].map { "\($0) (\(state))" } ?? state
        },
        groupsTotal: "Nhóm có vấn đề đã ghi nhận",
        groupsResolved: "Nhóm đã giải quyết dứt điểm",
        figureColumn: "Chỉ tiêu",
        countColumn: "Số lượng",
        unitColumn: "Đơn vị",
        nameColumn: "Tên",
        codeColumn: "Mã",
        provinceColumn: "Tỉnh, thành phố",
        numberColumn: "Số",
        titleColumn: "Nội dung",
        localityColumn: "Địa phương",
        ownerColumn: "Đơn vị chủ trì",
        resolvedOnColumn: "Ngày giải quyết",
        resolvedOn: { "giải quyết ngày \($0)" },
        resolutionColumn: "Kết quả giải quyết",
        dueColumn: "Hạn",
        stateColumn: "Trạng thái",
        weekColumn: "Tuần",
        trendChartDescription: "Số vấn đề ghi nhận và số vấn đề giải quyết trong từng tuần của tám tuần gần nhất",
        unitChartDescription: "Vấn đề mỗi đơn vị chủ trì đến cuối tuần: đã giải quyết, chưa giải quyết, quá hạn và đã đóng",
        openNotOverdue: "Chưa giải quyết, chưa quá hạn"
    )
}
