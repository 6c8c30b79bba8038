/// What `--help` says of a command or a group of commands.
struct CommandHelp: Sendable {
    /// The word that names it on the command line.
    var name: String
    /// What it does, in a line.
    var abstract: String
    /// More about it, with examples: paragraphs, and indented lines printed as they are.
    var discussion: String = ""
}
