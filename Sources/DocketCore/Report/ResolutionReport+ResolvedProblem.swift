extension ResolutionReport {
    /// A problem resolved during the week that still stood resolved at its end; one resolved
    /// and reopened within the week is left out, and one resolved twice in it is listed once,
    /// with its last resolution.
    public struct ResolvedProblem: Hashable, Sendable {
        /// Its number.
        public var id: Int64
        /// Its title.
        public var title: String
        /// The locality that raised it (a commune or ward, or the province itself).
        public var locality: NamedRef
        /// Its owner at the end of the week, if it had one.
        public var unit: NamedRef?
        /// When its last resolution before the end of the week happened.
        public var resolvedAt: Instant
        /// The text of that resolution.
        public var resolution: String

        /// Makes an entry.
        public init(id: Int64, title: String, locality: NamedRef, unit: NamedRef?, resolvedAt: Instant,
                    resolution: String) {
            self.id = id
            self.title = title
            self.locality = locality
            self.unit = unit
            self.resolvedAt = resolvedAt
            self.resolution = resolution
        }
    }
}
