import ArgumentParser
import DocketCore
import DocketRegister
import DocketStore
import Synchronization

/// `docket-bench serve-floor`: what `make bench-serve` puts beside each HTTP figure — the same
/// operation done in-process through the `RegisterPool` the server uses (one writer whose
/// `write` group-commits concurrent writes with synchronous=FULL, four readers), from
/// `--tasks` concurrent tasks, with no HTTP, no token lookup and no JSON in between.
///
/// Prints one JSON object: `{"kind", "tasks", "operations", "seconds", "per_second",
/// "p50_ms", "p99_ms", "errors", "commits", "committed_writes"}`. Bounded by `--count`
/// operations and `--seconds` of wall time, whichever comes first.
struct ServeFloor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-floor",
        abstract: "Time one operation done in-process through a RegisterPool, from concurrent tasks.",
        discussion: """
            Kinds: file (pool.write { file }), comment (pool.write { apply comment } on random ids), \
            show (pool.read { problem(id:as:) } on random ids), list_all (pool.read { problems(matching: \
            no filter, limit 50) }), list (pool.read { problems(matching: state=assigned, limit 50) }), report (pool.read { weeklyReport(--week) }).
            Example:
              docket-bench serve-floor --db copy.db --kind file --tasks 32 --count 20000 --seconds 10
            """
    )
    @Option(help: "The register (it is written to by file and comment).") var db: String
    @Option(help: "file, comment, show, list_all, list or report.") var kind: String
    @Option(help: "How many concurrent tasks.") var tasks: Int = 32
    @Option(help: "At most this many operations.") var count: Int = 20_000
    @Option(help: "At most this many seconds.") var seconds: Double = 10
    @Option(help: "The pool's readers (docket serve opens 4).") var readers: Int = 4
    @Option(help: "Random ids are drawn from 1 through this.") var maxId: Int64 = 100_000
    @Option(help: "The report's week.") var week: String = "2026-W47"

    func run() async throws {
        let pool = try RegisterPool(path: db, readers: readers)
        let principal = Principal(name: "bench-floor", role: .coordinator, scope: .everything)
        let maxID = maxId
        let reportWeek = try ISOWeek(parsing: week)
        let operation: @Sendable (Int) async throws -> Void
        switch kind {
        case "file":
            operation = { index in
                let new = NewProblem(title: "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất, sàn đo \(index)",
                                     locality: "Cần Thơ")
                _ = try await pool.write { try $0.file(new, at: .now(), as: principal) }
            }
        case "comment":
            operation = { _ in
                let id = Int64.random(in: 1...maxID)
                let input = Register.TransitionInput(action: "comment", text: "Địa phương đề nghị Bộ sớm có ý kiến trả lời")
                _ = try await pool.write { try $0.apply(input, to: id, at: .now(), as: principal) }
            }
        case "show":
            operation = { _ in
                let id = Int64.random(in: 1...maxID)
                _ = try await pool.read { try $0.problem(id: id, as: principal) }
            }
        case "list":
            operation = { _ in
                _ = try await pool.read { register in
                    let workflow = try register.workflow()
                    return try register.problems(matching: ProblemFilter(states: ["assigned"]),
                                                 overdueStates: workflow.deadlines.overdueIn, limit: 50, as: principal).items.count
                }
            }
        case "list_all":
            operation = { _ in
                _ = try await pool.read { register in
                    let workflow = try register.workflow()
                    return try register.problems(matching: ProblemFilter(), overdueStates: workflow.deadlines.overdueIn,
                                                 limit: 50, as: principal).items.count
                }
            }
        case "report":
            operation = { _ in
                _ = try await pool.read { try $0.weeklyReport(reportWeek, as: principal).during.raised }
            }
        default:
            throw ValidationError("--kind must be file, comment, show, list_all, list or report")
        }

        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int64(seconds * 1000))
        let next = Counter()
        let limit = count
        let outcomes = await withTaskGroup(of: ([Double], Int, String?).self) { group in
            for _ in 0..<tasks {
                group.addTask {
                    var latencies: [Double] = []
                    var errors = 0
                    var first: String?
                    while true {
                        let index = next.value.add(1, ordering: .relaxed).oldValue
                        guard index < limit, clock.now < deadline else { break }
                        let before = clock.now
                        do {
                            try await operation(index)
                        } catch {
                            errors += 1
                            if first == nil { first = String(describing: error) }
                        }
                        latencies.append(milliseconds(clock.now - before))
                    }
                    return (latencies, errors, first)
                }
            }
            var all: ([Double], Int, String?) = ([], 0, nil)
            for await (latencies, errors, first) in group {
                all.0 += latencies
                all.1 += errors
                all.2 = all.2 ?? first
            }
            return all
        }
        let elapsed = milliseconds(clock.now - started) / 1000
        let latencies = outcomes.0.sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        let commits = pool.commitCounts
        print("""
            {"kind": "\(kind)", "tasks": \(tasks), "operations": \(latencies.count), "seconds": \(elapsed), \
            "per_second": \(Double(latencies.count) / elapsed), "p50_ms": \(percentile(0.5)), "p99_ms": \(percentile(0.99)), \
            "errors": \(outcomes.1), "first_error": \(json(outcomes.2)), "commits": \(commits.commits), "committed_writes": \(commits.writes)}
            """)
    }
}

/// The number of the next operation, shared by the tasks.
private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}

/// `text` as a JSON string, or null.
private func json(_ text: String?) -> String {
    guard let text else { return "null" }
    var quoted = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case _ where scalar.value < 0x20: quoted += " "
        default: quoted.unicodeScalars.append(scalar)
        }
    }
    return quoted + "\""
}

private func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}
