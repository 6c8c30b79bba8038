import DocketCore
import DocketTesting
import Testing
@testable import DocketStore

@Suite struct NumberedMigrations {
    @Test func aVersionOneRegisterIsUpgradedInPlaceKeepingEveryRow() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        for index in 0..<20 { try fixture.file("Vấn đề \(index)") }
        let database = try Database(path: fixture.path, mode: .readWrite)
        let migrator = Migrator(latestVersion: 3, migrations: [
            Migration(version: 2, name: "priority", sql: "ALTER TABLE problem ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;"),
            Migration(version: 3, name: "priority index", sql: "CREATE INDEX problem_by_priority ON problem (priority);"),
        ])
        #expect(migrator.pending(from: 1).map(\.version) == [2, 3])
        #expect(try migrator.upgrade(database) == [2, 3])
        #expect(try database.scalar("PRAGMA user_version") == 3)
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
        let migrator = Migrator(latestVersion: 3, migrations: [
            Migration(version: 2, name: "good", sql: "ALTER TABLE problem ADD COLUMN priority INTEGER;"),
            Migration(version: 3, name: "bad", sql: "ALTER TABLE no_such_table ADD COLUMN x;"),
        ])
        #expect(throws: SQLiteError.self) { try migrator.upgrade(database) }
        #expect(try database.scalar("PRAGMA user_version") == 1)
        #expect(try fixture.fingerprint() == before)
    }

    @Test func theSchemaEndsAtTheVersionTheProgramKnows() {
        #expect(Schema.sql.hasSuffix("PRAGMA user_version = \(Schema.version);\n"))
        #expect(Schema.migrator.latestVersion == Schema.version)
    }
}
