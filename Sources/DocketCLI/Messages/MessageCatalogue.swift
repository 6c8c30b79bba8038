import DocketCore
import DocketRegister
import DocketStore
import DocketWorkflow

/// Every sentence the command line says to a person, in one language: the refusals of the
/// layers below (which carry what went wrong as values, and no words), the command line's own
/// errors, and the confirmations, warnings and progress lines of the commands.
///
/// The layers below know nothing of options or commands: a field is named by the workflow's
/// label (`reason`), and the catalogue makes it the option a person types (`--reason`). Another
/// language is one more conforming type, with no change to any command. Help (`--help`) stays
/// English. As in ``ReportCatalogue``, names and codes people wrote, paths and figures are
/// shown as they are.
package protocol MessageCatalogue: Sendable {
    /// The language it speaks.
    var language: Language { get }
    /// The sentence for a refusal of the register.
    func sentence(for error: RegisterError) -> String
    /// The sentence for an error the command line itself finds.
    func sentence(for error: CLIError) -> String
    /// The sentence for a refusal of the workflow; `subject` is problem `problem`'s number,
    /// or nil for "the problem" (one not filed yet).
    func sentence(for refusal: Refusal, problem: Int64?) -> String
    /// The sentence for stored workflow data the engine cannot make sense of.
    func sentence(for error: WorkflowError) -> String
    /// The sentence for a value typed on the command line that docket cannot use.
    func sentence(for error: InputError) -> String
    /// The sentence for a bad file given to `import`.
    func sentence(for error: ImportError) -> String
    /// The sentence for a bad CSV file.
    func sentence(for error: CSVError) -> String
    /// The sentence for a read or write the system refused.
    func sentence(for error: IOError) -> String
    /// The sentence for a store's failure that is not the register's own refusal.
    func sentence(for error: StoreFault) -> String
    /// The sentence a command says when it has done what it was asked.
    func sentence(for notice: Notice) -> String
    /// The name of ISO weekday `isoWeekday` (1 Monday … 7 Sunday), as a sentence's middle has it.
    func weekday(_ isoWeekday: Int) -> String
    /// The headers of `calendar list`'s table: date, weekday, name, and what kind of day.
    var calendarColumns: [String] { get }
    /// The headers of `category list`: code, name, description.
    var categoryColumns: [String] { get }
    /// What kind of exception a calendar day is, for `calendar list`.
    func calendarKind(working: Bool) -> String
}

extension MessageCatalogue {
    /// How a person gives the request field `label` on the command line: `--reason`.
    package func option(_ label: String) -> String {
        "--" + label
    }
}

extension RegisterError.Record {
    /// The command that lists the records of this kind, the same in every language.
    var listCommand: String {
        switch self {
        case .locality: return "locality list"
        case .unit: return "unit list"
        case .meeting: return "meeting list"
        case .group: return "group list"
        case .token: return "token list"
        case .problem: return "list"
        case .category: return "category list"
        }
    }
}
