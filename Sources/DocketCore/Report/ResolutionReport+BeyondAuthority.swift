extension ResolutionReport {
    /// What was sent beyond the authority of the ministry keeping the register: the problems
    /// escalated to a unit of kind `ministry` or `government`, and what became of them.
    ///
    /// A problem counts once, under where it was last sent before the end of the period, so
    /// that the rows by destination add up to the totals; one escalated within the ministry
    /// only (to an `internal` unit) is not here.
    public struct BeyondAuthority: Hashable, Sendable {
        /// Of the problems sent by the end of the period, those last sent during it.
        public var sent: Int
        /// How many problems were sent by the end of the period.
        public var total: Int
        /// Where the problems ever sent stood at the end of the period.
        public var standing: SentStanding
        /// The same, one row per destination.
        public var byDestination: [Destination]
        /// The problems listed, by when each was last sent: every one sent by the end of the
        /// period, or in a report for people only the news (``SentProblem/isNews``).
        public var items: [SentProblem]

        /// Makes the section.
        public init(sent: Int, total: Int, standing: SentStanding, byDestination: [Destination], items: [SentProblem]) {
            self.sent = sent
            self.total = total
            self.standing = standing
            self.byDestination = byDestination
            self.items = items
        }

        /// The section of the problems `sent`: every figure counted from them, and the rows by
        /// destination; it lists them all, or only the news when `onlyNews`, in order (by when
        /// each was last sent, then number).
        public init(items sent: [SentProblem], onlyNews: Bool = false) {
            var rows: [NamedRef: Destination] = [:]
            var standing = SentStanding()
            var during = 0
            for item in sent {
                rows[item.to, default: Destination(unit: item.to, sent: 0, total: 0, standing: SentStanding())].add(item)
                standing.add(item.outcome)
                if item.sentDuring { during += 1 }
            }
            self.init(sent: during, total: sent.count, standing: standing,
                      byDestination: rows.values.sorted { $0.unit.precedes($1.unit) },
                      items: (onlyNews ? sent.filter(\.isNews) : sent).sorted { ($0.sentAt, $0.id) < ($1.sentAt, $1.id) })
        }

        /// Whether some of the problems sent are not listed (a report for people lists only the news).
        public var listsFewer: Bool { items.count < total }
    }

    /// How many of the problems sent stood open (neither resolved nor closed, answered ones
    /// included), answered (in an answered or a resolved state, as `total_answered` counts) and
    /// resolved at the end of the period; the closed ones are in none.
    public struct SentStanding: Hashable, Sendable {
        /// Neither resolved nor closed.
        public var open = 0
        /// Answered or resolved.
        public var answered = 0
        /// Resolved.
        public var resolved = 0

        /// Makes a standing of none.
        public init() {}

        /// Makes a standing.
        public init(open: Int, answered: Int, resolved: Int) {
            self.open = open
            self.answered = answered
            self.resolved = resolved
        }

        /// Counts one problem that stood where `outcome` says.
        public mutating func add(_ outcome: Outcome) {
            switch outcome {
            case .open: open += 1
            case .answered: open += 1; answered += 1
            case .resolved: answered += 1; resolved += 1
            case .closed: break
            }
        }
    }

    /// Where a problem stood, as the report tells it apart: the class of its state.
    public enum Outcome: Hashable, Sendable {
        /// Open and not yet answered.
        case open
        /// Answered, and still open: an answer may not resolve it completely.
        case answered
        /// Completely resolved.
        case resolved
        /// Withdrawn, duplicate or out of scope.
        case closed
    }

    /// One destination's row: the problems last sent to it.
    public struct Destination: Hashable, Sendable {
        /// The ministry, branch or Government they were sent to.
        public var unit: NamedRef
        /// How many were sent to it during the period.
        public var sent: Int
        /// How many were last sent to it by the end of the period.
        public var total: Int
        /// Where all those sent to it stood at the end of the period.
        public var standing: SentStanding

        /// Makes a row.
        public init(unit: NamedRef, sent: Int, total: Int, standing: SentStanding) {
            self.unit = unit
            self.sent = sent
            self.total = total
            self.standing = standing
        }

        mutating func add(_ item: SentProblem) {
            if item.sentDuring { sent += 1 }
            total += 1
            standing.add(item.outcome)
        }
    }

    /// A problem sent beyond the ministry's authority, as it stood at the end of the period.
    public struct SentProblem: Hashable, Sendable {
        /// Its number.
        public var id: Int64
        /// Its title then.
        public var title: String
        /// Where it was last sent.
        public var to: NamedRef
        /// Its state then.
        public var state: String
        /// Where that state stands.
        public var outcome: Outcome
        /// When it was last sent.
        public var sentAt: Instant
        /// Whether that was during the period.
        public var sentDuring: Bool
        /// Whether it was resolved during the period and stood resolved at its end.
        public var resolvedDuring: Bool

        /// Makes an entry.
        public init(id: Int64, title: String, to: NamedRef, state: String, outcome: Outcome, sentAt: Instant,
                    sentDuring: Bool, resolvedDuring: Bool) {
            self.id = id
            self.title = title
            self.to = to
            self.state = state
            self.outcome = outcome
            self.sentAt = sentAt
            self.sentDuring = sentDuring
            self.resolvedDuring = resolvedDuring
        }

        /// Whether the formats for people list it: still open, or sent or resolved during the period.
        public var isNews: Bool {
            sentDuring || resolvedDuring || outcome == .open || outcome == .answered
        }
    }
}
