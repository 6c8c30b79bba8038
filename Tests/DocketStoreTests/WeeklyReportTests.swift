import DocketCore
import DocketStore
import DocketTesting
import Testing

/// A register whose history spans 2025-W34 to W37, built in two stages so that a week's report
/// can be taken before and after later events. Times are 09:00 in Hồ Chí Minh City unless said.
///
/// Stage one (W34, W35):
/// - #1 Cần Thơ, group 1: filed Mon 18 Aug (W34), assigned to cuc-vt due 29 Aug on 19 Aug,
///   resolved Tue 26 Aug (W35);
/// - #2 Hà Nội: filed 20 Aug, assigned to vu-pc due Wed 27 Aug on Mon 25 Aug — its deadline
///   passes inside W35;
/// - #3 Đồng Nai: filed at 23:59:59 on Sun 24 Aug, the last second of W34; assigned to cuc-vt
///   due Sun 31 Aug (the last day of W35) on 25 Aug;
/// - #4 Phường Ninh Kiều (a ward of Cần Thơ), group 1: filed at 2025-08-25T00:00:00+07:00,
///   exactly the start of W35; assigned to cuc-vt due Mon 1 Sep on 26 Aug;
/// - #5 Hà Nội: filed at 2025-08-24T17:00:00Z, the same instant written in UTC; closed on
///   Thu 28 Aug as a duplicate.
///
/// Stage two (W36, W37):
/// - #1 reopened Tue 2 Sep (back to assigned, to cuc-vt, keeping its deadline of 29 Aug), and
///   resolved again Tue 9 Sep (W37);
/// - #2 answered Wed 3 Sep; #4 resolved Thu 4 Sep; #6 Cần Thơ filed Fri 5 Sep.
struct ReportHistory {
    let fixture: RegisterFixture
    var register: Register { fixture.register }

    static let titles = [
        1: "Giá thuê hạ tầng viễn thông chưa thống nhất", 2: "Thủ tục chồng chéo giữa các bộ",
        3: "Cáp quang ngầm chậm triển khai", 4: "Thiếu cán bộ đo lường cấp phường",
        5: "Trùng với kiến nghị về thủ tục", 6: "Chữ ký số chuyên dùng",
    ]

    init() throws {
        fixture = try RegisterFixture()
        try fixture.addUnits()
        let at = RegisterFixture.at("2025-08-01")
        _ = try fixture.register.addGroup(title: "Hạ tầng viễn thông", at: at, actor: "test")
    }

    func apply(_ action: String, _ id: Int64, on date: String, unit: String? = nil, due: String? = nil,
               text: String? = nil) throws {
        try register.apply(.init(action: action, unit: unit, due: due.map { .date(RegisterFixture.date($0)) }, text: text),
                           to: id, at: RegisterFixture.at(date), as: .admin("test"))
    }

    func stageOne() throws {
        try fixture.file(Self.titles[1]!, at: "Cần Thơ", on: "2025-08-18", group: 1)
        try apply("assign", 1, on: "2025-08-19", unit: "cuc-vt", due: "2025-08-29")
        try fixture.file(Self.titles[2]!, at: "Hà Nội", on: "2025-08-20")
        try fixture.file(Self.titles[3]!, at: "Đồng Nai", on: "2025-08-24T23:59:59+07:00")
        try fixture.file(Self.titles[4]!, at: "Ninh Kiều", on: "2025-08-25T00:00:00+07:00", group: 1)
        try fixture.file(Self.titles[5]!, at: "Hà Nội", on: "2025-08-24T17:00:00Z")
        try apply("assign", 2, on: "2025-08-25", unit: "vu-pc", due: "2025-08-27")
        try apply("assign", 3, on: "2025-08-25", unit: "cuc-vt", due: "2025-08-31")
        try apply("assign", 4, on: "2025-08-26", unit: "cuc-vt", due: "2025-09-01")
        try apply("resolve", 1, on: "2025-08-26", text: "Đã thống nhất khung giá thuê")
        try apply("close", 5, on: "2025-08-28", text: "Trùng với kiến nghị #2")
    }

