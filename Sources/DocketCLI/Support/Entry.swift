import ArgumentParser
import DocketCore
import Glibc

/// Runs docket as a process: checks the arguments are text, lets the global options come
/// before the command's name, runs the command, and exits with the contract's status.
public enum Entry {
    /// Runs docket with the process's arguments, and exits.
    public static func main() -> Never {
        do {
            try TextInput.validateUTF8(arguments: Array(TextInput.commandLineBytes().dropFirst()))
        } catch {
            Console().error("docket: \(error.description)")
            exit(ExitStatus.usage.rawValue)
        }
        let arguments = hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst()))
        if let first = arguments.first, !first.hasPrefix("-"),
           !Docket.configuration.subcommands.contains(where: { $0._commandName == first }) {
            Console().error("docket: '\(first)' is not a docket command: 'docket --help' lists them.")
            exit(ExitStatus.usage.rawValue)
        }
        do {
            var command = try parseDirectly(arguments) ?? Docket.parseAsRoot(arguments)
            try command.run()
            exit(ExitStatus.success.rawValue)
        } catch let code as ExitCode {
            // A command that failed has already said why.
            exit(code.rawValue)
        } catch {
            let status = Docket.exitCode(for: error)
            if status == .success {
                Docket.exit(withError: error)  // --help, --version: printed on stdout
            }
            Console().error("docket: " + usageSentence(error))
            exit(status.rawValue)
        }
    }

    /// Parses a well-formed command line with its command as the root, or returns nil.
    ///
    /// Parsing from `Docket` builds and checks every level above the command as well, a
    /// sixth of a command's start-up; a command line that names a command and parses is the
    /// same command either way. Anything else — help, a mistake — returns nil and goes
    /// through `Docket`, so that messages and help name the whole command.
    static func parseDirectly(_ arguments: [String]) -> ParsableCommand? {
        var type: ParsableCommand.Type = Docket.self
        var rest = arguments[...]
        while let name = rest.first, let sub = type.configuration.subcommands.first(where: { $0._commandName == name }) {
            type = sub
            rest = rest.dropFirst()
        }
        guard type != Docket.self, type.configuration.subcommands.isEmpty else { return nil }
        return try? type.parseAsRoot(Array(rest))
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

    /// ArgumentParser's message for a wrong command line, as one sentence with where to look.
    private static func usageSentence(_ error: any Error) -> String {
        var message = Docket.message(for: error).trimmingSpaces
        if message.hasPrefix("Error: ") { message.removeFirst(7) }
        message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        if !message.hasSuffix(".") { message += "." }
        let full = Docket.fullMessage(for: error)
        if let hint = full.split(separator: "\n").last(where: { $0.contains("--help") }) {
            message += " " + String(hint).trimmingSpaces
        } else {
            message += " See 'docket --help'."
        }
        return message
    }
}
