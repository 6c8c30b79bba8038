import DocketCore
import DocketRegister
import DocketTesting
import DocketWorkflow
import Testing
@testable import DocketStore

@Suite struct RandomHistoriesThroughTheRegister {
    /// Hundreds of random commands, valid and invalid mixed, on one register: afterwards every
    /// problem's current row equals the replay of its events, every refused command left the
    /// register as it was, and every state reached is one the workflow defines.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theCurrentRowIsAlwaysTheReplayOfTheEvents(seed: UInt64) throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        for index in 0..<8 {
            try fixture.file("Vấn đề \(index)", at: ["Cần Thơ", "Hà Nội", "Đồng Nai"][index % 3], on: "2025-08-04")
        }
        var accepted = 0
        var refused = 0
        for command in RandomHistory.validAndInvalid(seed: seed, count: 300, timeZone: register.timeZone) {
            let before = try snapshot(register)
            do {
                try fixture.perform(command)
                accepted += 1
            } catch is RegisterError {
                refused += 1
                #expect(try snapshot(register) == before, "a refused \(command.action) on #\(command.id) changed the register")
            } catch is InputError {
                refused += 1
                #expect(try snapshot(register) == before)
            }
        }
        #expect(accepted > 40)
        #expect(refused > 40)
        let index = try register.searchIndexCheck()
        #expect(index.documents == index.problems)
        #expect(index.wrong == [], "search documents that are not their problem's text")
        let workflow = try register.workflow()
        for id in Int64(1)...8 {
            let (stored, replayed) = try register.projectionCheck(of: id)
            #expect(stored == replayed, "problem #\(id)")
            #expect(workflow.state(named: stored.state) != nil)
            let history = try register.history(of: id, as: .admin("test"))
            for event in history {
                #expect(workflow.state(named: event.to) != nil)
            }
            // The texts read from the history: the latest answer's, and while the problem stands
            // closed the note of the event that moved it there.
            let problem = try register.problem(id: id, as: .admin("test"))
            #expect(problem.response == history.last { $0.action == "answer" }?.note, "problem #\(id)")
            let closeReason = workflow.stateClass(of: problem.state) == .closed ? history.last { $0.from != $0.to }?.note : nil
            #expect(problem.closeReason == closeReason, "problem #\(id)")
        }
    }

    /// Every problem's row and the number of events: what a refused command must not change.
    private func snapshot(_ register: Register) throws -> [String] {
        var rows = try register.problems(matching: ProblemFilter(), overdueStates: [], limit: Register.largestPage, as: .admin("test")).items.map { "\($0)" }
        rows.append("\(try register.database.scalar("SELECT count(*) FROM event") ?? -1)")
        return rows
    }
}

@Suite struct TheTallyIsKeptByEveryChange {
    /// After filings, an import, and random transitions of every kind, `tally` holds exactly
    /// the counts of the problems as they stand.
    @Test func theTallyEqualsTheProblemsCountedAfresh() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        for index in 0..<12 { try fixture.file("Vấn đề \(index)", at: ["92", "Hà Nội", "Huế"][index % 3]) }
        for command in RandomHistory.everyKindOfTransition(seed: 11, count: 200) {
            _ = try? fixture.perform(command)
        }
        let tally = try sqlite(fixture.path, "SELECT state, unit_id, province_id, n FROM tally WHERE n > 0 ORDER BY 1, 2, 3").stdout
        let counted = try sqlite(fixture.path, """
            SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """).stdout
        #expect(tally == counted)
        #expect(try sqlite(fixture.path, "SELECT count(*) FROM tally WHERE n < 0").stdout == "0\n")
    }
}

@Suite struct TheTallyTouchesOnlyTheProblemsItCounts {
    /// Each statement that keeps the tally reads problems by number, never a whole index:
    /// a filing's cost must not grow with the register.
    @Test func everyTallyStatementSearchesByNumber() throws {
        let fixture = try RegisterFixture()
        let statements: [(String, [any SQLValueConvertible])] = [
            (Register.countInTallySQL, [1]), (Register.leaveTallySQL, ["raised", 0, 1]), (Register.joinTallySQL, ["raised", 0, 1]),
        ]
        for (sql, values) in statements {
            var plan: [String] = []
            try fixture.register.database.prepare("EXPLAIN QUERY PLAN " + sql).forEachRow(values) { plan.append($0.text(3)) }
            let reads = plan.filter { $0.contains("problem") }
            #expect(!reads.isEmpty, "\(sql)")
            #expect(reads.allSatisfy { $0.contains("SEARCH problem USING INTEGER PRIMARY KEY") }, "\(plan)")
        }
    }
}
