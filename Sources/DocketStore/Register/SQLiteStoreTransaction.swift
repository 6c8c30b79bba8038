import DocketCore
import DocketRegister
import DocketWorkflow

/// A transaction of the SQLite store, handed by ``Register``'s `write` to the closure it runs:
/// the register's operations (DocketRegister) over this store's statements. Each primitive is
/// one or two prepared statements of the register's connection, inside the transaction (or,
/// in a group commit, the savepoint) under way: a synchronous call that meets the protocol's
/// `async` requirement and never suspends, so that an operation over this store runs to its
/// end on the connection's thread (``Register/writeOperation(_:)``, `synchronously`).
struct SQLiteStoreTransaction: RegisterTransaction {
    let register: Register
    let transaction: Transaction
    /// The register's connection, which every statement of the transaction runs on.
    var database: Database { register.database }

    var timeZone: TimeZoneRules { register.timeZone }
    func now() -> Instant { register.clock() }
    func rollBackAtEnd() { transaction.rollBackAtEnd() }

    func workflow() throws -> Workflow { try register.currentWorkflow() }
    func categoryName(_ text: String) throws -> String { try register.categoryName(text) }
    func meetingHeldOn(_ id: Int64) throws -> CivilDate? { try register.meetingHeldOn(id) }
    func hasGroup(_ id: Int64) throws -> Bool { try register.hasGroup(id) }
    func groupTitles() throws -> [(id: Int64, title: String)] { try register.groupTitles() }
    func insertGroup(title: String, createdAt: Instant, recordedAt: Instant, actor: String) throws -> Int64 {
        try register.insertGroup(title: title, createdAt: createdAt, recordedAt: recordedAt, actor: actor)
    }
    func locality(code: String) throws -> Locality? { try register.locality(code: code) }
    func province(code: String) throws -> Locality? { try register.province(code: code) }
    func locality(id: Int64) throws -> Locality? { try register.locality(id: id) }
    func localities(key: String, inProvince province: Int64?) throws -> [Locality] {
        try register.localities(key: key, inProvince: province)
    }
    func localities(keyPrefix prefix: String, inProvince province: Int64?) throws -> [Locality] {
        try register.localities(keyPrefix: prefix, inProvince: province)
    }
    func unit(code: String) throws -> OrgUnit? { try register.unit(code: code) }
    func allUnits() throws -> [OrgUnit] { try register.allUnits() }
    func units(key: String) throws -> [OrgUnit] { try register.units(key: key) }
    func units(keyPrefix prefix: String) throws -> [OrgUnit] { try register.units(keyPrefix: prefix) }
    func unit(id: Int64) throws -> OrgUnit? { try register.unit(id: id) }
    func isUnit(_ unit: Int64, within root: Int64) throws -> Bool { try register.isUnit(unit, within: root) }
    func workingCalendar() throws -> WorkingCalendar { try register.workingCalendar() }

    func problem(_ id: Int64, in scope: Principal.Scope) throws -> Problem { try register.loadProblem(id, in: scope) }
    func status(of id: Int64, in scope: Principal.Scope) throws -> ProblemStatus { try register.status(of: id, in: scope) }
    func problemsPastDue(inStates states: [String], before day: CivilDate, in scope: Principal.Scope) throws -> [Int64] {
        try register.problemsPastDue(inStates: states, before: day, in: scope)
    }
    func insertProblem(_ new: NewProblem, locality: Locality, raisedAt: Instant, status: ProblemStatus,
                       recordedAt: Instant) throws -> Int64 {
        try register.insertProblem(new, locality: locality, raisedAt: raisedAt, status: status, recordedAt: recordedAt)
    }
    func append(_ event: EventRecord, to id: Int64, actor: String, recordedAt: Instant) throws -> Int64 {
        try register.append(event, to: id, actor: actor, recordedAt: recordedAt)
        return database.lastInsertedRowID
    }
    func project(_ status: ProblemStatus, onto id: Int64, from old: ProblemStatus) throws {
        try register.project(status, onto: id, from: old)
    }
    func recordPlace(_ place: ProblemPlace, of id: Int64) throws { try register.recordPlace(place, of: id) }

    func countInTally(problemsFrom first: Int64) throws { try register.countInTally(problemsFrom: first) }
    func moveInTally(problem id: Int64, from old: ProblemStatus, to new: ProblemStatus) throws {
        try register.moveInTally(problem: id, from: old, to: new)
    }

    func searchNames(locality: Int64, owner: Int64?) throws -> String { try register.searchNames(locality: locality, owner: owner) }
    func searchNames(ofProblem id: Int64) throws -> String { try register.searchNames(ofProblem: id) }
    func index(_ document: SearchDocument) throws { try register.index(document) }
    func updateDocument(of id: Int64, appendingToHistory folded: String, names: String?) throws {
        try register.writeSearch(.update(id: id, history: folded, names: names))
    }
}

@available(*, unavailable, message: "a transaction belongs to its connection's thread")
extension SQLiteStoreTransaction: Sendable {}
