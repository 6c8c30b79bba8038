import DocketCore

/// The text `--help` prints: what a command does, how it is used, and what it takes, fitted to
/// 80 columns with Vietnamese letters counted as the terminal shows them.
enum HelpText {
    static let width = 80
    /// Where a parameter's help begins on its line.
    private static let helpColumn = 26

    /// The help of the command `type`, called as `path` (`docket assign`).
    static func command(_ type: any DocketCommand.Type, path: [String]) -> String {
        let parameters = type.parameters
        var text = overview(type.help)
        let usage = parameters.map { $0.isRequired || $0.kind == .arguments ? $0.synopsis : "[\($0.synopsis)]" }
        text += wrapped(words: path + usage, first: "USAGE: ") + "\n"
        let placed = parameters.filter { !$0.isNamed }
        if !placed.isEmpty {
            text += "\nARGUMENTS:\n" + placed.map { entry($0.synopsis, $0.help) }.joined()
        }
        text += "\nOPTIONS:\n"
        text += parameters.filter(\.isNamed).map { entry($0.synopsis, $0.help) }.joined()
        text += entry("-h, --help", "Show this help.")
        return text
    }

    /// The help of a group of commands, called as `path` (`docket locality`).
    static func group(_ help: CommandHelp, sections: [CommandSection], path: [String]) -> String {
        var text = overview(help)
        text += "USAGE: \(path.joined(separator: " ")) <subcommand>\n\nOPTIONS:\n"
        if path.count == 1 { text += entry("--version", "Show docket's version.") }
        text += entry("-h, --help", "Show this help.")
        for section in sections {
            text += "\n" + (section.title.map { $0.uppercased() + " SUBCOMMANDS:" } ?? "SUBCOMMANDS:") + "\n"
            text += section.members.map { entry($0.help.name, $0.help.abstract) }.joined()
        }
        text += "\n  See '\(path.joined(separator: " ")) <subcommand> --help' for detailed help.\n"
        return text
    }

    /// The abstract and the discussion.
    private static func overview(_ help: CommandHelp) -> String {
        var text = wrapped(help.abstract, first: "OVERVIEW: ") + "\n\n"
        guard !help.discussion.isEmpty else { return text }
        for line in help.discussion.split(separator: "\n", omittingEmptySubsequences: false) {
            // Indented lines are examples, printed as they are; the others are paragraphs.
            text += (line.first == " " || line.isEmpty ? String(line) : wrapped(String(line), first: "")) + "\n"
        }
        return text + "\n"
    }

    /// A parameter or a command and its help, the help from ``helpColumn`` on.
    private static func entry(_ label: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: helpColumn)
        let head = "  " + label
        let columns = DisplayWidth.columns(head)
        let first = columns < helpColumn - 1 ? head + String(repeating: " ", count: helpColumn - columns) : head + "\n" + indent
        return wrapped(help, first: first, rest: indent) + "\n"
    }

    /// `text` in lines of at most ``width`` columns, broken between words: the first line
    /// after `first`, the others after `rest` (by default, as many spaces as `first` is wide).
    static func wrapped(_ text: String, first: String, rest: String? = nil) -> String {
        wrapped(words: text.split(separator: " ").map(String.init), first: first, rest: rest)
    }

    /// `words` joined by spaces in lines of at most ``width`` columns, each word kept whole
    /// (a usage line's `[--output <file>]` is one word).
    static func wrapped(words: [String], first: String, rest: String? = nil) -> String {
        let rest = rest ?? String(repeating: " ", count: DisplayWidth.columns(first))
        return TextWrapping.lines(ofWords: words, width: width, first: first, indent: rest).joined(separator: "\n")
    }
}
