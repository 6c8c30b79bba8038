import DocketCore
import DocketRegister
import DocketTesting
import DocketWorkflow
import Testing
@testable import DocketStore

/// `docket edit` in the store: one `edit` event keeps each corrected field's old and new value;
/// the row, the search index and the tally follow; the state does not; a refusal changes nothing.
@Suite struct ACorrectionIsAnEvent {
    let admin = Principal.admin("test")

    /// A register with the units and groups, and #1 filed at Cần Thơ in group #1 on 2025-08-26,
    /// assigned to cuc-vt on the 27th.
    private func filed() throws -> RegisterFixture {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        _ = try fixture.addGroups()
        _ = try fixture.register.file(NewProblem(title: "Giá thuê hạ tầng", locality: "Cần Thơ", category: "Viễn thông",
                                                 description: "Chưa thống nhất", group: 1),
                                      at: RegisterFixture.at("2025-08-26"), as: admin)
        _ = try fixture.register.apply(.init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date("2025-09-30"))),
                                       to: 1, at: RegisterFixture.at("2025-08-27"), as: admin)
        return fixture
    }

    @Test func everyChangedFieldIsKeptWithItsOldAndNewValueAndTheStateStays() throws {
        let fixture = try filed()
        let register = fixture.register
        let edit = ProblemEdit(title: "Giá thuê hạ tầng viễn thông thụ động", description: .cleared,
                               recommendation: .to("Thống nhất khung giá"), category: .to("Viễn thông"),
                               locality: "Xã Tân Phú (Đồng Nai)", meeting: nil, group: .to(2))
        let (problem, changes) = try register.edit(1, edit, at: RegisterFixture.at("2025-09-02"), as: Principal.admin("chuyen-vien"))
        let tanPhu = try register.locality(named: "Xã Tân Phú (Đồng Nai)")
        #expect(changes == [
            Correction(field: .title, old: .text("Giá thuê hạ tầng"), new: .text("Giá thuê hạ tầng viễn thông thụ động")),
            Correction(field: .description, old: .text("Chưa thống nhất"), new: .empty),
            Correction(field: .recommendation, old: .empty, new: .text("Thống nhất khung giá")),
            Correction(field: .locality, old: .locality(NamedRef(code: "92", name: "Cần Thơ")), new: .locality(tanPhu.ref)),
            Correction(field: .group, old: .record(1), new: .record(2)),
        ])
        #expect(tanPhu.ref == NamedRef(code: tanPhu.code, name: "Xã Tân Phú"))
        #expect(problem.title == "Giá thuê hạ tầng viễn thông thụ động")
        #expect(problem.description == nil)
        #expect(problem.recommendation == "Thống nhất khung giá")
        #expect(problem.category == "Viễn thông")
        #expect(problem.locality == tanPhu.ref)
        #expect(problem.province == NamedRef(code: "75", name: "Đồng Nai"))
        #expect(problem.groupID == 2)
        #expect(problem.state == "assigned")
        #expect(problem.unit?.code == "cuc-vt")
        #expect(problem.due == RegisterFixture.date("2025-09-30"))
        #expect(problem.updatedAt == RegisterFixture.at("2025-09-02"))

        let history = try register.history(of: 1, as: admin)
        #expect(history.map(\.action) == ["file", "assign", "edit"])
        let event = try #require(history.last)
        #expect(event.actor == "chuyen-vien")
        #expect(event.at == RegisterFixture.at("2025-09-02"))
        #expect(event.from == "assigned" && event.to == "assigned")
        #expect(event.unit?.code == "cuc-vt")
        #expect(event.due == RegisterFixture.date("2025-09-30"))
        #expect(event.note == nil)
        #expect(event.changes == changes)
        #expect(history.dropLast().allSatisfy { $0.changes.isEmpty })

        // Out of the group, and back to the province itself, by its code.
        let (_, second) = try register.edit(1, ProblemEdit(locality: "92", group: .cleared), at: RegisterFixture.at("2025-09-03"), as: admin)
        #expect(second == [
            Correction(field: .locality, old: .locality(tanPhu.ref), new: .locality(NamedRef(code: "92", name: "Cần Thơ"))),
            Correction(field: .group, old: .record(2), new: .empty),
        ])
        let (stored, replayed) = try register.projectionCheck(of: 1)
        #expect(stored == replayed)
        let chain = try register.correctionCheck(of: 1)
        #expect(chain.chained)
        #expect(chain.stored == chain.replayed)
        #expect(chain.replayed[.group] == .empty)
        #expect(chain.replayed[.locality] == .locality(NamedRef(code: "92", name: "Cần Thơ")))
    }

    @Test func aMeetingIsSetAndTakenAway() throws {
        let fixture = try filed()
        let register = fixture.register
        let meeting = try register.addMeeting(locality: "Cần Thơ", heldOn: RegisterFixture.date("2025-08-26"), title: "Làm việc với Cần Thơ",
                                              lead: nil, notes: nil, at: RegisterFixture.at("2025-08-26"), actor: "test")
        let (into, set) = try register.edit(1, ProblemEdit(meeting: .to(meeting.id)), at: RegisterFixture.at("2025-09-02"), as: admin)
        #expect(into.meetingID == meeting.id)
        #expect(set == [Correction(field: .meeting, old: .empty, new: .record(meeting.id))])
        let (out, cleared) = try register.edit(1, ProblemEdit(meeting: .cleared), at: RegisterFixture.at("2025-09-02"), as: admin)
        #expect(out.meetingID == nil)
        #expect(cleared == [Correction(field: .meeting, old: .record(meeting.id), new: .empty)])
    }

    @Test func aValueEqualToTheRecordedOneIsNoChangeAndAnEditOfNothingIsRefused() throws {
        let fixture = try filed()
        let register = fixture.register
        let before = try fixture.fingerprint()
        let at = RegisterFixture.at("2025-09-02")
        for edit in [
            ProblemEdit(),
            ProblemEdit(title: "Giá thuê hạ tầng"),
            ProblemEdit(title: "  Giá thuê hạ tầng  ", description: .to("Chưa thống nhất"), category: .to("Viễn thông")),
            ProblemEdit(recommendation: .cleared, meeting: .cleared),
            ProblemEdit(recommendation: .to("   "), locality: "can tho", group: .to(1)),
        ] {
            #expect(throws: RegisterError.nothingToChange(problem: 1), "\(edit)") {
                try register.edit(1, edit, at: at, as: admin)
            }
        }
        #expect(try fixture.fingerprint() == before)
        // Only what differs is recorded.
        let (_, changes) = try register.edit(1, ProblemEdit(title: "Giá thuê hạ tầng", group: .to(3)), at: at, as: admin)
        #expect(changes.map(\.field) == [.group])
    }

    @Test func badValuesAreRefusedAsAFilingRefusesThemAndChangeNothing() throws {
        let fixture = try filed()
        let register = fixture.register
        let before = try fixture.fingerprint()
        let at = RegisterFixture.at("2025-09-02")
        let refusals: [(ProblemEdit, any Error)] = [
            (ProblemEdit(title: ""), InputError.blank(field: "title")),
            (ProblemEdit(title: "hai\ndòng"), InputError.controlCharacter(field: "title", oneLine: true)),
            (ProblemEdit(title: String(repeating: "á", count: 501)), InputError.tooLong(field: "title", limit: 500)),
            (ProblemEdit(description: .to("a\u{1B}b")), InputError.controlCharacter(field: "description", oneLine: false)),
            (ProblemEdit(locality: "  "), InputError.blank(field: "locality")),
            (ProblemEdit(locality: "Atlantis"), RegisterError.notFound(kind: .locality, name: "Atlantis")),
            (ProblemEdit(meeting: .to(7)), RegisterError.notFound(kind: .meeting, name: "#7")),
            (ProblemEdit(group: .to(99)), RegisterError.notFound(kind: .group, name: "#99")),
        ]
        for (edit, expected) in refusals {
            do {
                try register.edit(1, edit, at: at, as: admin)
                Issue.record("\(edit) was made")
            } catch {
                #expect("\(error)" == "\(expected)")
            }
        }
        #expect(throws: RegisterError.notFound(kind: .problem, name: "#9")) {
            try register.edit(9, ProblemEdit(title: "x"), at: at, as: admin)
        }
        #expect(throws: RegisterError.beforeLatestEvent(problem: 1, at: "2025-08-26T09:00:00+07:00", latest: "2025-08-27T09:00:00+07:00")) {
            try register.edit(1, ProblemEdit(title: "Sớm quá"), at: RegisterFixture.at("2025-08-26"), as: admin)
        }
        #expect(try fixture.fingerprint() == before)
    }

    @Test func aProvinceCorrectsItsOwnProblemsWithinItself() throws {
        let fixture = try filed()
        let register = fixture.register
        let canTho = Principal(name: "can-tho", role: .locality, scope: .province(try register.locality(named: "Cần Thơ").id))
        let haNoi = Principal(name: "ha-noi", role: .locality, scope: .province(try register.locality(named: "Hà Nội").id))
        let before = try fixture.fingerprint()
        let at = RegisterFixture.at("2025-09-02")
        #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) { try register.edit(1, ProblemEdit(title: "x"), at: at, as: haNoi) }
        #expect(throws: RegisterError.outsideScope(kind: .locality, name: "Đồng Nai")) {
            try register.edit(1, ProblemEdit(locality: "Đồng Nai"), at: at, as: canTho)
        }
        #expect(try fixture.fingerprint() == before)
        let (moved, _) = try register.edit(1, ProblemEdit(locality: "Phường Ninh Kiều"), at: at, as: canTho)
        #expect(moved.locality.name == "Phường Ninh Kiều")
        #expect(moved.province.code == "92")
    }

    @Test func theSearchIndexAndTheTallyFollowTheCorrections() throws {
        let fixture = try filed()
        let register = fixture.register
        try fixture.file("Thiếu trạm đo kiểm", at: "Hà Nội")
        #expect(try found(register, "ha tang") == [1])
        _ = try register.edit(1, ProblemEdit(title: "Khung giá cho thuê cột ăng-ten", description: .to("Ngầm hóa cáp treo"),
                                            locality: "Đồng Nai"), at: RegisterFixture.at("2025-09-02"), as: admin)
        _ = try register.edit(2, ProblemEdit(recommendation: .to("Bổ sung trạm đo"), locality: "Phường Ba Đình (Hà Nội)"),
                              at: RegisterFixture.at("2025-09-02"), as: admin)
        #expect(try found(register, "ha tang") == [])
        #expect(try found(register, "cot ang ten") == [1])
        #expect(try found(register, "ngam hoa") == [1])
        #expect(try found(register, "chua thong nhat") == [])
        #expect(try found(register, "bo sung tram") == [2])
        let index = try register.searchIndexCheck()
        #expect(index.documents == index.problems)
        #expect(index.wrong == [])
        let tally = try sqlite(fixture.path, "SELECT state, unit_id, province_id, n FROM tally WHERE n <> 0 ORDER BY 1, 2, 3").stdout
        let counted = try sqlite(fixture.path, """
            SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """).stdout
        #expect(tally == counted)
        #expect(counted.contains("assigned|3|\(try register.locality(named: "Đồng Nai").id)|1"))
    }

    @Test func correctionsAreNeverChangedOrDeleted() throws {
        let fixture = try filed()
        _ = try fixture.register.edit(1, ProblemEdit(title: "Khác"), at: RegisterFixture.at("2025-09-02"), as: admin)
        #expect(try sqlite(fixture.path, "UPDATE correction SET new_value = 'x';").status != 0)
        #expect(try sqlite(fixture.path, "DELETE FROM correction;").status != 0)
        #expect(try sqlite(fixture.path, "SELECT field, old_value, new_value, typeof(old_value) FROM correction;").stdout
            == "title|Giá thuê hạ tầng|Khác|text\n")
    }
}

