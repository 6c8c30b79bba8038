import DocketContract
import DocketCore
import DocketStore
import DocketWorkflow

/// What a running command works with: its global options, the moment it started, the
/// console, and the register, opened when first needed.
final class CommandContext {
    let options: GlobalOptions
    let console: Console
    /// Now, read once, so that every default time of one command agrees.
    let now: Instant
    private var opened: Register?
    private var cachedToday: CivilDate?
    private var cachedJSON: JSONContext?

    init(options: GlobalOptions, console: Console = Console(), now: Instant = .now()) {
        self.options = options
        self.console = console
        self.now = now
    }

    /// The register at `--db`, opened once; a missing or foreign one is refused.
    func register() throws -> Register {
        if let opened { return opened }
        let register = try Register.open(at: options.registerPath)
        opened = register
        return register
    }

    /// The sentences of the language the command speaks.
    var messages: any MessageCatalogue { options.language.messages }

    /// Who asks: the command line acts as the register's admin, under the name `--actor` gives.
    var principal: Principal { .admin(options.actorName) }

    /// Calls `body` with every problem `filter` matches, oldest first, at most `limit` of
    /// them, on one snapshot, a page at a time (``Register/forEachProblem(matching:overdueStates:limit:as:_:)``).
    func forEachProblem(matching filter: ProblemFilter, overdueStates: [String], limit: Int? = nil,
                        _ body: (Problem) throws -> Void) throws {
        try register().forEachProblem(matching: filter, overdueStates: overdueStates, limit: limit, as: principal, body)
    }

    /// Uses `register` as this command's register (after `init` made it).
    func use(_ register: Register) {
        opened = register
    }

    /// When a change happened: `--at` read in the register's time zone, or now.
    func instant(_ at: String?) throws -> Instant {
        guard let at else { return now }
        return try When.parse(at, in: try register().timeZone, now: now)
    }

    /// Today in the register's time zone: the day deadlines are judged on.
    func today() throws -> CivilDate {
        if let cachedToday { return cachedToday }
        let today = try register().timeZone.localDate(of: now)
        cachedToday = today
        return today
    }

    /// Whether `problem` is overdue today: in a state the workflow's deadline rule watches,
    /// with its due day passed (``DeadlineRules/isOverdue(state:due:on:overdueIn:)``).
    func isOverdue(_ problem: Problem) throws -> Bool {
        try json().isOverdue(problem)
    }

    /// What the contract's JSON shapes need: the register's time zone and the overdue rule as
    /// of today. Made once per command.
    func json() throws -> JSONContext {
        if let cachedJSON { return cachedJSON }
        let states = try register().workflow().deadlines.overdueIn
        let today = try today()
        let json = JSONContext(timeZone: try register().timeZone) { problem in
            DeadlineRules.isOverdue(state: problem.state, due: problem.due, on: today, overdueIn: states)
        }
        cachedJSON = json
        return json
    }

    /// `instant` as ISO 8601 with the register's offset.
    func format(_ instant: Instant) throws -> String {
        try register().timeZone.iso8601(instant)
    }
}
