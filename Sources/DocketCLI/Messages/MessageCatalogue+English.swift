import DocketCore
import DocketRegister
import DocketStore
import DocketWorkflow
import Glibc

/// The command line's messages in English, docket's first language.
struct EnglishMessages: MessageCatalogue {
    var language: Language { .en }

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
            return "No \(kind.rawValue) matches '\(name)': check the spelling, or list them with 'docket \(kind.listCommand)'."
        case .ambiguous(let kind, let name, let candidates):
            let shown = candidates.prefix(12).joined(separator: "; ")
            let more = candidates.count > 12 ? "; and \(candidates.count - 12) more" : ""
            return "'\(name)' fits \(candidates.count) \(kind == .locality ? "localities" : kind.rawValue + "s"): \(shown)\(more); give a code or a longer name."
        case .outsideScope(let kind, let name):
            return "The \(kind.rawValue) \(name) is outside what this user may work on: nothing was changed."
        case .duplicate(.token, let name):
            return "A token named '\(name)' already exists (a revoked token keeps its name, which its events carry): choose another name."
        case .duplicate(let kind, let code):
            return "A \(kind.rawValue) with the code '\(code)' already exists: choose another code."
        case .duplicateCategoryName(let name, let code):
            return "The category \(code) is already named \(name) (names are compared without case or diacritics): use it, or give a different name."
        case .notAProvince(let parent):
            return "\(parent) is not a provincial-level locality: give one of the 34 provinces and cities."
        case .duplicateName(let province, let name):
            return "\(province) already has a locality named \(name): use it, or give a different name."
        case .duplicateGroupTitle(let group, let title):
            return "Group #\(group) is already titled '\(title)' (titles are compared without case or diacritics): file under it with --group \(group), or choose another title."
        case .tokenNeedsScope(let role):
            return role == .locality
                ? "A locality token works for one province: give it with --locality."
                : "A \(role.rawValue) token works for one unit: give it with --unit."
        case .tokenTakesNoScope(let role, let given):
            return "\(role == .admin ? "An" : "A") \(role.rawValue) token \(reach(of: role)): leave out --\(given.rawValue)."
        case .tokenNeedsProvince(let locality):
            return "\(locality) is a commune or ward: a locality token works for one of the 34 provinces and cities; give the one it belongs to."
        case .idempotencyKeyTaken(let key):
            return "A response is already recorded for the Idempotency-Key '\(key)': send the request again to be given it, or use a new key."
        case .refused(let problem, let refusal):
            return sentence(for: refusal, problem: problem)
        case .nothingToChange(let problem):
            return "Problem #\(problem) was not changed: nothing given differs from what is recorded; give --title, --description, --recommendation, --category, --locality, --meeting or --group with a new value."
        case .unitAlreadyNamed(let unit, let name):
            return "The unit \(unit) is already named \(name): nothing was changed; give it another name."
        case .unitAlreadyUnder(let unit, let parent):
            return "The unit \(unit) is already under \(parent): nothing was changed."
        case .unitUnderItself(let unit, let parent):
            return "The unit \(unit) cannot go under \(parent), which is \(unit == parent ? "itself" : "under it"): units form a tree; give a unit that is not below it."
        case .calendarDayListed(let date, let name):
            return "\(date) is already in the calendar, as \(name): nothing was changed; to change it, remove it first with 'docket calendar remove \(date)'."
        case .calendarDayNotListed(let date):
            return "\(date) is not in the calendar: nothing was changed; see the days it lists with 'docket calendar list --year \(date.year)'."
        case .calendarDayIsAlreadySo(let date, working: true):
            return "\(date) is a \(weekday(date.isoWeekday)), a working day already: only a Saturday or Sunday worked in exchange is added as a working day; nothing was changed."
        case .calendarDayIsAlreadySo(let date, working: false):
            return "\(date) is a \(weekday(date.isoWeekday)), a day off already: a holiday is added on a weekday (one that falls on a weekend gives a day off in compensation: add that weekday); nothing was changed."
        case .beforeLatestEvent(let problem, let at, let latest):
            return "Problem #\(problem) was not changed: \(at) is earlier than its latest event, at \(latest); give a time no earlier than that, so that its history runs forward."
        case .beforeMeeting(let meeting, let heldOn, let at):
            return "\(at) is before meeting #\(meeting), held on \(heldOn): what was raised there was raised on that day or later (without a time, at 09:00 that day)."
        case .periodNotBegun(let period, let from, let today):
            return "\(period) has not begun: it starts on \(from) and today is \(today), so there is nothing to report yet."
        case .importRow(let line, let column, let fault):
            let reason: String
            switch fault {
            case .register(let error):
                reason = ImportError.clause(sentence(for: error))
            case .refused(.dueBeforeRaised(let due, let raisedOn)):
                reason = "the deadline \(due) is before the day the problem was raised, \(raisedOn): give a deadline on or after \(raisedOn)"
            case .refused(let refusal):
                reason = ImportError.clause(sentence(for: refusal, problem: nil))
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
        case .restoreTargetExists(let path):
            return "Something is already at \(path): a dump is restored only into a new register, so give --db a path where there is nothing yet; nothing was restored."
        case .badDump(let line, let fault):
            let place = line.map { "line \($0) of the dump" } ?? "the dump"
            return "Nothing was restored: \(place) \(clause(for: fault))."
        case .storage(let error):
            return "The register could not be read or written: \(error.message) (\(error.store) code \(error.code))."
        }
    }

    /// What is wrong with a dump, after "line N of the dump" or "the dump".
    private func clause(for fault: RegisterError.DumpFault) -> String {
        switch fault {
        case .empty: return "is empty: a dump begins with a line naming its format"
        case .notJSON: return "is not one JSON object"
        case .notADump: return "does not name docket's dump format (a first line {\"format\":\"\(Dump.format)\",\"version\":…}): this is not a file 'docket dump' wrote"
        case .newerVersion(let version): return "is in version \(version) of the dump format, newer than this docket reads (up to \(Dump.version)): restore it with a newer docket"
        case .unknownKind(let kind?): return "is a record of kind '\(kind)', which a dump does not have"
        case .unknownKind(nil): return "is a record without its kind"
        case .unknownField(let kind, let field): return "gives a \(kind) record the field '\(field)', which it does not have"
        case .wrongValue(let kind, let field): return "gives the field '\(field)' of a \(kind) record a value it cannot hold"
        case .rejected(let kind, let message): return "holds a \(kind) record the register refuses: \(message)"
        case .danglingReference(let kind, let field): return "holds a \(kind) record whose \(field) names a record the dump does not hold"
        case .cutShort: return "ends before its last line, which counts its records: it was cut short"
        case .afterEnd: return "comes after the line that ends the dump"
        case .wrongCount(let expected, let found): return "counts \(expected) records on its last line but holds \(found)"
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
        case .unknownState(let text, let states):
            return "--state: '\(text)' is not a state of the workflow; states are \(states.joined(separator: ", "))."
        case .invalidOverdueLimit(let text):
            return "--overdue-limit: '\(text)' is neither a number of problems nor all."
        case .unknownReportFormat(let text):
            return "--format: '\(text)' is not a report format; give text, markdown, csv, json or html."
        case .jsonWithFormat(let format):
            return "--json: it means --format json, so it cannot go with --format \(format); give one of them."
        case .invalidFileMode(let text):
            return "--mode: '\(text)' is not a file mode its owner can read and write; give three octal digits such as 600 or 660."
        case .invalidListenAddress(let text):
            return "--listen: '\(text)' is not an address to listen on; give HOST:PORT, such as 127.0.0.1:8080 (port 0 takes a free one)."
        case .invalidDuration(let text):
            return "--sweep-every: '\(text)' is not a duration; give a number of minutes, hours or days, such as 15m, 1h or 1d."
        case .serverNotInstalled(let path):
            return "docket serve needs the program docket-serve beside docket, at \(path); install both from the same build (make release)."
        case .postgresUnavailable(let url):
            return "This docket keeps a register in an SQLite file only and cannot use the PostgreSQL database \(url): give the path of a register file."
        }
    }

    func sentence(for notice: Notice) -> String {
        switch notice {
        case .tokenAdded(let name):
            return "Added the token \(name); its secret, on the next line, is shown only this once: keep it where only its holder can read it."
        case .tokenRevoked(let name):
            return "Revoked the token \(name): from the next request on, its secret opens nothing."
        case .tokenAlreadyRevoked(let name, let at):
            return "The token \(name) was already revoked, at \(at): nothing changed."
        case .calendarDayAdded(let date, let name, let working):
            return "Added \(date) (\(weekday(date.isoWeekday))) to the calendar as \(working ? "a working day" : "a holiday"): \(name)."
        case .filed(let id, let title, let locality):
            return "Filed #\(id): \(title) (\(locality))."
        case .dumped(let path, let records):
            return "Dumped the register to \(path): \(records) record\(records == 1 ? "" : "s")."
        case .restored(let path, let problems, let events, let records):
            return "Restored the register at \(path): \(problems) problem\(problems == 1 ? "" : "s") with \(events) event\(events == 1 ? "" : "s"), \(records) records in all."
        case .imported(let count, let numbers, let dryRun):
            let noun = count == 1 ? "problem" : "problems"
            if dryRun {
                return "Checked \(count) \(noun)\(numbers.map { " (\($0) if imported now)" } ?? ""): nothing was written (--dry-run)."
            }
            return "Imported \(count) \(noun)\(numbers.map { " (\($0))" } ?? "")."
        case .groupMade(let id, let title):
            return "Group #\(id) made: \(title)."
        case .meetingRecorded(let id, let title, let locality, let heldOn):
            return "Meeting #\(id) recorded: \(title) (\(locality), \(heldOn))."
        case .localityAdded(let name, let code, let province):
            return "Added \(name)\(code.map { " (\($0))" } ?? "") under \(province)."
        case .unitAdded(let code, let name, let parent):
            return "Added the unit \(code) (\(name))\(parent.map { " under \($0)" } ?? "")."
        case .categoryAdded(let code, let name):
            return "Added the category \(code) (\(name))."
        case .calendarDayRemoved(let date, let name):
            return "Removed \(date) (\(name)) from the calendar: it is \(CalendarDay.isWeekend(date) ? "a day off" : "a working day") again."
        }
    }

    func weekday(_ isoWeekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(isoWeekday - 1) % 7]
    }

    var calendarColumns: [String] { ["Date", "Weekday", "Name", "Day"] }

    var categoryColumns: [String] { ["Code", "Name", "Description"] }

    func calendarKind(working: Bool) -> String {
        working ? "working" : "holiday"
    }

    /// What a token of `role` works within, as a clause.
    private func reach(of role: Principal.Role) -> String {
        switch role {
        case .admin, .coordinator: return "sees everything"
        case .unit: return "works for its unit alone"
        case .locality: return "works for its province alone"
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

    func sentence(for refusal: Refusal, problem: Int64?) -> String {
        sentence(for: refusal, subject: problem.map { "Problem #\($0)" } ?? "The problem", inHistory: false)
    }

    /// A refusal said of `subject`; one found replaying a history names a field by its label
    /// (there is no option to give), one answering a command by its option.
    private func sentence(for refusal: Refusal, subject: String, inHistory: Bool) -> String {
        switch refusal {
        case .notAllowed(let transition, let state, let allowed):
            let next = allowed.isEmpty
                ? "from \(state) only a comment may be added"
                : "from \(state) you may \(EnglishList.or(allowed))"
            return "\(subject) is \(state): \(transition) is not allowed; \(next)."
        case .unknownTransition(let name, let known):
            return "\(subject) was not changed: '\(name)' is not an action of this workflow; use \(EnglishList.or(known))."
        case .unknownState(let state):
            return "\(subject) is in the state '\(state)', which this workflow does not define: check that the workflow in force is the one its history was made under."
        case .missingField(let transition, let field):
            return "\(subject) was not changed: \(transition) needs \(inHistory ? "its " + field : option(field)); give it and try again."
        case .fieldNotAccepted(let transition, let field):
            return "\(subject) was not changed: \(transition) does not take \(inHistory ? "a " + field : option(field)); leave it out and try again."
        case .beforeLatestEvent(let at, let latest):
            return "\(subject) was not changed: \(at.utcText) is earlier than its latest event, at \(latest.utcText); give a time no earlier than that, so that its history runs forward."
        case .dueBeforeRaised(let due, let raisedOn):
            return "\(subject) was not changed: the deadline \(due) is before the day it was raised, \(raisedOn); give a deadline on or after \(raisedOn)."
        case .targetIsOwner(let transition, let unit):
            return "\(subject) is owned by \(unit.code): \(transition) it to a unit other than its owner."
        case .alreadyEscalated(let transition, let unit):
            return "\(subject) has already been sent to \(unit.code): \(transition) it to another unit, or leave it where it is."
        }
    }

    func sentence(for error: WorkflowError) -> String {
        let check = "check that the workflow in force is the one its history was made under."
        switch error {
        case .unreadableDefinition(let reason):
            return "The workflow definition cannot be read (\(reason)): it must be the JSON of a workflow, as docket writes it."
        case .emptyHistory:
            return "The problem has no events, not even its filing: the register is damaged, so restore it from a backup."
        case .notFiledFirst(let action, let to):
            return "The problem's history starts with \(action) to \(to), not with its filing into the initial state: \(check)"
        case .eventRefused(let index, let action, let refusal):
            let because = ImportError.clause(sentence(for: refusal, subject: "The problem", inHistory: true))
            return "Event \(index) of the problem's history (\(action)) is one the workflow refuses, because \(because). Check that the workflow in force is the one its history was made under."
        case .eventDisagrees(let index, let action, let field, let recorded, let expected):
            return "Event \(index) of the problem's history (\(action)) records \(field) \(recorded) where the workflow gives \(expected): \(check)"
        }
    }

    func sentence(for error: InputError) -> String {
        if case .inFuture(let text) = error {
            return "\(text) is in the future: --at says when something happened, so it cannot be later than now."
        }
        return error.description
    }

    func sentence(for error: ImportError) -> String {
        error.description
    }

    func sentence(for error: CSVError) -> String {
        error.description
    }

    func sentence(for error: IOError) -> String {
        error.description
    }

    func sentence(for error: StoreFault) -> String {
        "The register could not be used: \(error.message)."
    }
}
