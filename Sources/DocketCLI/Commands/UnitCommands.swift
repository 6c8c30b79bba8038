import DocketContract
import DocketCore
import DocketStore

/// `docket unit add|list`: the bodies problems are assigned or escalated to.
enum UnitCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "unit", abstract: "The bodies problems are assigned or escalated to."),
               [.command(Add.self), .command(List.self)])
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Add a unit, under a parent unit when it has one.",
            discussion: """
                Units form a hierarchy (ministry → department): the deadline sweep escalates an \
                overdue problem to its owner's parent. Kinds: internal (a unit of the ministry, \
                the default), ministry (another ministry or sector), government.

                Examples:
                  docket unit add bo-khcn --name "Bộ Khoa học và Công nghệ" --kind ministry
                  docket unit add cuc-vt --name "Cục Viễn thông" --parent bo-khcn
                  docket unit add chinh-phu --name "Chính phủ" --kind government
                """
        )
        let global: GlobalOptions
        let code: String
        let name: String
        let parent: String?
        let kind: OrgUnit.Kind
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            code = try arguments.argument("code", help: "Its short code, unique: letters, digits, '-', '_' and '.'.")
            name = try arguments.requiredOption("name", help: "Its name.")
            parent = arguments.option("parent", valueName: "unit", help: "The unit above it: code or name.")
            kind = try arguments.choice("kind", default: .internal, help: "internal, ministry or government (default: internal).")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let unit = try register.addUnit(code: code, name: name, kind: kind, parent: parent, at: try context.instant(at))
            if global.json {
                context.console.json(UnitJSON.value(unit))
            } else {
                context.console.line("Added the unit \(unit.code) (\(unit.name))\(unit.parentCode.map { " under \($0)" } ?? "").")
            }
        }
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the units, each followed by those under it.",
            discussion: """
                Examples:
                  docket unit list
                  docket unit list --json
                """
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let units = try context.register().units()
            if global.json {
                context.console.json(.array(units.map(UnitJSON.value)))
                return
            }
            var depth: [Int64: Int] = [:]
            var table = TextTable(columns: [.init("Code"), .init("Name", flexible: true), .init("Kind"), .init("Parent")])
            for unit in units {
                let level = unit.parentID.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
                depth[unit.id] = level
                table.append([String(repeating: "  ", count: level) + unit.code, unit.name, unit.kind.rawValue, unit.parentCode ?? ""])
            }
            context.console.table(table)
        }
    }
}
