import DocketCore
import DocketWorkflow

/// One read transaction of a register's store, as the resolution report sees it: the reads the
/// report is made of, each on the transaction's one snapshot.
///
/// The report itself — which reads to make for a period and a scope, and how to take what
/// stands now back to the end of the period — is written once, over these reads
/// (``report(for:now:overdueLimit:as:)``). A store decides only how each read is answered:
/// the SQLite store from its covering indexes and its `tally` table (DocketStore's
/// `ReportSQL`), each read keeping to the problems of the scope in its own query.
///
/// Every read that takes a `province` keeps to that province's problems when one is given; every
/// one that takes a `scope` keeps to the problems in the scope at the end of the span it reads.
/// Days are `YYYY-MM-DD`, as stored.
package protocol ReportSource {
    /// The register's time zone: a period's days begin and end in it.
    var timeZone: TimeZoneRules { get }
    /// The workflow in force.
    func workflow() async throws -> Workflow
    /// Every unit's code and name, by id.
    func unitNames() async throws -> [Int64: NamedRef]
    /// Every provincial-level locality's code and name, by id.
    func provinceNames() async throws -> [Int64: NamedRef]

    /// How many events of each of `actions` happened in [`start`, `end`) to the problems in
    /// `scope` at `end`.
    func activity(from start: Instant, to end: Instant, actions: [String],
                  within scope: Principal.Scope) async throws -> ResolutionReport.Activity

    /// How many problems stand in each state now, in all, by owner and by province.
    func currentTally(province: Int64?) async throws -> StandingTally
    /// How many problems of each group stand in each state now.
    func currentGroupCounts() async throws -> [Int64: [String: Int]]
    /// How many problems each owner (0: none) has now in one of `states` with a deadline before `day`.
    func overdueCountsNow(on day: String, states: [String]) async throws -> [Int64: Int]
    /// What ``currentGroupCounts()`` and ``overdueCountsNow(on:states:)`` say of the problems of
    /// `province`.
    func countsNow(of province: Int64, overdueOn day: String,
                   states: [String]) async throws -> (groups: [Int64: [String: Int]], overdueByUnit: [Int64: Int])

    /// Calls `body` with the state, owner, province and group that every problem with an event
    /// at or after `end` has now.
    func forEachProblemChanged(since end: Instant, province: Int64?,
                               _ body: (_ state: String, _ unit: Int64?, _ province: Int64, _ group: Int64?) -> Void) async throws
    /// Every problem raised before `end` with an event at or after it, of `province` now or at
    /// `end` when one is given: where it stands now and where it stood at `end`.
    func problemsChangedAfterRaised(before end: Instant, province: Int64?) async throws -> [ChangedProblem]

    /// Calls `body` with the problems standing in `state` now with a deadline before `day`, the
    /// longest overdue first (by deadline, then number), at most `limit` of them (nil: all).
    func forEachOverdueNow(inState state: String, before day: String, limit: Int?, province: Int64?,
                           _ body: (_ id: Int64, _ title: String, _ locality: NamedRef, _ unit: Int64?,
                                    _ due: String) -> Void) async throws
    /// Problem `id`'s title and locality as they were at `end`, before the edits since; nil when
    /// the register has no such problem.
    func label(ofProblem id: Int64, at end: Instant) async throws -> (title: String, locality: NamedRef)?

    /// Calls `body` with every problem in `scope` at `end` that one of `actions` acted on in
    /// [`start`, `end`): its title and locality then, the state and owner its last event before
    /// `end` left it with, and its last such action before `end` (when, and the note it gave).
    /// `recordedResolutionIsLast` says that a problem standing resolved holds the time and note
    /// of its last resolving action as its resolution (Workflow's `recordsEveryResolution`).
    func forEachResolution(from start: Instant, to end: Instant, actions: [String], within scope: Principal.Scope,
                           recordedResolutionIsLast: Bool,
                           _ body: (_ id: Int64, _ title: String, _ locality: NamedRef, _ stateAtEnd: String,
                                    _ unit: Int64?, _ at: Instant, _ note: String) -> Void) async throws
    /// The units of kind ministry or government: those beyond the ministry's authority.
    func unitsBeyondAuthority() async throws -> [Int64]
    /// Calls `body` with every event before `end` of one of `actions` that sent a problem in
    /// `scope` at `end` to one of `units`: the problem's number, where and when it was sent, and
    /// the state its last event before `end` left it in. (Its title then is ``label(ofProblem:at:)``'s,
    /// asked for only where the problem is listed.)
    func forEachEscalation(before end: Instant, actions: [String], toUnits units: [Int64], within scope: Principal.Scope,
                           _ body: (_ id: Int64, _ to: Int64, _ at: Instant, _ stateAtEnd: String) -> Void) async throws
    /// Calls `body` with every problem raised before `end` that its last event before then left
    /// in `scope` (a unit's), with its title, locality, province and group, and where it stood.
    func forEachProblem(inScopeAt end: Instant, of scope: Principal.Scope,
                        _ body: (_ id: Int64, _ title: String, _ locality: NamedRef, _ province: Int64, _ group: Int64?,
                                 _ then: ChangedProblem.Position) -> Void) async throws
    /// Calls `body` with every problem of `locality` (a province's communes' too) raised before
    /// `end`, as its events before `end` left it, and when it was closed if it then stood
    /// closed; in no particular order. A unit's `scope` keeps to the problems its subtree held
    /// at `end`; a province's scope must hold `locality`, and adds nothing.
    func forEachProblem(of locality: Locality, before end: Instant, within scope: Principal.Scope,
                        _ body: (_ problem: Problem, _ closedAt: Instant?) -> Void) async throws
}
