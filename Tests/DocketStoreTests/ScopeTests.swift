import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import Testing

/// Every read and write is told who asks, and a principal sees exactly its scope: a province
/// its own problems and its communes', a unit those it or a unit under it owns or has had
/// escalated to it. Outside the scope is the same as not there.
@Suite struct APrincipalSeesOnlyItsScope {
    /// Three provinces' problems: #1 in Phường Ninh Kiều (Cần Thơ), assigned to Cục Viễn thông;
    /// #2 in Đồng Nai, assigned to Vụ Pháp chế; #3 in Hà Nội, assigned to Cục Viễn thông and
    /// escalated to the Government.
    private func register() throws -> RegisterFixture {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Giá thuê hạ tầng viễn thông", at: "Ninh Kiều")
        try fixture.file("Thủ tục chồng chéo về viễn thông", at: "Đồng Nai")
        try fixture.file("Cáp viễn thông treo", at: "Hà Nội")
        let at = RegisterFixture.at("2025-08-27")
        for (id, unit) in [(1, "cuc-vt"), (2, "vu-pc"), (3, "cuc-vt")] {
            try fixture.register.apply(.init(action: "assign", unit: unit, due: .date(RegisterFixture.date("2025-09-30"))),
                                       to: Int64(id), at: at, as: .admin("test"))
        }
        try fixture.register.apply(.init(action: "escalate", target: "chinh-phu", text: "Ngoài thẩm quyền"),
                                   to: 3, at: at, as: .admin("test"))
        return fixture
    }

    private func province(_ fixture: RegisterFixture, _ name: String) throws -> Principal {
        Principal(name: "so-" + name, role: .locality, scope: .province(try fixture.register.locality(named: name).id))
    }

    private func unit(_ fixture: RegisterFixture, _ code: String) throws -> Principal {
        Principal(name: code, role: .unit, scope: .unit(try fixture.register.unit(named: code).id))
    }

    private func listed(_ fixture: RegisterFixture, as principal: Principal) throws -> [Int64] {
        try fixture.register.problems(matching: ProblemFilter(), overdueStates: [], limit: 100, as: principal)
            .items.map(\.id)
    }

    private func found(_ fixture: RegisterFixture, as principal: Principal) throws -> [Int64] {
        try fixture.register.search(try SearchQuery(parsing: "vien thong"), limit: 100, as: principal)
            .items.map(\.id).sorted()
    }

    @Test func aProvinceListsAndFindsItsOwnProblemsAndItsCommunes() throws {
        let fixture = try register()
        let canTho = try province(fixture, "Cần Thơ")
        #expect(try listed(fixture, as: canTho) == [1])
        #expect(try found(fixture, as: canTho) == [1])
        #expect(try listed(fixture, as: province(fixture, "Đồng Nai")) == [2])
        #expect(try found(fixture, as: .admin("test")) == [1, 2, 3])
    }

    @Test func aUnitSeesWhatItsSubtreeOwnsOrHasEscalatedToIt() throws {
        let fixture = try register()
        #expect(try listed(fixture, as: unit(fixture, "cuc-vt")) == [1, 3])
        #expect(try listed(fixture, as: unit(fixture, "vu-pc")) == [2])
        #expect(try listed(fixture, as: unit(fixture, "bo-khcn")) == [1, 2, 3])
        #expect(try found(fixture, as: unit(fixture, "vu-pc")) == [2])
        #expect(try listed(fixture, as: unit(fixture, "chinh-phu")) == [1, 2, 3])
    }

