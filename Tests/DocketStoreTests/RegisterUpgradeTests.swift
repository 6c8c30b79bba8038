import DocketCore
import DocketTesting
import DocketWorkflow
import Foundation
import Testing
@testable import DocketStore

/// A register made by schema version 1 (Fixtures/register-v1.db, committed, never remade)
/// opens with today's docket: upgraded in place when the schema has moved on, every row kept.
@Suite struct AVersionOneRegisterIsUpgradedInPlace {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/register-v1.db")

    /// A copy of the fixture in a directory of the test's own.
    private func copy() throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.db")
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
        return (directory, path)
    }

    /// Every row of the tables a user's work lives in, as text: what no upgrade may lose.
    private func rows(_ database: Database) throws -> [String] {
        var rows: [String] = []
        for (table, columns) in [
            ("locality", "id, code, name, kind, key, parent_id, province_id, merged_from, created_at"),
            ("unit", "id, code, name, key, kind, parent_id, created_at"),
            ("meeting", "id, locality_id, held_on, title, lead, notes, created_at, recorded_at, actor"),
            ("problem_group", "id, title, created_at, recorded_at, actor"),
            ("problem", "id, title, description, recommendation, category, locality_id, province_id, meeting_id, group_id, state, unit_id, escalated_to_id, due, raised_at, resolved_at, resolution, updated_at, recorded_at"),
            ("event", "id, problem_id, at, recorded_at, actor, action, from_state, to_state, unit_id, escalated_to_id, due, note"),
        ] {
            try database.prepare("SELECT \(columns) FROM \(table) ORDER BY id").forEachRow { row in
                rows.append(table + ": " + (0..<row.columnCount).map { row.optionalText($0) ?? "NULL" }.joined(separator: " | "))
            }
        }
        return rows
    }

    @Test func everyRowSurvivesAndTheSchemaIsTodays() throws {
        let (directory, path) = try copy()
        let before = try rows(try Database(path: path, mode: .readOnly))
        #expect(before.count == 34 + 1 + 4 + 1 + 1 + 4 + 16)
        #expect(try Database(path: path, mode: .readOnly).scalar("PRAGMA user_version") == 1)

        let register = try Register.open(at: path)
        #expect(try register.database.scalar("PRAGMA user_version") == Int64(Schema.version))
        // Version 4 brings in the country's communes after the rows there were; the ward added
        // by hand with a code of its own (31117) is the list's Phường Ninh Kiều, whose code it takes.
        let after = try rows(register.database)
        #expect(after.count == before.count + 3_321 - 1)
        #expect(after.filter { !$0.hasPrefix("locality: ") || Int($0.dropFirst(10).prefix { $0 != " " })! <= 35 }
            == before.map { $0.replacingOccurrences(of: "locality: 35 | 31117 |", with: "locality: 35 | 31135 |") })
        #expect(try register.database.scalarText("PRAGMA integrity_check") == "ok")

        // The upgraded schema is exactly a new register's.
        let (fresh, _) = try Register.initialize(at: directory.path("fresh.db"), timeZone: nil,
                                                 at: Instant(secondsSinceEpoch: 1_750_000_000))
        let schema = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        func describe(_ database: Database) throws -> [String] {
            try database.prepare(schema).map { row in (0..<4).map { row.optionalText($0) ?? "" }.joined(separator: "\t") }
        }
        #expect(try describe(register.database) == describe(fresh.database))
    }

    @Test func laterVersionsAddTheTokenIdempotencyCorrectionUnitChangeCalendarCategoryAndPlaceTablesAndTheStateIndexAndNothingElse() throws {
        let (directory, path) = try copy()
        defer { withExtendedLifetime(directory) {} }
        let objects = "SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name"
        let before = try Database(path: path, mode: .readOnly).prepare(objects).map { $0.text(0) }
        let register = try Register.open(at: path)
        #expect(try register.database.scalar("PRAGMA user_version") == Int64(Schema.version))
        let after = try register.database.prepare(objects).map { $0.text(0) }
        #expect(Set(after).subtracting(before) == [
            "index idempotency_by_time", "index problem_by_state_raised", "index sqlite_autoindex_token_1",
            "index sqlite_autoindex_token_2", "table idempotency", "table token",
            // Version 5.
            "table correction", "index correction_by_field", "index sqlite_autoindex_correction_1",
            "trigger correction_is_not_updated", "trigger correction_is_not_deleted", "table unit_change",
            "index unit_change_by_unit",
            // Version 7.
            "index event_by_destination",
            // Version 8.
            "table calendar",
            // Version 9.
            "table category", "index sqlite_autoindex_category_1", "index sqlite_autoindex_category_2",
            // Version 10.
            "table problem_place",
        ])
        #expect(Set(before).subtracting(after) == [])
        #expect(try register.tokens() == [])
        #expect(try register.database.scalar("SELECT count(*) FROM idempotency") == 0)
        // The upgraded register takes a token as a new one does.
        let (token, secret) = try register.addToken(name: "so-khcn-can-tho", role: .locality, unit: nil, locality: "Cần Thơ",
                                                    at: Instant(secondsSinceEpoch: 1_760_000_000))
        let canTho = try register.locality(named: "Cần Thơ")
        #expect(token.scope == .province(canTho.id))
        #expect(try register.principal(forSecret: secret)?.principal
            == Principal(name: "so-khcn-can-tho", role: .locality, scope: .province(canTho.id)))
    }

    @Test func itsProblemsReplayAndItsReportAndSearchStillWork() throws {
        let (directory, path) = try copy()
        defer { withExtendedLifetime(directory) {} }
        let register = try Register.open(at: path)
        for id in Int64(1)...4 {
            let (stored, replayed) = try register.projectionCheck(of: id)
            #expect(stored == replayed, "problem #\(id)")
        }
        #expect(try register.problem(id: 1, as: .admin("test")).state == "escalated")
        #expect(try register.problem(id: 1, as: .admin("test")).escalatedTo?.code == "bo-khcn")
        #expect(try register.problem(id: 3, as: .admin("test")).resolution == "Đã áp dụng")
        let found = try register.search(try SearchQuery(parsing: "thong nhat khung gia"), limit: Register.largestPage, as: .admin("test")).items.map(\.id)
        #expect(found == [3])
        // Version 5 indexed every problem's names: the ward's and the owners'.
        #expect(try register.searchIndexCheck().wrong == [])
        let inNinhKieu = try register.search(try SearchQuery(parsing: "ninh kieu"), limit: Register.largestPage, as: .admin("test")).items.map(\.id)
        #expect(inNinhKieu == [1])
        let ownedByTheDepartment = try register.search(try SearchQuery(parsing: "phap che"), limit: Register.largestPage, as: .admin("test")).items.map(\.id)
        #expect(ownedByTheDepartment.sorted() == [1, 2])
        let report = try register.weeklyReport(try ISOWeek(parsing: "2025-W38"), as: .admin("test"))
        #expect(report.endOfWeek.totalRaised == 4)
        #expect(report.endOfWeek.totalResolved == 1)
        #expect(report.during.resolved == 1)
        #expect(report.during.closed == 1)
    }
}

