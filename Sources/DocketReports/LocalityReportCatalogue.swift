import DocketCore

/// Every word of `report locality` that a person reads, in one language, beyond those it shares
/// with the weekly report (``ReportCatalogue``: the states' names, the figures' labels, dates).
/// A catalogue's ``ReportCatalogue/locality`` is the one in its language.
public struct LocalityReportCatalogue: Sendable {
    /// The report's name.
    public var reportTitle: String
    /// What the report is about: the locality (name and code), whether it is a province (its
    /// communes' problems included), and the instant as ``asOf`` writes it.
    public var about: @Sendable (_ locality: String, _ code: String, _ province: Bool, _ asOf: String) -> String
    /// The instant the problems stand at: the end of a day, or now (date and time, and the zone).
    public var asOf: @Sendable (_ endOfDay: Bool, _ date: String, _ time: String, _ zone: String) -> String
    /// The summary in a sentence.
    public var headline: @Sendable (LocalityReport.Totals) -> String
    /// The heading of the problems of one state: its name as the catalogue shows it, how many.
    public var stateHeading: @Sendable (_ state: String, _ count: Int) -> String
    /// The heading of the summary's figures.
    public var summaryHeading: String
    /// What an empty report says.
    public var none: String
    /// The heading of the units named in the text report's tables by code.
    public var unitsHeading: String
    /// The column of where a problem was sent (escalated to).
    public var sentToColumn: String
    /// The column of the latest response, resolution or reason for closing.
    public var latestColumn: String
    /// The column of the days open.
    public var daysOpenColumn: String
    /// The column of the days overdue.
    public var daysOverdueColumn: String
    /// The text tables' shorter headers of the days open and the days overdue, to leave the
    /// titles room in 80 columns, and the sentence under the summary that says they count days.
    public var textDaysColumns: (open: String, overdue: String, note: String)
    /// What the report is counted from.
    public var basis: String
}

extension ReportCatalogue {
    /// The words of `report locality` in this catalogue's language.
    public var locality: LocalityReportCatalogue {
        languageCode == "vi" ? .vietnamese : .english
    }
}

extension LocalityReportCatalogue {
    /// In English.
    public static let english = LocalityReportCatalogue(
        reportTitle: "Follow-up of the problems raised",
        about: { locality, code, province, asOf in
            "\(locality) (\(code)): the problems \(province ? "it and its communes and wards" : "it") raised, as they stood \(asOf)."
        },
        asOf: { endOfDay, date, time, zone in
            endOfDay ? "at the end of \(date) (\(zone))" : "on \(date) at \(time) (\(zone))"
        },
        headline: { t in
            "\(t.raised) problem\(t.raised == 1 ? "" : "s") raised: \(t.answered) answered, \(t.resolved) completely resolved, "
                + "\(t.closed) closed; \(t.open) open, \(t.overdue) of them overdue."
        },
        stateHeading: { state, count in "\(state): \(count) problem\(count == 1 ? "" : "s")" },
        summaryHeading: "Summary",
        none: "No problem had been raised by then.",
        unitsHeading: "Units",
        sentToColumn: "Sent to",
        latestColumn: "Latest response or resolution",
        daysOpenColumn: "Days open",
        daysOverdueColumn: "Days overdue",
        textDaysColumns: ("Open", "Overdue", "In the tables, Open and Overdue count days."),
        basis: "Each problem as its events up to then left it: the report as of a past day does not change."
    )

    /// In Vietnamese.
    public static let vietnamese = LocalityReportCatalogue(
        reportTitle: "Báo cáo tình hình giải quyết khó khăn, vướng mắc của địa phương",
        about: { locality, code, province, asOf in
            "\(locality) (\(code)): các vấn đề \(province ? "tỉnh, thành phố và các xã, phường trực thuộc" : "địa phương") đã nêu, tình hình \(asOf)."
        },
        asOf: { endOfDay, date, time, zone in
            endOfDay ? "đến hết ngày \(date) (\(zone))" : "đến \(time) ngày \(date) (\(zone))"
        },
        headline: { t in
            "Đã ghi nhận \(t.raised) vấn đề: đã trả lời \(t.answered), đã giải quyết dứt điểm \(t.resolved), đã đóng \(t.closed); "
                + "còn \(t.open) vấn đề chưa giải quyết, trong đó \(t.overdue) vấn đề quá hạn."
        },
        stateHeading: { state, count in "Trạng thái \(state): \(count) vấn đề" },
        summaryHeading: "Tổng hợp",
        none: "Đến thời điểm này chưa có vấn đề nào được ghi nhận.",
        unitsHeading: "Đơn vị",
        sentToColumn: "Chuyển đến",
        latestColumn: "Trả lời hoặc kết quả giải quyết gần nhất",
        daysOpenColumn: "Số ngày",
        daysOverdueColumn: "Số ngày quá hạn",
        textDaysColumns: ("Số ngày", "Quá hạn", "Trong các bảng, cột Số ngày và Quá hạn tính bằng ngày."),
        basis: "Mỗi vấn đề theo các sự việc diễn ra đến thời điểm đó: báo cáo tính đến một ngày đã qua không thay đổi."
    )
}
