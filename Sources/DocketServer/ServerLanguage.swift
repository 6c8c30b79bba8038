import DocketCLI
import DocketCore
import DocketReports

/// The two languages a refusal may be written in, chosen by `Accept-Language` the ordinary
/// way: the one with the higher q-value, the first named on a tie, English when neither is.
enum ServerLanguage: String, Sendable {
    case en, vi

    /// The language `header` (an `Accept-Language` value) asks for.
    init(acceptLanguage header: String?) {
        guard let header else { self = .en; return }
        var best: (language: ServerLanguage, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            let tag = parts.first.map { String($0).trimmingSpaces.lowercased() } ?? ""
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = ServerLanguage(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = String(parameter).trimmingSpaces
                if pair.hasPrefix("q="), let value = Double(pair.dropFirst(2)), (0...1).contains(value) { quality = value }
            }
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        self = best?.language ?? .en
    }

    /// The command line's catalogue of sentences in this language.
    var messages: any MessageCatalogue {
        (self == .vi ? Language.vi : Language.en).messages
    }

    /// The reports' catalogue in this language.
    var report: ReportCatalogue {
        (self == .vi ? Language.vi : Language.en).report
    }
}
