import DocketCore
import DocketRegister
import DocketTesting
import DocketWorkflow
import Testing

/// The register's operations as every store must carry them: each test is written against the
/// store protocol alone (`RegisterTransaction`, and `ReportSource` for the report) and runs over every store docket has.
@Suite struct RegisterContract {
    static let admin = Principal.admin("test")

    /// Files the problem titled `title` at `locality`, raised at `at` (a date means 09:00 there).
    @discardableResult
    static func file(_ title: String, at locality: String = "Cần Thơ", on at: String = "2025-10-01",
                     in register: OpenStore, as principal: Principal = admin) async throws -> Problem {
        try await register.transaction { store in
            try await store.file(NewProblem(title: title, locality: locality), at: .fixture(at), as: principal, place: nil)
        }
    }

    @Test(arguments: StoreUnderTest.all)
    func aFilingIsRaisedAndAnAssignmentCountsItsDeadlineInWorkingDays(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let filed = try await Self.file("Khung giá thuê hạ tầng viễn thông thụ động chưa thống nhất", at: "can tho", in: register)
        #expect(filed.id == 1)
        #expect(filed.state == "raised")
        #expect(filed.locality == NamedRef(code: "92", name: "Cần Thơ"))
        #expect(filed.raisedAt == .fixture("2025-10-01"))
        #expect(filed.unit == nil && filed.due == nil)

        // Monday 6 October 2025, five working days: Monday the 13th.
        let assigned = try await register.transaction { store in
            try await store.apply(TransitionInput(action: "assign", unit: "cuc vt", due: .workingDays(5)), to: 1,
                            at: .fixture("2025-10-06"), as: Self.admin)
        }
        #expect(assigned.state == "assigned")
        #expect(assigned.unit == NamedRef(code: "cuc-vt", name: "Cục Viễn thông"))
        #expect(assigned.due == .fixture("2025-10-13"))
        #expect(try await register.transaction { try await $0.problem(1, in: .everything) } == assigned)
    }

