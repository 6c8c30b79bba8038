import DocketCore
import DocketStore
import Glibc

/// `docket serve [--listen HOST:PORT] [--sweep-every DURATION]`: the register over HTTP
/// (SERVE.md).
///
/// The server is a program of its own, `docket-serve`, installed beside `docket`, as git's
/// subcommands are: the command line links none of the server's packages, so its start-up
/// pays nothing for them. This command checks its options and the register, then replaces
/// itself with that program.
struct ServeCommand: DocketCommand {
    static let help = CommandHelp(
        name: "serve",
        abstract: "Serve the register over HTTP to every province and unit at once.",
        discussion: """
            The HTTP API is under /api/v1 (its OpenAPI document at /openapi.json); /healthz \
            and /metrics need no token. Every request carries a token made with 'docket token \
            add'. The command line may keep working on the register meanwhile. SIGTERM or \
            SIGINT stops it: it takes no new connection, finishes the requests under way \
            (within 30 seconds) and exits 0.

            Examples:
              docket serve
              docket serve --db /srv/docket/register.db --listen 0.0.0.0:8080 --sweep-every 1h
              docket serve --listen 127.0.0.1:0
            """
    )
    let global: GlobalOptions
    let listen: String?
    let sweepEvery: String?

    init(_ arguments: inout ArgumentReader) throws {
        listen = arguments.option("listen", valueName: "host:port", help: "Where to listen (default 127.0.0.1:8080; port 0 takes a free one).")
        sweepEvery = arguments.option("sweep-every", valueName: "duration", help: "Run the sweep this often: 15m, 1h, 1d (default: never).")
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let listen = self.listen ?? "127.0.0.1:8080"
        guard ListenAddress.parse(listen) != nil else { throw CLIError.invalidListenAddress(listen) }
        let sweep = try sweepEvery.map { text throws(CLIError) -> Int64 in
            guard let seconds = ListenAddress.seconds(text) else { throw .invalidDuration(text) }
            return seconds
        }
        // The register is checked here, so that a missing or foreign one is refused in the
        // command line's words before anything starts.
        let path = try context.register().path
        let program = ServeCommand.serverProgram()
        guard access(program, X_OK) == 0 else { throw CLIError.serverNotInstalled(path: program) }
        var words = [program, "--db", path, "--listen", listen]
        if let sweep { words += ["--sweep-every", String(sweep)] }
        try context.console.flush()
        let arguments = words.map { strdup($0) } + [nil]
        execv(program, arguments)
        throw CLIError.serverNotInstalled(path: program)
    }

    /// `docket-serve` in the folder of the running docket (after symbolic links).
    static func serverProgram() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
        guard length > 0 else { return "docket-serve" }
        let executable = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let folder = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder + "/docket-serve"
    }
}

/// The values `serve` takes, read alike by `docket serve` and by the server's program.
package enum ListenAddress {
    /// `HOST:PORT` (an IPv6 host in brackets), the port from 0 to 65535.
    package static func parse(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:".contains($0) }),
              let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        return (host, port)
    }

    /// `15m`, `1h`, `1d` (or `90s`) in seconds: at least one second, at most a year.
    package static func seconds(_ text: String) -> Int64? {
        guard let unit = text.last, let count = Int64(text.dropLast()), count > 0 else { return nil }
        let scale: Int64
        switch unit {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3600
        case "d": scale = 86400
        default: return nil
        }
        let seconds = count.multipliedReportingOverflow(by: scale)
        guard !seconds.overflow, seconds.partialValue <= 366 * 86400 else { return nil }
        return seconds.partialValue
    }
}
