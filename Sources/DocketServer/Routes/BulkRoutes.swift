import DocketCLI
import DocketContract
import DocketCore
import DocketReports
import DocketStore
import Hummingbird
import NIOCore

/// Search, import, export and the weekly report: each within the caller's scope.
extension API {
    /// `GET /search?q=&limit=&after=`: the best matches first.
    func search(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let now = clock()
        return try await read(as: context) { register, caller in
            let limit = try Self.pageLimit(query)
            let cursor = try Self.cursor(query)
            let searched: SearchQuery
            do throws(InputError) {
                searched = try SearchQuery(parsing: query["q"].map(String.init) ?? "")
            } catch {
                throw APIError.input(error)
            }
            let page = try register.search(searched, limit: limit, after: cursor, as: caller.principal)
            let json = try API.json(register, now: now)
            return Response.items(page.items.map { ProblemJSON.value($0, context: json) },
                                  extra: [("next", .optionalString(page.next?.token))])
        }
    }

    /// `POST /import?meeting=&dry_run=true` with a CSV body: all of it, or none.
    func importProblems(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.importFile)
        let query = request.uri.queryParameters
        let meeting = try Self.recordNumber(query, "meeting")
        let dryRun = try Self.boolean(query, "dry_run")
        let body = try await self.body(of: request, mediaType: "text/csv", limit: configuration.importLimit)
        return try await idempotently(request, context, caller: caller, body: body) { [self] record in
            let now = clock()
            return try await write { register in
                var reader = CSVReader(bytes: body)
                let options = Register.ImportOptions(meeting: meeting, dryRun: dryRun, raisedAt: nil, now: now, as: caller.principal)
                let summary = try register.importProblems(from: &reader, options: options)
                let value: JSONValue
                if dryRun {
                    value = .object([("would_import", .integer(summary.count))])
                } else {
                    let ids = summary.first.flatMap { first in summary.last.map { Array(first...$0) } } ?? []
                    value = .object([("imported", .integer(summary.count)), ("ids", .array(ids.map { .integer(Int($0)) }))])
                }
                let answer = StoredAnswer(status: .ok, contentType: MediaType.json, body: value.compactBytes)
                if !dryRun { try record?.keep(answer, in: register, at: now) }
                return answer
            }
        }
    }

    /// `GET /export?format=json|csv`: every problem in the caller's scope, from one snapshot.
    func export(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let format = request.uri.queryParameters["format"].map(String.init) ?? "json"
        guard format == "json" || format == "csv" else { throw APIError.parameter(name: "format", value: format) }
        let now = clock()
        return try await read { register in
            let json = try API.json(register, now: now)
            let overdueStates = try register.workflow().deadlines.overdueIn
            let output = OutputBuffer()
            try register.snapshot {
                let groups = Dictionary(uniqueKeysWithValues: try register.groupTitles().map { ($0.id, $0.title) })
                var writer = JSONWriter(to: output, pretty: false)
                let csv = CSVWriter(to: output, byteOrderMark: false)
                if format == "json" { writer.beginArray() } else { csv.write(row: ProblemCSV.header) }
                try register.forEachProblem(matching: ProblemFilter(), overdueStates: overdueStates, as: caller.principal) { problem in
                    if format == "json" {
                        writer.value(ProblemJSON.value(problem, context: json))
                    } else {
                        csv.write(row: ProblemCSV.row(problem, groups: groups, context: json))
                    }
                }
                if format == "json" { writer.endArray() }
            }
            return Response.bytes(output.bytes, contentType: format == "json" ? MediaType.json : MediaType.csv)
        }
    }

    /// `GET /reports/weekly?week=&format=&lang=`: the weekly report within the caller's scope,
    /// the last complete week unless another is asked for.
    func weeklyReport(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let week: ISOWeek?
        do {
            week = try request.uri.queryParameters["week"].map { text throws(InputError) in try ISOWeek(parsing: String(text)) }
        } catch {
            throw APIError.input(error)
        }
        return try await report(request, context) { week.map(ReportPeriod.week) ?? .week(ISOWeek.lastComplete(at: $0, in: $1)) }
    }

    /// `GET /reports/period?month=|quarter=|half=|year=|from=&to=&format=&lang=`: the same report
    /// over a month, a quarter, a half-year, a year or any run of days, within the caller's scope.
    func periodReport(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let period = try Self.period(request.uri.queryParameters)
        return try await report(request, context) { _, _ in period }
    }

    /// The period `month=`, `quarter=`, `half=`, `year=` or `from=`/`to=` of `query` name.
    static func period(_ query: Parameters) throws(APIError) -> ReportPeriod {
        do {
            return try ReportPeriod(choosing: Dictionary(uniqueKeysWithValues: ReportPeriod.Form.allCases.compactMap { form in
                query[Substring(form.rawValue)].map { (form, String($0)) }
            }), from: query["from"].map(String.init), to: query["to"].map(String.init))
        } catch {
            throw .input(error)
        }
    }

    /// The resolution report of the period `chosen` picks (from now and the register's time
    /// zone), in the format and language the query asks for, under the official heading with
    /// `issuer=` in Vietnamese.
    private func report(_ request: Request, _ context: DocketRequestContext,
                        period chosen: @escaping @Sendable (Instant, TimeZoneRules) -> ReportPeriod) async throws -> Response {
        let caller = try await caller(context)
        let (format, language, issuer) = try Self.reportOptions(request.uri.queryParameters, context)
        let bytes = try await renderReport(chosen, format: format, language: language, issuer: issuer, as: caller.principal)
        return Response.bytes(bytes, contentType: format.mediaType)
    }

    /// The resolution report of the period `chosen` picks, as `principal` may see it, written in
    /// `format` and `language` (under the official heading with `issuer` in Vietnamese); the
    /// overdue list cut at 100 in the formats for people. The report of a period that has ended
    /// is served from ``reports`` while nothing has been committed since it was written.
    func renderReport(_ chosen: @escaping @Sendable (Instant, TimeZoneRules) -> ReportPeriod, format: ReportFormat, language: Language,
                      issuer: String?, as principal: Principal) async throws -> ByteBuffer {
        let now = clock()
        return try await read { [pool, reports, metrics] register in
            let period = chosen(now, register.timeZone)
            let madeOn = register.timeZone.localDate(of: now)
            let key = ReportCache.Key(period: period, format: format, language: language, issuer: issuer,
                                      madeOn: madeOn, scope: principal.scope)
            // Taken before the report's snapshot, so that an unchanged stamp vouches for it.
            let stamp = period.interval(in: register.timeZone).end <= now ? try pool.changeStamp() : nil
            if let stamp, let bytes = reports.bytes(for: key, stamp: stamp) {
                metrics.recordReportCache(hit: true)
                return bytes
            }
            let report = try register.report(for: period, now: now, overdueLimit: format.isForPrograms ? nil : 100,
                                             onlySentNews: !format.isForPrograms, as: principal)
            let heading = OfficialHeading.forReport(in: language.report, issuer: issuer, madeOn: madeOn)
            let output = OutputBuffer()
            format.write(report, to: output, catalogue: language.report, officialHeading: heading)
            let bytes = ByteBuffer(bytes: output.bytes)
            if let stamp {
                metrics.recordReportCache(hit: false)
                reports.keep(bytes, for: key, stamp: stamp)
            }
            return bytes
        }
    }
}

extension ReportFormat {
    /// The media type of a report in this format.
    var mediaType: String {
        switch self {
        case .text: "text/plain; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .csv: MediaType.csv
        case .json: MediaType.json
        case .html: "text/html; charset=utf-8"
        }
    }
}
