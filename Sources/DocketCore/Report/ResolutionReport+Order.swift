extension ResolutionReport {
    /// Puts every list in the report's order, so that two computations of the same period give
    /// equal values and the same bytes: units by code (ignoring case, which codes are unique
    /// without), the row of the problems no unit owned last; provinces by code (the reference
    /// list's order); resolved problems by when they were resolved, overdue ones by deadline,
    /// problems sent beyond the ministry's authority by when they were sent, each then by
    /// number; and the trend by date.
    public mutating func putListsInOrder() {
        // The unowned row last.
        units.sort { a, b in
            guard let first = a.unit else { return false }
            guard let second = b.unit else { return true }
            return first.precedes(second)
        }
        provinces.sort { ($0.province.handle, $0.province.name) < ($1.province.handle, $1.province.name) }
        // A year's report resolves a quarter of a million problems: sorted by key.
        resolved.sort(byKey: { KeyPair($0.resolvedAt, $0.id) })
        overdue.sort(byKey: { KeyPair($0.due, $0.id) })
        beyondAuthority.items.sort(byKey: { KeyPair($0.sentAt, $0.id) })
        trend.sort { $0.period.from < $1.period.from }
    }
}

