import DocketCore
import Glibc

/// The options every command takes: the language, which register, who acts, and whether to
/// print JSON.
struct GlobalOptions {
    /// `--lang` as given; ``checkLanguage()`` refuses one docket does not speak.
    var lang: String?
    var db: String?
    var actor: String?
    var json: Bool

    /// Reads `--lang`, `--db`, `--actor` and `--json`.
    init(_ arguments: inout ArgumentReader) {
        lang = arguments.option("lang", help: """
            The language of messages and of the reports for people: en or vi (default: $DOCKET_LANG, else the locale, else en).
            """)
        db = arguments.option("db", valueName: "path",
                              help: "The register, one SQLite file (default: $DOCKET_DB, else ./docket.db).")
        actor = arguments.option("actor", valueName: "name",
                                 help: "Who does this, recorded on every event (default: $DOCKET_ACTOR, else $USER).")
        json = arguments.flag("json", help: "Print one JSON document on stdout, for scripts.")
    }

    /// The language to speak in: `--lang`, else `$DOCKET_LANG`, else the locale, else English.
    var language: Language {
        Language.chosen(option: lang.flatMap { Language(rawValue: $0.lowercased()) })
    }

    /// Refuses a `--lang` that is neither `en` nor `vi` (exit 64).
    func checkLanguage() throws {
        guard let lang, Language(rawValue: lang.lowercased()) == nil else { return }
        throw CommandLineError("'\(lang)' is not a value of --lang: give en or vi",
                               vi: "'\(lang)' không phải là giá trị của --lang: hãy cho en hoặc vi")
    }

    /// Refuses an `--actor` that is blank (exit 64): every event names who did it.
    func checkActor() throws {
        guard let actor, actor.trimmingSpaces.isEmpty else { return }
        throw CommandLineError("--actor may not be blank: give the name of who does this",
                               vi: "--actor không được để trống: hãy cho tên người thực hiện")
    }

    /// Refuses a register named by a PostgreSQL URL (exit 1): this docket keeps its registers
    /// in SQLite files only, and would otherwise take the URL for a file's path.
    static func checkStore(_ register: String) throws {
        let scheme = register.prefix { $0 != ":" }.lowercased()
        guard register.contains("://"), scheme == "postgres" || scheme == "postgresql" else { return }
        throw CLIError.postgresUnavailable(url: register)
    }

    /// The register's path: `--db`, else `$DOCKET_DB`, else `./docket.db`.
    var registerPath: String {
        db ?? environment("DOCKET_DB") ?? "docket.db"
    }

    /// Who acts: `--actor`, else `$DOCKET_ACTOR`, else `$USER`, else `unknown`.
    var actorName: String {
        actor ?? environment("DOCKET_ACTOR") ?? environment("USER") ?? "unknown"
    }

    /// Now, for the command: `$DOCKET_NOW` when set, an ISO 8601 date-time with its offset
    /// (so that a test or a demo makes the same report, its date line included, every time),
    /// else the system's clock.
    func now() throws -> Instant {
        guard let text = environment("DOCKET_NOW") else { return .now() }
        guard text.contains("T"),
              let instant = try? When.parse(text, in: .utc, now: Instant(secondsSinceEpoch: Int64(Int32.max) * 4)) else {
            throw CommandLineError("DOCKET_NOW='\(text)' is not an ISO 8601 date-time with its offset: unset it or give one such as 2026-12-02T10:00:00+07:00",
                                   vi: "DOCKET_NOW='\(text)' không phải là thời điểm ISO 8601 có múi giờ: hãy bỏ biến này hoặc cho một giá trị như 2026-12-02T10:00:00+07:00")
        }
        return instant
    }

    /// The issuing body of an official report: `--issuer` as given, else `$DOCKET_ISSUER`,
    /// else nil (a blank line to fill by hand).
    func issuer(_ option: String?) -> String? {
        option ?? environment("DOCKET_ISSUER")
    }

    /// The value of an environment variable, nil when unset or empty.
    private func environment(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    /// The global options that may also come before the command's name (`docket --db r.db list`).
    static let leadingOptionsWithValue: Set<String> = ["--db", "--actor", "--lang"]
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
