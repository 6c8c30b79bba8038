import DocketCLI
import DocketCore
import DocketStore
import DocketWeb
import HTTPTypes
import Hummingbird
import Logging

/// Who is at the browser, and how to answer them: the caller of a signed-in session (none
/// before sign-in), the token its forms carry, the language of its pages.
struct Visit: Sendable {
    /// The caller, once signed in.
    var caller: Caller?
    /// The token signed in with, for its unit's or locality's name.
    var token: Token?
    /// The session cookie's secret, once signed in.
    var session: String?
    /// The token every form on the page carries back (`csrf`): the session's, or before sign-in
    /// the one of the `docket_csrf` cookie.
    var csrf: String
    /// Whether ``csrf`` is new, and its cookie must be set with the answer.
    var issuesCSRFCookie: Bool
    var language: Language
    /// The path and query of the page asked for.
    var path: String
    /// Whether the browser reached docket over TLS (through a proxy that says so): cookies are
    /// `Secure` then.
    var secure: Bool

    var text: WebText { WebText.of(language == .en ? "en" : "vi") }

    /// The chrome of a page titled `title`, in navigation section `section`.
    func chrome(_ title: String, section: String?) -> Chrome {
        Chrome(t: text, title: title, csrf: csrf, path: path,
               user: caller.map { ($0.principal.name, $0.principal.role.rawValue) }, section: section)
    }

    /// The caller, or the answer that sends the browser to sign in.
    func signedIn() throws(PageExit) -> Caller {
        guard let caller else { throw .signIn }
        return caller
    }
}

/// What ends a page early without a refusal: a browser sent to sign in.
enum PageExit: Error {
    case signIn
}

/// One page request: the request, its context, who sent it and, for a POST, its form (whose
/// `csrf` has been checked).
struct PageRequest: Sendable {
    let request: Request
    let context: DocketRequestContext
    let visit: Visit
    let form: FormBody?
}

extension API {
    static let sessionCookie = "docket_session"
    static let csrfCookie = "docket_csrf"
    static let languageCookie = "docket_lang"

    /// Every page's path and method, what answers it, and the route table's pattern.
    static let pageRoutes: [(method: HTTPRequest.Method, path: String, handler: @Sendable (API, PageRequest) async throws -> Response)] = [
        (.get, "/", { try await $0.deskPage($1) }),
        (.get, "/signin", { try await $0.signInPage($1) }),
        (.post, "/signin", { try await $0.signIn($1) }),
        (.post, "/signout", { try await $0.signOut($1) }),
        (.post, "/language", { try await $0.chooseLanguage($1) }),
        (.get, "/problems", { try await $0.problemListPage($1) }),
        (.post, "/problems", { try await $0.fileFromPage($1) }),
        (.get, "/problems/new", { try await $0.filePage($1) }),
        (.get, "/problems/{id}", { try await $0.problemPage($1) }),
        (.post, "/problems/{id}/{action}", { try await $0.actionFromPage($1) }),
        (.get, "/meetings", { try await $0.meetingsPage($1) }),
        (.get, "/meetings/{id}", { try await $0.meetingPage($1) }),
        (.get, "/groups", { try await $0.groupsPage($1) }),
        (.get, "/groups/{id}", { try await $0.groupPage($1) }),
        (.get, "/reports/{kind}", { try await $0.reportPage($1) }),
        (.get, "/reports/{kind}/view", { try await $0.reportView($1) }),
    ]

    /// Answers a page: finds who asks, checks a POST's form and its `csrf`, runs `handler`, and
    /// turns what it refuses into a page in the visitor's language.
    func page(_ request: Request, _ context: DocketRequestContext,
              _ handler: @Sendable (API, PageRequest) async throws -> Response) async -> Response {
        let visit: Visit
        do {
            visit = try await self.visit(request)
        } catch {
            return failure(error, visit: Self.anonymous(request), context: context)
        }
        do {
            var form: FormBody?
            if request.method == .post {
                let bytes = try await body(of: request, mediaType: "application/x-www-form-urlencoded")
                guard let parsed = FormBody(bytes) else { throw APIError.body(.notJSON(.empty)) }
                // A form must carry the token of the page it came from: a page of another site
                // cannot read it (SameSite cookies besides).
                guard WebSessions.matches(parsed["csrf"], visit.csrf), Self.sameOrigin(request) else { throw WebRefusal.forgedForm }
                form = parsed
            }
            return try await handler(self, PageRequest(request: request, context: context, visit: visit, form: form))
        } catch {
            return failure(error, visit: visit, context: context)
        }
    }

    /// Who is at the browser: the session its cookie names, if the session and its token still
    /// hold; the language its cookie asks for (Vietnamese unless English).
    private func visit(_ request: Request) async throws -> Visit {
        var visit = Self.anonymous(request)
        let cookies = request.cookies
        if let secret = cookies[Self.sessionCookie]?.value, let session = sessions.session(secret),
           let found = try await read({ try $0.principal(forToken: session.token) }) {
            visit.caller = Caller(token: found.token.id, principal: found.principal)
            visit.token = found.token
            visit.session = secret
            visit.csrf = session.csrf
            visit.issuesCSRFCookie = false
        } else if let csrf = cookies[Self.csrfCookie]?.value, csrf.count == 43 {
            visit.csrf = csrf
            visit.issuesCSRFCookie = false
        }
        return visit
    }

