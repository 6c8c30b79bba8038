import DocketCore
import DocketWorkflow

/// One transaction of a register's store, as the register's operations see it: the primitives
/// they are written over, each a read or a change inside the transaction the store opened.
///
/// The operations — filing, transitions, the deadline sweep, an import's or a bulk load's
/// rows (`Operations/`) — are written once, in extensions of this protocol, and decide
/// everything a store must not: what the workflow allows, what a refusal says, which
/// problems a principal may touch, which events a change appends, what the search index
/// and the standing counts must learn. A store decides only how each primitive reads or
/// writes its tables; the SQLite store holds all of its SQL, and a store over a network
/// (PostgreSQL) meets the same primitives.
///
/// A transaction is used on the thread of the connection that opened it and never kept past
/// the closure it was handed to: it is not `Sendable`.
package protocol RegisterTransaction: NameDirectory {
    /// The register's time zone: days (a meeting's, a deadline's, the sweep's today) are read in it.
    var timeZone: TimeZoneRules { get }
    /// Now, as the register's clock gives it: the recorded time of every change.
    func now() -> Instant
    /// Asks for everything done in the transaction to be undone when it ends: a dry run does
    /// all the work of a change and keeps none of it.
    func rollBackAtEnd()

    // MARK: Reference data

    /// The workflow in force.
    func workflow() async throws -> Workflow
    /// What a problem records for the category `text` names: the listed category's name when
    /// `text` is its code or name; else `text` as typed.
    func categoryName(_ text: String) async throws -> String
    /// The day meeting `id` was held, or nil when the register has no such meeting.
    func meetingHeldOn(_ id: Int64) async throws -> CivilDate?
    /// Whether the register has group `id`.
    func hasGroup(_ id: Int64) async throws -> Bool
    /// Every group's number and title, by number.
    func groupTitles() async throws -> [(id: Int64, title: String)]
    /// Inserts a group titled `title`, made `createdAt`, and returns its number.
    func insertGroup(title: String, createdAt: Instant, recordedAt: Instant, actor: String) async throws -> Int64
    /// Unit `id`, or nil when the register has none.
    func unit(id: Int64) async throws -> OrgUnit?
    /// Whether unit `unit` is unit `root` or lies under it.
    func isUnit(_ unit: Int64, within root: Int64) async throws -> Bool
    /// The calendar's exceptions to a Monday-to-Friday week: what working days are counted over.
    func workingCalendar() async throws -> WorkingCalendar

    // MARK: Categories

    /// Whether a category has the code `code`, exactly as given.
    func hasCategory(code: String) async throws -> Bool
    /// The code of the category whose name folds to `key`, or nil when none does.
    func categoryCode(nameKey key: String) async throws -> String?
    /// Inserts `category`, found by `key` (its name folded) and `codeKey` (its code folded).
    func insertCategory(_ category: Category, key: String, codeKey: String, at: Instant, actor: String) async throws

    // MARK: Calendar

    /// The calendar's entry for `date`, or nil when it lists none.
    func calendarDay(on date: CivilDate) async throws -> CalendarDay?
    /// Lists `day` in the calendar.
    func insertCalendarDay(_ day: CalendarDay, at: Instant, actor: String) async throws
    /// Takes the entry for `date` out of the calendar.
    func deleteCalendarDay(_ date: CivilDate) async throws

    // MARK: Localities

    /// Whether province `province` has a commune, ward or zone whose name folds to `key`, of
    /// kind `kind` (its prefix's label) when one is given.
    func hasCommune(key: String, kind: String?, inProvince province: Int64) async throws -> Bool
    /// Inserts `locality` (its number aside), found by `key` (its name folded), and returns its number.
    func insertLocality(_ locality: Locality, key: String, createdAt: Instant) async throws -> Int64

    // MARK: Meetings

    /// Inserts `meeting` (its number aside), held at locality `locality`, and returns its number.
    func insertMeeting(_ meeting: Meeting, locality: Int64, recordedAt: Instant, actor: String) async throws -> Int64

    // MARK: Tokens

    /// The token named `name` exactly, revoked or not, or nil when none is.
    func token(named name: String) async throws -> Token?
    /// Inserts `token` (its number aside) with the SHA-256 of its secret, and returns its number.
    func insertToken(_ token: Token, secretHash: [UInt8]) async throws -> Int64
    /// Marks token `id` revoked as of `at`.
    func setToken(_ id: Int64, revokedAt at: Instant) async throws

    // MARK: Units

    /// Inserts a unit and returns its number; `key` is its name folded, what it is found by.
    func insertUnit(code: String, name: String, key: String, kind: OrgUnit.Kind, parent: Int64?,
                    createdAt: Instant) async throws -> Int64
    /// Gives unit `id` the name `name`, found by `key`.
    func setUnitName(_ id: Int64, to name: String, key: String) async throws
    /// Puts unit `id` under unit `parent`.
    func setUnitParent(_ id: Int64, to parent: Int64) async throws
    /// Records a change of unit `id`'s `field`, from `old` to `new` (a name, or a parent's
    /// number; nil for none), made `at` by `actor`.
    func insertUnitChange(_ id: Int64, field: OrgUnit.Change.Field, old: StoredValue?, new: StoredValue?,
                          at: Instant, recordedAt: Instant, actor: String) async throws
    /// The numbers of the problems unit `id` owns.
    func problems(ownedBy id: Int64) async throws -> [Int64]

    // MARK: Problems

    /// Problem `id` as the contract shows it, if it lies inside `scope`.
    ///
    /// - Throws: `RegisterError.notFound`, the same for a problem outside the scope.
    func problem(_ id: Int64, in scope: Principal.Scope) async throws -> Problem
    /// The workflow's view of problem `id`, if it lies inside `scope`.
    ///
    /// - Throws: `RegisterError.notFound`, the same for a problem outside the scope.
    func status(of id: Int64, in scope: Principal.Scope) async throws -> ProblemStatus
    /// The problems inside `scope` standing in one of `states` with a deadline before `day`,
    /// the longest overdue first.
    func problemsPastDue(inStates states: [String], before day: CivilDate, in scope: Principal.Scope) async throws -> [Int64]
    /// Inserts a new problem of `locality`, raised `raisedAt`, whose current row is `status`;
    /// returns its number. Its events are appended after, with ``append(_:to:actor:recordedAt:)``.
    func insertProblem(_ new: NewProblem, locality: Locality, raisedAt: Instant, status: ProblemStatus,
                       recordedAt: Instant) async throws -> Int64
    /// Appends `event` to problem `id`'s history and returns the event's number.
    @discardableResult
    func append(_ event: EventRecord, to id: Int64, actor: String, recordedAt: Instant) async throws -> Int64
    /// Writes `status` as problem `id`'s current row, which stood at `old`.
    func project(_ status: ProblemStatus, onto id: Int64, from old: ProblemStatus) async throws
    /// Keeps where problem `id` was reported on the map.
    func recordPlace(_ place: ProblemPlace, of id: Int64) async throws

    // MARK: Reads

    /// The first `limit` problems in `order` of those inside `scope` that `query` matches,
    /// read whole.
    func problems(_ query: ProblemQuery, in scope: Principal.Scope, order: ProblemOrder, limit: Int) async throws -> [Problem]
    /// The number of problem `id`'s latest event, or 0 for a problem with none.
    func version(ofProblem id: Int64) async throws -> Int64
    /// The events of problem `id` in the order they happened, their corrections not read; the
    /// caller has seen the problem inside its scope.
    func events(ofProblem id: Int64) async throws -> [Event]
    /// How many problems inside `scope` are in each state (states with none left out).
    func stateCounts(in scope: Principal.Scope) async throws -> [String: Int]
    /// The first `limit` of the problems inside `scope` that match `query`, best match first
    /// (then by number), after `cursor`: of those that match, the `rankingWindow` most recently
    /// filed are ranked.
    func searchHits(_ query: SearchQuery, in scope: Principal.Scope, after cursor: PageCursor?, limit: Int,
                    rankingWindow: Int) async throws -> [SearchHit]

    // MARK: Corrections

    /// Problem `id`'s correctable fields as its row stands.
    ///
    /// - Throws: `RegisterError.notFound` when the register has no such problem.
    func recordedFields(of id: Int64) async throws -> RecordedFields
    /// Writes `fields` onto problem `id`'s row, which was last changed `updatedAt`.
    func writeRecordedFields(_ fields: RecordedFields, of id: Int64, updatedAt: Instant) async throws
    /// Keeps `changes` as the corrections of event `event` of problem `id`, made `at`, in order.
    func insertCorrections(_ changes: [RecordedChange], madeBy event: Int64, of id: Int64, at: Instant) async throws
    /// The corrections of problem `id`'s edit events, by event number, each event's in
    /// ``Correction/Field``'s order.
    func corrections(of id: Int64) async throws -> [Int64: [Correction]]

    // MARK: Standing counts

    /// Counts the problems numbered `first` and up — a filing, or a batch just inserted — among
    /// the problems standing in each (state, owner, province).
    func countInTally(problemsFrom first: Int64) async throws
    /// Moves problem `id` in the standing counts from where it stood (`old`) to where it
    /// stands (`new`); called only when its state or its owner changed.
    func moveInTally(problem id: Int64, from old: ProblemStatus, to new: ProblemStatus) async throws
    /// Moves one problem standing in `state`, owned by `owner`, from one province's count to another's.
    func moveInTally(state: String, owner: Int64?, fromProvince old: Int64, toProvince new: Int64) async throws

    // MARK: Search

    /// The names a problem of `locality` owned by `owner` is found by
    /// (``SearchDocument/names(place:province:owner:)``).
    func searchNames(locality: Int64, owner: Int64?) async throws -> String
    /// Problem `id`'s names in the search index, from its row as it stands.
    func searchNames(ofProblem id: Int64) async throws -> String
    /// Adds `document` to the search index.
    func index(_ document: SearchDocument) async throws
    /// Replaces the title, body and names of `document`'s problem in the search index, keeping its history.
    func replace(_ document: SearchDocument) async throws
    /// Adds `folded` (a note's folded text after a space, or nothing) to the history of problem
    /// `id`'s document and replaces its names with `names` where given: one rewrite of the
    /// document, which FTS5 stores whole.
    func updateDocument(of id: Int64, appendingToHistory folded: String, names: String?) async throws
}
