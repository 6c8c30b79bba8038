import DocketCLI
import DocketCore
import DocketReports
import DocketStore
import Hummingbird

extension API {
    /// `GET /reports/locality?locality=&as_of=&format=&lang=&issuer=`: the follow-up to one
    /// locality within the caller's scope (a province's token: its province or a commune of it,
    /// else 403), as of the end of `as_of` or now.
    func localityReport(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let (format, language, issuer) = try Self.reportOptions(request.uri.queryParameters, context)
        let bytes = try await renderLocalityReport(request.uri.queryParameters, format: format, language: language, issuer: issuer,
                                                   as: caller.principal)
        return Response.bytes(bytes, contentType: format.mediaType)
    }

    /// The follow-up report that `locality=` and `as_of=` of `query` ask for, as `principal` may
    /// see it, in `format` and `language` (under the official heading with `issuer`).
    func renderLocalityReport(_ query: Parameters, format: ReportFormat, language: Language, issuer: String?,
                              as principal: Principal) async throws -> [UInt8] {
        guard let locality = query["locality"].map(String.init) else {
            throw APIError.parameter(name: "locality", value: "")
        }
        let day: CivilDate?
        do {
            day = try query["as_of"].map { text throws(InputError) in try CivilDate(parsing: String(text)) }
        } catch {
            throw APIError.input(error)
        }
        let now = clock()
        return try await read { register in
            let report = try register.localityReport(of: locality, asOf: day, now: now, as: principal)
            let heading = OfficialHeading.forReport(in: language.report, issuer: issuer,
                                                    madeOn: register.timeZone.localDate(of: now))
            let output = OutputBuffer()
            format.write(report, to: output, catalogue: language.report, officialHeading: heading)
            return output.bytes
        }
    }

    /// What every report route takes: `format` (default json), `lang` (default the request's
    /// language) and `issuer` (the issuing body of a Vietnamese official document; none, a line
    /// to fill by hand).
    static func reportOptions(_ query: Parameters, _ context: DocketRequestContext) throws
        -> (format: ReportFormat, language: Language, issuer: String?) {
        let formatText = query["format"].map(String.init) ?? "json"
        guard let format = ReportFormat(rawValue: formatText) else { throw APIError.parameter(name: "format", value: formatText) }
        let languageText = query["lang"].map(String.init)
        guard let language = languageText.map({ Language(rawValue: $0) }) ?? context.language else {
            throw APIError.parameter(name: "lang", value: languageText ?? "")
        }
        return (format, language, query["issuer"].map(String.init))
    }
}
