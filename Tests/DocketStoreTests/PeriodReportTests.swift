import DocketCore
import DocketRegister
import DocketReports
import DocketStore
import DocketTesting
import Testing

/// ReportHistory's two stages (WeeklyReportTests), and escalations around them:
/// - #2 (Hà Nội, vu-pc's) escalated within the ministry to cuc-vt on Fri 29 Aug: not beyond
///   its authority, cuc-vt being an internal unit;
/// - #3 (Đồng Nai, cuc-vt's) sent to the Government (chinh-phu) on Mon 1 Sep, resolved on Wed
///   10 Sep;
/// - #6 (Cần Thơ, filed Fri 5 Sep) sent straight from raised to bo-khcn, a ministry, on Mon 8 Sep.
struct SentHistory {
    let history: ReportHistory
    var register: Register { history.register }

    init() throws {
        history = try ReportHistory()
        try history.stageOne()
        try escalate(2, to: "cuc-vt", on: "2025-08-29")
        try escalate(3, to: "chinh-phu", on: "2025-09-01")
        try history.stageTwo()
        try escalate(6, to: "bo-khcn", on: "2025-09-08")
        try history.apply("resolve", 3, on: "2025-09-10", text: "Chính phủ đã ban hành nghị định")
    }

    func escalate(_ id: Int64, to unit: String, on date: String) throws {
        try register.apply(.init(action: "escalate", target: unit, text: "Vượt thẩm quyền"), to: id,
                           at: RegisterFixture.at(date), as: .admin("test"))
    }

    static let government = NamedRef(code: "chinh-phu", name: "Chính phủ")
    static let ministry = NamedRef(code: "bo-khcn", name: "Bộ Khoa học và Công nghệ")
}

@Suite struct AReportOverAnyPeriodCountsAsTheWeekDoes {
    typealias H = ReportHistory

