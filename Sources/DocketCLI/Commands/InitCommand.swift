import ArgumentParser
import DocketCore
import DocketStore

/// `docket init [--timezone TZ]`: make the register, or leave an existing one as it is.
struct InitCommand: DocketCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the register, or do nothing to an existing one.",
        discussion: """
            A new register holds the 34 provincial-level localities (with their official codes) \
            and the default workflow. Its time zone is set once: deadlines, weeks and --at are \
            read in it. Any other file at the path is refused and left untouched; an empty file \
            becomes a register.

            Examples:
              docket init
              docket init --db bo-khcn.db --timezone Asia/Ho_Chi_Minh
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The register's IANA time zone, set once (default: Asia/Ho_Chi_Minh).", valueName: "tz"))
    var timezone: String?
    @OptionGroup var when: WhenOption

    func execute(in context: CommandContext) throws {
        let zone = try timezone.map { try TimeZoneRules.named($0) }
        let at = try when.at.map { try When.parse($0, in: zone ?? .hoChiMinh, now: context.now) } ?? context.now
        let (register, outcome) = try Register.initialize(at: global.registerPath, timeZone: zone, at: at)
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
            context.console.line("Made the register \(register.path) (time zone \(register.timeZone.identifier)), with the 34 provincial-level localities.")
        } else {
            context.console.line("\(register.path) is already a register (time zone \(register.timeZone.identifier)): nothing changed.")
        }
    }
}
