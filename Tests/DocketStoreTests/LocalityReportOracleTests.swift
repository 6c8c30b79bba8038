import DocketCore
import DocketTesting
import DocketWorkflow
import Testing
@testable import DocketStore

@Suite struct TheLocalityReportAgreesWithReplayingEveryHistory {
    /// Random multi-week histories (backdated filings, imports, every transition, sweeps, edits
    /// that move problems between provinces, rename them and regroup them): for every fifth day
    /// from before the first event to the last, and for now, the report of provinces and
    /// communes, for everyone and within a unit's scope, equals the oracle's replay.
    @Test(arguments: [21, 24] as [UInt64])
    func everyFifthDayOfARandomHistory(seed: UInt64) throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let groups = try fixture.addGroups()
        let history = RandomHistory.multiWeek(seed: seed, count: 300, timeZone: register.timeZone, groups: groups)
        try fixture.play(history.commands)
        let zone = register.timeZone
        let places = try ["Cần Thơ", "Ninh Kiều", "Đồng Nai", "Hà Nội"].map { try register.locality(named: $0) }
        let cucVT = try #require(try register.units().first { $0.code == "cuc-vt" })
        let scopes: [Principal] = [.admin("test"), Principal(name: "cuc-vt", role: .unit, scope: .unit(cucVT.id))]

        var day = ISOWeek(year: 2025, week: 31)!.monday.adding(days: -2)
        let last = zone.localDate(of: history.end)
        var days: [CivilDate?] = [nil]
        while day <= last { days.append(day); day = day.adding(days: 5) }
        var seen = 0, changedSince = 0
        for day in days {
            for place in places {
                for principal in scopes {
                    let fast = try register.localityReport(of: place.code ?? place.name, asOf: day, now: history.end, as: principal)
                    let oracle = try LocalityReportOracle.report(register, of: place, asOf: day, now: history.end,
                                                                 within: principal.scope)
                    #expect(fast == oracle, "seed \(seed), \(place.name), \(day?.description ?? "now"), \(principal.name)")
                    seen += fast.items.count
                    changedSince += fast.items.filter { $0.problem.updatedAt != (try? register.problem(id: $0.problem.id, as: .admin("test")).updatedAt) }.count
                }
            }
        }
        // Not vacuous: many problems, many of them reported as they stood before later events.
        #expect(seen > 500)
        #expect(changedSince > 100)
    }
}
