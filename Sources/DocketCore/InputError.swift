/// A value typed by a person that docket cannot use, and why, as values; nothing is changed.
/// ``description`` is a sentence for diagnostics and for the import's row faults; a front end
/// says it in the reader's language from its own catalogue.
public enum InputError: Error, Hashable, Sendable {
    /// A date that is not `YYYY-MM-DD`, or a day that does not exist.
    case invalidDate(String)
    /// A deadline that is neither `YYYY-MM-DD` nor `Nwd` with N from 1 to 365.
    case invalidDue(String)
    /// A time that is neither a date nor an ISO 8601 date-time.
    case invalidInstant(String)
    /// A week that is not `YYYY-Www`, or a week the year does not have.
    case invalidWeek(String, reason: String)
    /// A month, quarter, half-year or year that is not written as ``ReportPeriod/Form`` says.
    case invalidPeriod(String, form: ReportPeriod.Form)
    /// A run of days whose last day comes before its first.
    case periodEndsBeforeItBegins(from: String, to: String)
    /// A period asked for in none or more than one way (`--month`, `--quarter`, `--half`,
    /// `--year`, `--from` with `--to`).
    case periodChoice
    /// A time zone name the machine does not know.
    case unknownTimeZone(String)
    /// A time of something that happened, later than now.
    case inFuture(String)
    /// A problem, meeting or group number that is not a positive whole number.
    case invalidID(String)
    /// A text that is empty or only spaces where one is required.
    case blank(field: String)
    /// A text longer than the contract allows.
    case tooLong(field: String, limit: Int)
    /// An argument that is not valid UTF-8.
    case notUTF8(argument: String)
    /// A name that has no letter or digit to find it by; `field` is what it names
    /// (`locality name`, `unit name`).
    case noLetterOrDigit(field: String, text: String)
    /// A code (`unit code`, `locality code`) with a character other than a letter, a digit,
    /// `-`, `_` or `.`.
    case invalidCode(field: String, text: String)
    /// A search query with no word of letters or digits to look for.
    case noWordToSearch(String)
    /// A text that may not hold a control character (a line break, a tab, an escape) holds one.
    /// `oneLine`: the field stands on a line of its own (a title, a name), where a line
    /// break is a control character like any other; other texts may hold line breaks and tabs.
    case controlCharacter(field: String, oneLine: Bool)
}

extension InputError: CustomStringConvertible {
    /// One sentence saying what was wrong and what to do.
    public var description: String {
        switch self {
        case .invalidDate(let text):
            return "'\(text)' is not a date: give it as YYYY-MM-DD, a day that exists."
        case .invalidDue(let text):
            return "'\(text)' is not a deadline: give a date as YYYY-MM-DD, or a number of working days from 1 to \(DueDate.maximumWorkingDays) as Nwd (15wd)."
        case .invalidInstant(let text):
            return "'\(text)' is not a time: give a date (YYYY-MM-DD) or an ISO 8601 date-time (2025-08-26T14:30 or 2025-08-26T14:30:00+07:00)."
        case .invalidWeek(let text, let reason):
            return "'\(text)' is not a week: \(reason); give it as YYYY-Www, for example 2025-W35."
        case .invalidPeriod(let text, let form):
            return "'\(text)' is not a \(form.noun): give it as \(form.pattern), for example \(form.example)."
        case .periodEndsBeforeItBegins(let from, let to):
            return "--to \(to) is before --from \(from): the period runs from its first day to its last."
        case .periodChoice:
            return "Give the period one way: --month YYYY-MM, --quarter YYYY-Qn, --half YYYY-Hn, --year YYYY, or --from DATE with --to DATE."
        case .unknownTimeZone(let name):
            return "'\(name)' is not a time zone this machine knows: give an IANA name such as Asia/Ho_Chi_Minh."
        case .inFuture(let text):
            return "\(text) is in the future: it says when something happened, so it cannot be later than now."
        case .invalidID(let text):
            return "'\(text)' is not a number docket gives: use a whole number from 1 up, with or without '#'."
        case .blank(let field):
            return "The \(field) is empty: give some text."
        case .tooLong(let field, let limit):
            return "The \(field) is too long: at most \(limit) characters are allowed."
        case .notUTF8(let argument):
            return "The argument \(argument) is not valid UTF-8 text: check the terminal's encoding."
        case .noLetterOrDigit(let field, let text):
            let owner = field.hasSuffix(" name") ? "The \(field.dropLast(5))'s name" : "The \(field)"
            return "\(owner): '\(text)' has no letter or digit to find it by."
        case .invalidCode(let field, let text):
            return "\(field): '\(text)' may hold only letters, digits, '-', '_' and '.'."
        case .noWordToSearch(let text):
            return "The search query: '\(text)' has no word to look for: give at least one word of letters or digits."
        case .controlCharacter(let field, let oneLine):
            if oneLine {
                return "The \(field) holds a control character (a line break, a tab or another): give it on one line of visible characters."
            }
            return "The \(field) holds a control character other than a line break or a tab: take it out."
        }
    }
}
