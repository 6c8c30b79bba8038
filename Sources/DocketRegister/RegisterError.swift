import DocketCore
import DocketWorkflow

/// Why the register refused a command, or could not be used. Each case carries, as values,
/// what a user needs to put it right; the front end that shows it (the command line's message
/// catalogue, a server's problem document) says it in the reader's language.
public enum RegisterError: Error, Hashable, Sendable {
    /// No register at the path: every command but `init` refuses to make one.
    case missing(path: String)
    /// The path is not a docket register: a directory, another program's database, a damaged
    /// or truncated file. It is left untouched.
    case notARegister(path: String, reason: FileFault)
    /// The register was made by a newer docket, whose schema this one does not know.
    case newerSchema(path: String, version: Int)
    /// `init --timezone` on a register set to another time zone.
    case timeZoneMismatch(existing: String, requested: String)
    /// The register's time zone is not one this machine has rules for.
    case unknownTimeZone(name: String)
    /// The workflow the register names cannot be read.
    case unreadableWorkflow(name: String, version: Int, error: WorkflowError)
    /// Nothing of that kind has that code, name or number.
    case notFound(kind: Record, name: String)
    /// The name fits more than one: the candidates, as people would tell them apart.
    case ambiguous(kind: Record, name: String, candidates: [String])
    /// The thing named lies outside the principal's scope: a locality outside its province,
    /// a unit outside its subtree. (A problem outside the scope is `notFound`.)
    case outsideScope(kind: Record, name: String)
    /// A code that must be unique is taken, or a token's name (which stays taken once revoked).
    case duplicate(kind: Record, code: String)
    /// A category was to be added with the name `name`, which the category `code` has already
    /// (compared without case or diacritics).
    case duplicateCategoryName(name: String, code: String)
    /// A commune or ward was to be added under `parent`, which is not a province.
    case notAProvince(parent: String)
    /// The province already has a locality of that name.
    case duplicateName(province: String, name: String)
    /// Group `group` already has the title `title`, compared folded (case and diacritics aside).
    case duplicateGroupTitle(group: Int64, title: String)
    /// A token of `role` was to be made without what it works within: a unit token needs
    /// its unit, a locality token its province.
    case tokenNeedsScope(role: Principal.Role)
    /// A token of `role` was to be made with a `given` (a unit or a locality) that its role
    /// does not take: only a unit token has a unit, only a locality token a locality.
    case tokenTakesNoScope(role: Principal.Role, given: Record)
    /// A locality token was to be made for `locality` (its full name), a commune or ward:
    /// a locality token works for a province.
    case tokenNeedsProvince(locality: String)
    /// A response is already recorded for this token and Idempotency-Key: the request that
    /// recorded it got there first.
    case idempotencyKeyTaken(key: String)
    /// The workflow refused a change to problem `problem`; nothing was changed.
    case refused(problem: Int64, refusal: Refusal)
    /// An edit of problem `problem` named no field, or gave every field it named the value it
    /// already has: there is nothing to correct, and no event was written.
    case nothingToChange(problem: Int64)
    /// A unit was to be renamed to the name it already has.
    case unitAlreadyNamed(unit: String, name: String)
    /// A unit was to be moved under the unit it is already under.
    case unitAlreadyUnder(unit: String, parent: String)
    /// A unit was to be moved under itself or under one of the units below it, which would make
    /// the hierarchy a loop.
    case unitUnderItself(unit: String, parent: String)
    /// A day was to be added to the calendar that it lists already, as `name`.
    case calendarDayListed(date: CivilDate, name: String)
    /// A day was to be removed from the calendar that it does not list.
    case calendarDayNotListed(date: CivilDate)
    /// A day was to be added to the calendar that the week already has so: a holiday on a
    /// Saturday or Sunday (`working` false), or a working day on a weekday (`working` true).
    case calendarDayIsAlreadySo(date: CivilDate, working: Bool)
    /// A change to problem `problem` at `at` would come before its latest event, at `latest`
    /// (both ISO 8601 in the register's time zone).
    case beforeLatestEvent(problem: Int64, at: String, latest: String)
    /// A problem raised at meeting `meeting`, held on `heldOn`, would be raised at `at` (ISO
    /// 8601 in the register's time zone), before that day began.
    case beforeMeeting(meeting: Int64, heldOn: String, at: String)
    /// A report was asked for a period (`period`, as the command line names it) that begins on
    /// `from`, after today, `today`: there is nothing to count yet.
    case periodNotBegun(period: String, from: String, today: String)
    /// A row of a file being imported names what the register does not have, or asks what
    /// the workflow refuses: the line (the header being line 1) and the column. Nothing was
    /// imported.
    indirect case importRow(line: Int, column: String, fault: RowFault)
    /// The register stayed locked by another writer through the whole wait.
    case busy(path: String)
    /// The register (or its folder) cannot be written.
    case readOnly(path: String)
    /// This user may not open the register: its file, its log, its shared-memory file or its
    /// folder does not let them read and write as SQLite's write-ahead log needs.
    case noAccess(path: String)
    /// An output file that docket may not or cannot write.
    case cannotWrite(path: String, reason: WriteFault)
    /// `restore` (or `copy`) was to make a register at `path`, where something already is: a
    /// register is restored only where none is yet.
    case restoreTargetExists(path: String)
    /// A dump given to `restore` is not one docket can read back whole: at line `line` (the
    /// first line, naming the format, being 1), or nil when the whole does not hold together.
    /// Nothing was restored.
    case badDump(line: Int?, fault: DumpFault)
    /// The store failed in a way a user did not cause (a full disk, an I/O error).
    case storage(StoreFault)
}

