import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import Testing

/// A principal of a province or a unit is told the weekly report of its scope: every figure
/// counts the problems that were in the scope at the end of the week (SERVE.md), by the same
/// definition the oracle applies independently, replaying every history.
@Suite struct AReportWithinAScopeAgreesWithReplayingItsProblems {
    /// Random multi-week histories (ReportOracleTests' kind): for every week from before the
    /// first event to after the last, the report of everything, of Cần Thơ and of Hà Nội, of
    /// the ministry (bo-khcn) and of a department under it (cuc-vt) equals the oracle's, with
    /// and without a limit on the overdue list.
    @Test(arguments: [21, 24, 26] as [UInt64])
    func everyWeekOfARandomHistoryInEveryKindOfScope(seed: UInt64) throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let history = RandomHistory.multiWeek(seed: seed, timeZone: register.timeZone,
                                              groups: try fixture.addGroups())
        try fixture.play(history.commands)
        let ministry = Principal.Scope.unit(try register.unit(named: "bo-khcn").id)
        let department = Principal.Scope.unit(try register.unit(named: "cuc-vt").id)
        let scopes: [Principal.Scope] = [
            .everything, .province(try register.locality(named: "Cần Thơ").id),
            .province(try register.locality(named: "Hà Nội").id), ministry, department,
        ]

        var reports: [Principal.Scope: [ResolutionReport]] = [:]
        var week = ISOWeek(year: 2025, week: 31)!.previous
        let lastWeek = ISOWeek(containing: register.timeZone.localDate(of: history.end)).next
        while week <= lastWeek {
            for scope in scopes {
                let principal = Principal(name: "test", role: .coordinator, scope: scope)
                let fast = try register.weeklyReport(week, as: principal)
                #expect(fast == (try ReportOracle.report(register, week: week, within: scope)), "seed \(seed), \(week), \(scope)")
                #expect(try register.weeklyReport(week, overdueLimit: 1, as: principal).overdue == Array(fast.overdue.prefix(1)),
                        "seed \(seed), \(week), \(scope)")
                reports[scope, default: []].append(fast)
            }
            week = week.next
        }

        // Not vacuous: every scope's reports reach every part of the report, and each holds
        // fewer problems than the register's; the department's no more than its ministry's.
        let everything = try #require(reports[.everything])
        for scope in scopes.dropFirst() {
            let mine = try #require(reports[scope])
            #expect(zip(mine, everything).allSatisfy { $0.endOfWeek.totalRaised <= $1.endOfWeek.totalRaised }, "\(scope)")
            #expect(zip(mine, everything).contains { $0.endOfWeek.totalRaised < $1.endOfWeek.totalRaised }, "\(scope)")
            #expect(mine.contains { $0.endOfWeek.overdue > 0 && !$0.overdue.isEmpty }, "\(scope)")
            #expect(mine.contains { !$0.resolved.isEmpty }, "\(scope)")
            #expect(mine.contains { $0.during.assigned > 0 } && mine.contains { $0.during.resolved > 0 }, "\(scope)")
            #expect(mine.contains { $0.trend.contains { $0.raised > 0 } }, "\(scope)")
        }
        let nested = zip(try #require(reports[department]), try #require(reports[ministry]))
        #expect(nested.allSatisfy { $0.endOfWeek.totalRaised <= $1.endOfWeek.totalRaised })
        #expect(nested.contains { $0.endOfWeek.totalRaised < $1.endOfWeek.totalRaised })
    }
}

/// A unit's report counts the problems its subtree owned, or had escalated to it, at the end of
/// the week, not now: a problem reassigned away before the end is not counted at all, not even
/// its events of the week; one escalated to a unit of the subtree counts, under its owner.
/// (ReportHistory, stage one, in WeeklyReportTests, is the history.)
@Suite struct AUnitsReportCountsWhatItsSubtreeHeldAtTheEndOfTheWeek {
    typealias H = ReportHistory

    private func scope(_ history: ReportHistory, _ code: String) throws -> Principal {
        Principal(name: code, role: .unit, scope: .unit(try history.register.unit(named: code).id))
    }