    func stageTwo() throws {
        try apply("reopen", 1, on: "2025-09-02", text: "Địa phương báo chưa áp dụng được")
        try apply("answer", 2, on: "2025-09-03", text: "Đã có văn bản hướng dẫn")
        try apply("resolve", 4, on: "2025-09-04", text: "Đã mở lớp bồi dưỡng")
        try fixture.file(Self.titles[6]!, at: "Cần Thơ", on: "2025-09-05")
        try apply("comment", 6, on: "2025-09-08T00:00:00+07:00", text: "Đang tổng hợp")
        try apply("resolve", 1, on: "2025-09-09", text: "Đã áp dụng khung giá mới")
    }

    static func week(_ n: Int) -> ISOWeek { ISOWeek(year: 2025, week: n)! }

    static let cucVT = NamedRef(code: "cuc-vt", name: "Cục Viễn thông")
    static let vuPC = NamedRef(code: "vu-pc", name: "Vụ Pháp chế")
    static let canTho = NamedRef(code: "92", name: "Cần Thơ")
    static let haNoi = NamedRef(code: "01", name: "Hà Nội")
    static let dongNai = NamedRef(code: "75", name: "Đồng Nai")

    static func states(raised: Int = 0, assigned: Int = 0, answered: Int = 0, escalated: Int = 0) -> [ResolutionReport.StateCount] {
        [.init(state: "raised", count: raised), .init(state: "assigned", count: assigned),
         .init(state: "answered", count: answered), .init(state: "escalated", count: escalated)]
    }

    /// The eight weeks ending with `last`, all zero but those given.
    static func trend(endingWith last: Int, _ figures: [Int: (Int, Int)]) -> [ResolutionReport.TrendPoint] {
        (last - 7...last).map { .init(period: .week(week($0)), raised: figures[$0]?.0 ?? 0, resolved: figures[$0]?.1 ?? 0) }
    }

    /// The end of week `n`: the next Monday 00:00 in Hồ Chí Minh City, the `as_of` of its report.
    static func end(ofWeek n: Int) -> Instant { week(n).interval(in: .hoChiMinh).end }
}

