import DocketCore
import DocketRegister
import DocketTesting
import DocketWorkflow
import Testing
@testable import DocketStore

@Suite struct TheResponseResolutionAndCloseReasonOfAProblem {
    private let admin = Principal.admin("test")

    /// A register with its units and problem #1 raised at Cần Thơ on 2025-08-26.
    private func raised() throws -> RegisterFixture {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Giá thuê hạ tầng viễn thông")
        return fixture
    }

    private func perform(_ fixture: RegisterFixture, _ action: String, _ text: String? = nil, unit: String? = nil,
                         on date: String) throws -> Problem {
        try fixture.register.apply(Register.TransitionInput(action: action, unit: unit, text: text), to: 1,
                                   at: RegisterFixture.at(date), as: admin)
    }

    /// The problem as `show`, `list` and `search` read it: all three alike.
    private func read(_ fixture: RegisterFixture) throws -> Problem {
        let register = fixture.register
        let shown = try register.problem(id: 1, as: admin)
        let listed = try register.problems(matching: ProblemFilter(), overdueStates: [], limit: 50, as: admin).items
        let found = try register.search(try SearchQuery(parsing: "gia thue"), limit: 50, as: admin).items
        #expect(listed == [shown])
        #expect(found == [shown])
        return shown
    }

    private func texts(_ problem: Problem) -> [String?] {
        [problem.response, problem.resolution, problem.closeReason]
    }

    @Test func theLatestResponseIsKeptThroughAResolutionAndAReopen() throws {
        let fixture = try raised()
        #expect(texts(try read(fixture)) == [nil, nil, nil])
        _ = try perform(fixture, "assign", unit: "cuc-vt", on: "2025-08-27")
        let answered = try perform(fixture, "answer", "Đã hướng dẫn tạm thời", on: "2025-08-28")
        #expect(texts(answered) == ["Đã hướng dẫn tạm thời", nil, nil])
        _ = try perform(fixture, "comment", "Địa phương chưa đồng ý", on: "2025-08-29")
        _ = try perform(fixture, "assign", unit: "vu-pc", on: "2025-08-30")
        #expect(texts(try read(fixture)) == ["Đã hướng dẫn tạm thời", nil, nil])
        let resolved = try perform(fixture, "resolve", "Đã ban hành khung giá", on: "2025-09-05")
        #expect(texts(resolved) == ["Đã hướng dẫn tạm thời", "Đã ban hành khung giá", nil])
        let reopened = try perform(fixture, "reopen", "Chưa áp dụng được", on: "2025-09-10")
        #expect(reopened.state == "assigned")
        #expect(texts(reopened) == ["Đã hướng dẫn tạm thời", nil, nil])
        #expect(texts(try read(fixture)) == ["Đã hướng dẫn tạm thời", nil, nil])
        // A second answer on the same day as the first event after it: the later one is the latest.
        _ = try perform(fixture, "answer", "Hướng dẫn lần hai", on: "2025-09-11")
        #expect(try read(fixture).response == "Hướng dẫn lần hai")
    }

    @Test func theCloseReasonStandsWhileTheProblemIsClosed() throws {
        let fixture = try raised()
        _ = try perform(fixture, "assign", unit: "cuc-vt", on: "2025-08-27")
        _ = try perform(fixture, "answer", "Đã hướng dẫn", on: "2025-08-28")
        let closed = try perform(fixture, "close", "Trùng với #2", on: "2025-08-29")
        #expect(closed.state == "closed")
        #expect(texts(closed) == ["Đã hướng dẫn", nil, "Trùng với #2"])
        // A comment on a closed problem is not a reason.
        _ = try perform(fixture, "comment", "Đã báo địa phương", on: "2025-08-30")
        #expect(texts(try read(fixture)) == ["Đã hướng dẫn", nil, "Trùng với #2"])
    }

    /// The standard workflow reopens a closed problem (version 2 on): it was closed by mistake.
    @Test func reopeningAClosedProblemClearsItsCloseReason() throws {
        let fixture = try raised()
        let register = fixture.register
        func perform(_ action: String, _ text: String, on date: String) throws -> Problem {
            try register.apply(Register.TransitionInput(action: action, text: text), to: 1,
                               at: RegisterFixture.at(date), as: admin)
        }
        #expect(try perform("close", "Ngoài phạm vi", on: "2025-08-27").closeReason == "Ngoài phạm vi")
        let reopened = try perform("reopen", "Thuộc phạm vi của Bộ", on: "2025-08-28")
        #expect(reopened.state == "raised")
        #expect(texts(reopened) == [nil, nil, nil])
        #expect(texts(try register.problem(id: 1, as: admin)) == [nil, nil, nil])
        let closedAgain = try perform("close", "Trùng với #2", on: "2025-08-29")
        #expect(texts(closedAgain) == [nil, nil, "Trùng với #2"])
    }

    /// The two correlated subqueries read the problem's events by `event_by_problem`, in its
    /// order, and sort nothing.
    @Test func theTextsAreReadFromTheEventIndexWithoutSorting() throws {
        let fixture = try raised()
        let register = fixture.register
        let (sql, values) = try register.read { _ in try register.problemColumns() }
        #expect(values.map { "\($0)" } == ["answer", "closed", "close"])
        let plan = try register.read { _ in
            var details: [String] = []
            try register.database.prepare("EXPLAIN QUERY PLAN " + sql + " WHERE p.id = ?")
                .forEachRow(values + [Int64(1)]) { details.append($0.text(3)) }
            return details
        }
        let onEvents = plan.filter { $0.hasPrefix("SEARCH e ") || $0.hasPrefix("SCAN e") }
        #expect(onEvents == ["SEARCH e USING INDEX event_by_problem (problem_id=?)",
                             "SEARCH e USING INDEX event_by_problem (problem_id=?)"])
        #expect(!plan.contains { $0.contains("TEMP B-TREE") })
    }
}
