import DocketCore

/// One thing a random history asks of a register, as values, so that the history can be drawn
/// without a register and played on any (``RegisterFixture/perform(_:)``).
public enum RegisterCommand: Sendable, Equatable {
    /// Files a problem titled `title` at `locality`, in `group` if any, raised `at`.
    case file(title: String, locality: String, group: Int64?, at: Instant)
    /// Sweeps the problems past their deadline, `at`.
    case sweep(at: Instant)
    /// Imports `csv` (with a header line), dated `at`.
    case importCSV(String, at: Instant)
    /// Asks a transition of one problem.
    case transition(TransitionCommand)
    /// Corrects what was recorded of problem `id`, `at`.
    case edit(id: Int64, ProblemEdit, at: Instant)
}
