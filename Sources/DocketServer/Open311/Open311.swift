import DocketCLI
import DocketCore
import DocketRegister
import DocketStore
import DocketWorkflow
import Hummingbird

/// Open311 GeoReport v2 under `/open311/v2` (SERVE.md), for the civic clients that speak it:
/// discovery, the services (the register's categories), a service's definition, filing a
/// request (a problem) and reading requests back, each in `.json` and `.xml`.
///
/// Every call carries its token as `api_key` and sees that token's scope, which the store's
/// queries enforce as they do for `/api/v1`; refusals are the spec's error array.
enum Open311 {
    /// Where the endpoint lives.
    static let prefix = "/open311/v2"

    /// Each resource by method and path below ``prefix``, without its format's extension.
    static let resources: [(method: HTTPRequest.Method, path: String)] = [
        (.get, "/discovery"), (.get, "/services"), (.get, "/services/{code}"),
        (.post, "/requests"), (.get, "/requests"), (.get, "/requests/{id}"),
    ]

    /// When this endpoint's interface last changed: discovery's `changeset`.
    static let changeset = "2026-12-03T00:00:00+07:00"

    /// The most requests one `GET requests` answers, and the days it covers unless told: the spec's defaults.
    static let requestLimit = 1000
    static let defaultDays: Int64 = 90

    /// Every resource in both formats, as the route table knows them.
    static func add(to table: inout RouteTable) {
        for (method, path) in resources {
            for format in Open311Format.allCases { table.add(method, prefix + path + "." + format.rawValue) }
        }
    }

    /// Every resource in both formats, on `router`; a GET answers HEAD too.
    static func register(_ api: API, on router: Router<DocketRequestContext>) {
        for (method, path) in resources {
            for format in Open311Format.allCases {
                let pattern = prefix + path + "." + format.rawValue
                assert(DocketServer.routes.methods(for: pattern).contains(method), "\(method) \(pattern) is not in the route table")
                let handler = Self.handler(method, path)
                router.on(RouterPath(pattern), method: method) { request, context in
                    try await answer(format, context) { try await handler(api, request, context) }
                }
                if method == .get {
                    router.on(RouterPath(pattern), method: .head) { request, context in
                        try await answer(format, context) { try await handler(api, request, context) }.createHeadResponse()
                    }
                }
            }
        }
    }

    /// What an Open311 handler makes: the value of its answer and the element it is written under in XML.
    typealias Answer = (root: String, value: Open311Value)
    private typealias Handler = @Sendable (API, Request, DocketRequestContext) async throws -> Answer

    private static func handler(_ method: HTTPRequest.Method, _ path: String) -> Handler {
        switch (method, path) {
        case (.get, "/discovery"): discovery
        case (.get, "/services"): services
        case (.get, "/services/{code}"): serviceDefinition
        case (.post, "/requests"): file
        case (.get, "/requests"): requests
        default: request
        }
    }

    /// Runs `body` and writes what it answers in `format`, or its refusal as the spec's
    /// error array in the request's language. A failure that is no refusal (a bug) goes on to
    /// the request log, which logs it and answers 500.
    private static func answer(_ format: Open311Format, _ context: DocketRequestContext,
                               _ body: () async throws -> Answer) async throws -> Response {
        do {
            let answer = try await body()
            return .bytes(format.bytes(answer.value, root: answer.root), contentType: format.contentType)
        } catch {
            guard let refusal = Open311Refusal(error) else { throw error }
            return .bytes(format.bytes(refusal.value(in: context.language), root: "errors"), contentType: format.contentType,
                          status: refusal.status)
        }
    }

    /// The caller whose token `fields` carries as `api_key`, or 403.
    private static func caller(_ fields: Open311Fields, _ api: API, _ context: DocketRequestContext) async throws -> Caller {
        guard let key = fields["api_key"] else { throw Open311Refusal.key }
        guard let found = try await api.read({ try $0.principal(forSecret: key) }) else { throw Open311Refusal.key }
        context.actor.value = found.principal.name
        return Caller(token: found.token.id, principal: found.principal)
    }

    // MARK: - Discovery and services

