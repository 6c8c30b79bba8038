import DocketCore
import Synchronization

/// The signed-in browsers: a session is a random secret kept in an HttpOnly cookie, of which
/// the server keeps only the SHA-256, with the number of the token signed in with and the
/// token each of its forms carries against cross-site request forgery.
///
/// Sessions live in the server's memory for ``lifetime``: a restart of the server signs
/// everyone out (the token is typed again), and nothing of a session is in the register. The
/// token is looked up on every request, so a token revoked on the command line ends its
/// sessions at the next request.
final class WebSessions: Sendable {
    struct Session: Sendable {
        let token: Int64
        let csrf: String
        let expires: ContinuousClock.Instant
    }

    /// How long a session lasts from its sign-in: a working day and its evening.
    static let lifetime: Duration = .seconds(12 * 3600)
    /// Sessions beyond which the oldest is dropped at the next sign-in: a bound on memory.
    static let limit = 10_000

    private let sessions = Mutex<[[UInt8]: Session]>([:])

    /// A new session for token `token`: the secret for its cookie and its forms' token.
    func open(token: Int64) -> (secret: String, csrf: String) {
        let secret = Self.randomText()
        let session = Session(token: token, csrf: Self.randomText(), expires: .now + Self.lifetime)
        sessions.withLock { sessions in
            let now = ContinuousClock.now
            sessions = sessions.filter { $0.value.expires > now }
            if sessions.count >= Self.limit, let oldest = sessions.min(by: { $0.value.expires < $1.value.expires }) {
                sessions[oldest.key] = nil
            }
            sessions[SHA256.hash(secret.utf8)] = session
        }
        return (secret, session.csrf)
    }

    /// The session whose cookie holds `secret`, nil when there is none or it has expired.
    func session(_ secret: String) -> Session? {
        let key = SHA256.hash(secret.utf8)
        return sessions.withLock { sessions in
            guard let session = sessions[key] else { return nil }
            guard session.expires > .now else {
                sessions[key] = nil
                return nil
            }
            return session
        }
    }

    /// Ends the session whose cookie holds `secret`.
    func close(_ secret: String) {
        let key = SHA256.hash(secret.utf8)
        _ = sessions.withLock { $0.removeValue(forKey: key) }
    }

    /// 32 random bytes from the system's generator, in base64url: 256 bits.
    static func randomText() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base64.url(generator.bytes(32))
    }

    /// Whether a form's `presented` token is `expected`, compared in constant time.
    static func matches(_ presented: String?, _ expected: String) -> Bool {
        guard let presented else { return false }
        return SHA256.constantTimeEqual(SHA256.hash(presented.utf8), SHA256.hash(expected.utf8))
    }
}
