import DocketContract
import DocketCore
import DocketStore

/// `docket unit add|list|rename|move|history`: the bodies problems are assigned or escalated to.
enum UnitCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "unit", abstract: "The bodies problems are assigned or escalated to."),
               [.command(Add.self), .command(List.self), .command(Rename.self), .command(Move.self), .command(History.self)])
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
                context.console.line(context.messages.sentence(for: .unitAdded(code: unit.code, name: unit.name, parent: unit.parentCode)))
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

    struct Rename: DocketCommand {
        static let help = CommandHelp(
            name: "rename",
            abstract: "Give a unit a new name; its code stays.",
            discussion: """
                Every problem shows the unit by its new name, in its history and in reports of \
                past weeks too: it is the same body under another name. The rename is recorded \
                with --at and --actor. A name it already has is refused.

                Examples:
                  docket unit rename cuc-vt --name "Cục Viễn thông và Tần số"
                  docket unit rename "Vụ Pháp chế" --name "Vụ Pháp chế và Cải cách hành chính" --at 2025-09-01
                """
        )
        let global: GlobalOptions
        let unit: String
        let name: String
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            unit = try arguments.argument("code", help: "The unit: its code or name.")
            name = try arguments.requiredOption("name", help: "Its new name.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let renamed = try register.renameUnit(unit, to: name, at: try context.instant(at), actor: global.actorName)
            if global.json {
                context.console.json(UnitJSON.value(renamed))
            } else {
                context.console.line("The unit \(renamed.code) is now named \(renamed.name).")
            }
        }
    }

    struct Move: DocketCommand {
        static let help = CommandHelp(
            name: "move",
            abstract: "Put a unit, with the units below it, under another parent unit.",
            discussion: """
                The sweep then escalates the unit's overdue problems to its new parent, and a \
                unit token's scope (its unit and every unit below it) follows at once. A move \
                under the unit itself or one below it, or under the parent it has, is refused. \
                The move is recorded with --at and --actor.

                Examples:
                  docket unit move vu-pc --parent bo-khcn
                  docket unit move cuc-vt --parent "Bộ Khoa học và Công nghệ" --at 2025-09-01
                """
        )
        let global: GlobalOptions
        let unit: String
        let parent: String
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            unit = try arguments.argument("code", help: "The unit: its code or name.")
            parent = try arguments.requiredOption("parent", valueName: "unit", help: "The unit it goes under: code or name.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let moved = try register.moveUnit(unit, under: parent, at: try context.instant(at), actor: global.actorName)
            if global.json {
                context.console.json(UnitJSON.value(moved))
            } else {
                context.console.line("The unit \(moved.code) is now under \(moved.parentCode ?? "").")
            }
        }
    }

    struct History: DocketCommand {
        static let help = CommandHelp(
            name: "history",
            abstract: "Show a unit's renames and moves, in the order they happened.",
            discussion: """
                Examples:
                  docket unit history cuc-vt
                  docket unit history "Cục Viễn thông" --json
                """
        )
        let global: GlobalOptions
        let unit: String

        init(_ arguments: inout ArgumentReader) throws {
            unit = try arguments.argument("code", help: "The unit: its code or name.")
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let (unit, changes) = try register.unitHistory(unit)
            let zone = register.timeZone
            if global.json {
                context.console.json(.array(changes.map { change in
                    .object([("at", .string(zone.iso8601(change.at))), ("recorded_at", .string(zone.iso8601(change.recordedAt))),
                             ("actor", .string(change.actor)), ("field", .string(change.field.rawValue)),
                             ("old", change.old.map(JSONValue.string) ?? .null), ("new", change.new.map(JSONValue.string) ?? .null)])
                }))
                return
            }
            guard !changes.isEmpty else {
                context.console.line("\(unit.code) (\(unit.name)) has not been renamed or moved.")
                return
            }
            var table = TextTable(columns: [.init("When"), .init("Who"), .init("Change", flexible: true)])
            for change in changes {
                let what = change.field == .name ? "name" : "parent"
                table.append([zone.iso8601(change.at), change.actor, "\(what): \(change.old ?? "none") → \(change.new ?? "none")"])
            }
            context.console.table(table)
        }
    }
}
