/// One thing a command takes on its command line, as its help lists it.
struct Parameter: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `--name VALUE` or `--name=VALUE`.
        case option(valueName: String)
        /// `--name`, on or off.
        case flag
        /// `<name>`: the next word that is not an option.
        case argument
        /// `<name> ...`: every word left that is not an option.
        case arguments
    }

    /// The option's name without its dashes (`unit` for `--unit`), or the argument's.
    var name: String
    var kind: Kind
    /// What it is, in a sentence.
    var help: String
    var isRequired: Bool

    /// How the usage line and the messages write it: `--unit <unit>`, `--json`, `<id>`.
    var synopsis: String {
        switch kind {
        case .option(let valueName): "--\(name) <\(valueName)>"
        case .flag: "--\(name)"
        case .argument: "<\(name)>"
        case .arguments: "<\(name)> ..."
        }
    }

    /// Whether it is written with dashes, not by its place.
    var isNamed: Bool {
        switch kind {
        case .option, .flag: true
        case .argument, .arguments: false
        }
    }
}
