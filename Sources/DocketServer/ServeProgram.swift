import DocketCLI
import DocketCore
import DocketRegister
import DocketStore
import Glibc
import Logging
import ServiceLifecycle
import UnixSignals

extension DocketServer {
    /// The `docket-serve` program, which `docket serve` hands over to once it has checked the
    /// command line: `docket-serve --db PATH --listen HOST:PORT [--sweep-every SECONDS]`.
    /// Answers until SIGTERM or SIGINT, then finishes the requests under way and exits 0.
    public static func main(_ arguments: [String]) async -> Int32 {
        guard let configuration = ServeArguments.parse(arguments) else {
            write("docket-serve: usage: docket-serve --db PATH --listen HOST:PORT [--sweep-every SECONDS] (run it as 'docket serve')\n")
            return 64
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "docket.serve")
        let messages = Language.chosen(option: nil).messages
        let pool: RegisterPool
        do {
            pool = try RegisterPool(path: configuration.path, readers: configuration.readers)
        } catch let error as RegisterError {
            write("docket: \(messages.sentence(for: error))\n")
            return 1
        } catch {
            write("docket: \(error)\n")
            return 1
        }
        let (application, housekeeping) = application(pool: pool, configuration: configuration, logger: logger, onListening: { address in
            write("docket serve: listening on http://\(address)\n")
        })
        var group = ServiceGroupConfiguration(services: [application, housekeeping], logger: logger)
        group.gracefulShutdownSignals = [UnixSignal.sigterm, UnixSignal.sigint]
        group.maximumGracefulShutdownDuration = configuration.drainTimeout
        do {
            try await ServiceGroup(configuration: group).run()
            return 0
        } catch {
            write("docket serve: \(error)\n")
            return 1
        }
    }
}

/// Writes `text` to standard error.
private func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
}

/// The arguments `docket serve` hands over, already checked by it.
enum ServeArguments {
    static func parse(_ arguments: [String]) -> ServerConfiguration? {
        var path: String?
        var listen: (host: String, port: Int)?
        var sweep: Duration?
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard let value = rest.popFirst() else { return nil }
            switch option {
            case "--db": path = value
            case "--listen":
                guard let address = ListenAddress.parse(value) else { return nil }
                listen = address
            case "--sweep-every":
                guard let seconds = Int64(value), seconds > 0 else { return nil }
                sweep = .seconds(seconds)
            default: return nil
            }
        }
        guard let path, let listen else { return nil }
        return ServerConfiguration(path: path, host: listen.host, port: listen.port, sweepEvery: sweep)
    }
}
