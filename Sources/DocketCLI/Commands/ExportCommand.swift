import DocketCore
import DocketStore

/// `docket export [--csv]`: every problem as it stands.
struct ExportCommand: DocketCommand {
    static let help = CommandHelp(
        name: "export",
        abstract: "Print every problem as it stands: JSON, or CSV that re-imports.",
        discussion: """
            JSON (the default) is an array of problems as 'list --json' prints them. CSV has \
            the columns 'import' reads (title, locality, category, description, \
            recommendation, group, unit, due, raised_at), then id, state, province, \
            escalated_to, resolved_at and resolution, which 'import' accepts and ignores: the \
            file re-imports into another register, each problem filed anew (and assigned when \
            it has a unit). Problems come oldest first, read from one snapshot of the register.

            Examples:
              docket export > register.json
              docket export --csv > register.csv
              docket export --csv --bom > so-dang-ky.csv   (for Excel)
              docket export --csv --db old.db > all.csv && docket import all.csv --db new.db
            """
    )
    let global: GlobalOptions
    let csv: Bool
    let bom: Bool

    init(_ arguments: inout ArgumentReader) throws {
        csv = arguments.flag("csv", help: "Print CSV instead of JSON.")
        bom = arguments.flag("bom", help: "Begin the CSV with a UTF-8 byte order mark, for Excel (import ignores it).")
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        if csv && global.json { throw CommandLineError("Give --csv or --json, not both.", vi: "Hãy cho --csv hoặc --json, không cho cả hai.") }
        if bom && !csv { throw CommandLineError("--bom goes with --csv.", vi: "--bom đi cùng --csv.") }
    }

    func execute(in context: CommandContext) throws {
        try ProblemListing.write(register: try context.register(), filter: ProblemFilter(),
                                 format: csv ? .csv(byteOrderMark: bom) : .json, context: context, progress: true)
    }
}
