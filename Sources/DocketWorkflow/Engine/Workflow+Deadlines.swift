import DocketCore

extension Workflow {
    /// Whether the problem is overdue on `date`: in one of the deadline rules' overdue
    /// states, with a deadline before `date` (``DeadlineRules/isOverdue(state:due:on:overdueIn:)``).
    public func isOverdue(_ status: ProblemStatus, on date: CivilDate) -> Bool {
        DeadlineRules.isOverdue(state: status.state, due: status.due, on: date, overdueIn: deadlines.overdueIn)
    }

    /// The request the deadline sweep would apply to the problem at `at` (on the day
    /// `date`), or nil when it would do nothing.
    ///
    /// Nil when there is no sweep rule, the problem is not in one of its states, has no
    /// deadline or one not yet passed, has no owner or an owner without a parent, or when
    /// the workflow would refuse the request (for instance `at` is before the problem's latest
    /// event, or it already stands escalated to that parent). So a request returned is one
    /// ``apply(_:to:)`` accepts, and once applied the problem has left the sweep's states:
    /// a second sweep returns nil, and `docket sweep` run twice writes nothing the second time.
    ///
    /// - Parameter parentOf: the unit above a unit, if any.
    public func sweep(
        _ status: ProblemStatus,
        on date: CivilDate,
        at: Instant,
        parentOf: (UnitRef) -> UnitRef?
    ) -> TransitionRequest? {
        guard let rule = deadlines.sweep,
              rule.from.contains(status.state),
              let due = status.due, due < date,
              let owner = status.owner,
              let parent = parentOf(owner)
        else { return nil }
        let reason = rule.reason
            .replacing("{due}", with: due.description)
            .replacing("{owner}", with: owner.code)
            .replacing("{to}", with: parent.code)
        let request = TransitionRequest(action: rule.transition, target: parent, text: reason, at: at)
        guard (try? apply(request, to: status)) != nil else { return nil }
        return request
    }
}
