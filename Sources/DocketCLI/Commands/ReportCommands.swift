import DocketCore
import DocketReports
import DocketStore

/// `docket report weekly`, `docket report period` and `docket report locality`: the resolution
/// report of a week or of any period, and the follow-up to one locality.
enum ReportCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "report", abstract: "Reports on the register."),
               [.command(Weekly.self), .command(Period.self), .command(Locality.self)])
    }

    struct Weekly: DocketCommand {
        static let help = CommandHelp(
            name: "weekly",
            abstract: "The weekly resolution report: what happened in an ISO week and where things stood at its end.",
            discussion: """
                The week runs from Monday 00:00 to the next Monday 00:00 in the register's time \
                zone; by default it is the last complete one. Every figure is counted from the \
                events that happened (their --at) before the end of the week, so the report of a \
                past week is the same however much has happened since. The week in progress is \
                counted to now and says so; a week that has not begun is refused.

                It gives: the file, assign, answer, escalate, resolve, reopen and close events of \
                the week; at its end, the open problems (neither resolved nor closed) by state, \
                the overdue ones (assigned or escalated, due day passed), and cumulatively those \
                raised, answered or resolved, resolved and closed, and the resolution rate = \
                resolved / (raised - closed); the groups with a problem raised and those resolved; \
                a row per unit (the problems it owned at the end of the week: assigned = all of \
                them, then how many stood resolved, open, overdue, closed), a row for the problems \
                no unit owns, and a row per province (its communes and wards included), so that \
                the rows add up to the totals; what was sent beyond the ministry's authority (to \
                a unit of kind ministry or government): how many during the week, where all those \
                ever sent stood, by destination, and the list; the problems resolved during the \
                week that still stood resolved at its end, with their resolutions (one entry a \
                problem: the formats for people count problems, JSON gives events and problems); \
                the overdue ones with their owners and how many days overdue on the Sunday; and \
                the last eight weeks of raised and resolved.

                Formats (--format):
                  text      aligned tables for an 80-column terminal (the default)
                  markdown  headings and tables
                  csv       one table, a row per figure (below)
                  json      one object (below); --json means --format json
                  html      one self-contained page with inline charts, printable on A4

                JSON: the contract's keys (week, from, to, timezone, complete, as_of, during \
                with resolved_problems, end_of_week, groups, by_unit with a row "unit": null for \
                the problems no unit owns, by_locality, beyond_authority, resolved, overdue with \
                days_overdue), and trend, the last eight weeks; units and localities are \
                {code, name}.

                CSV: one table with the header
                section,measure,value,period,unit,unit_name,locality,locality_name,problem,title
                and a row per figure: section is the JSON key it is under (report, during, \
                end_of_week, by_state, groups, by_unit, by_locality, beyond_authority, \
                by_destination, sent, resolved, overdue, trend), measure and value the figure \
                (during,resolved,3), and the other columns what it is about: the unit of a \
                by_unit row (none: the problems no unit owns), the problem of an overdue row, \
                the week or month of a trend row.

                The overdue problems are all counted, and listed the longest overdue first: all \
                of them in csv and json, the first 100 in text, markdown and html, which are for \
                people to read; --overdue-limit sets how many (a number, or all).

                --output writes the report to a file instead of stdout, replacing it whole once \
                complete (never half-written), and prints nothing.

                --lang vi writes the text, Markdown and HTML in Vietnamese (dates day/month/year), \
                laid out as an official document (Decree 30/2020/ND-CP): the issuing body \
                (--issuer, else $DOCKET_ISSUER, else a line to fill by hand), the national title \
                and motto, the place and date line of the day the report is made, and A4 margins \
                in print. JSON and CSV keys stay as they are, for programs.

                Examples:
                  docket report weekly
                  docket report weekly --week 2025-W36 --format markdown
                  docket report weekly --week 2025-W36 --json | jq .end_of_week.resolution_rate
                  docket report weekly --format html --output bao-cao-tuan.html
                  docket report weekly --week 2025-W36 --format csv --output 2025-W36.csv
                  docket report weekly --lang vi --format html --output bao-cao-tuan.html
                  docket report weekly --lang vi --issuer "Bộ Khoa học và Công nghệ" --format markdown
                """
        )
        let week: String?
        let options: ReportOptions
        var global: GlobalOptions { options.global }

        init(_ arguments: inout ArgumentReader) throws {
            week = arguments.option("week", valueName: "YYYY-Www", help: "The ISO week (default: the last complete one).")
            options = ReportOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let week = try self.week.map { try ISOWeek(parsing: $0) }
            try options.write(in: context) { register in
                .week(week ?? ISOWeek.lastComplete(at: context.now, in: register.timeZone))
            }
        }
    }

    struct Period: DocketCommand {
        static let help = CommandHelp(
            name: "period",
            abstract: "The resolution report over a month, a quarter, a half-year, a year or any run of days.",
            discussion: """
                The same report as 'report weekly', over whole days in the register's time zone \
                (--to included): the monthly, quarterly and six-monthly reports (Decree 20/2008, \
                art. 22: every six months to the Prime Minister). Give the period one way: \
                --month, --quarter, --half, --year, or --from with --to.

                Every figure is counted from the events that happened before the end of the \
                period, so a past period's report is the same however much happens after it. A \
                period in progress is counted to now and says so; one that has not begun is \
                refused. The trend is by week, or by month when the period is longer than two \
                months.

                JSON: the keys of 'report weekly', with period {from, to} in place of week, \
                from and to; end_of_week is the standing at the end of the period.

                --lang vi lays it out as an official document, as 'report weekly' does, with the \
                issuing body of --issuer (else $DOCKET_ISSUER, else a line to fill by hand).

                Examples:
                  docket report period --month 2025-08
                  docket report period --quarter 2025-Q3 --format markdown
                  docket report period --half 2025-H2 --lang vi --format html --output 6-thang.html
                  docket report period --half 2025-H2 --lang vi --issuer "Bộ Khoa học và Công nghệ" --format markdown
                  docket report period --year 2025 --json | jq .beyond_authority
                  docket report period --from 2025-08-26 --to 2025-09-30 --format csv --output dot-1.csv
                """
        )
        let forms: [ReportPeriod.Form: String]
        let from: String?
        let to: String?
        let options: ReportOptions
        var global: GlobalOptions { options.global }

        init(_ arguments: inout ArgumentReader) throws {
            var forms: [ReportPeriod.Form: String] = [:]
            for form in ReportPeriod.Form.allCases {
                forms[form] = arguments.option(form.rawValue, valueName: form.pattern.components(separatedBy: " ")[0],
                                               help: "The \(form.noun), as \(form.example).")
            }
            self.forms = forms
            from = arguments.option("from", valueName: "YYYY-MM-DD", help: "The first day of a run of days (with --to).")
            to = arguments.option("to", valueName: "YYYY-MM-DD", help: "Its last day, included.")
            options = ReportOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let period = try ReportPeriod(choosing: forms, from: from, to: to)
            try options.write(in: context) { _ in period }
        }
    }
}

