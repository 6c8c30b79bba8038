import DocketCore
import DocketStore

/// `docket init [--timezone TZ]`: make the register, or leave an existing one as it is.
struct InitCommand: DocketCommand {
    static let help = CommandHelp(
        name: "init",
        abstract: "Create the register, or do nothing to an existing one.",
        discussion: """
            A new register holds the 34 provincial-level localities and the 3,321 communes, \
            wards and special zones under them (with their official codes), and the default \
            workflow. Its time zone is set once: deadlines, weeks and --at are \
            read in it. Any other file at the path is refused and left untouched; an empty file \
            becomes a register.

            Examples:
              docket init
              docket init --db bo-khcn.db --timezone Asia/Ho_Chi_Minh
              docket init --db /srv/docket/shared.db --mode 660
            """
    )

    let global: GlobalOptions
    let timezone: String?
    let mode: String?
    let at: String?

    init(_ arguments: inout ArgumentReader) throws {
        timezone = arguments.option("timezone", valueName: "tz", help: "The register's IANA time zone, set once (default: Asia/Ho_Chi_Minh).")
        mode = arguments.option("mode", help: "The new register's permissions, in octal (default: 600, its owner's alone; 660 shares it with a group).")
        at = arguments.when()
        global = GlobalOptions(&arguments)
    }

    func execute(in context: CommandContext) throws {
        let zone = try timezone.map { try TimeZoneRules.named($0) }
        let permissions = try mode.map(InitCommand.permissions) ?? 0o600
        let at = try at.map { try When.parse($0, in: zone ?? .hoChiMinh, now: context.now) } ?? context.now
        let (register, outcome) = try Register.initialize(at: global.registerPath, timeZone: zone, at: at, mode: permissions)
        context.use(register)
        let created = outcome == .created
        if global.json {
            context.console.json(.object([
                ("path", .string(register.path)),
                ("created", .bool(created)),
                ("timezone", .string(register.timeZone.identifier)),
                ("schema_version", .integer(Int(Schema.version))),
            ]))
        } else if created {
            context.console.line("Made the register \(register.path) (time zone \(register.timeZone.identifier)), with the 34 provinces and cities and their 3,321 communes and wards.")
        } else {
            context.console.line("\(register.path) is already a register (time zone \(register.timeZone.identifier)): nothing changed.")
        }
    }

    /// `--mode`: three octal digits that leave the owner able to read and write.
    static func permissions(_ text: String) throws -> UInt32 {
        guard text.count == 3 || (text.count == 4 && text.first == "0"),
              let value = UInt32(text, radix: 8), value & 0o600 == 0o600
        else {
            throw CLIError.invalidFileMode(text)
        }
        return value
    }
}
