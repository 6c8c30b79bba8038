import DocketCore
import DocketWorkflow
import Testing
@testable import DocketStore

@Suite struct RandomHistoriesThroughTheRegister {
    /// Hundreds of random commands, valid and invalid mixed, on one register: afterwards every
    /// problem's current row equals the replay of its events, every refused command left the
    /// register as it was, and every state reached is one the workflow defines.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theCurrentRowIsAlwaysTheReplayOfTheEvents(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let units = ["chinh-phu", "bo-khcn", "cuc-vt", "vu-pc", "no-such-unit"]
        let actions = ["assign", "answer", "escalate", "resolve", "reopen", "close", "comment", "approve"]
        var clock = RegisterFixture.at("2025-08-04").secondsSinceEpoch
        for index in 0..<8 {
            try fixture.file("Vấn đề \(index)", at: ["Cần Thơ", "Hà Nội", "Đồng Nai"][index % 3], on: "2025-08-04")
        }
        var accepted = 0
        var refused = 0
        for _ in 0..<300 {
            // Time mostly runs forward; sometimes a command comes dated before the latest event.
            clock += Int64.random(in: -7_200...86_400, using: &random)
            let at = Instant(secondsSinceEpoch: clock)
            let id = Int64.random(in: 1...9, using: &random)
            let action = actions.randomElement(using: &random)!
            let due = Bool.random(using: &random)
                ? nil : CivilDate(dayNumber: register.timeZone.localDate(of: at).dayNumber + Int.random(in: -40...30, using: &random))
            let input = Register.TransitionInput(
                action: action,
                unit: Int.random(in: 0..<4, using: &random) == 0 ? nil : units.randomElement(using: &random),
                target: Int.random(in: 0..<4, using: &random) == 0 ? nil : units.randomElement(using: &random),
                due: due,
                text: [nil, "Lý do", "Đã trả lời", "   "].randomElement(using: &random)!)
            let before = try snapshot(register)
            do {
                try register.apply(trimmed(input), to: id, at: at, as: .admin("random"))
                accepted += 1
            } catch is RegisterError {
                refused += 1
                #expect(try snapshot(register) == before, "a refused \(action) on #\(id) changed the register")
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
            for event in try register.history(of: id, as: .admin("test")) {
                #expect(workflow.state(named: event.to) != nil)
            }
        }
    }

    /// Only the fields the action takes, so that most commands get as far as the workflow.
    private func trimmed(_ input: Register.TransitionInput) -> Register.TransitionInput {
        var input = input
        if input.action != "assign" { input.unit = nil; input.due = nil }
        if input.action != "escalate" { input.target = nil }
        return input
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
        var random = SeededRandom(seed: 11)
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        for index in 0..<12 { try fixture.file("Vấn đề \(index)", at: ["92", "Hà Nội", "Huế"][index % 3]) }
        var clock = RegisterFixture.at("2025-08-27").secondsSinceEpoch
        for _ in 0..<200 {
            clock += 3_600
            let action = ["assign", "answer", "escalate", "resolve", "reopen", "close"].randomElement(using: &random)!
            let input = Register.TransitionInput(
                action: action,
                unit: action == "assign" ? ["cuc-vt", "vu-pc"].randomElement(using: &random) : nil,
                target: action == "escalate" ? ["chinh-phu", "bo-khcn"].randomElement(using: &random) : nil,
                text: action == "assign" ? nil : "Lý do")
            _ = try? fixture.register.apply(input, to: Int64.random(in: 1...12, using: &random),
                                            at: Instant(secondsSinceEpoch: clock), as: .admin("test"))
        }
        let tally = try runSQLite(fixture.path, "SELECT state, unit_id, province_id, n FROM tally WHERE n > 0 ORDER BY 1, 2, 3").output
        let counted = try runSQLite(fixture.path, """
            SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """).output
        #expect(tally == counted)
        #expect(try runSQLite(fixture.path, "SELECT count(*) FROM tally WHERE n < 0").output == "0\n")
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
