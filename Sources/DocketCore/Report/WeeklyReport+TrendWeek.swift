extension WeeklyReport {
    /// One week of the trend: how many problems were raised and how many resolutions recorded.
    public struct TrendWeek: Hashable, Sendable {
        /// The week.
        public var week: ISOWeek
        /// Problems filed in it (`during.raised` of its own report).
        public var raised: Int
        /// Resolutions recorded in it (`during.resolved` of its own report).
        public var resolved: Int

        /// Makes one week of the trend.
        public init(week: ISOWeek, raised: Int, resolved: Int) {
            self.week = week
            self.raised = raised
            self.resolved = resolved
        }
    }
}