@Suite struct TheWeeklyReportCountsWhatStoodAtTheEndOfTheWeek {
    /// Every figure of W35 (25–31 Aug 2025), worked out by hand:
    /// - during: raised #4 and #5 (both exactly at Monday 00:00, one written in UTC) = 2;
    ///   assigned #2, #3, #4 = 3; resolved #1 = 1; closed #5 = 1;
    /// - at the end: #1 resolved, #2 #3 #4 assigned, #5 closed: open 3, all assigned;
    /// - overdue 1: #2 (due Wed 27, passed inside the week: 4 days on the Sunday); #3 is due
    ///   Sun 31, judged on that Sunday, when the whole due day is still allowed; #4 is due Mon
    ///   1 Sep, not yet;
    /// - raised 5, answered-or-resolved 1, resolved 1, closed 1: rate 1 ÷ (5 − 1) = 0.25;
    /// - group 1 (#1 resolved, #4 still open) counts, not resolved;
    /// - cuc-vt owns #1 #3 #4: 3, 1 resolved, 2 open, none overdue; vu-pc owns #2, overdue;
    ///   no unit owns #5, closed: the row of no unit, so that the rows add up to 5;
    /// - Hà Nội #2 #5 (one closed), Đồng Nai #3, Cần Thơ #1 and its ward's #4;
    /// - trend: W34 raised 3 (#1 #2 #3, #3 at its last second), W35 raised 2, resolved 1.
    @Test func everyFigureOfAWeekWorkedOutByHand() throws {
        let history = try ReportHistory()
        try history.stageOne()
        typealias H = ReportHistory
        let expected = ResolutionReport(
            period: .week(H.week(35)), timeZone: .hoChiMinh, complete: true, asOf: H.end(ofWeek: 35),
            during: .init(raised: 2, assigned: 3, answered: 0, escalated: 0, resolved: 1, reopened: 0, closed: 1),
            endOfWeek: .init(byState: H.states(assigned: 3), overdue: 1, totalRaised: 5, totalAnswered: 1,
                             totalResolved: 1, totalClosed: 1),
            groups: .init(total: 1, resolved: 0),
            units: [.init(unit: H.cucVT, assigned: 3, resolved: 1, open: 2, closed: 0, overdue: 0),
                    .init(unit: H.vuPC, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 1),
                    .init(unit: nil, assigned: 1, resolved: 0, open: 0, closed: 1, overdue: 0)],
            provinces: [.init(province: H.haNoi, raised: 2, resolved: 0, open: 1, closed: 1),
                        .init(province: H.dongNai, raised: 1, resolved: 0, open: 1, closed: 0),
                        .init(province: H.canTho, raised: 2, resolved: 1, open: 1, closed: 0)],
            resolved: [.init(id: 1, title: H.titles[1]!, locality: H.canTho, unit: H.cucVT,
                             resolvedAt: RegisterFixture.at("2025-08-26"), resolution: "Đã thống nhất khung giá thuê")],
            overdue: [.init(id: 2, title: H.titles[2]!, locality: H.haNoi, state: "assigned", unit: H.vuPC,
                            due: RegisterFixture.date("2025-08-27"), daysOverdue: 4)],
            beyondAuthority: .init(items: []),
            trend: H.trend(endingWith: 35, [34: (3, 0), 35: (2, 1)]))
        let report = try history.register.weeklyReport(H.week(35), as: .admin("test"))
        #expect(report == expected)
        #expect(report.endOfWeek.open == 3)
        #expect(report.endOfWeek.resolutionRate == 0.25)
        #expect(report.from == RegisterFixture.date("2025-08-25"))
        #expect(report.to == RegisterFixture.date("2025-08-31"))
    }

