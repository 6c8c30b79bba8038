import DocketCore

extension Instant {
    /// The instant `text` names, for a fixture: an ISO 8601 date-time with its offset, or a date
    /// meaning 09:00 in Hồ Chí Minh City. A text that names no instant stops the test.
    public static func fixture(_ text: String) -> Instant {
        do {
            return try When.parse(text, in: .hoChiMinh, now: Instant(secondsSinceEpoch: 4_000_000_000))
        } catch {
            preconditionFailure("fixture \(text) is not an instant: \(error)")
        }
    }
}
