import DocketCore

/// What turning a record into the contract's JSON needs beyond the record: the register's time
/// zone, in which every instant is written (ISO 8601 with its offset), and the overdue rule as
/// of today, for a problem's `overdue`. Each front end makes one per request or command.
public struct JSONContext: Sendable {
    /// The register's time zone.
    public let timeZone: TimeZoneRules
    /// Whether a problem is overdue now: the workflow's deadline rule, judged today.
    public let isOverdue: @Sendable (Problem) -> Bool

    /// A context writing instants in `timeZone` and judging `overdue` with `isOverdue`.
    public init(timeZone: TimeZoneRules, isOverdue: @escaping @Sendable (Problem) -> Bool) {
        self.timeZone = timeZone
        self.isOverdue = isOverdue
    }

    /// `instant` as ISO 8601 with the register's offset.
    public func format(_ instant: Instant) -> String {
        timeZone.iso8601(instant)
    }
}
