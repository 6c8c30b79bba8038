import DocketCore
import DocketStore
import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import ServiceLifecycle

/// `docket serve`: the register behind the HTTP API of SERVE.md.
public enum DocketServer {
    /// The application serving the register that `pool` opens, as `configuration` says;
    /// `onListening` hears the address once it is bound; `clock` is "now" for every change
    /// made without `at` (a test's fixed day).
    ///
    /// Its housekeeping (the sweep, draining, pruning) is the second value: a service to run
    /// beside it, after it in a service group, so that it is told of a stop first.
    public static func application(pool: RegisterPool, configuration: ServerConfiguration, logger: Logger,
                                   clock: @escaping @Sendable () -> Instant = Instant.now,
                                   onListening: @escaping @Sendable (String) -> Void = { _ in })
        -> (application: some ApplicationProtocol, housekeeping: some Service) {
        let api = API(pool: pool, configuration: configuration, metrics: ServerMetrics(), clock: clock)
        let router = Router(context: DocketRequestContext.self)
        // The log goes first, around every route (a route takes the middleware added before it)
        // and around the answers to paths no route holds.
        router.middlewares.add(RequestLog(api: api, routes: routes))
        register(api, on: router)
        let deadlines = (head: configuration.headTimeout, body: configuration.bodyTimeout)
        let application = Application(
            router: router,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [RequestDeadlines(head: deadlines.head, body: deadlines.body)],
                idleTimeout: .nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                if let address = channel.localAddress, let port = address.port {
                    onListening("\(configuration.host):\(port)")
                }
            },
            logger: logger
        )
        return (application, Housekeeping(api: api))
    }

    /// Every route the server answers, as its 405s and its metrics know them.
    static let routes: RouteTable = {
        var table = RouteTable()
        table.add(.get, "/healthz")
        table.add(.get, "/metrics")
        table.add(.get, "/openapi.json")
        for (method, path) in [
            (HTTPRequest.Method.get, "/localities"), (.post, "/localities"), (.get, "/units"), (.post, "/units"),
            (.patch, "/units/{code}"), (.get, "/categories"), (.post, "/categories"),
            (.get, "/meetings"), (.post, "/meetings"), (.get, "/meetings/{id}"), (.get, "/groups"), (.post, "/groups"),
            (.get, "/groups/{id}"), (.get, "/problems"), (.post, "/problems"), (.get, "/problems/{id}"),
            (.patch, "/problems/{id}"), (.get, "/problems/{id}/history"), (.get, "/search"), (.post, "/import"), (.get, "/export"),
            (.get, "/reports/weekly"), (.get, "/reports/period"), (.get, "/reports/locality"),
            (.get, "/workflow"), (.get, "/calendar"), (.post, "/calendar"), (.delete, "/calendar/{date}"),
        ] {
            table.add(method, "/api/v1" + path)
        }
        for action in transitions { table.add(.post, "/api/v1/problems/{id}/" + action) }
        table.add(.get, "/static/docket.css")
        for page in API.pageRoutes { table.add(page.method, page.path) }
        Open311.add(to: &table)
        return table
    }()

    /// The transitions and the comment, each at `/problems/{id}/ACTION`.
    static let transitions = ["assign", "answer", "escalate", "resolve", "reopen", "close", "comment"]

    /// Every route of ``routes``, on `router`.
    private static func register(_ api: API, on router: Router<DocketRequestContext>) {
        func route(_ methods: some RouterMethods<DocketRequestContext>, _ prefix: String, _ method: HTTPRequest.Method,
                   _ pattern: String, _ handler: @escaping @Sendable (Request, DocketRequestContext) async throws -> Response) {
            assert(routes.methods(for: prefix + pattern).contains(method), "\(method) \(prefix + pattern) is not in the route table")
            let path = RouterPath(pattern.replacingBraces())
            methods.on(path, method: method) { request, context in try await handler(request, context) }
            // HEAD is GET without the body, as every server should answer it.
            if method == .get {
                methods.on(path, method: .head) { request, context in try await handler(request, context).createHeadResponse() }
            }
        }
        route(router, "", .get, "/healthz") { _, _ in
            api.draining.load(ordering: .relaxed)
                ? .json(.object([("status", .string("draining"))]), status: .serviceUnavailable, headers: [.retryAfter: "30"])
                : .json(.object([("status", .string("ok"))]))
        }
        route(router, "", .get, "/metrics") { _, _ in
            .bytes(api.metrics.exposition(pendingWrites: api.pool.pendingWrites, commitCounts: api.pool.commitCounts),
                   contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        route(router, "", .get, "/openapi.json") { _, _ in .bytes(OpenAPIDocument.bytes, contentType: MediaType.json) }

        // The web pages (DocketWeb): each finds its visitor by the session cookie and answers
        // refusals as pages.
        route(router, "", .get, "/static/docket.css") { _, _ in API.styleSheet() }
        for page in API.pageRoutes {
            route(router, "", page.method, page.path) { request, context in await api.page(request, context, page.handler) }
        }

        // Under /api/v1 every request needs a token (TokenAuthenticator finds a change's
        // caller before the route, a read's with what it reads). What a role may do is
        // checked by authorization policies where no problem is concerned; about a problem,
        // scope comes first (404), so the transition handlers check the role themselves once
        // the problem is found.
        let prefix = "/api/v1"
        let authenticated = router.group(RouterPath(prefix)).add(middleware: TokenAuthenticator(api: api))
        func permitted(_ permission: Permission) -> RouterGroup<DocketRequestContext> {
            router.group(RouterPath(prefix))
                .add(middleware: TokenAuthenticator(api: api))
                .add(middleware: AuthorizationPolicyMiddleware(RolePolicy<Caller>(permission), deniedError: APIError.forbidden,
                                                               context: DocketRequestContext.self))
        }
        func v1(_ group: RouterGroup<DocketRequestContext>, _ method: HTTPRequest.Method, _ pattern: String,
                _ handler: @escaping @Sendable (API) -> (Request, DocketRequestContext) async throws -> Response) {
            route(group, prefix, method, pattern) { request, context in try await handler(api)(request, context) }
        }
        let administer = permitted(.administer)
        v1(authenticated, .get, "/localities", API.localities)
        v1(administer, .post, "/localities", API.addLocality)
        v1(authenticated, .get, "/units", API.units)
        v1(administer, .post, "/units", API.addUnit)
        v1(administer, .patch, "/units/{code}", API.changeUnit)
        v1(authenticated, .get, "/categories", API.categories)
        v1(administer, .post, "/categories", API.addCategory)
        v1(authenticated, .get, "/meetings", API.meetings)
        v1(administer, .post, "/meetings", API.addMeeting)
        v1(authenticated, .get, "/meetings/{id}", API.meeting)
        v1(authenticated, .get, "/groups", API.groups)
        v1(administer, .post, "/groups", API.addGroup)
        v1(authenticated, .get, "/groups/{id}", API.group)
        v1(authenticated, .get, "/problems", API.problems)
        v1(permitted(.file), .post, "/problems", API.file)
        v1(authenticated, .get, "/problems/{id}", API.problem)
        v1(authenticated, .patch, "/problems/{id}", API.edit)
        v1(authenticated, .get, "/problems/{id}/history", API.history)
        for action in transitions {
            v1(authenticated, .post, "/problems/{id}/\(action)") { api in { try await api.transition(action, $0, $1) } }
        }
        v1(authenticated, .get, "/search", API.search)
        v1(permitted(.importFile), .post, "/import", API.importProblems)
        v1(authenticated, .get, "/export", API.export)
        v1(authenticated, .get, "/reports/weekly", API.weeklyReport)
        v1(authenticated, .get, "/reports/period", API.periodReport)
        v1(authenticated, .get, "/reports/locality", API.localityReport)
        v1(authenticated, .get, "/workflow", API.workflow)
        v1(authenticated, .get, "/calendar", API.calendar)
        v1(permitted(.keepCalendar), .post, "/calendar", API.addCalendarDay)
        v1(permitted(.keepCalendar), .delete, "/calendar/{date}", API.removeCalendarDay)

        // Open311 GeoReport v2: its token comes as api_key, its refusals as the spec's array.
        Open311.register(api, on: router)
    }
}

extension String {
    /// `/problems/{id}` as Hummingbird's router writes a parameter: `/problems/:id`.
    fileprivate func replacingBraces() -> String {
        split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : segment
        }.joined(separator: "/")
    }
}

/// The checked-in OpenAPI document, embedded when docket is built.
enum OpenAPIDocument {
    static let bytes: [UInt8] = PackageResources.openapi_json
}
