import Foundation
import Testing

/// What one run of a program (docket, the sqlite3 shell, bash) did.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    /// stdout parsed as JSON.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
    }

    /// stdout parsed as a JSON object.
    func object() throws -> [String: Any] {
        try #require(try json() as? [String: Any], "stdout is not a JSON object: \(stdout)")
    }

    /// stdout parsed as a JSON array of objects.
    func objects() throws -> [[String: Any]] {
        try #require(try json() as? [[String: Any]], "stdout is not a JSON array of objects: \(stdout)")
    }
}

/// Runs `executable` to its end in `directory`, with `environment` (default: this process's)
/// and `stdin`, and returns what it printed and its status.
func runProgram(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                environment: [String: String]? = nil, stdin: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self))
}

/// What the sqlite3 shell prints for `sql` on the database at `path`.
func sqlite(_ path: String, _ sql: String) throws -> Run {
    try runProgram(URL(fileURLWithPath: "/usr/bin/sqlite3"), [path, sql])
}

/// The docket binary built next to this test bundle, run as a user would run it, on a register
/// in a directory of the test's own.
final class Docket {
    /// The built `docket` executable: a sibling of the running test bundle.
    static let executable: URL = {
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent("docket")
    }()

    let directory: URL
    /// The register's path, passed as `--db` to every run.
    let db: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("docket-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        db = directory.appendingPathComponent("register.db").path
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The path of `name` in the test's directory.
    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Runs `docket ARGUMENTS --db REGISTER` with actor `test`.
    @discardableResult
    func callAsFunction(_ arguments: String..., stdin: String? = nil, environment: [String: String] = [:],
                        register: Bool = true) throws -> Run {
        try run(arguments + (register ? ["--db", db] : []), stdin: stdin, environment: environment)
    }

    /// Runs docket with exactly `arguments`.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        try Docket.run(arguments.map { Array($0.utf8) }, in: directory, stdin: stdin, environment: environment)
    }

    /// Runs docket with raw argument bytes (which may not be UTF-8).
    static func run(_ arguments: [[UInt8]], in directory: URL, stdin: String? = nil,
                    environment: [String: String] = [:]) throws -> Run {
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
        try sqlite(db, ".dump").stdout
    }

    /// Runs the command and checks it succeeded; returns the run.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
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
