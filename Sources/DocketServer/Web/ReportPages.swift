import DocketCLI
import DocketCore
import DocketReports
import DocketStore
import DocketWeb
import HTTPTypes
import Hummingbird

/// The weekly report's page: the HTML report embedded, a week picker, downloads.
extension API {
    /// `GET /reports/weekly?week=`: the last complete week unless another is picked.
    func reportPage(_ page: PageRequest) async throws -> Response {
        _ = try page.visit.signedIn()
        let t = page.visit.text
        let typed = page.request.uri.queryParameters["week"].map { String($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        let now = clock()
        var error: String?
        var week = ""
        do {
            if let typed {
                week = try ISOWeek(parsing: typed).description
            } else {
                week = try await read { ISOWeek.lastComplete(at: now, in: $0.timeZone).description }
            }
        } catch let refusal as InputError {
            error = page.visit.language.messages.sentence(for: refusal)
            week = typed ?? ""
        }
        let query = "week=\(queryEscaped(week))&lang=\(t.code)"
        let downloads = ["html", "text", "markdown", "csv", "json"].map { format in
            Download(format: format, label: t.formatNames[format] ?? format, href: "/reports/weekly/view?\(query)&format=\(format)&download=true")
        }
        let model = ReportPage(chrome: page.visit.chrome(t.reportHeading, section: "reports"), week: week, error: error,
                               frameSource: "/reports/weekly/view?\(query)&format=html", downloads: downloads)
        return html(pages.report(model), status: error == nil ? .ok : .unprocessableContent, visit: page.visit)
    }

    /// `GET /reports/weekly/view?week=&format=&lang=&download=true`: the report itself, within
    /// the caller's scope, as the API gives it; the HTML one may be shown in docket's own
    /// frame, its one inline style sheet allowed by its hash.
    func reportView(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let query = page.request.uri.queryParameters
        let (format, language, issuer) = try Self.reportOptions(query, page.context)
        let week: ISOWeek
        do {
            guard let text = query["week"] else { throw APIError.parameter(name: "week", value: "") }
            week = try ISOWeek(parsing: String(text))
        } catch let error as InputError {
            throw APIError.input(error)
        }
        let bytes = try await renderReport({ _, _ in .week(week) }, format: format, language: language, issuer: issuer, as: caller.principal)
        var headers: HTTPFields
        if format == .html {
            headers = Self.pageHeaders(frameable: true, style: Self.styleHash(of: bytes))
        } else {
            headers = [.cacheControl: "no-store", HTTPField.Name("X-Content-Type-Options")!: "nosniff"]
        }
        if query["download"] == "true" {
            let extensions: [ReportFormat: String] = [.html: "html", .text: "txt", .markdown: "md", .csv: "csv", .json: "json"]
            headers[.contentDisposition] = "attachment; filename=\"docket-\(week).\(extensions[format] ?? "txt")\""
        }
        return Response.bytes(bytes, contentType: format.mediaType, headers: headers)
    }

    /// The CSP source that allows the report's one `<style>` element: `sha256-…` of its text.
    static func styleHash(of page: [UInt8]) -> String? {
        let open = Array("<style>".utf8), close = Array("</style>".utf8)
        guard let start = page.firstRange(of: open), let end = page[start.upperBound...].firstRange(of: close) else { return nil }
        return "sha256-" + Base64.standard(SHA256.hash(page[start.upperBound..<end.lowerBound]))
    }
}
