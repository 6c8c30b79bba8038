import DocketContract
import DocketCore
import DocketStore

/// `docket category add|list`: the categories problems are filed under.
enum CategoryCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "category", abstract: "The categories problems are filed under."),
               [.command(List.self), .command(Add.self)])
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the categories, by code.",
            discussion: """
                --category (of file, edit, list, and import's category column) takes a code or \
                a name of this list, in any case, with or without diacritics; a problem filed \
                under a listed category keeps its name. A category typed that is not in the list \
                is kept as typed.

                Examples:
                  docket category list
                  docket category list --json
                """
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let categories = try context.register().categories()
            if global.json {
                context.console.json(.array(categories.map(CategoryJSON.value)))
                return
            }
            let headers = context.messages.categoryColumns
            var table = TextTable(columns: [.init(headers[0]), .init(headers[1]), .init(headers[2], flexible: true)])
            for category in categories {
                table.append([category.code, category.name, category.description ?? ""])
            }
            context.console.table(table)
        }
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Add a category problems can be filed under.",
            discussion: """
                The code is letters, digits, '-', '_' and '.'; no two categories share a code, \
                nor a name compared without case or diacritics. Problems filed before under the \
                same words keep what they were filed under.

                Examples:
                  docket category add vien-thong --name "Viễn thông" \\
                      --description "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung"
                  docket category add tthc --name "Thủ tục hành chính"
                """
        )
        let global: GlobalOptions
        let code: String
        let name: String
        let description: String?
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            code = try arguments.argument("code", help: "Its code, such as vien-thong.")
            name = try arguments.requiredOption("name", help: "Its name, such as \"Viễn thông\".")
            description = arguments.option("description", valueName: "TEXT", help: "What falls under it.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let added = try context.register().addCategory(Category(code: code, name: name, description: description),
                                                           at: try context.instant(at), actor: global.actorName)
            if global.json {
                context.console.json(CategoryJSON.value(added))
            } else {
                context.console.line(context.messages.sentence(for: .categoryAdded(code: added.code, name: added.name)))
            }
        }
    }
}
