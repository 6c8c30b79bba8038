import DocketCore
import DocketStore
import DocketTesting
import Testing

/// What the web pages read a page at a time: the longest overdue first, open problems oldest
/// first, and the groups and meetings by pages.
@Suite("Desk reads")
struct DeskReadsTests {
    @Test("the longest overdue first, by deadline then number, within the scope and the limit")
    func mostOverdue() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let admin = Principal.admin("test")
        let at = RegisterFixture.at("2025-08-27")
        // #1 due 10-10, #2 due 09-05, #3 due 09-20, #4 due 12-30 (not yet), #5 raised, #6 resolved
        // after its deadline, #7 due 09-05 at another unit.
        let plan: [(unit: String?, due: String?)] = [
            ("cuc-vt", "2025-10-10"), ("cuc-vt", "2025-09-05"), ("cuc-vt", "2025-09-20"), ("cuc-vt", "2025-12-30"),
            (nil, nil), ("cuc-vt", "2025-09-01"), ("vu-pc", "2025-09-05"),
        ]
        for (index, step) in plan.enumerated() {
            let id = try fixture.file("Vấn đề \(index + 1)")
            if let unit = step.unit {
                _ = try register.apply(.init(action: "assign", unit: unit, due: step.due.map { .date(RegisterFixture.date($0)) }),
                                       to: id, at: at, as: admin)
            }
        }
        _ = try register.apply(.init(action: "resolve", text: "Đã giải quyết"), to: 6, at: RegisterFixture.at("2025-10-01"), as: admin)
        let overdueIn = try register.workflow().deadlines.overdueIn
        let day = RegisterFixture.date("2025-11-24")
        #expect(try register.mostOverdue(on: day, overdueStates: overdueIn, limit: 50, as: admin).map(\.id) == [2, 7, 3, 1])
        #expect(try register.mostOverdue(on: day, overdueStates: overdueIn, limit: 2, as: admin).map(\.id) == [2, 7])
        let unit = try #require(try register.units().first { $0.code == "cuc-vt" })
        let staff = Principal(name: "cuc-vt", role: .unit, scope: .unit(unit.id))
        #expect(try register.mostOverdue(on: day, overdueStates: overdueIn, limit: 50, as: staff).map(\.id) == [2, 3, 1])
        #expect(try register.mostOverdue(on: RegisterFixture.date("2025-09-20"), overdueStates: overdueIn, limit: 50, as: staff)
            .map(\.id) == [2])
        #expect(try register.mostOverdue(on: day, overdueStates: [], limit: 50, as: admin).isEmpty)
        // Read whole: the page's problems are the problems as `problem(id:)` reads them.
        #expect(try register.mostOverdue(on: day, overdueStates: overdueIn, limit: 1, as: admin)
            == [try register.problem(id: 2, as: admin)])
        // The open problems oldest first, a page at a time, every one once.
        let open = ProblemFilter(states: ["raised", "assigned", "answered", "escalated"])
        let first = try register.problems(matching: open, overdueStates: overdueIn, limit: 4, as: admin)
        #expect(first.items.map(\.id) == [1, 2, 3, 4])
        let second = try register.problems(matching: open, overdueStates: overdueIn, after: first.next, limit: 4, as: admin)
        #expect(second.items.map(\.id) == [5, 7])
        #expect(second.next == nil)
    }

    @Test("groups a page at a time by number, each with its problems' counts by state")
    func groupPages() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let groups = try fixture.addGroups()
        try fixture.file("Vấn đề 1", group: groups[0])
        try fixture.file("Vấn đề 2", group: groups[2])
        try fixture.file("Vấn đề 3", group: groups[2])
        _ = try register.apply(.init(action: "assign", unit: "cuc-vt"), to: 3, at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        var seen: [Int64] = []
        var counts: [Int64: [String: Int]] = [:]
        var cursor: PageCursor?
        var sizes: [Int] = []
        repeat {
            let page = try register.groups(after: cursor?.id, limit: 3)
            sizes.append(page.items.count)
            for (group, count) in page.items {
                seen.append(group.id)
                counts[group.id] = count
            }
            cursor = page.next
        } while cursor != nil
        #expect(sizes == [3, 3, 2])
        #expect(seen == groups)
        #expect(counts[groups[0]] == ["raised": 1])
        #expect(counts[groups[1]] == [:])
        #expect(counts[groups[2]] == ["raised": 1, "assigned": 1])
        #expect(try register.groups().map(\.group.id) == seen)
        #expect(try register.groupTitles().map(\.title) == (1...8).map { "Nhóm \($0)" })
    }

    @Test("meetings a page at a time by the day each was held, then by number")
    func meetingPages() throws {
        let fixture = try RegisterFixture()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-01")
        for day in ["2025-09-02", "2025-08-26", "2025-09-02", "2025-07-15", "2025-08-26"] {
            _ = try register.addMeeting(locality: "Cần Thơ", heldOn: RegisterFixture.date(day), title: "Làm việc \(day)",
                                        lead: nil, notes: nil, at: at, actor: "test")
        }
        let first = try register.meetings(after: nil, limit: 2)
        #expect(first.items.map(\.id) == [4, 2])
        let second = try register.meetings(after: first.next, limit: 2)
        #expect(second.items.map(\.id) == [5, 1])
        let third = try register.meetings(after: second.next, limit: 2)
        #expect(third.items.map(\.id) == [3])
        #expect(third.next == nil)
        #expect(try register.meetings().map(\.id) == [4, 2, 5, 1, 3])
        // A cursor as anyone may type it: days beyond any date a meeting can have.
        #expect(try register.meetings(after: PageCursor(key: .max, id: 1), limit: 2).items.isEmpty)
        #expect(try register.meetings(after: PageCursor(key: .min, id: 1), limit: 2).items.map(\.id) == [4, 2])
    }
}
