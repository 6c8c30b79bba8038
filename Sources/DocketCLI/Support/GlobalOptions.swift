import ArgumentParser
import Glibc

/// The options every command takes: which register, who acts, and whether to print JSON.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The register, one SQLite file (default: $DOCKET_DB, else ./docket.db).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "Who does this, recorded on every event (default: $DOCKET_ACTOR, else $USER).", valueName: "name"))
    var actor: String?

    @Flag(name: .long, help: "Print one JSON document on stdout, for scripts.")
    var json = false

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

/// `--at WHEN`, taken by every command that changes something.
struct WhenOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "When it happened: YYYY-MM-DD (09:00 in the register's time zone) or an ISO 8601 date-time; default now.",
        valueName: "when"))
    var at: String?
}
