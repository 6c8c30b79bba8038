import ArgumentParser
import DocketCore
import DocketStore
import Glibc

/// `docket-bench generate`: makes the large registers `make bench` measures docket on;
/// `docket-bench serve-floor`: the in-process floor `make bench-serve` sets beside `docket serve`.
@main
struct DocketBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket-bench",
        abstract: "Make large realistic registers for benchmarks.",
        subcommands: [Generate.self, ServeFloor.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a register of N problems with realistic histories, ending at --now.",
            discussion: "Example:\n  docket-bench generate --problems 100000 --out bench/cache/100k.db --now 2026-11-25T12:00:00+07:00"
        )
        @Option(help: "How many problems.") var problems: Int
        @Option(help: "The new register's path (must not exist).") var out: String
        @Option(help: "When the history ends (ISO 8601); default now.") var now: String?
        @Option(help: "The random seed.") var seed: UInt64 = 20_250_826

        func run() throws {
            let end = try now.map { try When.parse($0, in: .hoChiMinh, now: .now()) } ?? .now()
            let (register, _) = try Register.initialize(at: out, timeZone: nil, at: end.adding(seconds: -4 * 365 * 86_400))
            let generator = Generator(problems: problems, now: end, seed: seed)
            defer { try? register.checkpoint() }
            let terminal = isatty(STDERR_FILENO) == 1
            try generator.generate(into: register) { step in
                guard terminal else { return }
                var line = "\r\u{1B}[Kgenerating \(step)"
                line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
            }
            if terminal {
                var done = "\r\u{1B}[K"
                done.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
            }
        }
    }
}
