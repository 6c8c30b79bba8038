import DocketCore
import DocketWorkflow

/// How an import runs.
public struct ImportOptions: Sendable {
    /// The meeting every row was raised at, or nil.
    public var meeting: Int64?
    /// Check everything and write nothing.
    public var dryRun: Bool
    /// When a row without `raised_at` was raised (`--at`), or nil: at the meeting (its day,
    /// 09:00), or now.
    public var raisedAt: Instant?
    /// The current instant: a row raised later is refused.
    public var now: Instant
    /// Who imports: the actor of every event, and the scope every row must lie in.
    public var principal: Principal

    /// Makes the options of one import.
    public init(meeting: Int64? = nil, dryRun: Bool = false, raisedAt: Instant?, now: Instant, as principal: Principal) {
        self.meeting = meeting
        self.dryRun = dryRun
        self.raisedAt = raisedAt
        self.now = now
        self.principal = principal
    }
}

/// What an import did (or, in a dry run, would do).
public struct ImportSummary: Hashable, Sendable {
    /// How many problems it filed.
    public var count: Int
    /// The number of the first and of the last, nil when there were none: the problems
    /// of one import have consecutive numbers, in the file's order.
    public var first: Int64?
    /// The number of the last problem filed.
    public var last: Int64?
    /// Whether nothing was written.
    public var dryRun: Bool

    /// Makes a summary.
    public init(count: Int, first: Int64?, last: Int64?, dryRun: Bool) {
        self.count = count
        self.first = first
        self.last = last
        self.dryRun = dryRun
    }
}

extension ImportOptions {
    /// How many rows pass between two calls of an import's progress closure.
    public static let progressInterval = 1024
}

extension RegisterTransaction {
    /// Files every row of the CSV `reader` gives, all or nothing, in this transaction.
    ///
    /// The first record is the header (``ImportHeader``). Each row becomes a problem with its
    /// `file` event at its `raised_at`; a row with a `unit` is then assigned to it at the same
    /// time, with `due` as its deadline. A `group` is an existing group's number, or a title:
    /// the existing group with the same folded title, else a new group made in the same
    /// transaction. Names resolve as everywhere else, each distinct name once. A dry run does
    /// all the work and asks the store to keep none of it.
    ///
    /// - Parameter progress: called with the number of rows filed so far, every
    ///   ``ImportOptions/progressInterval`` rows.
    /// - Throws: ``ImportError`` naming the line and the column of the first fault (the file's
    ///   content); `RegisterError.notFound` for a `meeting` the register does not have; what
    ///   the reader throws when the file cannot be read. The transaction must then be rolled back.
    package func importProblems(from reader: inout CSVReader, options: ImportOptions,
                                progress: (Int) -> Void) async throws -> ImportSummary {
        let header: ImportHeader
        do {
            guard let record = try reader.next() else {
                throw ImportError.emptyFile
            }
            header = try ImportHeader(record)
        } catch let error as CSVError {
            // No header yet to name the column by: its position says where.
            throw ImportError(error, column: "\(error.column)")
        }
        let summary = try await importRows(from: &reader, header: header, options: options, progress: progress)
        if let first = summary.first { try await countInTally(problemsFrom: first) }
        if options.dryRun { rollBackAtEnd() }
        return summary
    }

    /// Files the rows after the header and returns the summary.
    private func importRows(from reader: inout CSVReader, header: ImportHeader, options: ImportOptions,
                            progress: (Int) -> Void) async throws -> ImportSummary {
        var batch = ImportBatch(store: self, options: options, workflow: try await workflow())
        let meetingDay = try await options.meeting.asyncMap(meetingDay)
        let raisedAt = try self.raisedAt(options.raisedAt, meeting: meetingDay)
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch let error as CSVError {
                throw ImportError(error, column: header.name(ofField: error.column))
            }
            guard let row = try header.row(record, in: timeZone, now: options.now,
                                           defaultRaisedAt: raisedAt) else { continue }
            do {
                try meetingDay?.check(row.raisedAt)
            } catch {
                throw RegisterError.importRow(line: row.line, column: ImportColumn.raisedAt.name, fault: .register(error))
            }
            try await batch.file(row)
            if batch.count % ImportOptions.progressInterval == 0 { progress(batch.count) }
        }
        try await batch.flush()
        return ImportSummary(count: batch.count, first: batch.first, last: batch.last, dryRun: options.dryRun)
    }
}

