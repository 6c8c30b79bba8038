import DocketCLI
import DocketCore

extension Language {
    /// The language a refusal is written in for a request whose `Accept-Language` is `header`:
    /// of `vi` and `en`, the one with the higher q-value, the first named on a tie, English
    /// when neither is asked for.
    init(acceptLanguage header: String?) {
        guard let header else { self = .en; return }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            // `vi-VN` is `vi`: the tag's first letters, as a locale's are read.
            guard let language = parts.first.flatMap({ Language.named(String($0).trimmingSpaces) }) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = String(parameter).trimmingSpaces
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)), (0...1).contains(value) { quality = value }
            }
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        self = best?.language ?? .en
    }
}
