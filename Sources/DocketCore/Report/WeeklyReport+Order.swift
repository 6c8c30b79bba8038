extension WeeklyReport {
    /// Puts every list in the report's order, so that two computations of the same week give
    /// equal values and the same bytes: units by code (ignoring case, which codes are unique
    /// without), provinces by code (the reference list's order), resolved problems by when they
    /// were resolved, overdue ones by deadline, each then by number, and the trend by week.
    public mutating func putListsInOrder() {
        units.sort { ($0.unit.handle.lowercased(), $0.unit.name) < ($1.unit.handle.lowercased(), $1.unit.name) }
        provinces.sort { ($0.province.handle, $0.province.name) < ($1.province.handle, $1.province.name) }
        resolved.sort { ($0.resolvedAt, $0.id) < ($1.resolvedAt, $1.id) }
        overdue.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        trend.sort { $0.week < $1.week }
    }
}
