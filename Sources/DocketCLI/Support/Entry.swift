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
            var command = try Docket.parseAsRoot(arguments)
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
