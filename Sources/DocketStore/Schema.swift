/// The register's schema: the top-level `schema.sql`, embedded when docket is built, and the
/// numbered migrations that bring an older register up to it.
public enum Schema {
    /// The text of `schema.sql`, exactly: what a new register is made from.
    public static var sql: String { String(decoding: PackageResources.schema_sql, as: UTF8.self) }

    /// The version `schema.sql` ends at (its last line sets `PRAGMA user_version`).
    public static let version = 1

    /// The steps from each older version to ``version``; empty while version 1 is the only one.
    /// Version N's migration goes here when `schema.sql` moves to N, and a test upgrades the
    /// committed version-1 fixture through it.
    public static let migrations: [Migration] = []

    /// The migrator over ``migrations``.
    public static let migrator = Migrator(latestVersion: version, migrations: migrations)

    /// The `PRAGMA application_id` of every docket register ('DOCK').
    public static let applicationID: Int64 = 0x444F_434B
}
