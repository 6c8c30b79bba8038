import DocketCLI
import DocketCore
import DocketReports
import DocketStore
import DocketWeb
import HTTPTypes
import Hummingbird
import NIOCore

/// The reports' pages: the weekly report, the report of any period and the follow-up to one
/// locality, each embedded (its HTML page in a frame) under its picker, with its downloads.
extension API {
    /// The reports a page shows, by the last segment of its path.
    enum ReportKind: String, CaseIterable {
        case weekly, period, locality
    }

    /// `GET /reports/weekly?week=` (the last complete week unless another is picked),
    /// `/reports/period?month=|quarter=|half=|year=|from=&to=`, `/reports/locality?locality=&as_of=`.
    func reportPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let kind = try Self.reportKind(page.context)
        let t = page.visit.text
        let query = page.request.uri.queryParameters
        func typed(_ name: String) -> String? {
            query[Substring(name)].map { String($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let now = clock()
        var parameters: [(String, String)] = []
        var error: String?
        let fields: [ReportField]
        let heading: String
        let hint: String
        switch kind {
        case .weekly:
            heading = t.reportHeading
            hint = t.weekHint
            var week = typed("week") ?? ""
            do {
                if week.isEmpty {
                    week = try await read { ISOWeek.lastComplete(at: now, in: $0.timeZone).description }
                } else {
                    week = try ISOWeek(parsing: week).description
                }
                parameters = [("week", week)]
            } catch let refusal as InputError {
                error = page.visit.language.messages.sentence(for: refusal)
            }
            fields = [ReportField(name: "week", label: t.weekLabel, value: week, placeholder: "2025-W36")]
        case .period:
            heading = t.periodHeading
            hint = t.periodHint
            let names = ReportPeriod.Form.allCases.map(\.rawValue) + ["from", "to"]
            parameters = names.compactMap { name in typed(name).map { (name, $0) } }
            if !parameters.isEmpty {
                do { _ = try Self.period(query) } catch let refusal { error = refusal.detail(in: page.visit.language) }
            }
            let placeholders = ["month": "2025-09", "quarter": "2025-Q3", "half": "2025-H2", "year": "2025"]
            fields = names.map { name in
                ReportField(name: name, label: t.periodFields[name] ?? name, value: typed(name) ?? "", placeholder: placeholders[name] ?? "",
                            isDate: name == "from" || name == "to")
            }
        case .locality:
            heading = t.localityReportHeading
            hint = t.localityReportHint
            // A province's officer follows up its own province unless it names a commune of it.
            let locality = typed("locality") ?? (caller.principal.role == .locality ? page.visit.token?.locality?.name : nil)
            parameters = [locality.map { ("locality", $0) }, typed("as_of").map { ("as_of", $0) }].compactMap { $0 }
            fields = [ReportField(name: "locality", label: t.localityLabel, value: locality ?? ""),
                      ReportField(name: "as_of", label: t.asOfLabel, value: typed("as_of") ?? "", isDate: true)]
        }
        let base = "/reports/\(kind.rawValue)/view?" + (parameters + [("lang", t.code)])
            .map { "\($0.0)=\(queryEscaped($0.1))" }.joined(separator: "&")
        let ready = error == nil && parameters.contains { $0.0 != "as_of" }
        let downloads = ["html", "text", "markdown", "csv", "json"].map { format in
            Download(format: format, label: t.formatNames[format] ?? format, href: "\(base)&format=\(format)&download=true")
        }
        let tabs = [(ReportKind.weekly, t.reportHeading), (.period, t.periodHeading), (.locality, t.localityReportHeading)].map {
            NavItem(href: "/reports/\($0.0.rawValue)", label: $0.1, current: $0.0 == kind)
        }
        let model = ReportPage(chrome: page.visit.chrome(heading, section: "reports"), heading: heading,
                               formID: kind == .weekly ? "week-picker" : "\(kind.rawValue)-picker", action: "/reports/\(kind.rawValue)",
                               tabs: tabs, fields: fields, hint: hint, error: error,
                               frameSource: ready ? base + "&format=html" : nil,
                               frameTitle: ([heading] + parameters.map(\.1)).joined(separator: " "), downloads: downloads)
        return html(pages.report(model), status: error == nil ? .ok : .unprocessableContent, visit: page.visit)
    }

    /// `GET /reports/{weekly,period,locality}/view?…&format=&lang=&download=true`: the report
    /// itself within the caller's scope, as the API gives it (same parameters); the HTML one
    /// may be shown in docket's own frame, its one inline style sheet allowed by its hash.
    func reportView(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let kind = try Self.reportKind(page.context)
        let query = page.request.uri.queryParameters
        let (format, language, issuer) = try Self.reportOptions(query, page.context)
        let bytes: ByteBuffer
        var name: String
        switch kind {
        case .weekly, .period:
            let period: ReportPeriod
            if kind == .weekly {
                do {
                    guard let text = query["week"] else { throw APIError.parameter(name: "week", value: "") }
                    period = .week(try ISOWeek(parsing: String(text)))
                } catch let error as InputError {
                    throw APIError.input(error)
                }
            } else {
                period = try Self.period(query)
            }
            bytes = try await renderReport({ _, _ in period }, format: format, language: language, issuer: issuer, as: caller.principal)
            name = query["week"].map(String.init) ?? ReportPeriod.Form.allCases.compactMap { query[Substring($0.rawValue)].map(String.init) }.first
                ?? "period"
        case .locality:
            bytes = ByteBuffer(bytes: try await renderLocalityReport(query, format: format, language: language, issuer: issuer,
                                                                     as: caller.principal))
            name = "locality"
        }
        var headers: HTTPFields
        if format == .html {
            headers = Self.pageHeaders(frameable: true, style: Self.styleHash(of: Array(bytes.readableBytesView)))
        } else {
            headers = [.cacheControl: "no-store", HTTPField.Name("X-Content-Type-Options")!: "nosniff"]
        }
        if query["download"] == "true" {
            let extensions: [ReportFormat: String] = [.html: "html", .text: "txt", .markdown: "md", .csv: "csv", .json: "json"]
            name = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-") })
            headers[.contentDisposition] = "attachment; filename=\"docket-\(kind.rawValue)-\(name).\(extensions[format] ?? "txt")\""
        }
        return Response.bytes(bytes, contentType: format.mediaType, headers: headers)
    }

    private static func reportKind(_ context: DocketRequestContext) throws(APIError) -> ReportKind {
        guard let text = context.parameters.get("kind"), let kind = ReportKind(rawValue: text) else { throw .notFound }
        return kind
    }

    /// The CSP source that allows the report's one `<style>` element: `sha256-…` of its text.
    static func styleHash(of page: [UInt8]) -> String? {
        let open = Array("<style>".utf8), close = Array("</style>".utf8)
        guard let start = page.firstRange(of: open), let end = page[start.upperBound...].firstRange(of: close) else { return nil }
        return "sha256-" + Base64.standard(SHA256.hash(page[start.upperBound..<end.lowerBound]))
    }
}
