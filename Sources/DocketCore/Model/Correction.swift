/// One field of a problem that an `edit` corrected: its value before and after, as the
/// problem's JSON shows that field. An edit event keeps one for each field it changed, so the
/// value a field had at any time is the old value of its first correction after then (or its
/// value now, when it has none since).
public struct Correction: Hashable, Sendable {
    /// The field corrected, named as `docket edit`'s option that corrects it.
    public var field: Field
    /// Its value before the edit.
    public var old: Value
    /// Its value after the edit.
    public var new: Value

    /// Makes a correction of `field` from `old` to `new`.
    public init(field: Field, old: Value, new: Value) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// The fields an edit corrects, in the order `docket edit` lists them (and an edit event
    /// lists its changes).
    public enum Field: String, CaseIterable, Hashable, Sendable {
        case title, description, recommendation, category, locality, meeting, group
    }

    /// A field's value: a text, a locality, the number of a meeting or group, or nothing.
    public enum Value: Hashable, Sendable {
        /// A title, description, recommendation or category.
        case text(String)
        /// A locality, as problems show it.
        case locality(NamedRef)
        /// A meeting's or group's number.
        case record(Int64)
        /// No value: a text, meeting or group cleared (or never given); null in JSON.
        case empty
    }
}
