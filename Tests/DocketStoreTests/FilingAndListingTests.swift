import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import Testing

@Suite struct FilingAProblem {
    @Test func filingWritesTheProblemAndItsFirstEvent() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-08-26")
        let problem = try fixture.register.file(
            NewProblem(title: "  Giá thuê hạ tầng viễn thông thụ động chưa thống nhất ", locality: "ninh kieu",
                       category: "Viễn thông", recommendation: "Cục Viễn thông sớm thống nhất khung giá"),
            at: at, as: .admin("chuyen-vien"))
        #expect(problem.id == 1)
        #expect(problem.title == "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất")
        #expect(problem.state == "raised")
        #expect(problem.locality == NamedRef(code: "31135", name: "Phường Ninh Kiều"))
        #expect(problem.province == NamedRef(code: "92", name: "Cần Thơ"))
        #expect(problem.raisedAt == at)
        #expect(problem.updatedAt == at)
        #expect(problem.unit == nil)
        #expect(problem.due == nil)
        let history = try fixture.register.history(of: 1, as: .admin("test"))
        #expect(history.count == 1)
        #expect(history[0].action == "file")
        #expect(history[0].from == nil)
        #expect(history[0].to == "raised")
        #expect(history[0].actor == "chuyen-vien")
        #expect(history[0].at == at)
        #expect(history[0].recordedAt == Instant(secondsSinceEpoch: 1_764_000_000))
    }

    @Test func aProblemAtAnUnknownLocalityLeavesTheRegisterAsItWas() throws {
        let fixture = try RegisterFixture()
        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.notFound(kind: .locality, name: "Atlantis")) {
            try fixture.file("Thiếu cán bộ", at: "Atlantis")
        }
        #expect(throws: RegisterError.notFound(kind: .meeting, name: "#7")) {
            try fixture.register.file(NewProblem(title: "Thiếu cán bộ", locality: "92", meeting: 7),
                                      at: RegisterFixture.at("2025-08-26"), as: .admin("test"))
        }
        #expect(throws: RegisterError.notFound(kind: .group, name: "#3")) {
            try fixture.register.file(NewProblem(title: "Thiếu cán bộ", locality: "92", group: 3),
                                      at: RegisterFixture.at("2025-08-26"), as: .admin("test"))
        }
        #expect(throws: InputError.blank(field: "title")) {
            try fixture.file("   ")
        }
        #expect(throws: InputError.tooLong(field: "title", limit: 500)) {
            try fixture.file(String(repeating: "ă", count: 501))
        }
        #expect(try fixture.fingerprint() == before)
    }

    @Test func anEventCanBeNeitherChangedNorDeleted() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Thiếu cán bộ")
        let before = try fixture.fingerprint()
        for statement in ["UPDATE event SET note = 'x'", "DELETE FROM event", "DELETE FROM problem"] {
            let shell = try sqlite(fixture.path, statement)
            #expect(shell.status != 0)
            #expect(shell.stderr.contains("never"))
        }
        #expect(try fixture.fingerprint() == before)
    }
}

@Suite struct ListingProblems {
    /// Three provinces' problems, one from a ward of Cần Thơ, two in a group, one assigned.
    private func populated() throws -> RegisterFixture {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let at = RegisterFixture.at("2025-08-01")
        let group = try fixture.register.addGroup(title: "Hạ tầng viễn thông", at: at, actor: "test")
        try fixture.file("Ninh Kiều thiếu cán bộ", at: "Ninh Kiều", on: "2025-08-26", category: "Đo lường")
        try fixture.file("Giá thuê hạ tầng", at: "Cần Thơ", on: "2025-08-25", category: "Viễn thông", group: group.id)
        try fixture.file("Cáp ngầm chậm", at: "Đồng Nai", on: "2025-08-27", category: "viễn thông", group: group.id)
        try fixture.file("Thủ tục chồng chéo", at: "Hà Nội", on: "2025-08-25")
        try fixture.register.apply(.init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date("2025-09-05"))),
                                   to: 2, at: RegisterFixture.at("2025-08-28"), as: .admin("test"))
        return fixture
    }

    private func ids(_ fixture: RegisterFixture, _ filter: ProblemFilter) throws -> [Int64] {
        let ids = try fixture.register.problems(matching: filter, overdueStates: ["assigned", "escalated"], limit: Register.largestPage, as: .admin("test")).items.map(\.id)
        return ids
    }

    @Test func everyProblemOldestFirst() throws {
        let fixture = try populated()
        #expect(try ids(fixture, ProblemFilter()) == [2, 4, 1, 3])
        let first = try fixture.register.problems(matching: ProblemFilter(), overdueStates: [], limit: 2, as: .admin("test"))
        #expect(first.items.map(\.id) == [2, 4])
        let cursor = try #require(first.next)
        // A problem filed after the first page was read comes last, on the next page.
        try fixture.file("Nộp sau", at: "Hà Nội", on: "2025-08-29")
        let second = try fixture.register.problems(matching: ProblemFilter(), overdueStates: [], after: cursor, limit: 2,
                                                   as: .admin("test"))
        #expect(second.items.map(\.id) == [1, 3])
        #expect(second.next != nil)
        let third = try fixture.register.problems(matching: ProblemFilter(), overdueStates: [],
                                                  after: second.next, limit: 2, as: .admin("test"))
        #expect(third.items.map(\.id) == [5])
        #expect(third.next == nil)
    }

    @Test func aProvincesFilterIncludesItsCommunes() throws {
        let fixture = try populated()
        #expect(try ids(fixture, ProblemFilter(locality: "Cần Thơ")) == [2, 1])
        #expect(try ids(fixture, ProblemFilter(locality: "31135")) == [1])
    }

    @Test func filtersCombine() throws {
        let fixture = try populated()
        #expect(try ids(fixture, ProblemFilter(states: ["assigned"])) == [2])
        #expect(try ids(fixture, ProblemFilter(states: ["raised"], locality: "can tho")) == [1])
        #expect(try ids(fixture, ProblemFilter(unit: "cuc vien thong")) == [2])
        #expect(try ids(fixture, ProblemFilter(category: "VIEN THONG")) == [2, 3])
        #expect(try ids(fixture, ProblemFilter(group: 1)) == [2, 3])
        #expect(try ids(fixture, ProblemFilter(overdueOn: RegisterFixture.date("2025-09-05"))) == [])
        #expect(try ids(fixture, ProblemFilter(overdueOn: RegisterFixture.date("2025-09-06"))) == [2])
        #expect(try ids(fixture, ProblemFilter(category: "viễn thông", overdueOn: RegisterFixture.date("2025-09-06"))) == [2])
    }
}
