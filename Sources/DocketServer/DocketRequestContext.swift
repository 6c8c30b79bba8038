import DocketCLI
import Hummingbird
import HummingbirdAuth
import Synchronization

/// What each request carries through the server: Hummingbird's own storage, the caller once
/// its token is checked, the request's id for the log, and the language of its refusals.
struct DocketRequestContext: AuthRequestContext, RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The bearer token the request carried, if any.
    var bearer: String?
    /// The caller of a change, once ``TokenAuthenticator`` has found its token; a read's is
    /// found with what it reads (``API/read(as:_:)``).
    var identity: Caller?
    /// The id that ties the request's log line to its answer (`X-Request-Id`).
    var requestID = ""
    /// The language refusals are written in, from `Accept-Language`.
    var language: Language = .en
    /// Where the caller's name is left for the request's log line, which is written outside
    /// the routes that learn it.
    var actor = ActorNote()

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }
}

/// The name of a request's caller, once known: shared by the copies of one request's context.
final class ActorNote: Sendable {
    private let name = Mutex<String?>(nil)

    var value: String? {
        get { name.withLock { $0 } }
        set { name.withLock { $0 = newValue } }
    }
}
