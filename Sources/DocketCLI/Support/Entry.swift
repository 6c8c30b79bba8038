import DocketCore
import Glibc

/// Runs docket as a process: checks the arguments are text, lets the global options come
/// before the command's name, finds the command, reads its parameters, runs it, and exits
/// with the contract's status.
public enum Entry {
    /// Runs docket with the process's arguments, and exits.
    public static func main() -> Never {
        do {
            try TextInput.validateUTF8(arguments: Array(TextInput.commandLineBytes().dropFirst()))
        } catch {
            Console().error("docket: \(error.description)")
            exit(ExitStatus.usage.rawValue)
        }
        exit(run(hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst()))).rawValue)
    }

    /// Runs the command `arguments` name, and returns its exit status.
    static func run(_ arguments: [String]) -> ExitStatus {
        if arguments == ["--version"] {
            return printing(Docket.version + "\n")
        }
        // `docket help list` is `docket list --help`, as in git and ArgumentParser's tools.
        if arguments.first == "help" {
            return run(Array(arguments.dropFirst()) + ["--help"])
        }
        let language = Language.chosen(option: Language.given(in: arguments))
        var node = Docket.commands
        var path = ["docket"]
        var rest = arguments[...]
        // Down the groups, one word each: `docket locality add ...`.
        while case .group = node, let word = rest.first, !word.hasPrefix("-") {
            guard let member = node.member(named: word) else {
                let group = path.joined(separator: " ")
                if let nearest = NearestName.nearest(to: word, among: node.memberNames) {
                    return refusing(CommandLineError("'\(word)' is not a \(group) command: did you mean '\(group) \(nearest)'?",
                                                     vi: "'\(word)' không phải là lệnh của \(group): có phải ý bạn là '\(group) \(nearest)'?"), in: language)
                }
                return refusing(CommandLineError("'\(word)' is not a \(group) command: '\(group) --help' lists them.",
                                                 vi: "'\(word)' không phải là lệnh của \(group): '\(group) --help' liệt kê các lệnh."), in: language)
            }
            node = member
            path.append(word)
            rest = rest.dropFirst()
        }
        let asksForHelp = rest.prefix { $0 != "--" }.contains { $0 == "--help" || $0 == "-h" }
        let hint = language == .vi ? " Xem '\(path.joined(separator: " ")) --help'." : " See '\(path.joined(separator: " ")) --help'."
        switch node {
        case .group(let help, let sections):
            // Only options are left: the loop above refused any other word.
            if let option = rest.first, !asksForHelp {
                let name = String(option.prefix { $0 != "=" })
                if GlobalOptions.leadingFlags.contains(name) || GlobalOptions.leadingOptionsWithValue.contains(name) {
                    let group = path.joined(separator: " ")
                    return refusing(CommandLineError("\(option) goes with a command, and none was given: '\(group) --help' lists them.",
                                                     vi: "\(option) đi cùng một lệnh, mà chưa có lệnh nào: '\(group) --help' liệt kê các lệnh."), in: language)
                }
                return refusing(CommandLineError("Unknown option '\(option)'.", vi: "Không có tùy chọn '\(option)'."), in: language, hint: hint)
            }
            return printing(HelpText.group(help, sections: sections, path: path))
        case .command(let type):
            if asksForHelp { return printing(HelpText.command(type, path: path)) }
            let command: any DocketCommand
            do {
                command = try read(type, from: Array(rest))
            } catch let error as CommandLineError {
                return refusing(error, in: language, hint: hint)
            } catch {
                let (status, message) = ExitStatus.classify(error, messages: language.messages)
                Console().error("docket: " + message)
                return status
            }
            return command.run()
        }
    }

    /// The command `type` with its parameters read from `words`.
    static func read(_ type: any DocketCommand.Type, from words: [String]) throws -> any DocketCommand {
        var reader = try ArgumentReader(words: words, parameters: type.parameters)
        let command = try type.init(&reader)
        try reader.finish()
        try command.global.checkLanguage()
        try command.global.checkActor()
        try GlobalOptions.checkStore(command.global.registerPath)
        try command.validate()
        return command
    }

    /// Moves `--db PATH`, `--actor NAME` and `--json` given before the command's name to its
    /// end, where every command declares them: `docket --db r.db list` works like `docket list --db r.db`.
    static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first, first.hasPrefix("--") {
            let name = String(first.split(separator: "=", maxSplits: 1)[0])
            if GlobalOptions.leadingFlags.contains(first) {
                leading.append(first)
                rest = rest.dropFirst()
            } else if GlobalOptions.leadingOptionsWithValue.contains(name) {
                leading.append(first)
                rest = rest.dropFirst()
                if !first.contains("="), let value = rest.first {
                    leading.append(value)
                    rest = rest.dropFirst()
                }
            } else {
                break
            }
        }
        return Array(rest) + leading
    }

    private static func printing(_ text: String) -> ExitStatus {
        let console = Console()
        console.write(text)
        return (try? console.flush()) == nil ? .refused : .success
    }

    private static func refusing(_ error: CommandLineError, in language: Language, hint: String = "") -> ExitStatus {
        Console().error("docket: " + error.sentence(in: language) + hint)
        return .usage
    }
}
