/// A command line that does not fit its command: one sentence, exit 64. The entry point adds
/// where to read how the command is used.
struct CommandLineError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The message as a sentence, ending with a full stop.
    var sentence: String {
        description.hasSuffix(".") || description.hasSuffix("?") ? description : description + "."
    }
}
