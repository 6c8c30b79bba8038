extension ResolutionReport {
    /// One span of the trend — a week, or a month of a long period — with how many problems
    /// were raised in it and how many resolutions were recorded.
    public struct TrendPoint: Hashable, Sendable {
        /// The span, inside the report's period (a month cut at the period's ends is a run of days).
        public var period: ReportPeriod
        /// Problems filed in it (`during.raised` of its own report).
        public var raised: Int
        /// Resolutions recorded in it (`during.resolved` of its own report).
        public var resolved: Int

        /// Makes one span of the trend.
        public init(period: ReportPeriod, raised: Int, resolved: Int) {
            self.period = period
            self.raised = raised
            self.resolved = resolved
        }
    }
}
