import DocketStore
import Hummingbird
import HummingbirdAuth

/// Takes each request's bearer token (hummingbird-auth's header parsing) and, for a change,
/// finds its caller on a reader before the route runs, so that the authorization policies
/// can judge the role. A read (GET, HEAD) looks its token up later, on the same visit to a
/// reader as what it reads (``API/read(as:_:)``): one hand-off to a reader's thread instead of
/// two. Either way the token is looked up for every request, so a token added or revoked on
/// the command line counts from the next one.
struct TokenAuthenticator: RouterMiddleware {
    typealias Context = DocketRequestContext
    let api: API

    func handle(_ request: Request, context: DocketRequestContext,
                next: (Request, DocketRequestContext) async throws -> Response) async throws -> Response {
        guard let secret = request.headers.bearer?.token, !secret.isEmpty else { return try await next(request, context) }
        var context = context
        context.bearer = secret
        if request.method != .get && request.method != .head {
            let note = context.actor
            context.identity = try await api.read { register in try API.caller(forSecret: secret, in: register, note: note) }
        }
        return try await next(request, context)
    }
}

extension API {
    /// The caller whose token has `secret`, its name left in `note` for the log line; nil for
    /// a token that does not exist or is revoked.
    static func caller(forSecret secret: String, in register: Register, note: ActorNote) throws -> Caller? {
        guard let found = try register.principal(forSecret: secret) else { return nil }
        note.value = found.principal.name
        return Caller(token: found.token.id, principal: found.principal)
    }

    /// The caller of the request, or 401 when it carried no valid token.
    func caller(_ context: DocketRequestContext) async throws -> Caller {
        if let identity = context.identity { return identity }
        return try await read(as: context) { _, caller in caller }
    }

    /// Runs `body` with a reader and the request's caller (401 when it carried no valid
    /// token): the token is looked up on the same reader, just before `body` runs.
    func read<T: Sendable>(as context: DocketRequestContext,
                           _ body: @escaping @Sendable (Register, Caller) throws -> T) async throws -> T {
        if let identity = context.identity { return try await read { try body($0, identity) } }
        guard let secret = context.bearer else { throw APIError.unauthorized }
        let note = context.actor
        return try await read { register in
            guard let caller = try API.caller(forSecret: secret, in: register, note: note) else { throw APIError.unauthorized }
            return try body(register, caller)
        }
    }
}