/// Migration 5 puts a register running the standard workflow's version 1 under its version 2,
/// which reopens a closed problem too; what was made under version 1 stays readable.
@Suite struct AnOlderRegistersWorkflowReopensClosedProblems {
    @Test func theStandardWorkflowVersionOneIsFollowedByVersionTwo() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.db")
        try FileManager.default.copyItem(atPath: AVersionOneRegisterIsUpgradedInPlace.fixture.path, toPath: path)
        let register = try Register.open(at: path)
        let installed = try register.database.prepare("SELECT id, name, version, definition FROM workflow ORDER BY id")
            .map { ($0.int64(0), $0.text(1), $0.int64(2), $0.text(3)) }
        #expect(installed.map(\.0) == [1, 2])
        #expect(installed.map(\.1) == ["standard", "standard"])
        #expect(installed.map(\.2) == [1, 2])
        // The definition made from version 1 is exactly today's built-in version 2, which the
        // register then reads without decoding it; version 1 is kept, as it was.
        #expect(try Workflow.decode(json: installed[1].3) == Workflow.standard)
        #expect(try Workflow.decode(json: installed[0].3).transition(named: "reopen")?.from == ["resolved"])
        #expect(try register.database.scalarText("SELECT value FROM setting WHERE key = 'workflow'") == "2")
        #expect(try register.workflow() == Workflow.standard)