/// What every resolution report command takes besides its period: the format, where to write
/// it, how many overdue problems to list, a byte order mark for Excel, and the issuing body of a
/// Vietnamese official document.
struct ReportOptions {
    let global: GlobalOptions
    let format: String?
    let output: String?
    let overdueLimit: String?
    let bom: Bool
    let issuer: String?

    init(_ arguments: inout ArgumentReader) {
        format = arguments.option("format", help: "text, markdown, csv, json or html (default: text; --json means json).")
        output = arguments.option("output", valueName: "file", help: "Write the report to this file instead of stdout.")
        bom = arguments.flag("bom", help: "With --format csv: begin with a UTF-8 byte order mark, for Excel.")
        issuer = arguments.issuer()
        overdueLimit = arguments.option("overdue-limit", valueName: "n", help: """
            How many overdue problems to list, or all (default: 100 in text, markdown and html; all in csv and json).
            """)
        global = GlobalOptions(&arguments)
    }

    /// How many overdue problems the formats for people list unless told otherwise.
    static let readableOverdueLimit = 100

    /// Writes the report of the period `chosen` picks, as the options say.
    func write(in context: CommandContext, period chosen: (Register) throws -> ReportPeriod) throws {
        let format = try ReportFormat.chosen(self.format, json: global.json, bom: bom)
        let limit = try chosenOverdueLimit(for: format)
        let register = try context.register()
        let report = try register.report(for: chosen(register), now: context.now, overdueLimit: limit,
                                         onlySentNews: !format.isForPrograms, as: context.principal)
        let heading = try context.officialHeading(issuer: issuer)
        try context.writeReport(to: output, bom: bom) { output in
            format.write(report, to: output, catalogue: global.language.report, officialHeading: heading)
        }
    }

    /// `--overdue-limit`: a number, or nil for all; by default all for programs' formats and
    /// ``readableOverdueLimit`` for people's.
    private func chosenOverdueLimit(for format: ReportFormat) throws -> Int? {
        guard let text = overdueLimit?.trimmingSpaces.lowercased() else {
            return format.isForPrograms ? nil : Self.readableOverdueLimit
        }
        if text == "all" { return nil }
        guard let limit = Int(text), limit >= 0 else {
            throw CLIError.invalidOverdueLimit(overdueLimit ?? "")
        }
        return limit
    }
}
