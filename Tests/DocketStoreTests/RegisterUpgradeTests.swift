import DocketCore
import DocketTesting
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
        #expect(try rows(register.database) == before)
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

    @Test func versionsTwoAndThreeAddTheTokenAndIdempotencyTablesAndTheStateIndexAndNothingElse() throws {
        let (directory, path) = try copy()
        defer { withExtendedLifetime(directory) {} }
        let objects = "SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name"
        let before = try Database(path: path, mode: .readOnly).prepare(objects).map { $0.text(0) }
        let register = try Register.open(at: path)
        #expect(try register.database.scalar("PRAGMA user_version") == 3)
        let after = try register.database.prepare(objects).map { $0.text(0) }
        #expect(Set(after).subtracting(before) == [
            "index idempotency_by_time", "index problem_by_state_raised", "index sqlite_autoindex_token_1",
            "index sqlite_autoindex_token_2", "table idempotency", "table token",
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
        let report = try register.weeklyReport(try ISOWeek(parsing: "2025-W38"), as: .admin("test"))
        #expect(report.endOfWeek.totalRaised == 4)
        #expect(report.endOfWeek.totalResolved == 1)
        #expect(report.during.resolved == 1)
        #expect(report.during.closed == 1)
    }
}
