import DocketCore
import DocketRegister
import DocketWorkflow

/// The state of one import while it runs, inside its transaction: the names it has resolved,
/// the groups it has found or made, and the problems it has filed.
struct ImportBatch {
    /// The import's transaction.
    let store: SQLiteStoreTransaction
    var register: Register { store.register }
    let options: Register.ImportOptions
    let workflow: Workflow
    /// When every row is recorded: the moment the import started writing.
    let recordedAt: Instant
    private(set) var count = 0
    private(set) var first: Int64?
    private(set) var last: Int64?
    /// How many search documents are kept before they are added to the index together.
    static let documentsPerFlush = 8192
    private var documents: [SearchDocument] = []
    private var localities: [String: Locality] = [:]
    private var units: [String: UnitRef] = [:]
    private var groupNumbers: Set<Int64> = []
    private let names = SearchNamesMemo()
    /// What each category typed so far is recorded as (`RegisterTransaction.categoryName(_:)`).
    private var categoryNames: [String: String] = [:]
    /// Every group by its folded title, read when a row first names a group by title.
    private var groupsByKey: [String: [(id: Int64, title: String)]]?

    init(store: SQLiteStoreTransaction, options: Register.ImportOptions, workflow: Workflow) {
        self.store = store
        self.options = options
        self.workflow = workflow
        self.recordedAt = store.now()
    }

    /// Files `row`, and assigns it when it names a unit.
    mutating func file(_ row: ImportRow) throws {
        let locality = try self.locality(row)
        let unit = try self.unit(row)
        let group = try self.group(row)
        let new = NewProblem(title: row.title, locality: row.locality, category: try category(row),
                             description: row.description, recommendation: row.recommendation,
                             meeting: options.meeting, group: group)
        let assignment = unit.map { TransitionRequest(action: "assign", unit: $0, due: row.due, at: row.raisedAt) }
        let id: Int64
        do {
            let document: SearchDocument
            (id, document) = try store.insert(new, locality: locality, at: row.raisedAt, actor: options.principal.name,
                                              workflow: workflow, recordedAt: recordedAt, then: assignment.map { [$0] } ?? [],
                                                 names: names)
            documents.append(document)
        } catch let refusal as Refusal {
            let column = if case .dueBeforeRaised = refusal { ImportColumn.due } else { ImportColumn.unit }
            throw RegisterError.importRow(line: row.line, column: column.name, fault: .refused(refusal))
        }
        count += 1
        if first == nil { first = id }
        last = id
        if documents.count == ImportBatch.documentsPerFlush { try flush() }
    }

    /// The category `row` is filed under, as the register records it.
    private mutating func category(_ row: ImportRow) throws -> String? {
        guard let text = row.category else { return nil }
        if let known = categoryNames[text] { return known }
        let name = try store.categoryName(text)
        categoryNames[text] = name
        return name
    }

    /// Adds the search documents kept so far to the index (see `Register.index(_:)`); called
    /// every ``documentsPerFlush`` rows and once at the end.
    mutating func flush() throws {
        for document in documents { try store.index(document) }
        documents.removeAll(keepingCapacity: true)
    }

    /// The row's locality, resolved once per distinct name.
    private mutating func locality(_ row: ImportRow) throws -> Locality {
        if let found = localities[row.locality] { return found }
        let found = try named(row, .locality) {
            let locality = try store.resolveLocality(row.locality)
            guard options.principal.scope.holds(locality) else {
                throw RegisterError.outsideScope(kind: .locality, name: locality.name)
            }
            return locality
        }
        localities[row.locality] = found
        return found
    }

    /// The row's unit, resolved once per distinct name, or nil.
    private mutating func unit(_ row: ImportRow) throws -> UnitRef? {
        guard let name = row.unit else { return nil }
        if let found = units[name] { return found }
        let found = try named(row, .unit) { try store.resolveUnit(name).unitRef }
        units[name] = found
        return found
    }

    /// The row's group: an existing group by number, else by folded title, else a new one.
    private mutating func group(_ row: ImportRow) throws -> Int64? {
        switch row.group {
        case nil:
            return nil
        case .number(let number):
            if !groupNumbers.contains(number) {
                try named(row, .group) { try store.checkGroup(number) }
                groupNumbers.insert(number)
            }
            return number
        case .title(let title):
            let key = Folding.key(title)
            if groupsByKey == nil {
                groupsByKey = Dictionary(grouping: try register.groupTitles(), by: { Folding.key($0.title) })
            }
            if let found = groupsByKey?[key] {
                // Two groups an older register let share a title: the row must give a number.
                guard found.count == 1 else {
                    throw RegisterError.importRow(line: row.line, column: ImportColumn.group.name, fault: .register(
                        .ambiguous(kind: .group, name: title, candidates: found.map { "#\($0.id) \($0.title)" })))
                }
                return found[0].id
            }
            try register.database.run("INSERT INTO problem_group (title, created_at, recorded_at, actor) VALUES (?, ?, ?, ?)",
                                      title, row.raisedAt.secondsSinceEpoch, recordedAt.secondsSinceEpoch, options.principal.name)
            let id = register.database.lastInsertedRowID
            groupsByKey?[key] = [(id, title)]
            return id
        }
    }

    /// Runs `resolve`, turning a name that matches nothing or several into the row's fault.
    private func named<T>(_ row: ImportRow, _ column: ImportColumn, _ resolve: () throws -> T) throws -> T {
        do {
            return try resolve()
        } catch let error as RegisterError {
            switch error {
            case .notFound, .ambiguous, .outsideScope:
                throw RegisterError.importRow(line: row.line, column: column.name, fault: .register(error))
            default:
                throw error
            }
        }
    }
}
