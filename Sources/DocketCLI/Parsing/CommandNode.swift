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

    /// The names of this group's commands and groups, in the order its help lists them.
    var memberNames: [String] {
        guard case .group(_, let sections) = self else { return [] }
        return sections.flatMap { $0.members.map(\.help.name) }
    }
}

/// Commands listed under one heading of a group's help.
struct CommandSection {
    /// The heading, or nil for the group's only list.
    var title: String?
    var members: [CommandNode]
}