/// A past week's report counts a problem where it stood, in the group it was in and under the
/// title it had at the end of the week, however it is corrected later: in every scope.
@Suite struct APastWeeksReportDoesNotChangeWhenAProblemIsCorrectedLater {
    @Test func theReportOfEveryScopeIsTheSameBeforeAndAfter() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let groups = try fixture.addGroups()
        let admin = Principal.admin("test")
        // W35 (25–31 August 2025): #1 Cần Thơ in group 1, resolved; #2 Phường Ninh Kiều, overdue;
        // #3 Hà Nội, no group; #4 Đồng Nai in group 2.
        let plan: [(String, String, Int64?)] = [("Giá thuê hạ tầng", "Cần Thơ", groups[0]), ("Trạm đo kiểm", "Phường Ninh Kiều", nil),
                                                ("Kinh phí chuyển đổi số", "Hà Nội", nil), ("Cáp treo", "Đồng Nai", groups[1])]
        for (title, locality, group) in plan {
            _ = try register.file(NewProblem(title: title, locality: locality, group: group), at: RegisterFixture.at("2025-08-25"), as: admin)
        }
        for id in Int64(1)...4 {
            _ = try register.apply(.init(action: "assign", unit: id == 3 ? "vu-pc" : "cuc-vt", due: .date(RegisterFixture.date("2025-08-27"))),
                                   to: id, at: RegisterFixture.at("2025-08-26"), as: admin)
        }
        _ = try register.apply(.init(action: "resolve", text: "Đã ban hành khung giá"), to: 1, at: RegisterFixture.at("2025-08-28"), as: admin)
        let week = try ISOWeek(parsing: "2025-W35")
        let canTho = try register.locality(named: "Cần Thơ").id
        let haNoi = try register.locality(named: "Hà Nội").id
        let dongNai = try register.locality(named: "Đồng Nai").id
        let scopes: [Principal.Scope] = [.everything, .province(canTho), .province(haNoi), .province(dongNai),
                                         .unit(try register.unit(named: "cuc-vt").id), .unit(try register.unit(named: "bo-khcn").id)]
        func reports() throws -> [ResolutionReport] {
            try scopes.map { try register.weeklyReport(week, as: Principal(name: "test", role: .coordinator, scope: $0)) }
        }
        let before = try reports()
        #expect(before[0].provinces.map(\.province.name).sorted() == ["Cần Thơ", "Hà Nội", "Đồng Nai"])
        #expect(before[0].groups == ResolutionReport.GroupTotals(total: 2, resolved: 1))
        #expect(before[1].endOfWeek.totalRaised == 2)

