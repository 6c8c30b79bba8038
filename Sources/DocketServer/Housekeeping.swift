import DocketCore
import DocketStore
import ServiceLifecycle

/// What the server does besides answering: marks itself draining once a stop is asked for
/// (so that `/healthz` answers 503 while the requests under way finish), runs the sweep as
/// often as `--sweep-every` says, and forgets idempotency keys older than a day.
struct Housekeeping: Service {
    let api: API

    /// How often expired idempotency keys are removed.
    static let pruneEvery: Duration = .seconds(3600)

    func run() async throws {
        await withGracefulShutdownHandler {
            await loop()
        } onGracefulShutdown: {
            api.draining.store(true, ordering: .relaxed)
        }
    }

    private func loop() async {
        let sweepEvery = api.configuration.sweepEvery
        let clock = ContinuousClock()
        var nextSweep = sweepEvery.map { clock.now + $0 }
        var nextPrune = clock.now + Self.pruneEvery
        while !api.draining.load(ordering: .relaxed) {
            do {
                // A second at a time, so that a stop is heard at once.
                try await Task.sleep(for: .seconds(1))
            } catch {
                return
            }
            let now = clock.now
            if let due = nextSweep, now >= due, let every = sweepEvery {
                nextSweep = now + every
                let instant = api.clock()
                _ = try? await api.pool.write { try $0.sweep(at: instant, as: .admin("docket serve")) }
            }
            if now >= nextPrune {
                nextPrune = now + Self.pruneEvery
                let before = api.clock().adding(seconds: -API.idempotencyWindow)
                _ = try? await api.pool.write { try $0.pruneIdempotentResponses(before: before) }
            }
        }
    }
}
