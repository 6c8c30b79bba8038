import Glibc

/// The options every command takes: which register, who acts, and whether to print JSON.
struct GlobalOptions {
    var db: String?
    var actor: String?
    var json: Bool

    /// Reads `--db`, `--actor` and `--json`.
    init(_ arguments: inout ArgumentReader) {
        db = arguments.option("db", valueName: "path",
                              help: "The register, one SQLite file (default: $DOCKET_DB, else ./docket.db).")
        actor = arguments.option("actor", valueName: "name",
                                 help: "Who does this, recorded on every event (default: $DOCKET_ACTOR, else $USER).")
        json = arguments.flag("json", help: "Print one JSON document on stdout, for scripts.")
    }

    /// The register's path: `--db`, else `$DOCKET_DB`, else `./docket.db`.
    var registerPath: String {
        db ?? environment("DOCKET_DB") ?? "docket.db"
    }

    /// Who acts: `--actor`, else `$DOCKET_ACTOR`, else `$USER`, else `unknown`.
    var actorName: String {
        actor ?? environment("DOCKET_ACTOR") ?? environment("USER") ?? "unknown"
    }

    /// The value of an environment variable, nil when unset or empty.
    private func environment(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    /// The global options that may also come before the command's name (`docket --db r.db list`).
    static let leadingOptionsWithValue: Set<String> = ["--db", "--actor"]
    static let leadingFlags: Set<String> = ["--json"]
}

extension ArgumentReader {
    /// `--at WHEN`, taken by every command that changes something.
    mutating func when() -> String? {
        option("at", valueName: "when", help: """
            When it happened: YYYY-MM-DD (09:00 in the register's time zone) or an ISO 8601 date-time; default now.
            """)
    }
}