        // #4 was closed under version 1; it reopens, back to raised as it never had an owner,
        // and its history, made under version 1, replays under version 2.
        let admin = Principal.admin("test")
        let reopened = try register.apply(.init(action: "reopen", text: "Đóng nhầm"), to: 4,
                                          at: RegisterFixture.at("2025-10-01"), as: admin)
        #expect(reopened.state == "raised")
        #expect(reopened.closeReason == nil)
        for id in Int64(1)...4 {
            let (stored, replayed) = try register.projectionCheck(of: id)
            #expect(stored == replayed, "problem #\(id)")
        }
    }

    @Test func anotherWorkflowInForceIsLeftAsItIs() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.db")
        try FileManager.default.copyItem(atPath: AVersionOneRegisterIsUpgradedInPlace.fixture.path, toPath: path)
        var custom = Workflow.standard
        custom.name = "custom"
        custom.version = 1
        custom.transitions.removeAll { $0.name == "reopen" }
        do {
            let database = try Database(path: path, mode: .readWrite)
            try database.run("INSERT INTO workflow (name, version, definition, installed_at) VALUES ('custom', 1, ?, 0)",
                             custom.encodedJSON())
            try database.execute("UPDATE setting SET value = '2' WHERE key = 'workflow'")
        }
        let register = try Register.open(at: path)
        #expect(try register.database.scalar("SELECT count(*) FROM workflow") == 2)
        #expect(try register.workflow() == custom)
    }
}

/// Migration 4 brings an existing register the country's communes, wards and special zones
/// without losing or renumbering anything.
@Suite struct AnOlderRegisterGainsEveryCommune {
    @Test func communesAddedByHandBecomeTheListsAndTheRestAreAdded() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.db")
        do {
            let (register, _) = try Register.initialize(at: path, timeZone: nil, at: Instant(secondsSinceEpoch: 1_750_000_000))
            // Back to a version-3 register as a user had made it: the 34 provinces, then what
            // the user added by hand.
            try register.database.execute("""
                DELETE FROM locality WHERE parent_id IS NOT NULL; DROP TABLE correction; DROP TABLE unit_change; DROP TABLE calendar; DROP TABLE category; DROP TABLE problem_place;
                DROP INDEX event_by_destination;
                PRAGMA user_version = 3
                """)
            try register.database.execute("""
                INSERT INTO locality (id, code, name, kind, key, parent_id, province_id, created_at) VALUES
                  (35, NULL, 'Ninh Kiều', 'Phường', 'ninh kieu', 33, 33, 1),
                  (36, NULL, 'cam giang', NULL, 'cam giang', 13, 13, 1),
                  (37, NULL, 'Cẩm Giàng', NULL, 'cam giang', 13, 13, 1),
                  (38, '31117', 'Cái Khế', NULL, 'cai khe', 33, 33, 1),
                  (39, NULL, 'Khu vực 1', NULL, 'khu vuc 1', 33, 33, 1),
                  (40, NULL, 'Tân Thành', 'Xã', 'tan thanh', 29, 29, 1),
                  (41, '31135', 'Ninh Kiều mới', NULL, 'ninh kieu moi', 33, 33, 1)
                """)
        }
        let register = try Register.open(at: path)
        #expect(try register.database.scalar("PRAGMA user_version") == Int64(Schema.version))
        func row(_ id: Int64) throws -> [String?] {
            try register.database.prepare("SELECT code, name, kind FROM locality WHERE id = ?")
                .first(id) { [$0.optionalText(0), $0.text(1), $0.optionalText(2)] } ?? []
        }
        // Ninh Kiều's official code is already taken by #41, so #35 stays as it was; the two
        // that fold alike in Hải Phòng: the one spelt as the list spells it takes its code, the
        // folded one fits both and stays; Cái Khế's own code is not the list's: it takes 31120.
        #expect(try row(35) == [nil, "Ninh Kiều", "Phường"])
        #expect(try row(36) == [nil, "cam giang", nil])
        #expect(try row(37) == ["10903", "Cẩm Giàng", "Xã"])
        #expect(try row(38) == ["31120", "Cái Khế", "Phường"])
        #expect(try row(39) == [nil, "Khu vực 1", nil])
        #expect(try row(40) == ["25534", "Tân Thành", "Xã"])
        #expect(try row(41) == ["31135", "Ninh Kiều mới", nil])
        #expect(try register.database.scalar("SELECT count(*) FROM locality") == 34 + 7 + 3_321 - 3 - 1)
        #expect(try register.database.scalar("SELECT count(*) FROM locality WHERE code = '10888'") == 1)
        #expect(try register.locality(named: "Xã Cẩm Giang (Hải Phòng)").code == "10888")
    }
}
