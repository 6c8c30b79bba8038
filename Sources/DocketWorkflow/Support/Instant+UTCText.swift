import DocketCore

extension Instant {
    /// The instant as an ISO 8601 UTC date-time (`2025-08-26T02:00:00Z`).
    ///
    /// Refusals use it because the engine has no time zone; the command line may print
    /// the instants a refusal carries in the register's zone instead.
    public var utcText: String {
        let (days, seconds) = secondsSinceEpoch.quotientAndRemainder(dividingBy: 86_400)
        // Instants before 1970 leave a negative remainder: borrow a day.
        let dayNumber = Int(seconds < 0 ? days - 1 : days)
        let secondOfDay = Int(seconds < 0 ? seconds + 86_400 : seconds)
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let time = "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        return "\(CivilDate(dayNumber: dayNumber))T\(time)Z"
    }
}