    /// A visit by no one yet: a new form token, the language of the cookie.
    private static func anonymous(_ request: Request) -> Visit {
        let language: Language = request.cookies[languageCookie]?.value == "en" ? .en : .vi
        var path = request.uri.path
        if let query = request.uri.query, !query.isEmpty { path += "?" + query }
        return Visit(caller: nil, token: nil, session: nil, csrf: WebSessions.randomText(), issuesCSRFCookie: true,
                     language: language, path: path,
                     secure: request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https")
    }

    /// Whether a POST's `Origin`, when the browser sends one, is this server.
    private static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    /// A page: HTML with the headers every page carries.
    func html(_ html: String, status: HTTPResponse.Status = .ok, visit: Visit, cookies: [Cookie] = []) -> Response {
        var response = Response.bytes(Array(html.utf8), contentType: "text/html; charset=utf-8", status: status,
                                      headers: Self.pageHeaders(frameable: false))
        finish(&response, visit: visit, cookies: cookies)
        return response
    }

    /// `303 See Other` to `location`, a path of this server.
    func redirect(_ location: String, visit: Visit, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        finish(&response, visit: visit, cookies: cookies)
        return response
    }

    private func finish(_ response: inout Response, visit: Visit, cookies: [Cookie]) {
        if visit.issuesCSRFCookie {
            response.setCookie(Self.cookie(Self.csrfCookie, visit.csrf, maxAge: nil, visit: visit))
        }
        for cookie in cookies { response.setCookie(cookie) }
    }

    /// A cookie only this server's pages read: HttpOnly, SameSite=Strict, for every path;
    /// Secure behind TLS.
    static func cookie(_ name: String, _ value: String, maxAge: Int?, visit: Visit) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: visit.secure, httpOnly: true, sameSite: .strict)
    }

    /// The headers of every HTML answer: a Content-Security-Policy that allows no script at
    /// all and style only from docket's sheet, no sniffing, no caching of what a session sees.
    /// `style` is the hash of the one inline style sheet a report page has; `frameable`, whether
    /// docket's own pages may show it in a frame.
    static func pageHeaders(frameable: Bool, style: String? = nil) -> HTTPFields {
        let styles = style.map { "'\($0)'" } ?? "'self'"
        return [
            .contentSecurityPolicy: "default-src 'none'; style-src \(styles); img-src 'self' data:; form-action 'self'; "
                + "frame-src 'self'; frame-ancestors \(frameable ? "'self'" : "'none'"); base-uri 'none'",
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
            .cacheControl: "no-store",
        ]
    }

    /// The page that says why `error` stopped a request: sign-in for a visitor who is not, a
    /// 404 for what is not there or not in scope, the one sentence of every other refusal.
    func failure(_ error: any Error, visit: Visit, context: DocketRequestContext) -> Response {
        if error is PageExit { return redirect("/signin", visit: visit) }
        let t = visit.text
        let status: HTTPResponse.Status
        let heading: String
        let text: String
        switch error {
        case let refusal as WebRefusal:
            (status, heading, text) = (refusal.status, t.refusedHeading, refusal.sentence(in: visit.language))
        case let refusal as APIError:
            status = refusal.status
            switch status {
            case .notFound: (heading, text) = (t.notFoundHeading, t.notFoundText)
            case .forbidden: (heading, text) = (t.forbiddenHeading, refusal.detail(in: visit.language))
            default: (heading, text) = (t.refusedHeading, refusal.detail(in: visit.language))
            }
            if refusal.isServerTrouble {
                context.logger.error("register trouble", metadata: [
                    "request_id": .string(context.requestID), "error": .string(String(reflecting: error)),
                ])
            }
        default:
            context.logger.error("unexpected failure", metadata: [
                "request_id": .string(context.requestID), "error": .string(String(reflecting: error)),
            ])
            status = .internalServerError
            heading = t.refusedHeading
            text = visit.language == .vi ? "Máy chủ gặp lỗi ngoài dự kiến; lỗi đã được ghi lại với mã \(context.requestID)."
                : "The server met an unexpected failure; it is logged under \(context.requestID)."
        }
        var response = html(pages.error(ErrorPage(chrome: visit.chrome(heading, section: nil), heading: heading, text: text)),
                            status: status, visit: visit)
        if case APIError.methodNotAllowed(let allowed) = error {
            response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        }
        return response
    }

    /// `GET /static/docket.css`.
    static func styleSheet() -> Response {
        Response.bytes(WebPages.styleSheet, contentType: "text/css; charset=utf-8",
                       headers: [.cacheControl: "public, max-age=3600", HTTPField.Name("X-Content-Type-Options")!: "nosniff"])
    }
}

/// What only the pages refuse.
enum WebRefusal: Error {
    /// A form posted without the token of its page, or from another site.
    case forgedForm
    /// A sign-in with a token that is unknown or revoked.
    case unknownToken

    var status: HTTPResponse.Status {
        switch self {
        case .forgedForm: .forbidden
        case .unknownToken: .unauthorized
        }
    }

    func sentence(in language: Language) -> String {
        switch (self, language) {
        case (.forgedForm, .vi): "Biểu mẫu đã cũ hoặc được gửi từ trang khác; hãy tải lại trang rồi gửi lại."
        case (.forgedForm, _): "The form is out of date or came from another site; reload the page and send it again."
        case (.unknownToken, .vi): "Mã truy cập không đúng hoặc đã bị thu hồi."
        case (.unknownToken, _): "This token is unknown or has been revoked."
        }
    }
}
