import DocketContract
import DocketCore
import DocketStore

/// `docket token add|list|revoke`: who may use `docket serve`, and within what.
enum TokenCommand {
    static var node: CommandNode {
        .group(CommandHelp(name: "token", abstract: "Who may use docket serve, and within what."),
               [.command(Add.self), .command(List.self), .command(Revoke.self)])
    }

    struct Add: DocketCommand {
        static let help = CommandHelp(
            name: "add",
            abstract: "Make a token for docket serve; prints its secret, this once.",
            discussion: """
                The register keeps only a hash of the secret: copy it when it is printed. The \
                token's name is the actor of every event it causes. Roles: admin (everything, and \
                adding units, localities, meetings and groups), coordinator (everything), unit \
                (--unit: the problems of that unit and the units under it), locality (--locality, \
                a province: the problems of the province and its communes and wards).

                Examples:
                  docket token add dieu-phoi --role coordinator
                  docket token add cuc-vt --role unit --unit cuc-vt
                  docket token add so-khcn-can-tho --role locality --locality "Cần Thơ" --json
                """
        )
        let global: GlobalOptions
        let name: String
        let role: Principal.Role
        let unit: String?
        let locality: String?
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            name = try arguments.argument("name", help: "Its name, unique for good: the actor of what it does.")
            role = try arguments.requiredChoice("role", help: "admin, coordinator, unit or locality.")
            unit = arguments.option("unit", help: "For a unit token: its unit, code or name.")
            locality = arguments.option("locality", help: "For a locality token: its province, code or name.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let (token, secret) = try register.addToken(name: name, role: role, unit: unit, locality: locality,
                                                        at: try context.instant(at))
            if global.json {
                context.console.json(TokenJSON.value(token, secret: secret))
            } else {
                context.console.line(context.messages.sentence(for: .tokenAdded(name: token.name)))
                context.console.line(secret)
            }
        }
    }

    struct List: DocketCommand {
        static let help = CommandHelp(
            name: "list",
            abstract: "List the tokens, revoked ones too, by name; never their secrets.",
            discussion: "Examples:\n  docket token list\n  docket token list --json"
        )
        let global: GlobalOptions

        init(_ arguments: inout ArgumentReader) throws {
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let tokens = try context.register().tokens()
            if global.json {
                context.console.json(.array(try tokens.map { TokenJSON.value($0, context: try context.json()) }))
                return
            }
            var table = TextTable(columns: [.init("Name"), .init("Role"), .init("Scope", flexible: true),
                                            .init("Created"), .init("Revoked")])
            for token in tokens {
                table.append([token.name, token.role.rawValue, scope(of: token), try context.format(token.createdAt),
                              try token.revokedAt.map(context.format) ?? ""])
            }
            context.console.table(table)
        }

        /// What the token works within: "everything", a unit's code and name, a province's.
        private func scope(of token: Token) -> String {
            guard let place = token.unit ?? token.locality else { return "everything" }
            return place.code.map { "\($0) (\(place.name))" } ?? place.name
        }
    }

    struct Revoke: DocketCommand {
        static let help = CommandHelp(
            name: "revoke",
            abstract: "Revoke a token: from the next request on, its secret opens nothing.",
            discussion: """
                A revoked token keeps its name, which its events carry; revoking it again \
                changes nothing.

                Examples:
                  docket token revoke so-khcn-can-tho
                """
        )
        let global: GlobalOptions
        let name: String
        let at: String?

        init(_ arguments: inout ArgumentReader) throws {
            name = try arguments.argument("name", help: "The token's name.")
            at = arguments.when()
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {
            let register = try context.register()
            let (token, revokedNow) = try register.revokeToken(name: name, at: try context.instant(at))
            if global.json {
                context.console.json(TokenJSON.value(token, context: try context.json()))
            } else if revokedNow {
                context.console.line(context.messages.sentence(for: .tokenRevoked(name: token.name)))
            } else {
                let at = try token.revokedAt.map(context.format) ?? ""
                context.console.line(context.messages.sentence(for: .tokenAlreadyRevoked(name: token.name, at: at)))
            }
        }
    }
}
