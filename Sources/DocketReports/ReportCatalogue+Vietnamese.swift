import DocketCore

extension ReportCatalogue {
    /// The report in Vietnamese, as a ministry sends it up: dates day/month/year, a decimal
    /// comma, and the workflow's states named in Vietnamese with the name people type after them.
    public static let vietnamese = ReportCatalogue(
        languageCode: "vi",
        adapt: { c, report in
            let period = report.period
            let noun = vietnameseNoun(period)
            let title = "Báo cáo tình hình giải quyết khó khăn, vướng mắc"
            c.reportTitle = switch period.kind {
            case .week: title + " hằng tuần"
            case .month: title + " hằng tháng"
            case .quarter: title + " hằng quý"
            case .half: title + " 6 tháng"
            case .year: title + " năm"
            case .days: title
            }
            c.duringHeading = "Trong \(noun)"
            c.endOfWeekHeading = report.complete ? "Đến cuối \(noun)" : "Đến thời điểm báo cáo"
            c.resolvedHeading = "Đã giải quyết dứt điểm trong \(noun)"
            c.overdueHeading = report.complete ? "Quá hạn đến cuối \(noun)" : "Quá hạn đến thời điểm báo cáo"
            c.trendHeading = period.week != nil ? "Ghi nhận và giải quyết trong tám tuần gần nhất"
                : period.hasMonthlyTrend ? "Ghi nhận và giải quyết theo tháng" : "Ghi nhận và giải quyết theo tuần"
            c.weekColumn = period.hasMonthlyTrend ? "Tháng" : "Tuần"
            c.sentDuring = "Đã chuyển trong \(noun)"
            c.unitChartDescription = "Vấn đề mỗi đơn vị chủ trì đến cuối \(noun): đã giải quyết, chưa giải quyết, quá hạn và đã đóng"
            c.trendChartDescription = "Số vấn đề ghi nhận và số vấn đề giải quyết trong từng \(period.hasMonthlyTrend ? "tháng" : "tuần")"
                + (period.week != nil ? " của tám tuần gần nhất" : " của \(noun)")
        },
        reportTitle: "Báo cáo tình hình giải quyết khó khăn, vướng mắc hằng tuần",
        period: { report in
            let zone = report.timeZone.identifier
            let from = vietnameseDate(report.from), to = vietnameseDate(report.to)
            return switch report.period.kind {
            case .week(let week): "Tuần \(week): từ thứ Hai \(from) đến Chủ nhật \(to), múi giờ \(zone)"
            case .month(let year, let month): "Tháng \(month < 10 ? "0" : "")\(month)/\(year): từ \(from) đến \(to), múi giờ \(zone)"
            case .quarter(let year, let quarter): "Quý \(["I", "II", "III", "IV"][quarter - 1]) năm \(year): từ \(from) đến \(to), múi giờ \(zone)"
            case .half(let year, let half): "\(half == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm") \(year): từ \(from) đến \(to), múi giờ \(zone)"
            case .year(let year): "Năm \(year): từ \(from) đến \(to), múi giờ \(zone)"
            case .days: "Từ \(from) đến \(to), múi giờ \(zone)"
            }
        },
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
        basis: { report in
            let zone = report.timeZone.identifier
            let noun = vietnameseNoun(report.period)
            guard report.complete else {
                let asOf = report.timeZone.localDateTime(of: report.asOf)
                let time = "\(asOf.hour < 10 ? "0" : "")\(asOf.hour):\(asOf.minute < 10 ? "0" : "")\(asOf.minute)"
                return "Kỳ báo cáo đang diễn ra: số liệu tính đến \(time) ngày \(vietnameseDate(asOf.date)) (\(zone)) và sẽ còn thay đổi."
            }
            let day = vietnameseDate(report.period.to.adding(days: 1))
            let weekday = report.period.week != nil ? "thứ Hai " : "ngày "
            return "Số liệu tính theo các sự việc diễn ra trước 00:00 \(weekday)\(day) (\(zone)): báo cáo của một \(noun) đã qua không thay đổi."
        },
        date: { vietnameseDate($0) },
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
        noUnit: "(chưa giao đơn vị)",
        resolvedCountsProblems: { problems, resolutions in
            "Số giải quyết tính theo vấn đề: \(problems) vấn đề đã giải quyết và vẫn giải quyết đến cuối kỳ, trong \(resolutions) lần ghi nhận giải quyết (vấn đề giải quyết, mở lại rồi giải quyết lại chỉ tính một lần)."
        },
        daysOverdueColumn: "Số ngày",
        beyondHeading: "Kiến nghị vượt thẩm quyền đã chuyển bộ, ngành, Chính phủ",
        sentDuring: "Đã chuyển trong tuần",
        sentOpen: "Trong tổng số đã chuyển, chưa giải quyết",
        sentAnswered: "Trong tổng số đã chuyển, đã trả lời hoặc giải quyết",
        sentResolved: "Trong tổng số đã chuyển, đã giải quyết dứt điểm",
        sentColumn: "Đã chuyển",
        destinationColumn: "Chuyển đến",
        sentOnColumn: "Ngày chuyển",
        beyondListed: { listed, total in
            "Liệt kê \(listed) vấn đề chưa giải quyết, hoặc đã chuyển hay đã giải quyết trong kỳ, trong tổng số \(total) vấn đề đã chuyển."
        },
        trendChartDescription: "Số vấn đề ghi nhận và số vấn đề giải quyết trong từng tuần của tám tuần gần nhất",
        unitChartDescription: "Vấn đề mỗi đơn vị chủ trì đến cuối tuần: đã giải quyết, chưa giải quyết, quá hạn và đã đóng",
        beyondChartDescription: "Vấn đề đã chuyển đến từng bộ, ngành hoặc Chính phủ: đã giải quyết, đã trả lời, chưa giải quyết và đã đóng",
        openNotOverdue: "Chưa giải quyết, chưa quá hạn"
    )

    /// What the period is called in a sentence: "tuần", "tháng", "quý", "6 tháng", "năm", "kỳ".
    static func vietnameseNoun(_ period: ReportPeriod) -> String {
        switch period.kind {
        case .week: "tuần"
        case .month: "tháng"
        case .quarter: "quý"
        case .half: "6 tháng"
        case .year: "năm"
        case .days: "kỳ"
        }
    }

    /// A date as Vietnamese documents write it: 05/02/2026.
    static func vietnameseDate(_ date: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }
}