    /// `GET discovery`: this one endpoint, its formats and where its keys come from.
    private static func discovery(_ api: API, _ request: Request,
                                  _ context: DocketRequestContext) async throws -> Answer {
        _ = try await caller(try Open311Fields(query: request.uri.query), api, context)
        let base = request.head.authority.map { "http://\($0)\(prefix)" } ?? prefix
        let endpoint = Open311Value.record([
            "specification": .text("http://wiki.open311.org/GeoReport_v2"), "url": .text(base),
            "changeset": .text(changeset), "type": .text("production"),
            "formats": .list(element: "format", [.text("text/xml"), .text("application/json")]),
        ])
        return ("discovery", .record([
            "changeset": .text(changeset),
            "contact": .text(context.language == .vi ? "Liên hệ người quản trị sổ theo dõi của Bộ." : "Ask the ministry's register administrator."),
            "key_service": .text(context.language == .vi ? "Mã truy cập do người quản trị cấp: docket token add TÊN --role VAI_TRÒ."
                                    : "Tokens are made by the administrator: docket token add NAME --role ROLE."),
            "endpoints": .list(element: "endpoint", [endpoint]),
        ]))
    }

    /// `GET services`: the register's categories.
    private static func services(_ api: API, _ request: Request,
                                 _ context: DocketRequestContext) async throws -> Answer {
        _ = try await caller(try Open311Fields(query: request.uri.query), api, context)
        let categories = try await api.read { try $0.categories() }
        return ("services", .list(element: "service", categories.map { category in
            .record([
                "service_code": .text(category.code), "service_name": .text(category.name),
                "description": .text(category.description), "metadata": .bool(false), "type": .text("realtime"),
                "keywords": .text(nil), "group": .text(nil),
            ])
        }))
    }

    /// `GET services/{code}`: the service's definition, which has no attributes; 404 for a code no category has.
    private static func serviceDefinition(_ api: API, _ request: Request,
                                          _ context: DocketRequestContext) async throws -> Answer {
        _ = try await caller(try Open311Fields(query: request.uri.query), api, context)
        let code = context.parameters.get("code") ?? ""
        guard try await api.read({ try $0.categories() }).contains(where: { $0.code == code }) else {
            throw Open311Refusal.noSuchService(code)
        }
        return ("service_definition", .record(["service_code": .text(code), "attributes": .list(element: "attribute", [])]))
    }

    // MARK: - Filing

    /// `POST requests` (form-encoded): files a problem as the token would over `/api/v1`, in
    /// the category `service_code` names, in the locality `address_string` names (or whose
    /// code `jurisdiction_id` is), titled by `title` or the description's first sentence;
    /// `lat` and `long` are kept as given. Nothing is written unless all of it is good.
    private static func file(_ api: API, _ request: Request,
                             _ context: DocketRequestContext) async throws -> Answer {
        let body = try await api.body(of: request, mediaType: "application/x-www-form-urlencoded")
        let fields = try Open311Fields(query: request.uri.query, form: body)
        let caller = try await caller(fields, api, context)
        try caller.require(.file)
        guard let code = fields["service_code"] else { throw Open311Refusal.missing("service_code") }
        let description = fields["description"]
        guard let title = fields["title"] ?? description.map(firstSentence) else { throw Open311Refusal.noTitle }
        let place = ProblemPlace(lat: try coordinate(fields, "lat", limit: 90), long: try coordinate(fields, "long", limit: 180))
        let jurisdiction = fields["jurisdiction_id"]
        guard let localityText = fields["address_string"] ?? jurisdiction else { throw Open311Refusal.noLocality }
        let new = try NewProblem(title: title, locality: localityText, category: code, description: description).validated()
        let language = context.language
        return try await api.write { register in
            guard try register.categories().contains(where: { $0.code == code }) else { throw Open311Refusal.unknownService(code) }
            if fields["address_string"] == nil, let jurisdiction {
                try checkJurisdiction(jurisdiction, in: register)
            }
            let problem = try register.file(new, at: nil, as: caller.principal, place: place.isEmpty ? nil : place)
            let address = try Addresses(register).address(of: problem)
            let notice = language == .vi ? "Đã ghi nhận thành vấn đề #\(problem.id) của \(address)."
                : "Filed as problem #\(problem.id) of \(address)."
            return ("service_requests", .list(element: "request", [.record([
                "service_request_id": .text(String(problem.id)), "service_notice": .text(notice), "account_id": .text(nil),
            ])]))
        }
    }

