import DocketReports
import Glibc

/// The language docket speaks to a person in: its messages and its reports for people.
/// JSON and CSV keys never change with it.
package enum Language: String, CaseIterable, Sendable {
    case en, vi

    /// The command line's messages in this language.
    package var messages: any MessageCatalogue {
        switch self {
        case .en: EnglishMessages()
        case .vi: VietnameseMessages()
        }
    }

    /// The report's words in this language.
    package var report: ReportCatalogue {
        switch self {
        case .en: .english
        case .vi: .vietnamese
        }
    }

    /// The language CONTRACT.md chooses: `--lang` when given, else `$DOCKET_LANG`, else the
    /// locale (the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set, as POSIX reads
    /// them), else English. A variable naming a language docket does not speak means English.
    package static func chosen(option: Language?, environment: (String) -> String? = Language.environment) -> Language {
        if let option { return option }
        if let value = environment("DOCKET_LANG") { return named(value) ?? .en }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment(name) { return named(value) ?? .en }
        }
        return .en
    }

    /// The language a locale or language name such as `vi`, `vi_VN.UTF-8` or `en_US` names,
    /// when docket speaks it.
    package static func named(_ text: String) -> Language? {
        let code = text.prefix { $0.isLetter }.lowercased()
        return Language(rawValue: code)
    }

    /// `--lang` as the words of a command line give it, before they are read: for the errors
    /// found while reading them.
    static func given(in words: [String]) -> Language? {
        for (index, word) in words.enumerated() {
            if word == "--" { break }
            if word.hasPrefix("--lang=") { return Language(rawValue: String(word.dropFirst(7)).lowercased()) }
            if word == "--lang", index + 1 < words.count { return Language(rawValue: words[index + 1].lowercased()) }
        }
        return nil
    }

    /// The value of an environment variable, nil when unset or empty.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }
}
