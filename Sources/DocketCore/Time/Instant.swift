/// A moment in time: whole seconds since 1970-01-01T00:00:00Z.
///
/// The register stores instants in UTC; a time zone is applied only at the edges,
/// when `--at` is parsed and when an instant is printed.
public struct Instant: Hashable, Comparable, Sendable {
    /// Seconds since the Unix epoch, in UTC.
    public var secondsSinceEpoch: Int64

    /// Makes the instant `secondsSinceEpoch` seconds after the Unix epoch.
    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// The instant `seconds` later (or earlier, when negative).
    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }
}
