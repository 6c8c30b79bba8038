import DocketContract
import DocketCore
import DocketRegister
import DocketStore

/// `docket locality list|add`: the provinces, and the communes and wards under them.
enum LocalityCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "locality", abstract: "The provincial-level localities, and the communes and wards under them."),
               [.command(List.self), .command(Add.self)])
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the provinces; with --province, one province and the communes and wards under it.",
            discussion: """
                The 34 provincial-level localities and the 3,321 communes, wards and special \
                zones in force since 1 July 2025 are there from 'docket init'. Without an option \
                the 34 are listed; --province lists one of them with its communes and wards, \
                --all every locality, each province followed by the communes under it.

                Examples:
                  docket locality list
                  docket locality list --province "Cần Thơ"
                  docket locality list --province 92 --json
                  docket locality list --all --json > dia-ban.json
                """
        )
        let global: GlobalOptions
        let province: String?
        let all: Bool

        init(_ arguments: inout ArgumentReader) throws {
            province = arguments.option("province", valueName: "locality", help: "Only this province and what is under it: code or name.")
            all = arguments.flag("all", help: "Every locality: each province, then the communes and wards under it.")
            global = GlobalOptions(&arguments)
        }

        func validate() throws {
            if all && province != nil {
                throw CommandLineError("Give --all or --province, not both.", vi: "Hãy cho --all hoặc --province, không cho cả hai.")
            }
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            var localities = try register.localities()
            if let province {
                let chosen = try register.locality(named: province)
                guard chosen.isProvince else { throw RegisterError.notAProvince(parent: chosen.fullName) }
                localities = localities.filter { $0.provinceID == chosen.id }
            } else if !all {
                localities = localities.filter(\.isProvince)
            }
            let provinces = Dictionary(uniqueKeysWithValues: localities.filter(\.isProvince).map { ($0.id, $0) })
            if global.json {
                context.console.json(.array(localities.map { LocalityJSON.value($0, province: provinces[$0.provinceID]) }))
                return
            }
            var table = TextTable(columns: [.init("Code"), .init("Name", flexible: true), .init("Kind"), .init("Province")])
            for locality in localities {
                let indent = locality.isProvince ? "" : "  "
                table.append([locality.code ?? "", indent + locality.name, locality.kind ?? "",
                              locality.isProvince ? "" : provinces[locality.provinceID]?.name ?? ""])
            }
            context.console.table(table)
        }
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Add a commune, ward or special zone under a province.",
            discussion: """
                Every commune, ward and special zone of the country is there from 'docket init'; \
                this adds one that is missing. The name may carry its prefix (Xã, Phường, Đặc khu); the province is given by \
                its code or its name, with or without diacritics.

                Examples:
                  docket locality add "Khu công nghệ cao" --parent "Cần Thơ"
                  docket locality add "Xã Tân Lập Mới" --parent "dien bien" --code 99001
                """
        )
        let global: GlobalOptions
        let name: String
        let parent: String
        let code: String?
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            name = try arguments.argument("name", help: "The commune's or ward's name.")
            parent = try arguments.requiredOption("parent", valueName: "locality", help: "The province it is under: code or name.")
            code = arguments.option("code", help: "Its official code, when known.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let at = try context.instant(at)
            let (locality, province) = try register.addLocality(name: name, parent: parent, code: code, at: at)
            if global.json {
                context.console.json(LocalityJSON.value(locality, province: province))
            } else {
                context.console.line(context.messages.sentence(for: .localityAdded(name: locality.fullName, code: locality.code,
                                                                                   province: province.fullName)))
            }
        }
    }
}
