/// A recorded field's value as a store keeps it in its record of changes: a text, or the
/// number of the record it names (a locality, a meeting, a group, a unit).
package enum StoredValue: Equatable {
    case text(String)
    case number(Int64)
}
