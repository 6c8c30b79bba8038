import DocketStore
import Hummingbird
import HummingbirdAuth

/// Finds the caller of each request from its bearer token: hashed and looked up on a reader,
/// so that a token added or revoked on the command line counts from the next request.
struct TokenAuthenticator: AuthenticatorMiddleware {
    typealias Context = DocketRequestContext
    let api: API

    func authenticate(request: Request, context: DocketRequestContext) async throws -> Caller? {
        guard let secret = request.headers.bearer?.token, !secret.isEmpty else { return nil }
        guard let found = try await api.read({ try $0.principal(forSecret: secret) }) else { return nil }
        context.actor.value = found.principal.name
        return Caller(token: found.token.id, principal: found.principal)
    }
}
