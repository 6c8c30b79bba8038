import DocketCore
import DocketReports
import DocketStore

extension ReportCommand {
    /// `docket report locality L`: the follow-up a ministry sends back to one locality.
    struct Locality: DocketCommand {
        static let help = CommandHelp(
            name: "locality",
            abstract: "The follow-up to one locality: every problem it raised, with its state, owner and how long it has been open.",
            discussion: """
                Every problem the locality raised: a province's own and those of its communes and \
                wards, or a commune's own only. They are grouped by state in the workflow's order, \
                each with its number, title, the locality that raised it, its owner (unit code and \
                name), where it was sent (escalated to), the latest response, resolution or reason \
                for closing, the days it has been open and the days it is overdue; a summary on top \
                counts those raised, answered (not yet resolved), completely resolved, closed, open \
                and overdue.

                --as-of DATE counts to the end of that day in the register's time zone (default: \
                now; today's date means now): the problems raised by then, each as its events up \
                to then left it, called as it was then (an edit after that day is not seen), so \
                a report as of a past day is the same however much happens later.

                Days open: whole days from the day it was raised to the as-of day (for a resolved \
                or closed one, to the day it was resolved or closed). Days overdue: the as-of day \
                less the due day when it is overdue on the as-of day (assigned or escalated, the \
                due day passed: the whole due day is allowed), else 0.

                Formats (--format):
                  text      a table per state for an 80-column terminal (the default)
                  markdown  headings and tables
                  csv       a row per problem, header:
                            id,title,state,locality,locality_name,province,province_name,unit,
                            unit_name,escalated_to,escalated_to_name,due,raised_at,resolved_at,
                            overdue,days_open,days_overdue,response,resolution,close_reason
                  json      {locality {code, name}, as_of, as_of_day, timezone, totals,
                            items}: each item a problem as show --json prints it, with
                            days_open and days_overdue; --json means --format json
                  html      one self-contained page, printable on A4

                --output writes the report to a file instead of stdout, replacing it whole once \
                complete, and prints nothing.

                --lang vi writes the text, Markdown and HTML in Vietnamese, laid out as an \
                official document (Decree 30/2020/ND-CP): the issuing body (--issuer, else \
                $DOCKET_ISSUER, else a line to fill by hand), the national title and motto, the \
                place and date line of the day the report is made, and A4 margins in print.

                Examples:
                  docket report locality "Cần Thơ"
                  docket report locality 92 --as-of 2026-01-31 --format markdown
                  docket report locality "Phường Ninh Kiều, Cần Thơ" --json | jq '.items[] | {id, state, days_overdue}'
                  docket report locality "Đồng Nai" --format csv --bom --output dong-nai.csv
                  docket report locality "Cần Thơ" --lang vi --issuer "Bộ Khoa học và Công nghệ" --format html --output can-tho.html
                """
        )
        let global: GlobalOptions
        let locality: String
        let asOf: String?
        let format: String?
        let output: String?
        let bom: Bool
        let issuer: String?

        init(_ arguments: inout ArgumentReader) throws {
            locality = try arguments.argument("locality", help: "The province or commune: its code or its name.")
            asOf = arguments.option("as-of", valueName: "YYYY-MM-DD", help: "Count to the end of this day (default: now).")
            format = arguments.option("format", help: "text, markdown, csv, json or html (default: text; --json means json).")
            output = arguments.option("output", valueName: "file", help: "Write the report to this file instead of stdout.")
            bom = arguments.flag("bom", help: "With --format csv: begin with a UTF-8 byte order mark, for Excel.")
            issuer = arguments.issuer()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let day = try asOf.map(Arguments.date)
            let format = try ReportFormat.chosen(format, json: global.json, bom: bom)
            let register = try context.register()
            let report = try register.localityReport(of: locality, asOf: day, now: context.now, as: context.principal)
            let heading = try context.officialHeading(issuer: issuer)
            try context.writeReport(to: output, bom: bom) { output in
                format.write(report, to: output, catalogue: global.language.report, officialHeading: heading)
            }
        }
    }
}

extension ReportFormat {
    /// The format `--format` names, or json for `--json` (both only when they agree); `--bom`
    /// only with csv.
    static func chosen(_ text: String?, json: Bool, bom: Bool) throws -> ReportFormat {
        let bomAlone = CommandLineError("--bom goes with --format csv.", vi: "--bom đi cùng --format csv.")
        guard let text else {
            if bom { throw bomAlone }
            return json ? .json : .text
        }
        guard let chosen = ReportFormat(rawValue: text.trimmingSpaces.lowercased()) else {
            throw CLIError.unknownReportFormat(text)
        }
        if json && chosen != .json { throw CLIError.jsonWithFormat(chosen.rawValue) }
        if bom && chosen != .csv { throw bomAlone }
        return chosen
    }
}

extension CommandContext {
    /// The official document's heading a report in the command's language takes (Vietnamese):
    /// the issuing body `--issuer` gave, else `$DOCKET_ISSUER`, else a line to fill by hand, and
    /// today in the register's time zone as the day it is made. None in English.
    func officialHeading(issuer: String?) throws -> OfficialHeading? {
        OfficialHeading.forReport(in: options.language.report, issuer: options.issuer(issuer), madeOn: try today())
    }

    /// Has `write` write a report to the file `path` (replaced whole once complete, never the
    /// register) or, without one, to stdout; a UTF-8 byte order mark first when `bom`.
    func writeReport(to path: String?, bom: Bool, _ write: (OutputBuffer) -> Void) throws {
        func writing(_ output: OutputBuffer) {
            if bom { output.write(CSVWriter.byteOrderMark) }
            write(output)
        }
        if let path {
            try OutputFile.write(path, register: try register(), writing)
        } else {
            writing(console.output)
        }
    }
}

extension ArgumentReader {
    /// `--issuer NAME`, taken by every report command.
    mutating func issuer() -> String? {
        option("issuer", valueName: "name", help: """
            With --lang vi: the issuing body at the head of the official document (default: $DOCKET_ISSUER, else a line to fill by hand).
            """)
    }
}
