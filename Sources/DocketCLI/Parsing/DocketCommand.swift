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
        let console = Console()
        do {
            let context = CommandContext(options: global, console: console, now: try global.now())
            try execute(in: context)
            try context.console.flush()
            return .success
        } catch {
            let (status, message) = ExitStatus.classify(error, messages: global.language.messages)
            console.error("docket: " + message)
            return status
        }
    }
}