        // The week after: at its very start (the end of W35, which is not in W35) #3 is renamed;
        // then every one moves, is renamed, changes group; one is resolved.
        _ = try register.edit(3, ProblemEdit(title: "Kinh phí số hóa"), at: RegisterFixture.at("2025-09-01T00:00:00+07:00"), as: admin)
        let at = RegisterFixture.at("2025-09-03")
        _ = try register.edit(1, ProblemEdit(title: "Khung giá thuê cột", locality: "Hà Nội", group: .cleared), at: at, as: admin)
        _ = try register.edit(2, ProblemEdit(title: "Trạm đo kiểm viễn thông", locality: "Đồng Nai", group: .to(groups[1])), at: at, as: admin)
        _ = try register.edit(3, ProblemEdit(locality: "Phường Ninh Kiều", group: .to(groups[0])), at: at, as: admin)
        _ = try register.edit(4, ProblemEdit(locality: "Cần Thơ", group: .to(groups[0])), at: at, as: admin)
        _ = try register.apply(.init(action: "resolve", text: "Xong"), to: 2, at: RegisterFixture.at("2025-09-04"), as: admin)
        // And the week after that, again.
        _ = try register.edit(1, ProblemEdit(locality: "Đồng Nai"), at: RegisterFixture.at("2025-09-09"), as: admin)
        _ = try register.edit(4, ProblemEdit(title: "Cáp treo đô thị", locality: "Hà Nội"), at: RegisterFixture.at("2025-09-09"), as: admin)