    /// Refuses (404) a `jurisdiction_id` that is no locality's code.
    private static func checkJurisdiction(_ code: String, in register: Register) throws {
        let found: Locality
        do {
            found = try register.locality(named: code)
        } catch RegisterError.notFound, RegisterError.ambiguous {
            throw Open311Refusal.unknownJurisdiction(code)
        }
        guard found.code == code else { throw Open311Refusal.unknownJurisdiction(code) }
    }

    /// The first sentence of `text`: up to the first `.`, `!`, `?` or `…` that ends the text or
    /// is followed by a space, or to the first line break; at most 500 characters.
    static func firstSentence(_ text: String) -> String {
        let trimmed = text.trimmingSpaces
        var end = trimmed.endIndex
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let character = trimmed[index]
            if character.isNewline { end = index; break }
            let next = trimmed.index(after: index)
            if ".!?…".contains(character), next == trimmed.endIndex || trimmed[next].isWhitespace {
                end = next
                break
            }
            index = next
        }
        return String(trimmed[..<end].prefix(500))
    }

    /// The coordinate `name` as given, checked to be decimal degrees within ±`limit`; nil when absent.
    private static func coordinate(_ fields: Open311Fields, _ name: String, limit: Double) throws(Open311Refusal) -> String? {
        guard let text = fields[name] else { return nil }
        let isDecimal = text.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard isDecimal, let degrees = Double(text), (-limit...limit).contains(degrees) else {
            throw .badCoordinate(name: name, value: text)
        }
        return text
    }

    // MARK: - Reading

    /// `GET requests`: the problems in the token's scope that the spec's filters match, oldest
    /// first: `service_request_id` (a comma-separated list, which overrides the rest),
    /// `service_code`, `status` (`open`, `closed`, or both), `start_date` and `end_date` (by
    /// when each was raised; the last 90 days unless given, and never more than 90) and
    /// `jurisdiction_id` (a locality's code; a province includes its communes); at most 1,000.
    private static func requests(_ api: API, _ request: Request,
                                 _ context: DocketRequestContext) async throws -> Answer {
        let fields = try Open311Fields(query: request.uri.query)
        let caller = try await caller(fields, api, context)
        if let list = fields.list("service_request_id") {
            let ids = try list.prefix(requestLimit).map { text throws(Open311Refusal) -> Int64 in
                guard let id = Int64(text), id >= 1 else { throw .badParameter(name: "service_request_id", value: text) }
                return id
            }
            return try await api.read { register in
                var found: [Problem] = []
                for id in ids {
                    do {
                        found.append(try register.problem(id: id, as: caller.principal))
                    } catch RegisterError.notFound(.problem, _) {
                        // Not there, or outside the scope: a list leaves it out either way.
                    }
                }
                return ("service_requests", try requestList(found, register))
            }
        }
        let statuses = Set(fields.list("status") ?? [])
        if let wrong = statuses.first(where: { $0 != "open" && $0 != "closed" }) {
            throw Open311Refusal.badParameter(name: "status", value: wrong)
        }
        let now = api.clock()
        let codes = fields.list("service_code") ?? []
        let jurisdiction = fields["jurisdiction_id"]
        return try await api.read { register in
            let zone = register.timeZone
            let start = try fields["start_date"].map { try instant($0, name: "start_date", in: zone) }
            let end = try fields["end_date"].map { try instant($0, name: "end_date", in: zone) }
            let span = defaultDays * 86_400
            let through = end ?? start.map { $0.adding(seconds: span) } ?? now
            let from = start ?? through.adding(seconds: -span)
            guard from <= through else { throw Open311Refusal.badParameter(name: "end_date", value: fields["end_date"] ?? "") }
            guard through.secondsSinceEpoch - from.secondsSinceEpoch <= span else { throw Open311Refusal.rangeTooLong }
            if let jurisdiction { try checkJurisdiction(jurisdiction, in: register) }
            let workflow = try register.workflow()
            var filter = ProblemFilter(locality: jurisdiction)
            if statuses.count == 1 {
                let closed = statuses.contains("closed")
                filter.states = workflow.states.filter { isClosed($0.stateClass) == closed }.map(\.name)
                if filter.states.isEmpty { return ("service_requests", .list(element: "request", [])) }
            }
            filter.categories = codes
            filter.raisedFrom = from
            filter.raisedThrough = through
            let page = try register.problems(matching: filter, overdueStates: workflow.deadlines.overdueIn,
                                             limit: requestLimit, as: caller.principal)
            return ("service_requests", try requestList(page.items, register))
        }
    }

    /// `GET requests/{id}`: the one request, as a list of one; 404 when it is not there or not in the scope.
    private static func request(_ api: API, _ request: Request,
                                _ context: DocketRequestContext) async throws -> Answer {
        let caller = try await caller(try Open311Fields(query: request.uri.query), api, context)
        guard let text = context.parameters.get("id"), let id = Int64(text), id >= 1 else { throw APIError.notFound }
        return try await api.read { register in
            ("service_requests", try requestList([try register.problem(id: id, as: caller.principal)], register))
        }
    }

    /// An instant a query gives (`start_date`, `end_date`): W3C date and time, read as `--at`
    /// reads one (without an offset, in the register's time zone `zone`), except that the
    /// future is allowed.
    private static func instant(_ text: String, name: String, in zone: TimeZoneRules) throws(Open311Refusal) -> Instant {
        do {
            // Read against the end of time, so that no value is refused for being to come.
            return try When.parse(text, in: zone, now: Instant(secondsSinceEpoch: 253_402_300_799))
        } catch {
            throw .badParameter(name: name, value: text)
        }
    }

    /// Whether a problem in a state of `stateClass` is `closed` to Open311: resolved or closed.
    private static func isClosed(_ stateClass: StateClass) -> Bool {
        stateClass == .resolved || stateClass == .closed
    }

    /// `problems` as the spec's requests, read on `register`'s snapshot.
    private static func requestList(_ problems: [Problem], _ register: Register) throws -> Open311Value {
        let classes = Dictionary(try register.workflow().states.map { ($0.name, $0.stateClass) }, uniquingKeysWith: { first, _ in first })
        let codes = Dictionary(try register.categories().map { (Folding.key($0.name), $0.code) }, uniquingKeysWith: { first, _ in first })
        let places = try register.places(ofProblems: problems.map(\.id))
        let addresses = Addresses(register)
        let zone = register.timeZone
        return .list(element: "request", try problems.map { problem in
            let closed = classes[problem.state].map(isClosed) ?? false
            let place = places[problem.id]
            let expected = problem.due.flatMap { CivilDateTime(date: $0, hour: 23, minute: 59, second: 59) }.map { zone.instant(for: $0) }
            return .record([
                "service_request_id": .text(String(problem.id)),
                "status": .text(closed ? "closed" : "open"),
                "status_notes": .text(problem.closeReason ?? problem.resolution ?? problem.response),
                "service_name": .text(problem.category),
                "service_code": .text(problem.category.flatMap { codes[Folding.key($0)] }),
                "description": .text(problem.description),
                "agency_responsible": .text(problem.unit?.name),
                "requested_datetime": .text(zone.iso8601(problem.raisedAt)),
                "updated_datetime": .text(zone.iso8601(problem.updatedAt)),
                "expected_datetime": .text(expected.map(zone.iso8601)),
                "address": .text(try addresses.address(of: problem)),
                "lat": .text(place?.lat),
                "long": .text(place?.long),
            ])
        })
    }

    /// The addresses of problems: the locality's full name with its province's
    /// ("Phường Ninh Kiều, Thành phố Cần Thơ"), each province looked up once.
    private final class Addresses {
        let register: Register
        var provinces: [String: String] = [:]

        init(_ register: Register) {
            self.register = register
        }

        func address(of problem: Problem) throws -> String {
            let key = problem.province.code ?? problem.province.name
            let province: String
            if let known = provinces[key] {
                province = known
            } else {
                province = (try? register.locality(named: key).fullName) ?? problem.province.name
                provinces[key] = province
            }
            return problem.locality.code == problem.province.code && problem.locality.name == problem.province.name
                ? province : problem.locality.name + ", " + province
        }
    }
}