    /// W34 ends at 2025-08-25T00:00+07:00 = 2025-08-24T17:00:00Z: #3, filed a second before,
    /// counts; #4 and #5, filed at that very instant, do not. At its end #1 is assigned (due
    /// 29 Aug, not yet overdue) and #2 #3 are raised; nothing resolved, so the rate is 0.
    @Test func anEventAtMondayMidnightBelongsToTheWeekItStarts() throws {
        let history = try ReportHistory()
        try history.stageOne()
        let report = try history.register.weeklyReport(ReportHistory.week(34), as: .admin("test"))
        #expect(report.during == .init(raised: 3, assigned: 1))
        #expect(report.endOfWeek == .init(byState: ReportHistory.states(raised: 2, assigned: 1), overdue: 0,
                                          totalRaised: 3, totalAnswered: 0, totalResolved: 0, totalClosed: 0))
        #expect(report.endOfWeek.resolutionRate == 0)
        #expect(report.groups == .init(total: 1, resolved: 0))
        #expect(report.provinces.map(\.province) == [ReportHistory.haNoi, ReportHistory.dongNai, ReportHistory.canTho])
        #expect(report.resolved == [])
        #expect(report.overdue == [])
    }

    /// W36 (1–7 Sep): #1 reopened (a reopen counts as reopened only, not assigned), #2
    /// answered, #4 resolved, #6 raised. At the end: #1 back to assigned with its deadline of
    /// 29 Aug, so overdue again, with #3; #2 answered; #4 resolved; #5 closed; #6 raised.
    /// Open 4; answered-or-resolved 2; resolved 1 (#4 — #1 is no longer); rate 1 ÷ (6 − 1) = 0.2.
    /// Only #4 is listed as resolved: #1 was resolved in W35, and stands reopened.
    @Test func aProblemReopenedInALaterWeekLeavesTheResolvedCount() throws {
        let history = try ReportHistory()
        try history.stageOne()
        try history.stageTwo()
        let report = try history.register.weeklyReport(ReportHistory.week(36), as: .admin("test"))
        #expect(report.during == .init(raised: 1, answered: 1, resolved: 1, reopened: 1))
        #expect(report.endOfWeek == .init(byState: ReportHistory.states(raised: 1, assigned: 2, answered: 1), overdue: 2,
                                          totalRaised: 6, totalAnswered: 2, totalResolved: 1, totalClosed: 1))
        #expect(report.endOfWeek.resolutionRate == 0.2)
        #expect(report.resolved.map(\.id) == [4])
        #expect(report.resolved[0].resolution == "Đã mở lớp bồi dưỡng")
        #expect(report.overdue.map(\.id) == [1, 3])
        #expect(report.overdue.map(\.due) == [RegisterFixture.date("2025-08-29"), RegisterFixture.date("2025-08-31")])
        #expect(report.groups == .init(total: 1, resolved: 0))
        #expect(report.units == [.init(unit: ReportHistory.cucVT, assigned: 3, resolved: 1, open: 2, closed: 0, overdue: 2),
                                 .init(unit: ReportHistory.vuPC, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 0),
                                 .init(unit: nil, assigned: 2, resolved: 0, open: 1, closed: 1, overdue: 0)])
        #expect(report.provinces == [.init(province: ReportHistory.haNoi, raised: 2, resolved: 0, open: 1, closed: 1),
                                     .init(province: ReportHistory.dongNai, raised: 1, resolved: 0, open: 1, closed: 0),
                                     .init(province: ReportHistory.canTho, raised: 3, resolved: 1, open: 2, closed: 0)])
    }

    /// W37: #1 resolved again, with its new resolution; group 1 (#1 and #4) is now resolved.
    /// Resolved 2 of 6 − 1: rate 0.4. The comment on #6 at Monday 00:00 of W37 changes nothing.
    @Test func aGroupIsResolvedOnceItsLastOpenMemberIs() throws {
        let history = try ReportHistory()
        try history.stageOne()
        try history.stageTwo()
        let report = try history.register.weeklyReport(ReportHistory.week(37), as: .admin("test"))
        #expect(report.during == .init(resolved: 1))
        #expect(report.groups == .init(total: 1, resolved: 1))
        #expect(report.endOfWeek == .init(byState: ReportHistory.states(raised: 1, assigned: 1, answered: 1), overdue: 1,
                                          totalRaised: 6, totalAnswered: 3, totalResolved: 2, totalClosed: 1))
        #expect(report.endOfWeek.resolutionRate == 0.4)
        #expect(report.resolved.map(\.resolution) == ["Đã áp dụng khung giá mới"])
        #expect(report.trend.suffix(4).map { [$0.raised, $0.resolved] } == [[3, 0], [2, 1], [1, 1], [0, 1]])
    }

    /// With a limit of one, only #1 (due 29 Aug) is listed of the two overdue at the end of W36
    /// (#3, due 31 Aug, is the other); both are still counted, at the end of the week and under
    /// their unit.
    @Test func aLimitListsTheLongestOverdueAndCountsThemAll() throws {
        let history = try ReportHistory()
        try history.stageOne()
        try history.stageTwo()
        let full = try history.register.weeklyReport(ReportHistory.week(36), as: .admin("test"))
        let limited = try history.register.weeklyReport(ReportHistory.week(36), overdueLimit: 1, as: .admin("test"))
        #expect(limited.overdue.map(\.id) == [1])
        #expect(limited.endOfWeek.overdue == 2)
        #expect(limited.units.map(\.overdue) == [2, 0, 0])
        var rest = limited
        rest.overdue = full.overdue
        #expect(rest == full)
        #expect(try history.register.weeklyReport(ReportHistory.week(36), overdueLimit: 0, as: .admin("test")).overdue == [])
    }

    /// #3, reassigned after W35 with a deadline earlier than any, is the first overdue problem
    /// now but was not overdue at the end of W35 (due 30 Sep then): a limit of two still lists
    /// the two that were, #1 (due 27 Aug) and #2 (due 28 Aug).
    @Test func aLimitIsFilledPastProblemsThatChangedSince() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        for (id, due) in [(1, "2025-08-27"), (2, "2025-08-28"), (3, "2025-09-30")] as [(Int64, String)] {
            try fixture.file("Vấn đề \(id)", on: "2025-08-18")
            try fixture.register.apply(.init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date(due))), to: id,
                                       at: RegisterFixture.at("2025-08-19"), as: .admin("test"))
        }
        try fixture.register.apply(.init(action: "assign", unit: "vu-pc", due: .date(RegisterFixture.date("2025-08-20"))), to: 3,
                                   at: RegisterFixture.at("2025-09-02"), as: .admin("test"))
        let report = try fixture.register.weeklyReport(ReportHistory.week(35), overdueLimit: 2, as: .admin("test"))
        #expect(report.overdue.map(\.id) == [1, 2])
        #expect(report.endOfWeek.overdue == 2)
        #expect(try fixture.register.weeklyReport(ReportHistory.week(36), overdueLimit: 2, as: .admin("test")).overdue.map(\.id) == [3, 1])
    }

    /// An import of two rows in W35, one with a unit: two raised, one assigned.
    @Test func anImportRowWithAUnitIsRaisedAndAssigned() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        var reader = CSVReader(bytes: Array("""
            title,locality,unit,due,raised_at
            Giá thuê hạ tầng,Cần Thơ,cuc-vt,2025-08-29,2025-08-26
            Thiếu cán bộ,Hà Nội,,,2025-08-27

            """.utf8))
        _ = try fixture.register.importProblems(from: &reader, options: .init(
            raisedAt: RegisterFixture.at("2025-08-26"), now: RegisterFixture.at("2025-10-01"), as: .admin("importer")))
        let report = try fixture.register.weeklyReport(ReportHistory.week(35), as: .admin("test"))
        #expect(report.during == .init(raised: 2, assigned: 1))
        #expect(report.endOfWeek.byState == ReportHistory.states(raised: 1, assigned: 1))
        #expect(report.units.map(\.unit) == [ReportHistory.cucVT, nil])
        // Due Friday 29 August: overdue at the end of the week.
        #expect(report.overdue.map(\.id) == [1])
    }

    /// The report of W35 taken again after everything of stage two is the same value.
    @Test func aPastWeeksReportIsTheSameAfterLaterEvents() throws {
        let history = try ReportHistory()
        try history.stageOne()
        let before = try (33...36).map { try history.register.weeklyReport(ReportHistory.week($0), as: .admin("test")) }
        try history.stageTwo()
        let after = try (33...36).map { try history.register.weeklyReport(ReportHistory.week($0), as: .admin("test")) }
        #expect(after[0...2] == before[0...2])
        // W36 was still going on: it did change.
        #expect(after[3] != before[3])
    }

    /// Before anything was filed, a week reports zeros and empty lists — and the rate is 0.
    @Test func aWeekBeforeTheFirstProblemIsEmpty() throws {
        let history = try ReportHistory()
        try history.stageOne()
        let report = try history.register.weeklyReport(ReportHistory.week(30), as: .admin("test"))
        #expect(report.during == .init())
        #expect(report.endOfWeek == .init(byState: ReportHistory.states(), overdue: 0, totalRaised: 0,
                                          totalAnswered: 0, totalResolved: 0, totalClosed: 0))
        #expect(report.endOfWeek.resolutionRate == 0)
        #expect(report.groups == .init(total: 0, resolved: 0))
        #expect(report.units == [] && report.provinces == [] && report.resolved == [] && report.overdue == [])
        #expect(report.trend.allSatisfy { $0.raised == 0 && $0.resolved == 0 })
    }

    /// Every week of the hand-built history agrees with the oracle too.
    @Test func theHandBuiltHistoryAgreesWithTheOracle() throws {
        let history = try ReportHistory()
        try history.stageOne()
        try history.stageTwo()
        for n in 32...39 {
            #expect(try history.register.weeklyReport(ReportHistory.week(n), as: .admin("test"))
                == ReportOracle.report(history.register, week: ReportHistory.week(n)), "W\(n)")
        }
    }
}
