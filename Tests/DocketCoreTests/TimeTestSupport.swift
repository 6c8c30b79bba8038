import DocketTesting
import Foundation
@testable import DocketCore

/// Helpers for the time tests, in a namespace so that they cannot collide with another
/// suite's helpers in this target.
enum TimeFixtures {
    /// The instant a UTC ISO 8601 text names, read by Foundation: an oracle independent of
    /// the code under test.
    static func utc(_ text: String) -> Instant {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else {
            preconditionFailure("fixture \(text) is not an ISO 8601 date-time")
        }
        return Instant(secondsSinceEpoch: Int64(date.timeIntervalSince1970))
    }

    /// A date the test knows to exist.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        .fixture(year, month, day)
    }

    /// A wall-clock time the test knows to exist.
    static func local(_ year: Int, _ month: Int, _ day: Int,
                      _ hour: Int, _ minute: Int, _ second: Int = 0) -> CivilDateTime {
        guard let time = CivilDateTime(date: date(year, month, day), hour: hour,
                                       minute: minute, second: second) else {
            preconditionFailure("fixture time \(hour):\(minute):\(second) does not exist")
        }
        return time
    }

    /// Rules from zoneinfo, which these tests require (CI installs tzdata).
    static func zone(_ identifier: String) -> TimeZoneRules {
        do {
            return try TimeZoneRules.named(identifier)
        } catch {
            preconditionFailure("zoneinfo lacks \(identifier): install tzdata")
        }
    }
}
