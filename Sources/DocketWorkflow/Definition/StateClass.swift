/// What a state means for counting and for the end of a problem's life, whatever it is called.
///
/// Reports count by class, not by name, so that a workflow with other state names still
/// reports open, answered and resolved problems correctly.
public enum StateClass: String, Hashable, Sendable, Codable, CaseIterable {
    /// Being worked on: neither answered, resolved nor closed.
    case open
    /// Officially answered, though perhaps not completely resolved.
    case answered
    /// Completely resolved; counted in the resolution rate.
    case resolved
    /// Withdrawn, duplicate or out of scope; not counted as resolved, and the one class a
    /// state may belong to and still have no way out.
    case closed
}
