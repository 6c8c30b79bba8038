import DocketCore
import DocketStore
import DocketWorkflow
import Glibc

/// The command line's messages in English, docket's first language.
struct EnglishMessages: MessageCatalogue {
    func sentence(for error: RegisterError) -> String {
        switch error {
        case .missing(let path):
            return "No register at \(path): run 'docket init' to make one there, or give --db (or DOCKET_DB) the path of an existing register."
        case .notARegister(let path, let reason):
            return "\(path) is not a docket register (\(clause(for: reason))); it was left untouched: give --db the path of a register, or of a new file for 'docket init'."
        case .newerSchema(let path, let version):
            return "\(path) was made by a newer docket (schema version \(version), this one knows up to \(Schema.version)): use that docket or a newer one."
        case .timeZoneMismatch(let existing, let requested):
            return "The register's time zone is \(existing) and is set once: it cannot become \(requested)."
        case .unknownTimeZone(let name):
            return "The register's time zone \(name) is not known on this machine: install the tzdata package."
        case .unreadableWorkflow(let name, let version, let error):
            return "The register's workflow \(name) (version \(version)) cannot be read: \(sentence(for: error))."
        case .notFound(let kind, let name):
            return "No \(kind.rawValue) matches '\(name)': check the spelling, or list them with 'docket \(Self.listCommand(kind))'."
        case .ambiguous(let kind, let name, let candidates):
            let shown = candidates.prefix(12).joined(separator: "; ")
            let more = candidates.count > 12 ? "; and \(candidates.count - 12) more" : ""
            return "'\(name)' fits \(candidates.count) \(kind == .locality ? "localities" : kind.rawValue + "s"): \(shown)\(more); give a code or a longer name."
        case .outsideScope(let kind, let name):
            return "The \(kind.rawValue) \(name) is outside what this user may work on: nothing was changed."
        case .duplicate(let kind, let code):
            return "A \(kind.rawValue) with the code '\(code)' already exists: choose another code."
        case .notAProvince(let parent):
            return "\(parent) is not a provincial-level locality: communes and wards are added under one of the 34 provinces and cities."
        case .duplicateName(let province, let name):
            return "\(province) already has a locality named \(name): use it, or give a different name."
        case .refused(let problem, let refusal):
            return sentence(for: refusal, subject: "Problem #\(problem)")
        case .beforeLatestEvent(let problem, let at, let latest):
            return "Problem #\(problem) was not changed: \(at) is earlier than its latest event, at \(latest); give a time no earlier than that, so that its history runs forward."
        case .importRow(let line, let column, let fault):
            let reason: String
            switch fault {
            case .register(let error):
                reason = ImportError.clause(sentence(for: error))
            case .refused(.dueBeforeRaised(let due, let raisedOn)):
                reason = "the deadline \(due) is before the day the problem was raised, \(raisedOn): give a deadline on or after \(raisedOn)"
            case .refused(let refusal):
                reason = ImportError.clause(sentence(for: refusal, subject: "The problem"))
            }
            return "Nothing was imported: line \(line), column \(column): \(reason)."
        case .busy(let path):
            return "The register \(path) stayed locked by another writer for over 10 seconds: nothing was written; try again."
        case .readOnly(let path):
            return "The register \(path) cannot be written (the file or its folder is read-only): nothing was changed."
        case .noAccess(let path):
            return "The register \(path) cannot be opened by this user: its file, its -wal and -shm files and its folder must let them read (and, to change it, write); nothing was changed."
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path): \(clause(for: reason))."
        case .storage(let error):
            return "The register could not be read or written: \(error.message) (SQLite code \(error.extendedCode))."
        }
    }

    func sentence(for error: CLIError) -> String {
        switch error {
        case .outputIsTheRegister(let path):
            return "Cannot write \(path): it is the register itself; give another file."
        case .outputIsADirectory(let path):
            return "Cannot write \(path): it is a directory; give a file's path."
        case .inputUnreadable(let path, let errno):
            return "Cannot read \(path): \(String(cString: strerror(errno))); give the path of a CSV file."
        case .inputIsADirectory(let path):
            return "Cannot read \(path): it is a directory; give the path of a CSV file."
        case .unsoundWorkflow(let name, let issues):
            return "The workflow \(name) is not sound: \(issues.map(\.description).joined(separator: " "))"
        }
    }

    private func clause(for fault: RegisterError.FileFault) -> String {
        switch fault {
        case .empty: return "it is an empty file; 'docket init' makes it a register"
        case .directory: return "it is a directory"
        case .notRegularFile: return "it is not a regular file"
        case .unreadable(let errno?): return "it cannot be read: \(String(cString: strerror(errno)))"
        case .unreadable(nil): return "it cannot be read"
        case .notSQLite: return "it is not an SQLite database"
        case .truncated(let pages, let pageSize, let bytes):
            return "it is truncated: its header counts \(pages) pages of \(pageSize) bytes but the file holds \(bytes) bytes"
        case .otherProgram: return "it is another program's SQLite database"
        case .noTimeZone: return "it has no time zone setting"
        case .noWorkflow: return "it names no workflow in force"
        case .damaged(let message): return "it is damaged or not a database: \(message)"
        }
    }

    private func clause(for fault: RegisterError.WriteFault) -> String {
        switch fault {
        case .isTheRegister: return "it is the register itself"
        case .isADirectory: return "it is a directory"
        case .exists: return "the file exists; give --force to replace it"
        case .anotherBackupInProgress: return "another backup is being written there"
        case .system(let errno): return String(cString: strerror(errno))
        case .storage(let error): return String(describing: error)
        }
    }

    private static func listCommand(_ kind: RegisterError.Record) -> String {
        switch kind {
        case .locality: return "locality list"
        case .unit: return "unit list"
        case .meeting: return "meeting list"
        case .group: return "group list"
        case .problem: return "list"
        }
    }

    // Until the workflow's refusals are data, their own sentences.
    func sentence(for refusal: Refusal, subject: String) -> String {
        subject == "The problem" ? refusal.description : refusal.message(problem: Int64(subject.dropFirst(9)) ?? 0)
    }

    func sentence(for error: WorkflowError) -> String {
        error.description
    }
}