extension RegisterError {
    /// The kinds of record a name or number is looked up among.
    public enum Record: String, Hashable, Sendable, CaseIterable {
        case problem, locality, unit, meeting, group, token, category
    }

    /// Why a path does not hold a docket register.
    public enum FileFault: Hashable, Sendable {
        /// An empty file: `init` makes it a register.
        case empty
        /// A directory.
        case directory
        /// Neither a regular file nor a directory (a device, a socket, a pipe).
        case notRegularFile
        /// It cannot be read; `errno` is the system's error number when there is one.
        case unreadable(errno: Int32?)
        /// Its first bytes are not an SQLite header.
        case notSQLite
        /// Its header counts more pages than the file holds.
        case truncated(pages: Int, pageSize: Int, bytes: Int64)
        /// An SQLite database of another program.
        case otherProgram
        /// A register without its time zone setting.
        case noTimeZone
        /// A register that names no workflow in force.
        case noWorkflow
        /// SQLite calls it damaged or not a database; `message` is SQLite's.
        case damaged(message: String)
    }

    /// What is wrong with a row of an imported file.
    public enum RowFault: Hashable, Sendable {
        /// A name the register cannot resolve (not found, ambiguous).
        case register(RegisterError)
        /// The workflow refuses the row's filing or assignment.
        case refused(Refusal)
    }

    /// What is wrong with a dump given to `restore`.
    public enum DumpFault: Hashable, Sendable {
        /// The dump has no line at all.
        case empty
        /// The line is not one JSON object.
        case notJSON
        /// The first line does not name docket's dump format.
        case notADump
        /// The dump is in a newer version of the format than this docket reads.
        case newerVersion(Int)
        /// The record has no `kind`, or one the format does not have.
        case unknownKind(String?)
        /// The record has a field its kind does not have.
        case unknownField(kind: String, field: String)
        /// A field holds a value of the wrong type (an array, an object, a boolean; bytes
        /// that are not hexadecimal).
        case wrongValue(kind: String, field: String)
        /// The store refused the record (a field missing, a duplicate number, a value out
        /// of range); `message` is the store's.
        case rejected(kind: String, message: String)
        /// A record refers to one the dump does not hold: a `kind` record whose `field`
        /// names a missing `table` row.
        case danglingReference(kind: String, field: String)
        /// The dump ends without its last line, which counts its records: it was cut short.
        case cutShort
        /// A record comes after the last line.
        case afterEnd
        /// The last line counts `expected` records where the dump has `found`.
        case wrongCount(expected: Int, found: Int)
    }

    /// Why an output file cannot be written.
    public enum WriteFault: Hashable, Sendable {
        /// It is the register itself (or one of its companion files).
        case isTheRegister
        /// It is a directory.
        case isADirectory
        /// A file is there and replacing it was not asked for.
        case exists
        /// Another backup is being written to it.
        case anotherBackupInProgress
        /// The system refused it with error number `errno`.
        case system(errno: Int32)
        /// The store failed while writing it.
        case storage(StoreFault)
    }
}
