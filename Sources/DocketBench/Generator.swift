import DocketCore
import DocketStore
import DocketWorkflow

/// Makes a large register that looks like a real one: the 34 provinces and the 3,321 communes,
/// wards and special zones under them (as `init` makes them), ~200 units in a hierarchy (Government → ministries; the ministry keeping
/// the register → its departments → their divisions), Vietnamese titles with diacritics, and
/// histories of about four events per problem over three years, most old problems resolved.
/// Every history goes through the real workflow engine, so the register is one docket itself
/// could have made. Seeded: the same arguments give the same register.
struct Generator {
    var problems: Int
    var now: Instant
    var seed: UInt64
    /// How far back the first problem was raised.
    var spanDays = 1095

    func generate(into register: Register, report: (String) -> Void) throws {
        var random = SeededRandom(seed: seed)
        let at = now.adding(seconds: -Int64(spanDays + 30) * 86_400)

        // The country's 3,321 communes, wards and special zones are the register's from init.
        let communes = try register.localities().filter { !$0.isProvince }.map { $0.code! }
        let provinces = try register.localities().filter(\.isProvince).map { $0.code! }

        report("units")
        var units: [String: UnitRef] = [:]
        var parents: [String: String] = [:]
        func add(_ code: String, _ name: String, _ kind: OrgUnit.Kind, parent: String?) throws {
            let unit = try register.addUnit(code: code, name: name, kind: kind, parent: parent, at: at)
            units[code] = UnitRef(id: unit.id, code: unit.code)
            parents[code] = parent
        }
        try add("chinh-phu", "Chính phủ", .government, parent: nil)
        for (index, ministry) in Words.ministries.enumerated() {
            try add("bo-\(index + 1)", ministry, .ministry, parent: "chinh-phu")
        }
        try add("bo-khcn", "Bộ Khoa học và Công nghệ", .internal, parent: "chinh-phu")
        var owners: [String] = []
        for (index, department) in Words.departments.enumerated() {
            let code = "vu-\(index + 1)"
            try add(code, department, .internal, parent: "bo-khcn")
            owners.append(code)
            for division in 1...5 {
                try add("\(code)-p\(division)", "Phòng \(division), \(department)", .internal, parent: code)
                owners.append("\(code)-p\(division)")
            }
        }

        // The other ministries and the Government: where what is beyond the ministry's authority goes.
        let beyond = Words.ministries.indices.map { units["bo-\($0 + 1)"]! } + [units["chinh-phu"]!]

        report("groups")
        var groups: [Int64] = []
        for index in 0..<300 {
            groups.append(try register.addGroup(title: "Nhóm khó khăn \(index + 1): \(Words.topic(&random))", at: at, actor: "bench").id)
        }

        report("problems")
        let zone = register.timeZone
        let start = now.secondsSinceEpoch - Int64(spanDays) * 86_400
        let step = Double(spanDays) * 86_400 / Double(max(problems, 1))
        var produced = 0
        let histories = AnySequence { () -> AnyIterator<Register.History> in
            AnyIterator {
                guard produced < problems else { return nil }
                let raisedAt = Instant(secondsSinceEpoch: start + Int64(Double(produced) * step))
                produced += 1
                let locality = Int.random(in: 0..<10, using: &random) < 7
                    ? communes.randomElement(using: &random)! : provinces.randomElement(using: &random)!
                let problem = NewProblem(
                    title: Words.title(&random), locality: locality,
                    category: Words.categories.randomElement(using: &random)!,
                    description: Int.random(in: 0..<2, using: &random) == 0 ? Words.description(&random) : nil,
                    recommendation: Int.random(in: 0..<10, using: &random) < 7 ? Words.recommendation(&random) : nil,
                    group: Int.random(in: 0..<20, using: &random) == 0 ? groups.randomElement(using: &random)! : nil)
                let requests = Generator.history(raisedAt: raisedAt, now: now, zone: zone, owners: owners,
                                                 units: units, parents: parents, beyond: beyond, random: &random)
                return Register.History(problem: problem, raisedAt: raisedAt, requests: requests)
            }
        }
        try register.load(histories, actor: "bench") { count in
            if count % 10_000 == 0 { report("problems \(count)/\(problems)") }
        }
    }

