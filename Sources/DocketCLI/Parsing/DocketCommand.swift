/// What `--help` says of a command or a group of commands.
struct CommandHelp: Sendable {
    /// The word that names it on the command line.
    var name: String
    /// What it does, in a line.
    var abstract: String
    /// More about it, with examples: paragraphs, and indented lines printed as they are.
    var discussion: String = ""
}

/// A docket command: reads its parameters, then runs with a context; a thrown error becomes
/// one sentence on stderr and the contract's exit status, with nothing printed on stdout.
protocol DocketCommand {
    static var help: CommandHelp { get }
    var global: GlobalOptions { get }
    /// Reads every parameter the command takes, each with one call of `arguments`.
    init(_ arguments: inout ArgumentReader) throws
    /// Checks the parameters against each other once all are read; throws `CommandLineError`.
    func validate() throws
    func execute(in context: CommandContext) throws
}

extension DocketCommand {
    func validate() throws {}

    /// What the command takes, learned by reading it with a declaring ``ArgumentReader``.
    static var parameters: [Parameter] {
        var declaring = ArgumentReader.declaring
        _ = try? Self(&declaring)
        return declaring.parameters
    }

    /// Runs the command, and returns its exit status once its output is written.
    func run() -> ExitStatus {
        let context = CommandContext(options: global)
        do {
            try execute(in: context)
            try context.console.flush()
            return .success
        } catch {
            let (status, message) = ExitStatus.classify(error)
            context.console.error("docket: " + message)
            return status
        }
    }
}

/// A command, or a group of commands under one name (`docket locality add`).
enum CommandNode {
    case command(any DocketCommand.Type)
    case group(CommandHelp, sections: [CommandSection])

    /// A group whose commands are listed under one heading.
    static func group(_ help: CommandHelp, _ members: [CommandNode]) -> CommandNode {
        .group(help, sections: [CommandSection(title: nil, members: members)])
    }

    var help: CommandHelp {
        switch self {
        case .command(let type): type.help
        case .group(let help, _): help
        }
    }

    /// The command or group of this group named `name`.
    func member(named name: String) -> CommandNode? {
        guard case .group(_, let sections) = self else { return nil }
        for section in sections {
            if let member = section.members.first(where: { $0.help.name == name }) { return member }
        }
        return nil
    }
}

/// Commands listed under one heading of a group's help.
struct CommandSection {
    /// The heading, or nil for the group's only list.
    var title: String?
    var members: [CommandNode]
}
