import DocketCore
import DocketTesting
import Foundation
import Testing
@testable import DocketStore

@Suite struct NumberedMigrations {
    @Test func aRegisterIsUpgradedInPlaceKeepingEveryRow() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        for index in 0..<20 { try fixture.file("Vấn đề \(index)") }
        let database = try Database(path: fixture.path, mode: .readWrite)
        // Two versions beyond today's, as the next ones will come.
        let (next, after) = (Schema.version + 1, Schema.version + 2)
        let migrator = Migrator(latestVersion: after, migrations: [
            Migration(version: next, name: "priority", sql: "ALTER TABLE problem ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;"),
            Migration(version: after, name: "priority index", sql: "CREATE INDEX problem_by_priority ON problem (priority);"),
        ])
        #expect(migrator.pending(from: Schema.version).map(\.version) == [next, after])
        #expect(try migrator.upgrade(database) == [next, after])
        #expect(try database.scalar("PRAGMA user_version") == Int64(after))
        #expect(try database.scalar("SELECT count(*) FROM problem WHERE priority = 0") == 20)
        #expect(try database.scalar("SELECT count(*) FROM event") == 20)
        #expect(try database.scalar("SELECT count(*) FROM unit") == 4)
        #expect(try migrator.upgrade(database) == [])
    }

    @Test func aFailingMigrationLeavesTheRegisterAsItWas() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Vấn đề")
        let before = try fixture.fingerprint()
        let database = try Database(path: fixture.path, mode: .readWrite)
        let migrator = Migrator(latestVersion: Schema.version + 2, migrations: [
            Migration(version: Schema.version + 1, name: "good", sql: "ALTER TABLE problem ADD COLUMN priority INTEGER;"),
            Migration(version: Schema.version + 2, name: "bad", sql: "ALTER TABLE no_such_table ADD COLUMN x;"),
        ])
        #expect(throws: SQLiteError.self) { try migrator.upgrade(database) }
        #expect(try database.scalar("PRAGMA user_version") == Int64(Schema.version))
        #expect(try fixture.fingerprint() == before)
    }

    @Test func theSchemaEndsAtTheVersionTheProgramKnows() throws {
        #expect(Schema.sql.hasSuffix("PRAGMA user_version = \(Schema.version);\n"))
        #expect(Schema.migrator.latestVersion == Schema.version)
        // The version read from the top-level schema.sql itself, not from what the program
        // says of it: the program's version, the migrator's and its highest migration must
        // all be that number.
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema.sql")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        let settings = lines.filter { $0.hasPrefix("PRAGMA user_version = ") }
        try #require(settings.count == 1 && settings.first == lines.last, "\(settings)")
        let fileVersion = try #require(Int(settings[0].dropFirst("PRAGMA user_version = ".count).dropLast()))
        #expect(fileVersion == 12)
        #expect(Schema.version == fileVersion)
        #expect(Schema.migrator.latestVersion == fileVersion)
        #expect(Schema.migrator.migrations.map(\.version) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect(Schema.migrator.migrations.last?.version == fileVersion)
    }
}