    @Test(arguments: StoreUnderTest.all)
    func aTransitionTheWorkflowRefusesChangesNothing(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let filed = try await Self.file("Chồng chéo trách nhiệm giữa các bộ", in: register)
        let refusal = Refusal.notAllowed(transition: "resolve", state: "raised", allowed: ["assign", "escalate", "close"])
        await #expect(throws: RegisterError.refused(problem: 1, refusal: refusal)) {
            try await register.transaction { store in
                try await store.apply(TransitionInput(action: "resolve", text: "Đã xử lý"), to: 1, at: .fixture("2025-10-02"), as: Self.admin)
            }
        }
        #expect(try await register.transaction { try await $0.problem(1, in: .everything) } == filed)
        #expect(try await register.transaction { try await $0.status(of: 1, in: .everything).state } == "raised")
    }

    @Test(arguments: StoreUnderTest.all)
    func aProvinceFilesAndReadsOnlyItsOwn(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let (canTho, haNoi) = try await register.transaction { store in
            (try await store.resolveLocality("Cần Thơ"), try await store.resolveLocality("Hà Nội"))
        }
        let officer = Principal(name: "can-tho", role: .locality, scope: .province(canTho.id))
        let own = try await Self.file("Thiếu trạm phát sóng ở xã vùng sâu", at: "Cần Thơ", in: register, as: officer)
        #expect(own.province == NamedRef(code: "92", name: "Cần Thơ"))
        await #expect(throws: RegisterError.outsideScope(kind: .locality, name: "Hà Nội")) {
            try await Self.file("Một vấn đề của Hà Nội", at: "Hà Nội", in: register, as: officer)
        }
        await #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) {
            try await register.transaction { try await $0.problem(1, in: .province(haNoi.id)) }
        }
        #expect(try await register.transaction { try await $0.problem(1, in: .province(canTho.id)) } == own)
        // The refused filing took no number.
        #expect(try await Self.file("Thứ hai", in: register).id == 2)
    }

    @Test(arguments: StoreUnderTest.all)
    func listsAndSearchesAreKeysetPagesInsideTheScope(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        for (title, day) in [("Thiếu trạm phát sóng", "2025-10-03"), ("Trạm phát sóng chưa phép", "2025-10-01"),
                             ("Giá thuê cột", "2025-10-02")] {
            try await Self.file(title, on: day, in: register)
        }
        try await Self.file("Trạm phát sóng ở Hà Nội", at: "Hà Nội", on: "2025-09-30", in: register)
        let canTho = try await register.transaction { try await $0.resolveLocality("Cần Thơ") }
        let scope = Principal.Scope.province(canTho.id)

        // Oldest first, two at a time: the second page starts after the first's last problem.
        let first = try await register.transaction { store in
            try await store.problemPage(matching: ProblemFilter(), overdueStates: [], after: nil, limit: 2, in: scope)
        }
        #expect(first.items.map(\.id) == [2, 3])
        #expect(first.next == PageCursor(key: Instant.fixture("2025-10-02").secondsSinceEpoch, id: 3))
        let second = try await register.transaction { store in
            try await store.problemPage(matching: ProblemFilter(), overdueStates: [], after: first.next, limit: 2, in: scope)
        }
        #expect(second.items.map(\.id) == [1])
        #expect(second.next == nil)
        // A name typed any way is resolved before the store reads: Hà Nội's problem, for whoever sees it.
        let hanoi = try await register.transaction { store in
            try await store.problemPage(matching: ProblemFilter(locality: "ha noi"), overdueStates: [], after: nil,
                                        limit: 10, in: .everything)
        }
        #expect(hanoi.items.map(\.id) == [4])
        #expect(try await register.transaction { try await $0.stateCounts(in: scope) } == ["raised": 3])
        #expect(try await register.transaction { try await $0.stateCounts(in: .everything) } == ["raised": 4])

        // "trạm phát sóng" in three titles, one of them Hà Nội's: the province finds its two, a page at a time.
        let query = try SearchQuery(parsing: "tram phat song")
        let found = try await register.transaction { store in
            try await store.searchPage(query, after: nil, limit: 1, rankingWindow: 1000, in: scope)
        }
        #expect(found.items.count == 1)
        let rest = try await register.transaction { store in
            try await store.searchPage(query, after: found.next, limit: 1, rankingWindow: 1000, in: scope)
        }
        #expect(Set((found.items + rest.items).map(\.id)) == [1, 2])
        #expect(rest.next == nil)
    }

    @Test(arguments: StoreUnderTest.all)
    func aProblemsHistoryAndVersionAreReadInsideTheScope(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        try await Self.file("Chồng chéo trách nhiệm", in: register)
        let (canTho, haNoi) = try await register.transaction { store in
            (try await store.resolveLocality("Cần Thơ"), try await store.resolveLocality("Hà Nội"))
        }
        _ = try await register.transaction { store in
            try await store.apply(TransitionInput(action: "comment", text: "Đang rà soát"), to: 1, at: .fixture("2025-10-02"), as: Self.admin)
        }
        let history = try await register.transaction { try await $0.history(of: 1, in: .province(canTho.id)) }
        #expect(history.map(\.action) == ["file", "comment"])
        #expect(history.map(\.note) == [nil, "Đang rà soát"])
        let versioned = try await register.transaction { try await $0.versionedProblem(1, in: .province(canTho.id)) }
        #expect(versioned.version == history[1].id)
        await #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) {
            try await register.transaction { try await $0.history(of: 1, in: .province(haNoi.id)) }
        }
    }

    @Test(arguments: StoreUnderTest.all)
    func theSweepEscalatesAnOverdueProblemToItsOwnersParentOnce(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        for title in ["Quá hạn", "Còn hạn"] { _ = try await Self.file(title, in: register) }
        try await register.transaction { store in
            _ = try await store.apply(TransitionInput(action: "assign", unit: "cuc-vt", due: .date(.fixture("2025-10-10"))), to: 1,
                                at: .fixture("2025-10-02"), as: Self.admin)
            _ = try await store.apply(TransitionInput(action: "assign", unit: "cuc-vt", due: .date(.fixture("2025-10-14"))), to: 2,
                                at: .fixture("2025-10-02"), as: Self.admin)
        }
        let swept = try await register.transaction { try await $0.sweep(at: .fixture("2025-10-14T10:00:00+07:00"), as: Self.admin) }
        #expect(swept.map(\.id) == [1])
        #expect(swept.first?.state == "escalated")
        #expect(swept.first?.escalatedTo == NamedRef(code: "bo-khcn", name: "Bộ Khoa học và Công nghệ"))
        #expect(swept.first?.due == .fixture("2025-10-10"))
        #expect(try await register.transaction { try await $0.sweep(at: .fixture("2025-10-14T11:00:00+07:00"), as: Self.admin) }.isEmpty)
        #expect(try await register.transaction { try await $0.problem(2, in: .everything).state } == "assigned")
    }

    @Test(arguments: StoreUnderTest.all)
    func namesResolveHoweverTheyAreTyped(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        try await register.transaction { store in
            #expect(try await store.resolveLocality("TP. Cần Thơ").code == "92")
            #expect(try await store.resolveLocality("can tho").code == "92")
            // A former province means the one it was joined into.
            #expect(try await store.resolveLocality("Bình Dương").code == "79")
            #expect(try await store.resolveLocality("tphcm").code == "79")
            let commune = try await store.resolveLocality("Xã Tân Phú (Đồng Nai)")
            #expect(commune.name == "Tân Phú" && commune.kind == "Xã")
            #expect(commune.provinceID == (try await store.resolveLocality("Đồng Nai").id))
            #expect(try await store.resolveUnit("BO KHCN").code == "bo-khcn")
            #expect(try await store.resolveUnit("cục viễn").code == "cuc-vt")
            #expect(try await store.resolveUnit("Vụ Pháp chế").code == "vu-pc")
            await #expect(throws: RegisterError.notFound(kind: .unit, name: "Bộ Tài chính")) { try await store.resolveUnit("Bộ Tài chính") }
            await #expect(throws: RegisterError.ambiguous(kind: .unit, name: "c", candidates: ["chinh-phu (Chính phủ)", "cuc-vt (Cục Viễn thông)"])) {
                try await store.resolveUnit("c")
            }
        }
    }

    @Test(arguments: StoreUnderTest.all)
    func anImportFilesEveryRowOrNoneAndADryRunKeepsNothing(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let csv = """
            title,locality,unit,due,group,raised_at
            Giá thuê cột ăng-ten,Cần Thơ,cuc-vt,2025-10-20,Hạ tầng viễn thông,2025-10-01T09:00:00+07:00
            Giá thuê cống bể cáp,Hà Nội,,,Hạ tầng viễn thông,2025-10-01T10:00:00+07:00

            """
        func run(dryRun: Bool) async throws -> ImportSummary {
            try await register.transaction { store in
                var reader = CSVReader(bytes: Array(csv.utf8))
                return try await store.importProblems(from: &reader, options: ImportOptions(
                    dryRun: dryRun, raisedAt: nil, now: .fixture("2025-10-02"), as: Self.admin), progress: { _ in })
            }
        }
        await #expect(try run(dryRun: true) == ImportSummary(count: 2, first: 1, last: 2, dryRun: true))
        await #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) {
            try await register.transaction { try await $0.problem(1, in: .everything) }
        }
        #expect(try await register.transaction { try await $0.groupTitles().isEmpty })

        await #expect(try run(dryRun: false) == ImportSummary(count: 2, first: 1, last: 2, dryRun: false))
        let (first, second, groups) = try await register.transaction { store in
            (try await store.problem(1, in: .everything), try await store.problem(2, in: .everything), try await store.groupTitles())
        }
        #expect(groups.map(\.title) == ["Hạ tầng viễn thông"])
        #expect(first.state == "assigned" && first.unit?.code == "cuc-vt" && first.due == .fixture("2025-10-20"))
        #expect(first.groupID == groups.first?.id && second.groupID == groups.first?.id)
        #expect(second.state == "raised" && second.locality.code == "01")
        #expect(second.raisedAt == .fixture("2025-10-01T10:00:00+07:00"))
    }

    @Test(arguments: StoreUnderTest.all)
    func aGroupsTitleIsOneFoldedTitle(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let group = try await register.transaction { try await $0.addGroup(title: "Hạ tầng viễn thông", at: .fixture("2025-10-01"), actor: "test") }
        #expect(group.title == "Hạ tầng viễn thông" && group.createdAt == .fixture("2025-10-01"))
        await #expect(throws: RegisterError.duplicateGroupTitle(group: group.id, title: "Hạ tầng viễn thông")) {
            try await register.transaction { try await $0.addGroup(title: "HA TANG VIEN THONG", at: .fixture("2025-10-02"), actor: "test") }
        }
        #expect(try await register.transaction { try await $0.groupTitles().map(\.id) } == [group.id])
    }

    @Test(arguments: StoreUnderTest.all)
    func aBulkLoadMovesEachHistoryThroughTheWorkflow(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let (unit, province) = try await register.transaction { (try await $0.resolveUnit("cuc-vt").unitRef, try await $0.resolveLocality("Huế")) }
        let histories = (0..<3).map { n in
            ProblemHistory(problem: NewProblem(title: "Vấn đề \(n)", locality: "Huế"), raisedAt: .fixture("2025-10-01"),
                           requests: n == 0 ? [] : [TransitionRequest(action: "assign", unit: unit, at: .fixture("2025-10-02"))])
        }
        var seen: [Int] = []
        #expect(try await register.transaction { try await $0.load(histories, actor: "test", progress: { seen.append($0) }) } == 3)
        #expect(seen == [1, 2, 3])
        let loaded = try await register.transaction { store in
            var loaded: [Problem] = []
            for id: Int64 in 1...3 { loaded.append(try await store.problem(id, in: .everything)) }
            return loaded
        }
        #expect(loaded.map(\.state) == ["raised", "assigned", "assigned"])
        #expect(loaded.map(\.province.code) == [province.code, province.code, province.code])
    }

    @Test(arguments: StoreUnderTest.all)
    func aWeeksReportStandsAsTheWeekEndedWhateverHappensSince(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let (canTho, cucVT) = try await register.transaction { (try await $0.resolveLocality("Cần Thơ"), try await $0.resolveUnit("cuc-vt")) }
        // Week 40: three filed. Week 41 (6–12 October 2025): two assigned, one resolved, one sent
        // to the Government, one left past its deadline of the 7th.
        try await Self.file("Khung giá thuê hạ tầng chưa thống nhất", at: "Cần Thơ", on: "2025-10-01", in: register)
        try await Self.file("Thiếu trạm phát sóng", at: "Hà Nội", on: "2025-10-01", in: register)
        try await Self.file("Chồng chéo trách nhiệm giữa các bộ", at: "Cần Thơ", on: "2025-10-02", in: register)
        func apply(_ input: TransitionInput, to id: Int64, on day: String) async throws {
            _ = try await register.transaction { try await $0.apply(input, to: id, at: .fixture(day), as: Self.admin) }
        }
        try await apply(TransitionInput(action: "assign", unit: "cuc-vt", due: .workingDays(5)), to: 1, on: "2025-10-06")
        try await apply(TransitionInput(action: "assign", unit: "vu-pc", due: .date(.fixture("2025-10-07"))), to: 2, on: "2025-10-06")
        try await apply(TransitionInput(action: "resolve", text: "Đã ban hành khung giá"), to: 1, on: "2025-10-08")
        try await apply(TransitionInput(action: "escalate", target: "chinh-phu", text: "Vượt thẩm quyền của Bộ"), to: 3, on: "2025-10-09")

        let week = ReportPeriod.week(ISOWeek(containing: .fixture("2025-10-08")))
        let now = Instant.fixture("2025-10-20")
        func report(as principal: Principal) async throws -> ResolutionReport {
            try await register.read { try await $0.report(for: week, now: now, as: principal) }
        }
        let before = try await report(as: Self.admin)
        #expect(before.complete && before.asOf == .fixture("2025-10-13T00:00:00+07:00"))
        #expect(before.during == ResolutionReport.Activity(assigned: 2, escalated: 1, resolved: 1))
        #expect(before.endOfWeek.byState.map(\.count) == [0, 1, 0, 1])
        #expect(before.endOfWeek.overdue == 1 && before.endOfWeek.totalRaised == 3 && before.endOfWeek.totalResolved == 1)
        #expect(before.resolved.map(\.id) == [1] && before.resolved.first?.resolution == "Đã ban hành khung giá")
        #expect(before.resolved.first?.unit == NamedRef(code: "cuc-vt", name: "Cục Viễn thông"))
        #expect(before.overdue.map { [$0.id, Int64($0.daysOverdue)] } == [[2, 5]])
        #expect(before.beyondAuthority.items.map { "\($0.id) \($0.to.code ?? "") \($0.state) \($0.sentDuring)" }
                    == ["3 chinh-phu escalated true"])
        #expect(before.provinces.map { "\($0.province.name) \($0.raised) \($0.resolved) \($0.open)" }
                    == ["Hà Nội 1 0 1", "Cần Thơ 2 1 1"])

        // The week after: the resolved one reopened, the overdue one resolved, one more filed.
        try await apply(TransitionInput(action: "reopen", text: "Khung giá chưa áp dụng"), to: 1, on: "2025-10-14")
        try await apply(TransitionInput(action: "resolve", text: "Đã lắp trạm"), to: 2, on: "2025-10-15")
        try await Self.file("Một vấn đề mới", at: "Cần Thơ", on: "2025-10-15", in: register)
        await #expect(try report(as: Self.admin) == before)

        // A province's and a unit's count only their own, as the week ended.
        let province = try await report(as: Principal(name: "can-tho", role: .locality, scope: .province(canTho.id)))
        #expect(province.during == ResolutionReport.Activity(assigned: 1, escalated: 1, resolved: 1))
        #expect(province.endOfWeek.totalRaised == 2 && province.endOfWeek.overdue == 0 && province.overdue.isEmpty)
        #expect(province.resolved.map(\.id) == [1] && province.beyondAuthority.items.map(\.id) == [3])
        let unit = try await report(as: Principal(name: "cuc-vt", role: .unit, scope: .unit(cucVT.id)))
        #expect(unit.during == ResolutionReport.Activity(assigned: 1, resolved: 1))
        #expect(unit.endOfWeek.totalRaised == 1 && unit.endOfWeek.totalResolved == 1)
        #expect(unit.resolved.map(\.id) == [1] && unit.beyondAuthority.items.isEmpty)
    }

    @Test(arguments: StoreUnderTest.all)
    func anEditCorrectsTheRecordAndMovesTheProblemWithItsLocality(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let (canTho, haNoi) = try await register.transaction { (try await $0.resolveLocality("Cần Thơ"), try await $0.resolveLocality("Hà Nội")) }
        try await Self.file("Khung gia thue", at: "Cần Thơ", in: register)
        _ = try await register.transaction { store in
            try await store.apply(TransitionInput(action: "assign", unit: "cuc-vt"), to: 1, at: .fixture("2025-10-02"), as: Self.admin)
        }
        let officer = Principal(name: "can-tho", role: .locality, scope: .province(canTho.id))
        await #expect(throws: RegisterError.outsideScope(kind: .locality, name: "Hà Nội")) {
            try await register.transaction { try await $0.edit(1, ProblemEdit(locality: "Hà Nội"), at: .fixture("2025-10-03"), as: officer) }
        }
        await #expect(throws: RegisterError.nothingToChange(problem: 1)) {
            try await register.transaction { try await $0.edit(1, ProblemEdit(title: "Khung gia thue"), at: .fixture("2025-10-03"), as: officer) }
        }

        let (edited, changes) = try await register.transaction { store in
            try await store.edit(1, ProblemEdit(title: "Khung giá thuê hạ tầng", locality: "ha noi"), at: .fixture("2025-10-03"),
                           as: Self.admin)
        }
        #expect(changes == [
            Correction(field: .title, old: .text("Khung gia thue"), new: .text("Khung giá thuê hạ tầng")),
            Correction(field: .locality, old: .locality(NamedRef(code: "92", name: "Cần Thơ")),
                       new: .locality(NamedRef(code: "01", name: "Hà Nội"))),
        ])
        #expect(edited.title == "Khung giá thuê hạ tầng" && edited.province == NamedRef(code: "01", name: "Hà Nội"))
        #expect(edited.state == "assigned" && edited.unit?.code == "cuc-vt")
        #expect(try await register.transaction { try await $0.problem(1, in: .everything) } == edited)
        // The standing counts moved with it, from one province to the other.
        let (there, here) = try await register.read { store in
            (try await store.currentTally(province: haNoi.id).byState, try await store.currentTally(province: canTho.id).byState)
        }
        #expect(there == ["assigned": 1] && here.filter { $0.value != 0 }.isEmpty)
        #expect(try await register.transaction { try await $0.corrections(of: 1).values.flatMap(\.self) } == changes)
    }

    @Test(arguments: StoreUnderTest.all)
    func aUnitIsAddedRenamedAndMovedButNeverUnderItself(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let added = try await register.transaction { store in
            try await store.addUnit(code: "Phong-HT", name: "Phòng Hạ tầng", kind: .internal, parent: "cuc vt", at: .fixture("2025-10-01"))
        }
        // A code keeps the case it was typed in and is found in any.
        #expect(added.code == "Phong-HT" && added.name == "Phòng Hạ tầng" && added.parentCode == "cuc-vt")
        await #expect(throws: RegisterError.duplicate(kind: .unit, code: "phong-ht")) {
            try await register.transaction { store in
                try await store.addUnit(code: "phong-ht", name: "Phòng khác", kind: .internal, parent: nil, at: .fixture("2025-10-01"))
            }
        }

        try await Self.file("Hạ tầng viễn thông thụ động", in: register)
        _ = try await register.transaction { store in
            try await store.apply(TransitionInput(action: "assign", unit: "phong-ht"), to: 1, at: .fixture("2025-10-02"), as: Self.admin)
        }
        let renamed = try await register.transaction { store in
            try await store.renameUnit("phong ha tang", to: "Phòng Hạ tầng số", at: .fixture("2025-10-03"), actor: "test")
        }
        #expect(renamed.code == "Phong-HT" && renamed.name == "Phòng Hạ tầng số")
        #expect(try await register.transaction { try await $0.problem(1, in: .everything).unit }
            == NamedRef(code: "Phong-HT", name: "Phòng Hạ tầng số"))
        await #expect(throws: RegisterError.unitAlreadyNamed(unit: "Phong-HT", name: "Phòng Hạ tầng số")) {
            try await register.transaction { try await $0.renameUnit("phong-ht", to: "Phòng Hạ tầng số", at: .fixture("2025-10-03"), actor: "test") }
        }

        await #expect(throws: RegisterError.unitUnderItself(unit: "cuc-vt", parent: "Phong-HT")) {
            try await register.transaction { try await $0.moveUnit("cuc-vt", under: "phong-ht", at: .fixture("2025-10-04"), actor: "test") }
        }
        await #expect(throws: RegisterError.unitAlreadyUnder(unit: "Phong-HT", parent: "cuc-vt")) {
            try await register.transaction { try await $0.moveUnit("phong-ht", under: "cuc-vt", at: .fixture("2025-10-04"), actor: "test") }
        }
        let moved = try await register.transaction { try await $0.moveUnit("phong-ht", under: "vu-pc", at: .fixture("2025-10-04"), actor: "test") }
        #expect(moved.parentCode == "vu-pc")
        let (vuPC, cucVT) = try await register.transaction { (try await $0.resolveUnit("vu-pc"), try await $0.resolveUnit("cuc-vt")) }
        // The unit's problems leave the old parent's subtree and join the new one's at once.
        #expect(try await register.transaction { try await $0.status(of: 1, in: .unit(vuPC.id)).state } == "assigned")
        await #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) {
            try await register.transaction { try await $0.status(of: 1, in: .unit(cucVT.id)) }
        }
    }

    @Test(arguments: StoreUnderTest.all)
    func aCategoryIsAddedOnceByCodeAndByNameAndAFilingRecordsItsName(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let added = try await register.transaction { store in
            try await store.addCategory(Category(code: "ha-tang", name: "  Hạ tầng viễn thông ", description: nil),
                                  at: .fixture("2025-10-01"), actor: "test")
        }
        #expect(added == Category(code: "ha-tang", name: "Hạ tầng viễn thông", description: nil))
        await #expect(throws: RegisterError.duplicate(kind: .category, code: "ha-tang")) {
            try await register.transaction { store in
                try await store.addCategory(Category(code: "ha-tang", name: "Khác", description: nil), at: .fixture("2025-10-01"),
                                      actor: "test")
            }
        }
        await #expect(throws: RegisterError.duplicateCategoryName(name: "HA TANG vien thong", code: "ha-tang")) {
            try await register.transaction { store in
                try await store.addCategory(Category(code: "ht-2", name: "HA TANG vien thong", description: nil),
                                      at: .fixture("2025-10-01"), actor: "test")
            }
        }
        let filed = try await register.transaction { store in
            try await store.file(NewProblem(title: "Giá thuê cột treo cáp", locality: "Cần Thơ", category: "HA-TANG"),
                           at: .fixture("2025-10-02"), as: Self.admin, place: nil)
        }
        #expect(filed.category == "Hạ tầng viễn thông")
    }

    @Test(arguments: StoreUnderTest.all)
    func aMeetingIsRecordedAtTheLocalityTypedAnyWayAndAFilingFromItKeepsItsDay(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let meeting = try await register.transaction { store in
            try await store.addMeeting(locality: "can tho", heldOn: try CivilDate(parsing: "2025-09-30"),
                                 title: "Làm việc với UBND thành phố Cần Thơ", lead: "Thứ trưởng", notes: nil,
                                 at: .fixture("2025-10-01"), actor: "test")
        }
        #expect(meeting.id == 1 && meeting.locality == NamedRef(code: "92", name: "Cần Thơ"))
        #expect(meeting.title == "Làm việc với UBND thành phố Cần Thơ" && meeting.lead == "Thứ trưởng" && meeting.notes == nil)
        #expect(try await register.transaction { try await $0.meetingHeldOn(1) } == (try CivilDate(parsing: "2025-09-30")))
        await #expect(throws: RegisterError.notFound(kind: .locality, name: "no such place")) {
            try await register.transaction { store in
                try await store.addMeeting(locality: "no such place", heldOn: try CivilDate(parsing: "2025-09-30"), title: "Họp",
                                     lead: nil, notes: nil, at: .fixture("2025-10-01"), actor: "test")
            }
        }
        #expect(try await register.transaction { try await $0.meetingHeldOn(2) } == nil)
    }

    @Test(arguments: StoreUnderTest.all)
    func aCommuneIsAddedUnderAProvinceOnceAndIsFoundByItsName(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let (added, province) = try await register.transaction { store in
            try await store.addLocality(name: "xã  Thử Nghiệm", parent: "tp can tho", code: "92999", at: .fixture("2025-10-01"))
        }
        #expect(province.code == "92" && province.name == "Cần Thơ")
        #expect(added.code == "92999" && added.name == "Thử Nghiệm" && added.kind == "Xã")
        #expect(added.parentID == province.id && added.provinceID == province.id)
        #expect(try await register.transaction { try await $0.resolveLocality("xa thu nghiem (can tho)") } == added)
        await #expect(throws: RegisterError.duplicateName(province: "Cần Thơ", name: "Thử Nghiệm")) {
            try await register.transaction { try await $0.addLocality(name: "Thử Nghiệm", parent: "Cần Thơ", code: nil, at: .fixture("2025-10-01")) }
        }
        await #expect(throws: RegisterError.duplicate(kind: .locality, code: "92999")) {
            try await register.transaction { try await $0.addLocality(name: "Xã Khác", parent: "Cần Thơ", code: "92999", at: .fixture("2025-10-01")) }
        }
        await #expect(throws: RegisterError.notAProvince(parent: "Xã Thử Nghiệm")) {
            try await register.transaction { try await $0.addLocality(name: "Xã Khác", parent: "92999", code: nil, at: .fixture("2025-10-01")) }
        }
    }

    @Test(arguments: StoreUnderTest.all)
    func aDayAddedToTheCalendarIsSkippedByTheNextDeadlineAndRemovedOnce(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let friday = try CivilDate(parsing: "2028-04-14")
        let holiday = CalendarDay(date: friday, name: " Giỗ Tổ Hùng Vương ", working: false, source: "Thông báo (thử)")
        let added = try await register.transaction { try await $0.addCalendarDay(holiday, at: .fixture("2028-01-02"), actor: "test") }
        #expect(added == CalendarDay(date: friday, name: "Giỗ Tổ Hùng Vương", working: false, source: "Thông báo (thử)"))
        await #expect(throws: RegisterError.calendarDayListed(date: friday, name: "Giỗ Tổ Hùng Vương")) {
            try await register.transaction { try await $0.addCalendarDay(holiday, at: .fixture("2028-01-02"), actor: "test") }
        }
        let saturday = try CivilDate(parsing: "2028-04-15")
        await #expect(throws: RegisterError.calendarDayIsAlreadySo(date: saturday, working: false)) {
            try await register.transaction { store in
                try await store.addCalendarDay(CalendarDay(date: saturday, name: "Nghỉ"), at: .fixture("2028-01-02"), actor: "test")
            }
        }

        // Thursday the 13th, one working day: not the holiday Friday but Monday the 17th.
        try await Self.file("Hạ tầng dùng chung", on: "2028-04-12", in: register)
        let assigned = try await register.transaction { store in
            try await store.apply(TransitionInput(action: "assign", unit: "cuc-vt", due: .workingDays(1)), to: 1,
                            at: .fixture("2028-04-13"), as: Self.admin)
        }
        #expect(assigned.due == .fixture("2028-04-17"))

        #expect(try await register.transaction { try await $0.removeCalendarDay(friday) } == added)
        await #expect(throws: RegisterError.calendarDayNotListed(date: friday)) {
            try await register.transaction { try await $0.removeCalendarDay(friday) }
        }
        #expect(try await register.transaction { try await $0.workingCalendar().isWorkingDay(friday) })
    }

    @Test(arguments: StoreUnderTest.all)
    func aTokenIsMadeOnceForItsScopeAndRevokedOnce(_ store: StoreUnderTest) async throws {
        let register = try store.open()
        let (cucVT, canTho) = try await register.transaction { (try await $0.resolveUnit("cuc-vt"), try await $0.resolveLocality("Cần Thơ")) }
        let (made, secret) = try await register.transaction { store in
            try await store.addToken(name: " cuc-vt-1 ", role: .unit, unit: "cuc vt", locality: nil, at: .fixture("2025-10-01"))
        }
        #expect(made.name == "cuc-vt-1" && made.role == .unit && made.scope == .unit(cucVT.id))
        #expect(made.unit == NamedRef(code: "cuc-vt", name: "Cục Viễn thông") && made.locality == nil && made.isInForce)
        #expect(try await register.transaction { try await $0.token(named: "cuc-vt-1") } == made)
        let other = try await register.transaction { store in
            try await store.addToken(name: "can-tho", role: .locality, unit: nil, locality: "can tho", at: .fixture("2025-10-01"))
        }
        #expect(other.token.scope == .province(canTho.id) && other.secret != secret)

        await #expect(throws: RegisterError.duplicate(kind: .token, code: "cuc-vt-1")) {
            try await register.transaction { try await $0.addToken(name: "cuc-vt-1", role: .admin, unit: nil, locality: nil, at: .fixture("2025-10-01")) }
        }
        await #expect(throws: RegisterError.tokenNeedsScope(role: .unit)) {
            try await register.transaction { try await $0.addToken(name: "x", role: .unit, unit: nil, locality: nil, at: .fixture("2025-10-01")) }
        }
        await #expect(throws: RegisterError.tokenTakesNoScope(role: .coordinator, given: .unit)) {
            try await register.transaction { try await $0.addToken(name: "x", role: .coordinator, unit: "cuc-vt", locality: nil, at: .fixture("2025-10-01")) }
        }
        await #expect(throws: RegisterError.tokenNeedsProvince(locality: "Phường Ninh Kiều")) {
            try await register.transaction { try await $0.addToken(name: "x", role: .locality, unit: nil, locality: "ninh kieu", at: .fixture("2025-10-01")) }
        }
        #expect(try await register.transaction { try await $0.token(named: "x") } == nil)

        let revoked = try await register.transaction { try await $0.revokeToken(name: "cuc-vt-1", at: .fixture("2025-10-02")) }
        #expect(revoked.revokedNow && revoked.token.revokedAt == .fixture("2025-10-02") && !revoked.token.isInForce)
        // Again: no error, and the time it first stopped working is kept.
        let again = try await register.transaction { try await $0.revokeToken(name: "cuc-vt-1", at: .fixture("2025-10-03")) }
        #expect(!again.revokedNow && again.token.revokedAt == .fixture("2025-10-02"))
        await #expect(throws: RegisterError.notFound(kind: .token, name: "no-such-token")) {
            try await register.transaction { try await $0.revokeToken(name: "no-such-token", at: .fixture("2025-10-03")) }
        }
    }
}