    /// #3 (Đồng Nai, cuc-vt's since Mon 25 Aug) is reassigned to vu-pc on Fri 29 Aug: cuc-vt's
    /// W35 holds #1 (resolved in the week) and #4 only; its trend's W34 counts #1, the one it
    /// held at the end of W34 (#3 was filed at W34's last second, assigned on the 25th). vu-pc's
    /// holds #2 and #3, with #3's two assignments; #2 (due Wed 27) is overdue, #3 (due Sun 31)
    /// not on that Sunday. Taking #3 back to cuc-vt in W36
    /// changes neither week-35 report.
    @Test func aProblemReassignedOutOfTheSubtreeBeforeTheEndIsNotCounted() throws {
        let history = try ReportHistory()
        try history.stageOne()
        try history.apply("assign", 3, on: "2025-08-29", unit: "vu-pc", due: "2025-08-31")
        let cucVT = try scope(history, "cuc-vt"), vuPC = try scope(history, "vu-pc")

        let expected = ResolutionReport(
            period: .week(H.week(35)), timeZone: .hoChiMinh, complete: true, asOf: H.end(ofWeek: 35),
            during: .init(raised: 1, assigned: 1, resolved: 1),
            endOfWeek: .init(byState: H.states(assigned: 1), overdue: 0, totalRaised: 2, totalAnswered: 1,
                             totalResolved: 1, totalClosed: 0),
            groups: .init(total: 1, resolved: 0),
            units: [.init(unit: H.cucVT, assigned: 2, resolved: 1, open: 1, closed: 0, overdue: 0)],
            provinces: [.init(province: H.canTho, raised: 2, resolved: 1, open: 1, closed: 0)],
            resolved: [.init(id: 1, title: H.titles[1]!, locality: H.canTho, unit: H.cucVT,
                             resolvedAt: RegisterFixture.at("2025-08-26"), resolution: "Đã thống nhất khung giá thuê")],
            overdue: [],
            beyondAuthority: .init(items: []),
            trend: H.trend(endingWith: 35, [34: (1, 0), 35: (1, 1)]))
        let ofCucVT = try history.register.weeklyReport(H.week(35), as: cucVT)
        #expect(ofCucVT == expected)

        let ofVuPC = try history.register.weeklyReport(H.week(35), as: vuPC)
        #expect(ofVuPC.during == .init(assigned: 3))
        #expect(ofVuPC.endOfWeek == .init(byState: H.states(assigned: 2), overdue: 1, totalRaised: 2, totalAnswered: 0,
                                          totalResolved: 0, totalClosed: 0))
        #expect(ofVuPC.units == [.init(unit: H.vuPC, assigned: 2, resolved: 0, open: 2, closed: 0, overdue: 1)])
        #expect(ofVuPC.provinces.map(\.province) == [H.haNoi, H.dongNai])
        #expect(ofVuPC.overdue.map(\.id) == [2])
        #expect(ofVuPC.overdue.map(\.unit) == [H.vuPC])
        #expect(ofVuPC.trend == H.trend(endingWith: 35, [:]))

        // The ministry above both holds all four it had assigned; #5, closed unassigned, is nobody's.
        let ofMinistry = try history.register.weeklyReport(H.week(35), as: try scope(history, "bo-khcn"))
        #expect(ofMinistry.endOfWeek.totalRaised == 4)
        #expect(ofMinistry.overdue.map(\.id) == [2])

        try history.apply("assign", 3, on: "2025-09-02", unit: "cuc-vt", due: "2025-09-30")
        #expect(try history.register.weeklyReport(H.week(35), as: cucVT) == ofCucVT)
        #expect(try history.register.weeklyReport(H.week(35), as: vuPC) == ofVuPC)
        let week36 = try history.register.weeklyReport(H.week(36), as: cucVT)
        #expect(week36.endOfWeek.totalRaised == 3)
        #expect(week36.during == .init(assigned: 1))
    }

    /// #2 (Hà Nội, vu-pc's, due Wed 27 Aug) is escalated to cuc-vt on Fri 29 Aug: cuc-vt's W35
    /// counts it beside its own #1, #3 and #4 — in the escalated state, overdue, in the row of
    /// its owner vu-pc — and its escalation among the week's events. A new problem escalated to
    /// cuc-vt without an owner counts too, in the row of no unit.
    @Test func aProblemEscalatedToAUnitOfTheSubtreeCountsUnderItsOwner() throws {
        let history = try ReportHistory()
        try history.stageOne()
        let escalate = Register.TransitionInput(action: "escalate", target: "cuc-vt", text: "Vượt thẩm quyền của Vụ")
        try history.register.apply(escalate, to: 2, at: RegisterFixture.at("2025-08-29"), as: .admin("test"))
        try history.fixture.file(H.titles[6]!, at: "Cần Thơ", on: "2025-08-30")
        try history.register.apply(escalate, to: 6, at: RegisterFixture.at("2025-08-30T10:00:00+07:00"), as: .admin("test"))

        let cucVT = try scope(history, "cuc-vt")
        let report = try history.register.weeklyReport(H.week(35), as: cucVT)
        #expect(report.during == .init(raised: 2, assigned: 3, escalated: 2, resolved: 1))
        #expect(report.endOfWeek == .init(byState: H.states(assigned: 2, escalated: 2), overdue: 1, totalRaised: 5,
                                          totalAnswered: 1, totalResolved: 1, totalClosed: 0))
        #expect(report.units == [.init(unit: H.cucVT, assigned: 3, resolved: 1, open: 2, closed: 0, overdue: 0),
                                 .init(unit: H.vuPC, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 1),
                                 .init(unit: nil, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 0)])
        #expect(report.provinces == [.init(province: H.haNoi, raised: 1, resolved: 0, open: 1, closed: 0),
                                     .init(province: H.dongNai, raised: 1, resolved: 0, open: 1, closed: 0),
                                     .init(province: H.canTho, raised: 3, resolved: 1, open: 2, closed: 0)])
        #expect(report.overdue.map(\.id) == [2])
        #expect(report.overdue.map(\.state) == ["escalated"])
        #expect(report.resolved.map(\.id) == [1])
        #expect(report == (try ReportOracle.report(history.register, week: H.week(35), within: cucVT.scope)))
    }
}