/// The state of one import while it runs, inside its transaction: the names it has resolved,
/// the groups it has found or made, and the problems it has filed.
struct ImportBatch<Store: RegisterTransaction> {
    /// The import's transaction.
    let store: Store
    let options: ImportOptions
    let workflow: Workflow
    /// When every row is recorded: the moment the import started writing.
    let recordedAt: Instant
    private(set) var count = 0
    private(set) var first: Int64?
    private(set) var last: Int64?
    private var documents: [SearchDocument] = []
    private var localities: [String: Locality] = [:]
    private var units: [String: UnitRef] = [:]
    private var groupNumbers: Set<Int64> = []
    private let names = SearchNamesMemo()
    /// What each category typed so far is recorded as (`RegisterTransaction.categoryName(_:)`).
    private var categoryNames: [String: String] = [:]
    /// Every group by its folded title, read when a row first names a group by title.
    private var groupsByKey: [String: [(id: Int64, title: String)]]?

    init(store: Store, options: ImportOptions, workflow: Workflow) {
        self.store = store
        self.options = options
        self.workflow = workflow
        self.recordedAt = store.now()
    }

    /// Files `row`, and assigns it when it names a unit.
    mutating func file(_ row: ImportRow) async throws {
        let locality = try await self.locality(row)
        let unit = try await self.unit(row)
        let group = try await self.group(row)
        let new = NewProblem(title: row.title, locality: row.locality, category: try await category(row),
                             description: row.description, recommendation: row.recommendation,
                             meeting: options.meeting, group: group)
        let assignment = unit.map { TransitionRequest(action: "assign", unit: $0, due: row.due, at: row.raisedAt) }
        let id: Int64
        do {
            let document: SearchDocument
            (id, document) = try await store.insert(new, locality: locality, at: row.raisedAt, actor: options.principal.name,
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
        if documents.count == SearchDocument.batchSize { try await flush() }
    }

    /// The category `row` is filed under, as the register records it.
    private mutating func category(_ row: ImportRow) async throws -> String? {
        guard let text = row.category else { return nil }
        if let known = categoryNames[text] { return known }
        let name = try await store.categoryName(text)
        categoryNames[text] = name
        return name
    }

    /// Adds the search documents kept so far to the index (``RegisterTransaction/index(_:)``); called
    /// every ``SearchDocument/batchSize`` rows and once at the end.
    mutating func flush() async throws {
        for document in documents { try await store.index(document) }
        documents.removeAll(keepingCapacity: true)
    }

    /// The row's locality, resolved once per distinct name.
    private mutating func locality(_ row: ImportRow) async throws -> Locality {
        if let found = localities[row.locality] { return found }
        let found = try await named(row, .locality) {
            let locality = try await store.resolveLocality(row.locality)
            guard options.principal.scope.holds(locality) else {
                throw RegisterError.outsideScope(kind: .locality, name: locality.name)
            }
            return locality
        }
        localities[row.locality] = found
        return found
    }

    /// The row's unit, resolved once per distinct name, or nil.
    private mutating func unit(_ row: ImportRow) async throws -> UnitRef? {
        guard let name = row.unit else { return nil }
        if let found = units[name] { return found }
        let found = try await named(row, .unit) { try await store.resolveUnit(name).unitRef }
        units[name] = found
        return found
    }

    /// The row's group: an existing group by number, else by folded title, else a new one.
    private mutating func group(_ row: ImportRow) async throws -> Int64? {
        switch row.group {
        case nil:
            return nil
        case .number(let number):
            if !groupNumbers.contains(number) {
                try await named(row, .group) { try await store.checkGroup(number) }
                groupNumbers.insert(number)
            }
            return number
        case .title(let title):
            let key = Folding.key(title)
            if groupsByKey == nil {
                groupsByKey = Dictionary(grouping: try await store.groupTitles(), by: { Folding.key($0.title) })
            }
            if let found = groupsByKey?[key] {
                // Two groups an older register let share a title: the row must give a number.
                guard found.count == 1 else {
                    throw RegisterError.importRow(line: row.line, column: ImportColumn.group.name, fault: .register(
                        .ambiguous(kind: .group, name: title, candidates: found.map { "#\($0.id) \($0.title)" })))
                }
                return found[0].id
            }
            let id = try await store.insertGroup(title: title, createdAt: row.raisedAt, recordedAt: recordedAt,
                                           actor: options.principal.name)
            groupsByKey?[key] = [(id, title)]
            return id
        }
    }

    /// Runs `resolve`, turning a name that matches nothing or several into the row's fault.
    private func named<T>(_ row: ImportRow, _ column: ImportColumn, _ resolve: () async throws -> T) async throws -> T {
        do {
            return try await resolve()
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
