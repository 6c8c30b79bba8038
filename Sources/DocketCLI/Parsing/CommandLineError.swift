/// A command line docket cannot read (exit 64): one sentence in English and in Vietnamese.
struct CommandLineError: Error, CustomStringConvertible {
    /// The sentence in English.
    let description: String
    /// The sentence in Vietnamese.
    let vietnamese: String

    init(_ english: String, vi vietnamese: String) {
        self.description = english
        self.vietnamese = vietnamese
    }

    /// The message in `language` as a sentence, ending with a full stop.
    func sentence(in language: Language) -> String {
        let text = language == .vi ? vietnamese : description
        return text.hasSuffix(".") || text.hasSuffix("?") ? text : text + "."
    }
}