/// A province's report is made of its own problems and its communes' and wards', and holds none
/// of another province's: not in its lists, not in its counts. (ReportHistory, both stages.)
@Suite struct AProvincesReportHoldsOnlyItsOwnProblems {
    typealias H = ReportHistory

    @Test func eachProvinceListsItsOwnResolvedAndOverdueProblems() throws {
        let history = try ReportHistory()
        try history.stageOne()
        try history.stageTwo()
        let register = history.register
        func report(_ week: Int, of name: String) throws -> ResolutionReport {
            let scope = Principal.Scope.province(try register.locality(named: name).id)
            let report = try register.weeklyReport(H.week(week), as: Principal(name: name, role: .locality, scope: scope))
            #expect(report == (try ReportOracle.report(register, week: H.week(week), within: scope)), "\(name), W\(week)")
            return report
        }

        // W35: #1 (Cần Thơ) resolved; #2 (Hà Nội) overdue, #3 (Đồng Nai, due that Sunday) not
        // yet; #4, of a ward of Cần Thơ, is Cần Thơ's.
        let canTho35 = try report(35, of: "Cần Thơ"), haNoi35 = try report(35, of: "Hà Nội"),
            dongNai35 = try report(35, of: "Đồng Nai")
        #expect(canTho35.resolved.map(\.id) == [1])
        #expect(canTho35.overdue.map(\.id) == [])
        #expect(haNoi35.resolved.map(\.id) == [])
        #expect(haNoi35.overdue.map(\.id) == [2])
        #expect(dongNai35.resolved.map(\.id) == [])
        #expect(dongNai35.overdue.map(\.id) == [])
        #expect(canTho35.provinces == [.init(province: H.canTho, raised: 2, resolved: 1, open: 1, closed: 0)])
        #expect(haNoi35.provinces == [.init(province: H.haNoi, raised: 2, resolved: 0, open: 1, closed: 1)])
        #expect(canTho35.during == .init(raised: 1, assigned: 1, resolved: 1))
        #expect(haNoi35.during == .init(raised: 1, assigned: 1, closed: 1))
        #expect(dongNai35.during == .init(assigned: 1))
        #expect(canTho35.units == [.init(unit: H.cucVT, assigned: 2, resolved: 1, open: 1, closed: 0, overdue: 0)])
        #expect(haNoi35.units == [.init(unit: H.vuPC, assigned: 1, resolved: 0, open: 1, closed: 0, overdue: 1),
                                  .init(unit: nil, assigned: 1, resolved: 0, open: 0, closed: 1, overdue: 0)])
        #expect(canTho35.trend == H.trend(endingWith: 35, [34: (1, 0), 35: (1, 1)]))
        #expect(canTho35.groups == .init(total: 1, resolved: 0))
        #expect(haNoi35.groups == .init(total: 0, resolved: 0))

        // W36, read after W37 happened: #4 (Cần Thơ's ward) resolved; #1 (Cần Thơ, reopened,
        // due 29 Aug) and #3 (Đồng Nai) overdue.
        let canTho36 = try report(36, of: "Cần Thơ"), dongNai36 = try report(36, of: "Đồng Nai")
        #expect(canTho36.resolved.map(\.id) == [4])
        #expect(canTho36.overdue.map(\.id) == [1])
        #expect(dongNai36.resolved.map(\.id) == [])
        #expect(dongNai36.overdue.map(\.id) == [3])
        #expect(try report(36, of: "Hà Nội").overdue.map(\.id) == [])

        // The three provinces' problems are the register's, each counted once.
        let whole = try register.weeklyReport(H.week(35), as: .admin("test"))
        #expect([canTho35, haNoi35, dongNai35].map(\.endOfWeek.totalRaised).reduce(0, +) == whole.endOfWeek.totalRaised)
        #expect([canTho35, haNoi35, dongNai35].map(\.endOfWeek.overdue).reduce(0, +) == whole.endOfWeek.overdue)
    }
}
