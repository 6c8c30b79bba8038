import DocketTesting
import Foundation
import Testing

/// The docket binary built next to this test bundle, run as a user would run it, on a register
/// in a directory of the test's own.
final class Docket {
    /// The built `docket` executable: a sibling of the running test bundle.
    static let executable: URL = {
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent("docket")
    }()

    /// The test's directory, removed with this value.
    let temporary: TemporaryDirectory
    /// Where docket runs: the test's directory.
    var directory: URL { temporary.url }
    /// The register's path, passed as `--db` to every run.
    let db: String

    init() throws {
        temporary = try TemporaryDirectory(prefix: "docket-e2e")
        db = temporary.path("register.db")
    }

    /// The path of `name` in the test's directory.
    func path(_ name: String) -> String {
        temporary.path(name)
    }

    /// Runs `docket ARGUMENTS --db REGISTER` with actor `test`.
    @discardableResult
    func callAsFunction(_ arguments: String..., stdin: String? = nil, environment: [String: String] = [:],
                        register: Bool = true) throws -> ProgramRun {
        try run(arguments + (register ? ["--db", db] : []), stdin: stdin, environment: environment)
    }

    /// Runs docket with exactly `arguments`.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> ProgramRun {
        try Docket.run(arguments.map { Array($0.utf8) }, in: directory, stdin: stdin, environment: environment)
    }

    /// Runs docket with raw argument bytes (which may not be UTF-8).
    static func run(_ arguments: [[UInt8]], in directory: URL, stdin: String? = nil,
                    environment: [String: String] = [:]) throws -> ProgramRun {
        var env = ProcessInfo.processInfo.environment
        env["DOCKET_DB"] = nil
        env["DOCKET_ACTOR"] = "test"
        // English, whatever the machine's locale, unless a test asks for a language.
        for name in ["DOCKET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { env[name] = nil }
        for (key, value) in environment { env[key] = value }
        // Process takes arguments as Strings; bytes that are not UTF-8 go through /usr/bin/env
        // via a shell's printf, so the child sees them exactly.
        if arguments.allSatisfy({ String(validating: $0, as: UTF8.self) != nil }) {
            return try runProgram(executable, arguments.map { String(decoding: $0, as: UTF8.self) }, in: directory,
                                  environment: env, stdin: stdin)
        }
        let quoted = arguments.map { bytes in
            "\"$(printf '" + bytes.map { String(format: "\\%03o", $0) }.joined() + "')\""
        }
        return try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec '\(executable.path)' " + quoted.joined(separator: " ")],
                              in: directory, environment: env, stdin: stdin)
    }

    /// A fingerprint of everything the register holds (the sqlite3 shell's dump), to prove a
    /// refused command changed nothing.
    func fingerprint() throws -> String {
        try DocketTesting.fingerprint(ofDatabaseAt: db)
    }

    /// Runs the command and checks it succeeded; returns the run.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> ProgramRun {
        try ok(arguments, sourceLocation: sourceLocation)
    }

    /// ``ok(_:sourceLocation:)`` with the arguments as an array.
    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProgramRun {
        let result = try run(arguments + ["--db", db])
        #expect(result.status == 0, "docket \(arguments.joined(separator: " ")) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    /// Checks that a refused command exits with `status`, says one sentence on stderr, prints
    /// nothing on stdout and leaves the register as it was.
    func refuses(_ status: Int32, _ arguments: String..., saying fragment: String? = nil,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        try refuses(status, arguments, saying: fragment, sourceLocation: sourceLocation)
    }

    /// ``refuses(_:_:saying:sourceLocation:)`` with the arguments as an array.
    func refuses(_ status: Int32, _ arguments: [String], saying fragment: String? = nil,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = FileManager.default.fileExists(atPath: db) ? try fingerprint() : nil
        let result = try run(arguments + ["--db", db])
        #expect(result.status == status, "docket \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout of a refusal: \(result.stdout)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr should be one line: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("docket: "), sourceLocation: sourceLocation)
        if let fragment {
            #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        }
        if let before {
            #expect(try fingerprint() == before, "the register changed", sourceLocation: sourceLocation)
        }
    }

    /// A register made by `init`, with the units of the Cần Thơ session.
    static func withUnits() throws -> Docket {
        let docket = try Docket()
        try docket.ok("init", "--at", "2025-08-01")
        try docket.ok("unit", "add", "chinh-phu", "--name", "Chính phủ", "--kind", "government", "--at", "2025-08-01")
        try docket.ok("unit", "add", "bo-khcn", "--name", "Bộ Khoa học và Công nghệ", "--kind", "ministry",
                      "--parent", "chinh-phu", "--at", "2025-08-01")
        try docket.ok("unit", "add", "cuc-vt", "--name", "Cục Viễn thông", "--parent", "bo-khcn", "--at", "2025-08-01")
        try docket.ok("unit", "add", "vu-pc", "--name", "Vụ Pháp chế", "--parent", "bo-khcn", "--at", "2025-08-01")
        return docket
    }
}