    /// September 2025, worked out by hand:
    /// - during: #6 raised; #2 answered; #3 and #6 escalated; #4, #1 and #3 resolved (three
    ///   resolutions, three problems); #1 reopened;
    /// - at the end: #1 #3 #4 resolved, #2 answered, #5 closed, #6 escalated with no owner and
    ///   no deadline: open 2, none overdue; raised 6, answered or resolved 4, resolved 3,
    ///   closed 1: rate 3 ÷ 5;
    /// - cuc-vt owns #1 #3 #4, all resolved; vu-pc #2, answered (escalated within the ministry,
    ///   its owner keeps it); no unit owns #5 (closed) and #6;
    /// - sent beyond the ministry: #3 to the Government (resolved) and #6 to bo-khcn (open),
    ///   both in September; #2's escalation to cuc-vt is not beyond it;
    /// - trend by week: W36 (1–7 Sep) raised 1 (#6), resolved 1 (#4); W37 resolved 2 (#1, #3);
    ///   W38, W39 nothing; the 29th and 30th, the part of W40 in September, nothing.
    @Test func aMonthWorkedOutByHand() throws {
        let sent = try SentHistory()
        let september = try #require(ReportPeriod.month(9, of: 2025))
        let report = try sent.register.report(for: september, now: RegisterFixture.at("2026-01-05"), as: .admin("test"))
        let end = RegisterFixture.at("2025-10-01T00:00:00+07:00")
        func week(_ n: Int) -> ReportPeriod { .week(H.week(n)) }
        let expected = ResolutionReport(
            period: september, timeZone: .hoChiMinh, complete: true, asOf: end,
            during: .init(raised: 1, assigned: 0, answered: 1, escalated: 2, resolved: 3, reopened: 1, closed: 0),
            endOfWeek: .init(byState: H.states(answered: 1, escalated: 1), overdue: 0, totalRaised: 6, totalAnswered: 4,
                             totalResolved: 3, totalClosed: 1),
            groups: .init(total: 1, resolved: 1),
            units: [.init(unit: H.cucVT, assigned: 3, resolved: 3, open: 0, closed: 0, overdue: 0),
                    .init(unit: H.vuPC, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 0),
                    .init(unit: nil, assigned: 2, resolved: 0, open: 1, closed: 1, overdue: 0)],
            provinces: [.init(province: H.haNoi, raised: 2, resolved: 0, open: 1, closed: 1),
                        .init(province: H.dongNai, raised: 1, resolved: 1, open: 0, closed: 0),
                        .init(province: H.canTho, raised: 3, resolved: 2, open: 1, closed: 0)],
            resolved: [.init(id: 4, title: H.titles[4]!, locality: NamedRef(code: "31135", name: "Phường Ninh Kiều"),
                             unit: H.cucVT, resolvedAt: RegisterFixture.at("2025-09-04"), resolution: "Đã mở lớp bồi dưỡng"),
                       .init(id: 1, title: H.titles[1]!, locality: H.canTho, unit: H.cucVT,
                             resolvedAt: RegisterFixture.at("2025-09-09"), resolution: "Đã áp dụng khung giá mới"),
                       .init(id: 3, title: H.titles[3]!, locality: H.dongNai, unit: H.cucVT,
                             resolvedAt: RegisterFixture.at("2025-09-10"), resolution: "Chính phủ đã ban hành nghị định")],
            overdue: [],
            beyondAuthority: .init(
                sent: 2, total: 2, standing: .init(open: 1, answered: 1, resolved: 1),
                byDestination: [.init(unit: SentHistory.ministry, sent: 1, total: 1, standing: .init(open: 1, answered: 0, resolved: 0)),
                                .init(unit: SentHistory.government, sent: 1, total: 1,
                                      standing: .init(open: 0, answered: 1, resolved: 1))],
                items: [.init(id: 3, title: H.titles[3]!, to: SentHistory.government, state: "resolved", outcome: .resolved,
                              sentAt: RegisterFixture.at("2025-09-01"), sentDuring: true, resolvedDuring: true),
                        .init(id: 6, title: H.titles[6]!, to: SentHistory.ministry, state: "escalated", outcome: .open,
                              sentAt: RegisterFixture.at("2025-09-08"), sentDuring: true, resolvedDuring: false)]),
            trend: [.init(period: week(36), raised: 1, resolved: 1), .init(period: week(37), raised: 0, resolved: 2),
                    .init(period: week(38), raised: 0, resolved: 0), .init(period: week(39), raised: 0, resolved: 0),
                    .init(period: try #require(ReportPeriod(from: RegisterFixture.date("2025-09-29"),
                                                            to: RegisterFixture.date("2025-09-30"))), raised: 0, resolved: 0)])
        #expect(report == expected)
        #expect(report.endOfWeek.resolutionRate == 0.6)
        #expect(report.resolvedProblems == 3)
        #expect(report == (try ReportOracle.report(sent.register, period: september, now: RegisterFixture.at("2026-01-05"))))
    }

    /// From Mon 18 Aug to Tue 30 Sep: #1 is resolved (26 Aug), reopened (2 Sep) and resolved
    /// again (9 Sep) inside the period — two resolutions, one problem; with #4 and #3, four
    /// resolutions and three problems resolved. The formats for people count problems and say
    /// so; JSON gives both.
    @Test func aReopenInsideThePeriodCountsTheProblemOnce() throws {
        let sent = try SentHistory()
        let period = try #require(ReportPeriod(from: RegisterFixture.date("2025-08-18"), to: RegisterFixture.date("2025-09-30")))
        let report = try sent.register.report(for: period, now: RegisterFixture.at("2026-01-05"), as: .admin("test"))
        #expect(report.during.resolved == 4)
        #expect(report.resolvedProblems == 3)
        #expect(report.resolved.map(\.id) == [4, 1, 3])
        #expect(report.during.raised == 6)
        let text = ReportFormat.text.render(report)
        #expect(text.contains("Resolution report\n=================\n2025-08-18..2025-09-30: 2025-08-18 to 2025-09-30, Asia/Ho_Chi_Minh\n"))
        #expect(text.contains("\nResolved   3\n"))
        #expect(text.contains("""
            Resolved counts problems: 3 problems resolved and still resolved at the end, of
            4 resolutions recorded (a problem resolved, reopened and resolved again counts
            once).
            """))
        let json = ReportFormat.json.render(report)
        #expect(json.contains("\"resolved\": 4,\n    \"reopened\": 1,\n    \"closed\": 1,\n    \"resolved_problems\": 3\n"))
        #expect(json.contains("\"period\": {\n    \"name\": \"2025-08-18..2025-09-30\",\n    \"from\": \"2025-08-18\",\n    \"to\": \"2025-09-30\"\n  },"))
        // 44 days: the trend is by week, the last cut at the period's end (18 Aug is a Monday).
        #expect(report.trend.map(\.period.description) == ["2025-W34", "2025-W35", "2025-W36", "2025-W37", "2025-W38",
                                                           "2025-W39", "2025-09-29..2025-09-30"])
    }

    /// The third quarter of 2025, by month: July nothing; August raised 5 and resolved 1 (#1);
    /// September raised 1 and resolved 3. Its standing is September's.
    @Test func aQuarterHasItsTrendByMonth() throws {
        let sent = try SentHistory()
        let now = RegisterFixture.at("2026-01-05")
        let quarter = try ReportPeriod(parsing: "2025-Q3", as: .quarter)
        let report = try sent.register.report(for: quarter, now: now, as: .admin("test"))
        #expect(report.trend.map(\.period.description) == ["2025-07", "2025-08", "2025-09"])
        #expect(report.trend.map { [$0.raised, $0.resolved] } == [[0, 0], [5, 1], [1, 3]])
        #expect(report.during == .init(raised: 6, assigned: 4, answered: 1, escalated: 3, resolved: 4, reopened: 1, closed: 1))
        let september = try sent.register.report(for: .month(9, of: 2025)!, now: now, as: .admin("test"))
        #expect(report.endOfWeek == september.endOfWeek)
        #expect(report.units == september.units)
        #expect(report.beyondAuthority.standing == september.beyondAuthority.standing)
        #expect(report.beyondAuthority.sent == 2)
        #expect(report == (try ReportOracle.report(sent.register, period: quarter, now: now)))
        let half = try sent.register.report(for: try ReportPeriod(parsing: "2025-H2", as: .half), now: now, as: .admin("test"))
        #expect(half.trend.map(\.period.description) == ["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"])
        let year = try sent.register.report(for: try ReportPeriod(parsing: "2025", as: .year), now: now, as: .admin("test"))
        #expect(year.trend.count == 12)
        #expect(year.endOfWeek == september.endOfWeek)
    }

    /// W36 and W37 of the same history: what was sent during each, and where all those ever sent
    /// stood at its end.
    @Test func whatWasSentBeyondTheMinistryWeekByWeek() throws {
        let sent = try SentHistory()
        let w35 = try sent.register.weeklyReport(H.week(35), as: .admin("test"))
        #expect(w35.beyondAuthority == .init(items: []))  // #2 went to cuc-vt, inside the ministry
        let w36 = try sent.register.weeklyReport(H.week(36), as: .admin("test")).beyondAuthority
        #expect(w36.sent == 1)
        #expect(w36.standing == .init(open: 1, answered: 0, resolved: 0))
        #expect(w36.items.map(\.state) == ["escalated"])
        let w37 = try sent.register.weeklyReport(H.week(37), as: .admin("test")).beyondAuthority
        #expect(w37.sent == 1)
        #expect(w37.standing == .init(open: 1, answered: 1, resolved: 1))
        #expect(w37.items.map { [String($0.id), $0.state] } == [["3", "resolved"], ["6", "escalated"]])
        #expect(w37.items.map(\.isNews) == [true, true])  // #3 resolved during W37, #6 sent then
        let w38 = try sent.register.weeklyReport(H.week(38), as: .admin("test")).beyondAuthority
        #expect(w38.items.map(\.isNews) == [false, true])
        // Within Đồng Nai's scope, only #3.
        let dongNai = Principal.Scope.province(try sent.register.locality(named: "Đồng Nai").id)
        let ofDongNai = try sent.register.weeklyReport(H.week(37), as: Principal(name: "dn", role: .locality, scope: dongNai))
        #expect(ofDongNai.beyondAuthority.items.map(\.id) == [3])
        #expect(ofDongNai == (try ReportOracle.report(sent.register, week: H.week(37), within: dongNai)))
    }

    /// A past period's report, in every format, is the same bytes after later events: a reopen
    /// of #3, a new title for #6, an answer and a resolution, all in October.
    @Test func aPastPeriodIsByteIdenticalAfterLaterEvents() throws {
        let sent = try SentHistory()
        let september = try #require(ReportPeriod.month(9, of: 2025))
        func rendered() throws -> [String] {
            let report = try sent.register.report(for: september, now: RegisterFixture.at("2026-01-05"), as: .admin("test"))
            return ReportFormat.allCases.flatMap { format in
                [ReportCatalogue.english, .vietnamese].map { format.render(report, catalogue: $0) }
            }
        }
        let before = try rendered()
        try sent.history.apply("reopen", 3, on: "2025-10-02", text: "Nghị định chưa hướng dẫn")
        try sent.register.edit(6, ProblemEdit(title: "Chữ ký số chuyên dùng công vụ"), at: RegisterFixture.at("2025-10-03"),
                               as: .admin("test"))
        try sent.history.apply("answer", 6, on: "2025-10-04", text: "Bộ đã trả lời")
        try sent.history.apply("resolve", 2, on: "2025-10-05", text: "Đã sửa thông tư")
        #expect(try rendered() == before)
        #expect(try sent.register.report(for: .month(10, of: 2025)!, now: RegisterFixture.at("2026-01-05"),
                                         as: .admin("test")).beyondAuthority.items.map(\.title)
                == [H.titles[3]!, "Chữ ký số chuyên dùng công vụ"])
    }

    /// The week in progress is counted to now, and says so; a week or a period that has not
    /// begun is refused.
    @Test func theWeekInProgressIsCountedToNowAndOneNotBegunIsRefused() throws {
        let sent = try SentHistory()
        // Wednesday 10 Sep at 08:00: #3's resolution at 09:00 has not happened yet.
        let now = RegisterFixture.at("2025-09-10T08:00:00+07:00")
        let report = try sent.register.weeklyReport(H.week(37), now: now, as: .admin("test"))
        #expect(report.complete == false)
        #expect(report.asOf == now)
        #expect(report.during == .init(escalated: 1, resolved: 1))
        #expect(report.resolved.map(\.id) == [1])
        #expect(report.trend.last?.resolved == 1)
        #expect(ReportFormat.json.render(report).contains("\"complete\": false,\n  \"as_of\": \"2025-09-10T08:00:00+07:00\",\n"))
        #expect(ReportFormat.text.render(report).hasSuffix("""
            The week is in progress: counted from the events up to 2025-09-10T08:00:00+07:00
            (Asia/Ho_Chi_Minh), so its figures will still change.

            """))
        #expect(ReportFormat.text.render(report).contains("\nAs it stands now\n----------------\n"))
        #expect(ReportFormat.text.render(report, catalogue: .vietnamese).contains("Kỳ báo cáo đang diễn ra: số liệu tính đến 08:00 ngày 10/09/2025"))
        // The Sunday before, it had not begun.
        #expect(throws: RegisterError.periodNotBegun(period: "2025-W37", from: "2025-09-08", today: "2025-09-07")) {
            try sent.register.weeklyReport(H.week(37), now: RegisterFixture.at("2025-09-07T23:59:59+07:00"), as: .admin("test"))
        }
        #expect(throws: RegisterError.periodNotBegun(period: "2025-10", from: "2025-10-01", today: "2025-09-10")) {
            try sent.register.report(for: .month(10, of: 2025)!, now: now, as: .admin("test"))
        }
        // A complete week says it cannot change.
        let complete = try sent.register.weeklyReport(H.week(36), now: now, as: .admin("test"))
        #expect(complete.complete && complete.asOf == RegisterFixture.at("2025-09-08T00:00:00+07:00"))
    }

    /// Overdue ones are judged on the period's last day, the whole due day allowed: due on the
    /// Monday and still open on the Sunday, 6 days; due on the Sunday, not overdue yet.
    @Test func daysOverdueCountToThePeriodsLastDay() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        for (id, due) in [(1, "2025-09-01"), (2, "2025-09-07"), (3, "2025-09-06")] as [(Int64, String)] {
            try fixture.file("Vấn đề \(id)", on: "2025-08-25")
            try fixture.register.apply(.init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date(due))), to: id,
                                       at: RegisterFixture.at("2025-08-26"), as: .admin("test"))
        }
        let week36 = try fixture.register.weeklyReport(ReportHistory.week(36), as: .admin("test"))
        #expect(week36.overdue.map { [$0.id, Int64($0.daysOverdue)] } == [[1, 6], [3, 1]])
        let week37 = try fixture.register.weeklyReport(ReportHistory.week(37), as: .admin("test"))
        #expect(week37.overdue.map { [$0.id, Int64($0.daysOverdue)] } == [[1, 13], [3, 8], [2, 7]])
        // The days of a period in progress count to today.
        let now = RegisterFixture.at("2025-09-03T10:00:00+07:00")
        let inProgress = try fixture.register.weeklyReport(ReportHistory.week(36), now: now, as: .admin("test"))
        #expect(inProgress.overdue.map { [$0.id, Int64($0.daysOverdue)] } == [[1, 2]])
    }
}
