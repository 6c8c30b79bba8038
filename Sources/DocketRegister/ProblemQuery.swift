import DocketCore

/// What a list asks of the store: a ``ProblemFilter`` with its names resolved to rows, so that
/// the store reads rows by number and decides nothing about how a name is typed. Every field
/// given is a condition the problems must all meet.
package struct ProblemQuery: Sendable, Hashable {
    /// Where a problem was raised: a province includes its communes.
    package enum Place: Sendable, Hashable {
        /// Every problem of province `id` and of its communes.
        case province(Int64)
        /// The problems of locality `id` alone.
        case locality(Int64)
    }

    /// The overdue rule (`DeadlineRules.isOverdue`): standing in one of `states` with a
    /// deadline before `day`.
    package struct Overdue: Sendable, Hashable {
        /// The states in which a passed deadline makes a problem overdue; never empty.
        package var states: [String]
        /// The day on which the problems are overdue.
        package var day: CivilDate
    }

    /// Only problems in one of these states; empty for any state.
    package var states: [String] = []
    /// Only problems raised there.
    package var place: Place?
    /// Only problems this unit owns or that were escalated to it.
    package var unit: Int64?
    /// Only problems whose category folds to this key (``Folding/key(_:)``).
    package var categoryKey: String?
    /// Only problems whose category folds to one of these keys; empty for any category.
    package var categoryKeys: [String] = []
    /// Only problems raised at this instant or later.
    package var raisedFrom: Instant?
    /// Only problems raised at this instant or earlier.
    package var raisedThrough: Instant?
    /// Only problems in this group.
    package var group: Int64?
    /// Only problems raised at this meeting.
    package var meeting: Int64?
    /// Only problems overdue so.
    package var overdue: Overdue?

    /// A query; with no arguments it matches every problem.
    package init(states: [String] = []) {
        self.states = states
    }
}

/// The orders the store reads a list's problems in.
package enum ProblemOrder: Sendable, Hashable {
    /// Oldest first: when each was raised, then by number (the lists' keyset), starting after
    /// `cursor` when given.
    case raised(after: PageCursor?)
    /// The earliest deadline first, then by number.
    case deadline
}

/// A problem a search found, with its score: the lower, the better the match.
package struct SearchHit {
    /// The problem as the contract shows it.
    package var problem: Problem
    /// How well it matches; hits are ordered by score, then by number.
    package var score: Double

    /// A hit.
    package init(problem: Problem, score: Double) {
        self.problem = problem
        self.score = score
    }

    /// The cursor of the page that starts after this hit: its score's bit pattern and its number.
    package var cursor: PageCursor { PageCursor(key: Int64(bitPattern: score.bitPattern), id: problem.id) }

    /// The score of the hit a search's page starts after (``cursor``'s key read back).
    package static func score(after cursor: PageCursor) -> Double {
        Double(bitPattern: UInt64(bitPattern: cursor.key))
    }
}
