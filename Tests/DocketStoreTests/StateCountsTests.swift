import DocketCore
import DocketStore
import DocketTesting
import Testing

/// The desk's counts by state: read from the tally for a province and for everything, from
/// the problems for a unit; each equal to counting the problems the principal sees.
@Suite("Counts by state")
struct StateCountsTests {
    @Test("equal to counting the scope's problems, for every scope, through transitions and a move to another province")
    func countsMatchTheProblems() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let admin = Principal.admin("test")
        var ids: [Int64] = []
        for (index, locality) in ["Cần Thơ", "Hà Nội", "Phường Ninh Kiều, Cần Thơ", "Hà Nội", "Cần Thơ"].enumerated() {
            ids.append(try fixture.file("Vấn đề \(index)", at: locality))
        }
        let at = RegisterFixture.at("2025-08-27")
        _ = try register.apply(.init(action: "assign", unit: "cuc-vt"), to: ids[0], at: at, as: admin)
        _ = try register.apply(.init(action: "assign", unit: "vu-pc"), to: ids[1], at: at, as: admin)
        _ = try register.apply(.init(action: "resolve", text: "Đã giải quyết"), to: ids[1], at: RegisterFixture.at("2025-08-28"), as: admin)
        _ = try register.apply(.init(action: "escalate", target: "cuc-vt", text: "Vượt thẩm quyền"), to: ids[3], at: at, as: admin)
        _ = try register.edit(ids[4], ProblemEdit(locality: "Hà Nội"), at: RegisterFixture.at("2025-08-29"), as: admin)
        let provinces = try register.localities().filter(\.isProvince)
        let units = try register.units()
        let scopes: [Principal.Scope] = [.everything]
            + provinces.filter { ["Cần Thơ", "Hà Nội", "Huế"].contains($0.name) }.map { .province($0.id) }
            + units.map { .unit($0.id) }
        for scope in scopes {
            let principal = Principal(name: "p", role: .coordinator, scope: scope)
            var expected: [String: Int] = [:]
            try register.forEachProblem(matching: ProblemFilter(), overdueStates: [], as: principal) { expected[$0.state, default: 0] += 1 }
            #expect(try register.stateCounts(as: principal) == expected, "\(scope)")
        }
        #expect(try register.stateCounts(as: admin) == ["raised": 2, "assigned": 1, "resolved": 1, "escalated": 1])
    }
}
