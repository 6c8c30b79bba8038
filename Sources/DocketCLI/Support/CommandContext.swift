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
        guard problem.due != nil else { return false }
        let states = try register().workflow().deadlines.overdueIn
        return try DeadlineRules.isOverdue(state: problem.state, due: problem.due, on: today(), overdueIn: states)
    }

    /// `instant` as ISO 8601 with the register's offset.
    func format(_ instant: Instant) throws -> String {
        try register().timeZone.iso8601(instant)
    }
}
