import DocketCLI
import HTTPTypes
import Hummingbird
import Logging
import Synchronization

/// The outermost step of every request: gives it an id, reads the language it asks for,
/// turns every refusal into problem+json (RFC 9457) in that language, and when it is
/// answered writes one structured log line and counts it (SERVE.md: no request answers 500;
/// an unexpected failure is logged with its request id).
struct RequestLog: RouterMiddleware {
    typealias Context = DocketRequestContext
    let api: API
    let routes: RouteTable
    private static let sequence = Atomic<UInt64>(0)
    private static let prefix = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var context = context
        context.requestID = request.headers[.requestID]
            ?? "\(Self.prefix)-\(Self.sequence.add(1, ordering: .relaxed).newValue)"
        context.language = Language(acceptLanguage: request.headers[.acceptLanguage])
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = refusal(error, request: request, context: context)
        }
        response.headers[.requestID] = context.requestID
        let elapsed = ContinuousClock.now - started
        let route = routes.pattern(of: request.uri.path) ?? "unknown"
        api.metrics.record(method: request.method.rawValue, route: route, status: Int(response.status.code), duration: elapsed)
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info("request", metadata: [
            "request_id": .string(context.requestID), "method": .string(request.method.rawValue),
            "path": .string(request.uri.path), "status": .stringConvertible(response.status.code),
            "ms": .string(String(format3(milliseconds))), "actor": .string(context.actor.value ?? "-"),
        ])
        return response
    }

    /// The problem+json answer to `error`.
    private func refusal(_ error: any Error, request: Request, context: Context) -> Response {
        let refusal: APIError
        switch error {
        case let error as APIError:
            refusal = error
        case let error as HTTPError where error.status == .notFound:
            // The router found no route: a path that is there for other methods is a 405.
            let allowed = routes.methods(for: request.uri.path)
            refusal = allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
        case let error as HTTPError where error.status == .unauthorized:
            refusal = .unauthorized
        case let error as HTTPError where error.status == .contentTooLarge:
            refusal = .tooLarge(limit: api.configuration.bodyLimit)
        default:
            // A bug: said as plainly as the rest, and logged with the request's id to be found.
            context.logger.error("unexpected failure", metadata: [
                "request_id": .string(context.requestID), "error": .string(String(reflecting: error)),
            ])
            return Self.problem(status: .internalServerError, title: "Internal Server Error",
                                detail: context.language == .vi ? "Máy chủ gặp lỗi ngoài dự kiến; lỗi đã được ghi lại với mã \(context.requestID)."
                                    : "The server met an unexpected failure; it is logged under \(context.requestID).")
        }
        if refusal.isServerTrouble {
            context.logger.error("register trouble", metadata: [
                "request_id": .string(context.requestID), "error": .string(String(reflecting: error)),
            ])
        }
        var response = Self.problem(status: refusal.status, title: refusal.status.reasonPhrase, detail: refusal.detail(in: context.language))
        switch refusal {
        case .methodNotAllowed(let allowed):
            response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        case .register(.busy), .draining:
            response.headers[.retryAfter] = "5"
        case .register where refusal.status == .serviceUnavailable:
            response.headers[.retryAfter] = "30"
        case .unauthorized:
            response.headers[.wwwAuthenticate] = "Bearer"
        default:
            break
        }
        return response
    }

    /// An `application/problem+json` answer.
    static func problem(status: HTTPResponse.Status, title: String, detail: String) -> Response {
        .json(.object([
            ("type", .string("about:blank")), ("title", .string(title)), ("status", .integer(Int(status.code))),
            ("detail", .string(detail)),
        ]), status: status, headers: [:]).withContentType(MediaType.problemJSON)
    }
}

extension Response {
    fileprivate func withContentType(_ type: String) -> Response {
        var response = self
        response.headers[.contentType] = type
        return response
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}

/// Milliseconds with three decimals.
private func format3(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
}
