import ArgumentParser

/// A docket command: parses its options, then runs with a context; a thrown error becomes one
/// sentence on stderr and the contract's exit status, with nothing printed on stdout.
protocol DocketCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func execute(in context: CommandContext) throws
}

extension DocketCommand {
    mutating func run() throws {
        let context = CommandContext(options: global)
        do {
            try execute(in: context)
            try context.console.flush()
        } catch {
            let (status, message) = ExitStatus.classify(error)
            context.console.error("docket: " + message)
            throw ExitCode(status.rawValue)
        }
    }
}
