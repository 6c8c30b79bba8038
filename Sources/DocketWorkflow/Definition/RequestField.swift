/// The values a ``TransitionRequest`` can carry besides its action and time.
///
/// A definition names them as text (``FieldUse/field``) so that ``Workflow/check()`` can
/// report a misspelt one as an issue instead of the definition failing to load.
public enum RequestField: String, Hashable, Sendable, CaseIterable {
    /// ``TransitionRequest/unit``: the unit a problem is given to.
    case unit
    /// ``TransitionRequest/target``: the unit a problem is escalated to.
    case target
    /// ``TransitionRequest/due``: a deadline.
    case due
    /// ``TransitionRequest/text``: a response, resolution, reason or note.
    case text
}
