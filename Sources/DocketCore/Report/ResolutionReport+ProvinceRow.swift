extension ResolutionReport {
    /// One provincial-level locality's problems at the end of the week, those of its communes,
    /// wards and special zones included.
    ///
    /// `raised` = `resolved` + `open` + `closed`.
    public struct ProvinceRow: Hashable, Sendable {
        /// The province: its code and name.
        public var province: NamedRef
        /// How many problems it raised up to the end of the week.
        public var raised: Int
        /// Of them, how many stood resolved.
        public var resolved: Int
        /// Of them, how many stood open (answered ones included).
        public var open: Int
        /// Of them, how many stood closed.
        public var closed: Int

        /// Makes a row.
        public init(province: NamedRef, raised: Int, resolved: Int, open: Int, closed: Int) {
            self.province = province
            self.raised = raised
            self.resolved = resolved
            self.open = open
            self.closed = closed
        }
    }
}