        let after = try reports()
        for (scope, (old, new)) in zip(scopes, zip(before, after)) {
            #expect(old == new, "\(scope)")
            #expect(new == (try ReportOracle.report(register, week: week, within: scope)), "\(scope)")
        }
        // The week of the edits counts them where they are now.
        let next = try register.weeklyReport(week.next, as: admin)
        // Group 1 now holds #3 and #4, open; group 2 holds #2, resolved on 4 September.
        #expect(next.groups == ResolutionReport.GroupTotals(total: 2, resolved: 1))
        let rows = Dictionary(uniqueKeysWithValues: next.provinces.map { ($0.province.name, $0.raised) })
        #expect(rows == ["Hà Nội": 1, "Cần Thơ": 2, "Đồng Nai": 1])
        #expect(try register.weeklyReport(week.next, as: Principal(name: "t", role: .coordinator, scope: .province(canTho)))
            .endOfWeek.totalRaised == 2)
        #expect(next == (try ReportOracle.report(register, week: week.next)))
        #expect(next.resolved.map(\.title) == ["Trạm đo kiểm viễn thông"])
        #expect(before[0].resolved.map(\.title) == ["Giá thuê hạ tầng"])
        #expect(before[0].resolved.map(\.locality.name) == ["Cần Thơ"])
        #expect(before[0].overdue.map(\.title) == ["Trạm đo kiểm", "Kinh phí chuyển đổi số", "Cáp treo"])
        #expect(before[0].overdue.map(\.locality.name) == ["Phường Ninh Kiều", "Hà Nội", "Đồng Nai"])
    }
}

