import DocketContract
import DocketCore
import DocketStore

/// `docket calendar list|add|remove`: the exceptions to a Monday-to-Friday week that deadlines in
/// working days (`assign --due 15wd`) are counted over.
enum CalendarCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "calendar", abstract: "The holidays and swapped working days that deadlines in working days skip."),
               [.command(List.self), .command(Add.self), .command(Remove.self)])
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the calendar's exceptions to a Monday-to-Friday week, by date.",
            discussion: """
                A new register has Vietnam's public holidays (Labour Code 2019, art. 112) with \
                each year's official days off for 2025 to 2027, the days off given in \
                compensation or exchange, and the Saturdays worked in exchange. Weekends are not \
                listed: they are off unless listed as working.

                Examples:
                  docket calendar list
                  docket calendar list --year 2026
                  docket calendar list --year 2026 --json
                """
        )
        let global: GlobalOptions
        let year: Int?

        init(_ arguments: inout ArgumentReader) throws {
            year = try arguments.option("year", valueName: "YYYY", help: "Only the days of that year.") { text in
                guard text.count == 4, let year = Int(text), year >= 1 else {
                    throw CommandLineError("--year must be a year of four digits, such as 2026, not '\(text)'",
                                           vi: "--year phải là một năm gồm bốn chữ số, ví dụ 2026, không phải '\(text)'")
                }
                return year
            }
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let days = try context.register().calendar(year: year)
            if global.json {
                context.console.json(.array(days.map(CalendarDayJSON.value)))
                return
            }
            let messages = context.messages
            let headers = messages.calendarColumns
            var table = TextTable(columns: [.init(headers[0]), .init(headers[1]), .init(headers[2], flexible: true), .init(headers[3])])
            for day in days {
                table.append([day.date.description, messages.weekday(day.date.isoWeekday), day.name,
                              messages.calendarKind(working: day.working)])
            }
            context.console.table(table)
        }
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Add a holiday, or a weekend day worked in exchange (--working).",
            discussion: """
                A holiday goes on a weekday: one that falls on a Saturday or Sunday is off \
                already, and the day off given in compensation is the weekday to add. With \
                --working, a Saturday or Sunday is made a working day. A day listed already is \
                refused: remove it first. Deadlines given before stay as they were.

                Examples:
                  docket calendar add 2027-02-05 --name "Tết Nguyên đán"
                  docket calendar add 2027-02-20 --working --name "Làm bù ngày 12/02/2027"
                """
        )
        let global: GlobalOptions
        let date: String
        let name: String
        let working: Bool
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            date = try arguments.argument("date", help: "The day, YYYY-MM-DD.")
            name = try arguments.requiredOption("name", help: "What it is: \"Tết Nguyên đán\", \"Nghỉ bù Quốc khánh 2/9\".")
            working = arguments.flag("working", help: "A Saturday or Sunday worked in exchange, not a holiday.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let day = CalendarDay(date: try Arguments.date(date), name: name, working: working)
            let added = try context.register().addCalendarDay(day, at: try context.instant(at), actor: global.actorName)
            if global.json {
                context.console.json(CalendarDayJSON.value(added))
            } else {
                context.console.line(context.messages.sentence(for: .calendarDayAdded(date: added.date, name: added.name, working: added.working)))
            }
        }
    }

    struct Remove: DocketCommand {
        static let help = CommandHelp(
            name: "remove",
            abstract: "Take a day out of the calendar: it is an ordinary weekday or weekend day again.",
            discussion: """
                A day the calendar does not list is refused. Deadlines given before stay as \
                they were.

                Example:
                  docket calendar remove 2027-02-05
                """
        )
        let global: GlobalOptions
        let date: String

        init(_ arguments: inout ArgumentReader) throws {
            date = try arguments.argument("date", help: "The day, YYYY-MM-DD.")
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let removed = try context.register().removeCalendarDay(try Arguments.date(date))
            if global.json {
                context.console.json(CalendarDayJSON.value(removed))
            } else {
                context.console.line(context.messages.sentence(for: .calendarDayRemoved(date: removed.date, name: removed.name)))
            }
        }
    }
}
