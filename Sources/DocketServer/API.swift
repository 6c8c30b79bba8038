import DocketContract
import DocketCore
import DocketRegister
import DocketStore
import DocketWeb
import DocketWorkflow
import Hummingbird
import NIOCore
import Synchronization

/// The state every request shares: the register's pool, the configuration, the counts, and
/// the idempotency keys under way. Routes are extensions of it, one file per family.
final class API: Sendable {
    let pool: RegisterPool
    let configuration: ServerConfiguration
    let metrics: ServerMetrics
    let keys = IdempotencyGate()
    /// The web pages' templates, parsed once.
    let pages = WebPages()
    /// The browsers signed in to the web pages.
    let sessions = WebSessions()
    /// The reports of complete periods, while the register stays as they were read.
    let reports = ReportCache()
    /// Where "now" comes from: the time of every change made without `at`.
    let clock: @Sendable () -> Instant
    /// Whether a stop was asked for: `/healthz` answers 503 then.
    let draining = Atomic<Bool>(false)

    init(pool: RegisterPool, configuration: ServerConfiguration, metrics: ServerMetrics,
         clock: @escaping @Sendable () -> Instant = Instant.now) {
        self.pool = pool
        self.configuration = configuration
        self.metrics = metrics
        self.clock = clock
    }

    /// What the contract's JSON shapes need, as of now: the register's time zone and today's
    /// overdue rule. Made for each request, on the connection that serves it.
    static func json(_ register: Register, now: Instant) throws -> JSONContext {
        let states = try register.workflow().deadlines.overdueIn
        let today = register.timeZone.localDate(of: now)
        return JSONContext(timeZone: register.timeZone) { problem in
            DeadlineRules.isOverdue(state: problem.state, due: problem.due, on: today, overdueIn: states)
        }
    }

    /// When a change happened: its `at` read in the register's time zone, or now.
    static func instant(_ at: String?, in register: Register, now: Instant) throws(APIError) -> Instant {
        guard let at else { return now }
        do {
            return try When.parse(at, in: register.timeZone, now: now)
        } catch {
            throw .input(error)
        }
    }

    /// The body of `request`, read whole but never past `limit` bytes, and of `mediaType`.
    /// A declared length over the limit is refused before a byte is read.
    func body(of request: Request, mediaType: String, limit: Int? = nil) async throws(APIError) -> [UInt8] {
        let limit = limit ?? configuration.bodyLimit
        let declared = request.headers[.contentType]?.split(separator: ";").first.map {
            String($0).trimmingSpaces.lowercased()
        }
        guard declared == mediaType else { throw .unsupportedMediaType(expected: mediaType) }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw .tooLarge(limit: limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw .tooLarge(limit: limit)
        } catch is NIOTooManyBytesError {
            // What `collect(upTo:)` throws once a chunked body grows past the limit.
            throw .tooLarge(limit: limit)
        } catch {
            // The client went away or stopped sending: nothing to answer it with.
            throw .body(.notJSON(.empty))
        }
    }

    /// The record number in the path's `{id}`, or 404: no record has another.
    static func pathID(_ context: DocketRequestContext) throws(APIError) -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id >= 1 else { throw .notFound }
        return id
    }
}

extension API {
    /// Runs `body` with a reader, turning the register's refusals into the API's.
    func read<T: Sendable>(_ body: @escaping @Sendable (Register) throws -> T) async throws -> T {
        try await translating { try await pool.read(body) }
    }

    /// Runs `body` with the writer, in the group commit of the writes that arrive with it;
    /// returns once the commit that holds it is durable.
    func write<T: Sendable>(_ body: @escaping @Sendable (Register) throws -> T) async throws -> T {
        try await translating { try await pool.write(body) }
    }

    private func translating<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as RegisterError {
            if case .busy = error { metrics.recordBusyRefusal() }
            throw APIError.register(error)
        } catch let error as InputError {
            throw APIError.input(error)
        } catch let error as ImportError {
            throw APIError.importFile(error)
        } catch let error as CSVError {
            throw APIError.csv(error)
        }
    }
}
