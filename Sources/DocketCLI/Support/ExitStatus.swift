import DocketCore
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

    /// The status for `error`, and the one sentence that tells the user about it.
    static func classify(_ error: any Error) -> (ExitStatus, String) {
        switch error {
        case let error as InputError:
            return (.usage, error.description)
        case let error as RegisterError:
            if case .busy = error { return (.busy, error.description) }
            return (.refused, error.description)
        case let error as Refusal:
            return (.refused, error.description)
        case let error as SQLiteError:
            return (error.isBusy ? .busy : .refused, "The register could not be used: \(error.message).")
        case let error as ImportError:
            return (.dataError, error.description)
        case let error as CSVError:
            return (.dataError, error.description)
        case let error as IOError:
            return (error.operation == .read ? .noInput : .refused, error.description)
        case let error as CLIError:
            return (error.status, error.message)
        case let error as CommandLineError:
            return (.usage, error.sentence)
        default:
            return (.refused, String(describing: error))
        }
    }
}

/// An error the command line itself finds, with its status.
struct CLIError: Error {
    var status: ExitStatus
    var message: String
}
