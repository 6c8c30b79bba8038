/// One numbered step that upgrades a register's schema from `version - 1` to `version`.
public struct Migration: Sendable {
    /// The schema version this migration brings a register to.
    public let version: Int
    /// What it changes, in a few words.
    public let name: String
    /// The SQL that makes the change; it runs inside the upgrade's transaction.
    public let sql: String
    /// What the change does to the rows, after ``sql`` and in the same transaction: reference
    /// data brought in, a column filled.
    public let rows: (@Sendable (Database) throws -> Void)?

    /// Makes a migration to `version`.
    public init(version: Int, name: String, sql: String, rows: (@Sendable (Database) throws -> Void)? = nil) {
        self.version = version
        self.name = name
        self.sql = sql
        self.rows = rows
    }
}

/// Upgrades a database in place through numbered migrations, each run once, in order.
///
/// The database's `PRAGMA user_version` says which migrations it has had. A new database is
/// not migrated: it is made whole from the current schema, which ends at the latest version.
public struct Migrator: Sendable {
    /// The migrations, in increasing version order, with no gaps.
    public let migrations: [Migration]
    /// The version a new database is made at, and every migration ends at.
    public let latestVersion: Int

    /// Makes a migrator whose migrations lead, without gaps, up to `latestVersion`.
    public init(latestVersion: Int, migrations: [Migration]) {
        for (offset, migration) in migrations.enumerated() {
            precondition(offset == 0 || migration.version == migrations[offset - 1].version + 1,
                         "migrations must be numbered without gaps")
        }
        precondition(migrations.last.map { $0.version == latestVersion } ?? true,
                     "the last migration must reach the latest version")
        self.latestVersion = latestVersion
        self.migrations = migrations
    }

    /// The migrations a database at `version` still needs.
    public func pending(from version: Int) -> [Migration] {
        migrations.filter { $0.version > version }
    }

    /// Brings `database` from its current version to ``latestVersion`` in one transaction, so a
    /// register is either wholly upgraded or left as it was. Returns the versions applied.
    @discardableResult
    public func upgrade(_ database: Database) throws -> [Int] {
        try database.transaction(.immediate) { _ in
            let current = Int(try database.scalar("PRAGMA user_version") ?? 0)
            let steps = pending(from: current)
            for step in steps {
                try database.execute(step.sql)
                try step.rows?(database)
                try database.execute("PRAGMA user_version = \(step.version)")
            }
            return steps.map(\.version)
        }
    }
}