    /// What happens to one problem: usually assigned, often answered, sometimes escalated
    /// within the ministry, now and then (2 in 100) sent beyond its authority to another
    /// ministry or the Government, resolved in most cases once it is old enough, now and then
    /// commented, reopened or closed.
    static func history(raisedAt: Instant, now: Instant, zone: TimeZoneRules, owners: [String],
                        units: [String: UnitRef], parents: [String: String], beyond: [UnitRef],
                        random: inout SeededRandom) -> [TransitionRequest] {
        var requests: [TransitionRequest] = []
        var clock = raisedAt.secondsSinceEpoch
        func later(_ days: ClosedRange<Int>) -> Instant? {
            clock += Int64(Int.random(in: days, using: &random)) * 86_400 + Int64.random(in: 0..<28_800, using: &random)
            return clock < now.secondsSinceEpoch ? Instant(secondsSinceEpoch: clock) : nil
        }
        let ageDays = Int((now.secondsSinceEpoch - raisedAt.secondsSinceEpoch) / 86_400)
        if Int.random(in: 0..<100, using: &random) < 8 {
            if Int.random(in: 0..<3, using: &random) == 0, let at = later(1...20) {
                requests.append(TransitionRequest(action: "close", text: "Trùng với vấn đề đã ghi nhận", at: at))
            }
            return requests
        }
        guard let assignedAt = later(0...4) else { return requests }
        let owner = owners.randomElement(using: &random)!
        let due = zone.localDate(of: assignedAt).adding(days: Int.random(in: 14...60, using: &random))
        requests.append(TransitionRequest(action: "assign", unit: units[owner], due: due, at: assignedAt))
        var state = "assigned"
        if Int.random(in: 0..<100, using: &random) < 45, let at = later(2...15) {
            requests.append(TransitionRequest(action: "answer", text: Words.response(&random), at: at))
            state = "answered"
        }
        if Int.random(in: 0..<100, using: &random) < 12, let parent = parents[owner], let target = units[parent],
           let at = later(3...20) {
            requests.append(TransitionRequest(action: "escalate", target: target, text: Words.reason(&random), at: at))
            state = "escalated"
        }
        if Int.random(in: 0..<100, using: &random) < 2, let at = later(3...30) {
            requests.append(TransitionRequest(action: "escalate", target: beyond.randomElement(using: &random)!,
                                              text: Words.reason(&random), at: at))
            state = "escalated"
        }
        if Int.random(in: 0..<100, using: &random) < 30, let at = later(0...10) {
            requests.append(TransitionRequest(action: "comment", text: Words.comment(&random), at: at))
        }
        // Old problems are mostly resolved; young ones in proportion to their age.
        let resolveChance = min(88, ageDays * 88 / 60)
        if Int.random(in: 0..<100, using: &random) < resolveChance, let at = later(3...40) {
            requests.append(TransitionRequest(action: "resolve", text: Words.resolution(&random), at: at))
            state = "resolved"
            if Int.random(in: 0..<100, using: &random) < 3, let reopened = later(5...30) {
                requests.append(TransitionRequest(action: "reopen", text: "Địa phương phản ánh chưa giải quyết dứt điểm", at: reopened))
                if Int.random(in: 0..<100, using: &random) < 70, let again = later(5...30) {
                    requests.append(TransitionRequest(action: "resolve", text: Words.resolution(&random), at: again))
                }
            }
        } else if state != "resolved", Int.random(in: 0..<100, using: &random) < 4, let at = later(5...60) {
            requests.append(TransitionRequest(action: "close", text: "Ngoài phạm vi quản lý của Bộ", at: at))
        }
        return requests
    }
}

