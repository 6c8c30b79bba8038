/// The schema of a new register: the top-level `schema.sql`, embedded when docket is built.
public enum Schema {
    /// The text of `schema.sql`, exactly.
    public static var sql: String { String(decoding: PackageResources.schema_sql, as: UTF8.self) }
}
