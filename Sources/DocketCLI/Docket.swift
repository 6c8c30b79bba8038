import ArgumentParser

/// The root command: `docket SUBCOMMAND`.
public struct Docket: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "A register of the difficulties and recommendations localities raise.",
        version: "0.1.0"
    )

    public init() {}
}
