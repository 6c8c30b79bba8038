import DocketCore
import DocketRegister
import DocketStore
import DocketWorkflow

/// The exit statuses of CONTRACT.md, and which error gets which.
enum ExitStatus: Int32 {
    /// Done.
    case success = 0
    /// Refused: not found, ambiguous, not allowed by the workflow, a constraint, a missing or
    /// foreign register, an output that cannot be written.
    case refused = 1
    /// The command line is wrong.
    case usage = 64
    /// An input file's content is wrong.
    case dataError = 65
    /// An input file cannot be read.
    case noInput = 66
    /// The register stayed locked by another writer through the whole wait.
    case busy = 75

    /// The status for `error`, and the one sentence, from `messages`, that tells the user
    /// about it.
    static func classify(_ error: any Error, messages: any MessageCatalogue) -> (ExitStatus, String) {
        switch error {
        case let error as InputError:
            return (.usage, messages.sentence(for: error))
        case let error as RegisterError:
            switch error {
            case .busy: return (.busy, messages.sentence(for: error))
            case .importRow, .badDump: return (.dataError, messages.sentence(for: error))
            case .tokenNeedsScope, .tokenTakesNoScope: return (.usage, messages.sentence(for: error))
            default: return (.refused, messages.sentence(for: error))
            }
        case let error as Refusal:
            return (.refused, messages.sentence(for: error, problem: nil))
        case let error as WorkflowError:
            return (.refused, messages.sentence(for: error))
        case let error as SQLiteError:
            return (error.isBusy ? .busy : .refused, messages.sentence(for: error.fault))
        case let error as ImportError:
            return (.dataError, messages.sentence(for: error))
        case let error as CSVError:
            return (.dataError, messages.sentence(for: error))
        case let error as IOError:
            return (error.operation == .read ? .noInput : .refused, messages.sentence(for: error))
        case let error as CLIError:
            return (error.status, messages.sentence(for: error))
        case let error as CommandLineError:
            return (.usage, error.sentence(in: messages.language))
        default:
            return (.refused, String(describing: error))
        }
    }
}

/// An error the command line itself finds, as data; the message catalogue says it.
package enum CLIError: Error, Hashable {
    /// `--output` names the register (or one of its companion files).
    case outputIsTheRegister(path: String)
    /// `--output` names a directory.
    case outputIsADirectory(path: String)
    /// An input file cannot be opened; `errno` is the system's reason.
    case inputUnreadable(path: String, errno: Int32)
    /// An input file is a directory.
    case inputIsADirectory(path: String)
    /// `workflow check` found the workflow in force not sound.
    case unsoundWorkflow(name: String, issues: [WorkflowIssue])
    /// `--state` names no state of the workflow; `states` are those it has.
    case unknownState(String, states: [String])
    /// `--overdue-limit` is neither a number nor `all`.
    case invalidOverdueLimit(String)
    /// `--format` names no report format.
    case unknownReportFormat(String)
    /// `--json` given with another `--format`.
    case jsonWithFormat(String)
    /// `--mode` is not three octal digits that let the owner read and write.
    case invalidFileMode(String)
    /// `--listen` is not HOST:PORT.
    case invalidListenAddress(String)
    /// `--sweep-every` is not a duration such as 15m, 1h or 1d.
    case invalidDuration(String)
    /// The server's program is not installed beside docket.
    case serverNotInstalled(path: String)
    /// A register was named by a PostgreSQL URL, which this docket cannot use.
    case postgresUnavailable(url: String)

    /// The exit status the contract gives it.
    var status: ExitStatus {
        switch self {
        case .outputIsTheRegister, .outputIsADirectory, .unsoundWorkflow, .serverNotInstalled, .postgresUnavailable: return .refused
        case .inputUnreadable, .inputIsADirectory: return .noInput
        case .unknownState, .invalidOverdueLimit, .unknownReportFormat, .jsonWithFormat, .invalidFileMode,
             .invalidListenAddress, .invalidDuration: return .usage
        }
    }
}