/// Units are renamed and moved: problems show the unit's name now, and a unit's scope is its
/// subtree as it stands now.
@Suite struct AUnitIsRenamedOrMoved {
    @Test func aRenameIsRecordedAndEveryProblemShowsTheNewName() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        try fixture.file("Giá thuê")
        _ = try register.apply(.init(action: "assign", unit: "cuc-vt"), to: 1, at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        let renamed = try register.renameUnit("Cục Viễn thông", to: "Cục Viễn thông và Tần số", at: RegisterFixture.at("2025-09-01"),
                                              actor: "to-chuc")
        #expect(renamed.code == "cuc-vt")
        #expect(renamed.name == "Cục Viễn thông và Tần số")
        #expect(renamed.parentCode == "bo-khcn")
        #expect(try register.problem(id: 1, as: .admin("test")).unit == NamedRef(code: "cuc-vt", name: "Cục Viễn thông và Tần số"))
        #expect(try register.history(of: 1, as: .admin("test")).last?.unit?.name == "Cục Viễn thông và Tần số")
        #expect(try register.unit(named: "cuc vien thong va tan so").code == "cuc-vt")
        #expect(try sqlite(fixture.path, "SELECT u.code, c.at, c.actor, c.field, c.old_value, c.new_value FROM unit_change AS c JOIN unit AS u ON u.id = c.unit_id;").stdout
            == "cuc-vt|\(RegisterFixture.at("2025-09-01").secondsSinceEpoch)|to-chuc|name|Cục Viễn thông|Cục Viễn thông và Tần số\n")

        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.unitAlreadyNamed(unit: "cuc-vt", name: "Cục Viễn thông và Tần số")) {
            try register.renameUnit("cuc-vt", to: " Cục Viễn thông và Tần số ", at: RegisterFixture.at("2025-09-02"), actor: "x")
        }
        #expect(throws: InputError.blank(field: "title")) {
            try register.renameUnit("cuc-vt", to: "  ", at: RegisterFixture.at("2025-09-02"), actor: "x")
        }
        #expect(throws: InputError.noLetterOrDigit(field: "unit name", text: "--")) {
            try register.renameUnit("cuc-vt", to: "--", at: RegisterFixture.at("2025-09-02"), actor: "x")
        }
        #expect(throws: RegisterError.notFound(kind: .unit, name: "nobody")) {
            try register.renameUnit("nobody", to: "Ai đó", at: RegisterFixture.at("2025-09-02"), actor: "x")
        }
        #expect(try fixture.fingerprint() == before)
    }

    @Test func aMoveIsRecordedAndTheScopeOfEveryUnitAboveFollowsIt() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-01")
        _ = try register.addUnit(code: "bo-tc", name: "Bộ Tài chính", kind: .ministry, parent: "chinh-phu", at: at)
        try fixture.file("Giá thuê")
        _ = try register.apply(.init(action: "assign", unit: "cuc-vt"), to: 1, at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        let boKHCN = Principal(name: "bo-khcn", role: .unit, scope: .unit(try register.unit(named: "bo-khcn").id))
        let boTC = Principal(name: "bo-tc", role: .unit, scope: .unit(try register.unit(named: "bo-tc").id))
        #expect(try register.problem(id: 1, as: boKHCN).id == 1)
        #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) { try register.problem(id: 1, as: boTC) }

        let moved = try register.moveUnit("cuc-vt", under: "Bộ Tài chính", at: RegisterFixture.at("2025-09-01"), actor: "to-chuc")
        #expect(moved.parentCode == "bo-tc")
        #expect(try register.unit(named: "cuc-vt").parentCode == "bo-tc")
        #expect(try register.problem(id: 1, as: boTC).id == 1)
        #expect(throws: RegisterError.notFound(kind: .problem, name: "#1")) { try register.problem(id: 1, as: boKHCN) }
        // bo-tc may now assign within its new subtree.
        _ = try register.apply(.init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date("2025-09-30"))), to: 1,
                               at: RegisterFixture.at("2025-09-02"), as: boTC)
        let (boKHCNID, boTCID) = (try register.unit(named: "bo-khcn").id, try register.unit(named: "bo-tc").id)
        #expect(try sqlite(fixture.path, "SELECT c.field, c.old_value, c.new_value, c.actor FROM unit_change AS c;").stdout
            == "parent|\(boKHCNID)|\(boTCID)|to-chuc\n")

        let before = try fixture.fingerprint()
        let when = RegisterFixture.at("2025-09-03")
        #expect(throws: RegisterError.unitUnderItself(unit: "chinh-phu", parent: "cuc-vt")) {
            try register.moveUnit("chinh-phu", under: "cuc-vt", at: when, actor: "x")
        }
        #expect(throws: RegisterError.unitUnderItself(unit: "bo-tc", parent: "bo-tc")) {
            try register.moveUnit("bo-tc", under: "bo-tc", at: when, actor: "x")
        }
        #expect(throws: RegisterError.unitAlreadyUnder(unit: "cuc-vt", parent: "bo-tc")) {
            try register.moveUnit("cuc-vt", under: "bo-tc", at: when, actor: "x")
        }
        #expect(throws: RegisterError.notFound(kind: .unit, name: "nowhere")) {
            try register.moveUnit("cuc-vt", under: "nowhere", at: when, actor: "x")
        }
        #expect(try fixture.fingerprint() == before)
    }
}
