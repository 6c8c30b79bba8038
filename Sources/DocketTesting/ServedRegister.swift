import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `docket` binary run on one register, as a user would: a value any thread may use.
public struct DocketProgram: Sendable {
    /// The `docket` executable.
    public let executable: URL
    /// The register's path, passed as `--db`.
    public let db: String
    /// Where it runs.
    public let directory: URL

    /// `executable` run on the register at `db`, in `directory`.
    public init(executable: URL = DocketProgram.builtExecutable, db: String, directory: URL) {
        self.executable = executable
        self.db = db
        self.directory = directory
    }

    /// The `docket` built beside the running test bundle (`docket-serve` is beside it too).
    public static let builtExecutable: URL = {
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent("docket")
    }()

    /// The environment docket runs in: this process's, without a register or a language of
    /// the machine's, actor `test`.
    public static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DOCKET_DB"] = nil
        environment["DOCKET_ACTOR"] = "test"
        for name in ["DOCKET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        return environment
    }

    /// Runs `docket ARGUMENTS --db REGISTER` to its end.
    @discardableResult
    public func run(_ arguments: [String]) throws -> ProgramRun {
        try runProgram(executable, arguments + ["--db", db], in: directory, environment: Self.environment)
    }

    /// Runs the command; a failure is thrown with what it printed.
    @discardableResult
    public func ok(_ arguments: String...) throws -> ProgramRun {
        let run = try run(arguments)
        guard run.status == 0 else {
            throw UnexpectedOutput(description: "docket \(arguments.joined(separator: " ")) exited \(run.status): \(run.stderr)")
        }
        return run
    }
}

/// A register served by the real `docket serve` process, on a free port of 127.0.0.1, in a
/// temporary directory of its own; tokens and units made by the command line. The server can
/// be stopped (SIGTERM), killed (SIGKILL) and started again on the same register; one still
/// running when this value goes is killed.
///
/// Its stderr goes to a file per start (the log), read for the address it listens on.
/// Used by the test's own thread; hand ``client`` and ``program`` to others.
public final class ServedRegister {
    /// How long the server may take to say it listens.
    public static let startPatience: Duration = .seconds(30)

    /// The test's directory, removed with this value.
    public let temporary: TemporaryDirectory
    /// The command line on the register.
    public let program: DocketProgram
    /// The register's path.
    public var db: String { program.db }
    /// The running server, if any.
    public private(set) var process: ChildProcess?
    /// The port it listens on (that of the latest start).
    public private(set) var port = 0
    private var starts = 0

    /// Makes a register with `docket init` (now).
    public init(executable: URL = DocketProgram.builtExecutable) throws {
        temporary = try TemporaryDirectory(prefix: "docket-serve")
        program = DocketProgram(executable: executable, db: temporary.path("register.db"), directory: temporary.url)
        try program.ok("init")
    }

    deinit {
        process?.signal(SIGKILL)
        _ = process?.wait(within: .seconds(10))
    }

    /// Adds a unit with `docket unit add`.
    public func addUnit(_ code: String, name: String, kind: String? = nil, parent: String? = nil) throws {
        var arguments = ["unit", "add", code, "--name", name]
        if let kind { arguments += ["--kind", kind] }
        if let parent { arguments += ["--parent", parent] }
        let run = try program.run(arguments)
        guard run.status == 0 else { throw UnexpectedOutput(description: "unit add \(code): \(run.stderr)") }
    }

    /// Adds a token with `docket token add NAME --role ROLE … --json`; its secret.
    public func addToken(_ name: String, role: String, unit: String? = nil, locality: String? = nil) throws -> String {
        var arguments = ["token", "add", name, "--role", role, "--json"]
        if let unit { arguments += ["--unit", unit] }
        if let locality { arguments += ["--locality", locality] }
        let run = try program.run(arguments)
        guard run.status == 0, let token = try run.object()["token"] as? String else {
            throw UnexpectedOutput(description: "token add \(name): \(run.status) \(run.stdout) \(run.stderr)")
        }
        return token
    }

    /// The log of the latest start: what the server printed on stderr.
    public var log: String {
        (try? String(contentsOfFile: temporary.path("serve-\(starts).log"), encoding: .utf8)) ?? ""
    }

    /// A client of the running server.
    public func client(timeout: Duration = .seconds(15)) -> HTTPClient {
        HTTPClient(port: port, timeout: timeout)
    }

    /// Starts `docket serve --db REGISTER --listen 127.0.0.1:0` and waits (at most
    /// ``startPatience``) for its line `docket serve: listening on http://HOST:PORT`.
    public func start() throws {
        precondition(process?.isRunning != true, "the server is already running")
        starts += 1
        let logPath = temporary.path("serve-\(starts).log")
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else {
            throw UnexpectedOutput(description: "could not make \(logPath)")
        }
        let process = try ChildProcess(program.executable.path, ["serve", "--db", db, "--listen", "127.0.0.1:0"],
                                       in: temporary.url.path, environment: DocketProgram.environment,
                                       stdout: .file(logPath, append: true), stderr: .file(logPath, append: true))
        self.process = process
        let prefix = "docket serve: listening on http://"
        let deadline = ContinuousClock.now + Self.startPatience
        while ContinuousClock.now < deadline {
            let text = self.log
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }),
               let colon = line.lastIndex(of: ":"), let port = Int(line[line.index(after: colon)...]) {
                self.port = port
                return
            }
            if let ended = process.wait(within: .zero) {
                throw UnexpectedOutput(description: "docket serve ended (\(ended)) before listening: \(text)")
            }
            usleep(10_000)
        }
        process.signal(SIGKILL)
        _ = process.wait(within: .seconds(10))
        throw UnexpectedOutput(description: "docket serve did not say it listens within \(Self.startPatience): \(self.log)")
    }

    /// Sends `signal` to the server.
    public func signal(_ signal: Int32) {
        process?.signal(signal)
    }

    /// Waits at most `limit` for the server to end; how it did, or nil if it still runs.
    public func waitForExit(within limit: Duration) -> ChildProcess.Termination? {
        process?.wait(within: limit)
    }

    /// Kills the server with SIGKILL and waits for it to end.
    public func kill9() throws {
        signal(SIGKILL)
        guard let exit = waitForExit(within: .seconds(10)) else { throw UnexpectedOutput(description: "docket serve outlived SIGKILL") }
        guard exit == .signal(SIGKILL) else { throw UnexpectedOutput(description: "docket serve ended \(exit), not by SIGKILL") }
    }

    /// Kills the server if it runs, and starts it again on the same register (a new port).
    public func restart() throws {
        if process?.isRunning == true { try kill9() }
        try start()
    }
}