    @Test func aProblemOutsideTheScopeIsNotFoundLikeOneThatIsNotThere() throws {
        let fixture = try register()
        let canTho = try province(fixture, "Cần Thơ")
        let outside = #expect(throws: RegisterError.self) { try fixture.register.problem(id: 2, as: canTho) }
        let missing = #expect(throws: RegisterError.self) { try fixture.register.problem(id: 99, as: canTho) }
        #expect(outside == .notFound(kind: .problem, name: "#2"))
        #expect(missing == .notFound(kind: .problem, name: "#99"))
        #expect(throws: RegisterError.notFound(kind: .problem, name: "#2")) {
            try fixture.register.history(of: 2, as: canTho)
        }
        #expect(try fixture.register.history(of: 1, as: canTho).map(\.action) == ["file", "assign"])
    }

    @Test func aTransitionOutsideTheScopeIsNotFoundAndChangesNothing() throws {
        let fixture = try register()
        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) {
            try fixture.register.apply(.init(action: "comment", text: "Đã xem"), to: 1,
                                       at: RegisterFixture.at("2025-08-28"), as: unit(fixture, "vu-pc"))
        }
        #expect(throws: RegisterError.outsideScope(kind: .unit, name: "cuc-vt")) {
            try fixture.register.apply(.init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date("2025-09-30"))),
                                       to: 2, at: RegisterFixture.at("2025-08-28"), as: unit(fixture, "vu-pc"))
        }
        #expect(try fixture.fingerprint() == before)
        let commented = try fixture.register.apply(.init(action: "comment", text: "Đã xem"), to: 2,
                                                   at: RegisterFixture.at("2025-08-28"), as: unit(fixture, "vu-pc"))
        #expect(try fixture.register.history(of: commented.id, as: .admin("test")).last?.actor == "vu-pc")
    }

    @Test func aProvinceFilesInItselfAndUnderItButNowhereElse() throws {
        let fixture = try register()
        let canTho = try province(fixture, "Cần Thơ")
        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.outsideScope(kind: .locality, name: "Đồng Nai")) {
            try fixture.register.file(NewProblem(title: "Sai tỉnh", locality: "Đồng Nai"),
                                      at: RegisterFixture.at("2025-08-28"), as: canTho)
        }
        #expect(throws: RegisterError.outsideScope(kind: .locality, name: "Cần Thơ")) {
            try fixture.register.file(NewProblem(title: "Đơn vị không nộp", locality: "Cần Thơ"),
                                      at: RegisterFixture.at("2025-08-28"), as: unit(fixture, "cuc-vt"))
        }
        #expect(try fixture.fingerprint() == before)
        let filed = try fixture.register.file(NewProblem(title: "Trạm BTS", locality: "Ninh Kiều"),
                                              at: RegisterFixture.at("2025-08-28"), as: canTho)
        #expect(filed.id == 4)
        #expect(try fixture.register.history(of: 4, as: canTho).map(\.actor) == ["so-Cần Thơ"])
    }

    @Test func searchPagesFollowOneAnotherInRankOrder() throws {
        let fixture = try register()
        let query = try SearchQuery(parsing: "vien thong")
        let whole = try fixture.register.search(query, limit: 100, as: .admin("test")).items.map(\.id)
        var paged: [Int64] = []
        var cursor: PageCursor?
        var pages = 0
        repeat {
            let page = try fixture.register.search(query, limit: 1, after: cursor, as: .admin("test"))
            paged += page.items.map(\.id)
            cursor = page.next
            pages += 1
        } while cursor != nil && pages < 10
        #expect(whole.count == 3)
        #expect(paged == whole)
        #expect(pages == 3)
    }

    @Test func aCursorIsReadBackExactlyAndNothingElseIsTakenForOne() {
        for cursor in [PageCursor(key: 1_756_173_600, id: 12), PageCursor(key: -4_611_686_018_427_387_904, id: 1),
                       PageCursor(key: .max, id: .max)] {
            #expect(PageCursor(token: cursor.token) == cursor)
        }
        for token in ["", "_", "abc", "1_0", "1_-1", "1__2", "01_2", "1_2_3", "zzzzzzzzzzzzzzz_1", "é_1"] {
            #expect(PageCursor(token: token) == nil, "\(token)")
        }
    }
}

/// An import is told who imports: a province's rows must all lie in it, or none is filed.
@Suite struct AnImportStaysInsideItsScope {
    @Test func aRowOutsideTheProvinceRefusesTheWholeFileNamingItsLine() throws {
        let fixture = try RegisterFixture()
        let canTho = Principal(name: "so-can-tho", role: .locality,
                               scope: .province(try fixture.register.locality(named: "Cần Thơ").id))
        let before = try fixture.fingerprint()
        var reader = CSVReader(bytes: Array("title,locality\r\nGiá thuê,Cần Thơ\r\nCáp treo,Đồng Nai\r\n".utf8))
        let options = Register.ImportOptions(raisedAt: RegisterFixture.at("2025-08-26"),
                                             now: RegisterFixture.at("2025-10-01"), as: canTho)
        #expect(throws: RegisterError.importRow(line: 3, column: "locality",
                                                fault: .register(.outsideScope(kind: .locality, name: "Đồng Nai")))) {
            try fixture.register.importProblems(from: &reader, options: options)
        }
        #expect(try fixture.fingerprint() == before)
        var good = CSVReader(bytes: Array("title,locality\r\nGiá thuê,Cần Thơ\r\n".utf8))
        #expect(try fixture.register.importProblems(from: &good, options: options).count == 1)
        #expect(try fixture.register.history(of: 1, as: canTho).map(\.actor) == ["so-can-tho"])
    }
}
