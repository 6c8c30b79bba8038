extension Workflow {
    /// The default workflow of CONTRACT.md, built in.
    ///
    /// Where the contract is silent: resolving keeps the escalation (the record says where
    /// the problem was sent), while reopening clears it, so that a reopened problem is back in
    /// its owner's hands (or back at the start) and the sweep can escalate it again.
    ///
    /// Version 2 lets `reopen` take a closed problem back too (closed by mistake), as the
    /// contract has it; version 1 reopened resolved problems only. A register running version 1
    /// is moved to version 2 by schema migration 5, its events unchanged (every history made
    /// under version 1 replays under version 2, which only allows more).
    public static let standard = Workflow(
        name: "standard",
        version: 2,
        states: [
            StateDefinition("raised", .open),
            StateDefinition("assigned", .open),
            StateDefinition("answered", .answered),
            StateDefinition("escalated", .open),
            StateDefinition("resolved", .resolved),
            StateDefinition("closed", .closed),
        ],
        initial: "raised",
        transitions: [
            Transition(
                name: "assign",
                from: ["raised", "assigned", "answered", "escalated"],
                to: .state("assigned"),
                fields: [
                    .requires(.unit, label: "unit"),
                    .accepts(.due, label: "due"),
                    .accepts(.text, label: "note"),
                ],
                effects: Effects(owner: .setFromUnit, escalation: .clear, deadline: .setFromDue)
            ),
            Transition(
                name: "answer",
                from: ["assigned", "escalated"],
                to: .state("answered"),
                fields: [.requires(.text, label: "response")]
            ),
            Transition(
                name: "escalate",
                from: ["raised", "assigned", "answered", "escalated"],
                to: .state("escalated"),
                fields: [.requires(.target, label: "to"), .requires(.text, label: "reason")],
                effects: Effects(escalation: .setFromTarget)
            ),
            Transition(
                name: "resolve",
                from: ["assigned", "answered", "escalated"],
                to: .state("resolved"),
                fields: [.requires(.text, label: "resolution")],
                effects: Effects(resolution: .record)
            ),
            Transition(
                name: "reopen",
                from: ["resolved", "closed"],
                to: .byOwner(withOwner: "assigned", withoutOwner: "raised"),
                fields: [.requires(.text, label: "reason")],
                effects: Effects(escalation: .clear, resolution: .clear)
            ),
            Transition(
                name: "close",
                from: ["raised", "assigned", "answered", "escalated"],
                to: .state("closed"),
                fields: [.requires(.text, label: "reason")]
            ),
        ],
        deadlines: DeadlineRules(
            overdueIn: ["assigned", "escalated"],
            sweep: SweepRule(
                from: ["assigned"],
                transition: "escalate",
                reason: "The deadline {due} passed while {owner} held it: escalated to {to} by the sweep."
            )
        )
    )
}
