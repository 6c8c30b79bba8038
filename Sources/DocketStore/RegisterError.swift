import DocketCore

/// Why the register refused a command, or could not be used. Each case carries what a user
/// needs to put it right; ``description`` says it in one sentence.
public enum RegisterError: Error, Hashable, Sendable {
    /// No register at the path: every command but `init` refuses to make one.
    case missing(path: String)
    /// The path is not a docket register: a directory, another program's database, a damaged
    /// or truncated file. It is left untouched.
    case notARegister(path: String, reason: String)
    /// The register was made by a newer docket, whose schema this one does not know.
    case newerSchema(path: String, version: Int)
    /// `init --timezone` on a register set to another time zone.
    case timeZoneMismatch(existing: String, requested: String)
    /// Nothing of that kind has that code, name or number.
    case notFound(kind: String, name: String)
    /// The name fits more than one: the candidates, as people would tell them apart.
    case ambiguous(kind: String, name: String, candidates: [String])
    /// The thing named lies outside the principal's scope: a locality outside its province,
    /// a unit outside its subtree. (A problem outside the scope is `notFound`.)
    case outsideScope(kind: String, name: String)
    /// A code that must be unique is taken.
    case duplicate(kind: String, code: String)
    /// The change is not allowed: the sentence says why and what to do.
    case refused(String)
    /// The register stayed locked by another writer through the whole wait.
    case busy(path: String)
    /// The register (or its folder) cannot be written.
    case readOnly(path: String)
    /// This user may not open the register: its file, its log, its shared-memory file or its
    /// folder does not let them read and write as SQLite's write-ahead log needs.
    case noAccess(path: String)
    /// An output file that docket may not or cannot write.
    case cannotWrite(path: String, reason: String)
    /// SQLite failed in a way a user did not cause (a full disk, an I/O error).
    case storage(SQLiteError)
}

extension RegisterError: CustomStringConvertible {
    /// One sentence: what was wrong and what to do.
    public var description: String {
        switch self {
        case .missing(let path):
            return "No register at \(path): run 'docket init' to make one there, or give --db (or DOCKET_DB) the path of an existing register."
        case .notARegister(let path, let reason):
            return "\(path) is not a docket register (\(reason)); it was left untouched: give --db the path of a register, or of a new file for 'docket init'."
        case .newerSchema(let path, let version):
            return "\(path) was made by a newer docket (schema version \(version), this one knows up to \(Schema.version)): use that docket or a newer one."
        case .timeZoneMismatch(let existing, let requested):
            return "The register's time zone is \(existing) and is set once: it cannot become \(requested)."
        case .notFound(let kind, let name):
            return "No \(kind) matches '\(name)': check the spelling, or list them with 'docket \(Self.listCommand(kind))'."
        case .ambiguous(let kind, let name, let candidates):
            let shown = candidates.prefix(12).joined(separator: "; ")
            let more = candidates.count > 12 ? "; and \(candidates.count - 12) more" : ""
            return "'\(name)' fits \(candidates.count) \(kind == "locality" ? "localities" : kind + "s"): \(shown)\(more); give a code or a longer name."
        case .outsideScope(let kind, let name):
            return "The \(kind) \(name) is outside what this user may work on: nothing was changed."
        case .duplicate(let kind, let code):
            return "A \(kind) with the code '\(code)' already exists: choose another code."
        case .refused(let sentence):
            return sentence
        case .busy(let path):
            return "The register \(path) stayed locked by another writer for over 10 seconds: nothing was written; try again."
        case .readOnly(let path):
            return "The register \(path) cannot be written (the file or its folder is read-only): nothing was changed."
        case .noAccess(let path):
            return "The register \(path) cannot be opened by this user: its file, its -wal and -shm files and its folder must let them read (and, to change it, write); nothing was changed."
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path): \(reason)."
        case .storage(let error):
            return "The register could not be read or written: \(error.message) (SQLite code \(error.extendedCode))."
        }
    }

    private static func listCommand(_ kind: String) -> String {
        switch kind {
        case "locality": return "locality list"
        case "unit": return "unit list"
        case "meeting": return "meeting list"
        case "group": return "group list"
        default: return "list"
        }
    }
}
