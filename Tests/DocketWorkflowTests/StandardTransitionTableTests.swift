import DocketCore
import Testing
@testable import DocketWorkflow

/// One cell of the table: an action asked of a problem in a state, and the state it leads
/// to, or nil when it is refused.
struct TableCase: Sendable, CustomTestStringConvertible {
    var action: String
    var state: String
    var expected: String?

    var testDescription: String {
        "\(action) from \(state) → \(expected ?? "refused")"
    }
}

private let states = ["raised", "assigned", "answered", "escalated", "resolved", "closed"]

// Rows are actions, columns the states above; nil is a refusal. This is CONTRACT.md's
// "default workflow" written out cell by cell.
private let table: [(String, [String?])] = [
    ("assign", ["assigned", "assigned", "assigned", "assigned", nil, nil]),
    ("answer", [nil, "answered", nil, "answered", nil, nil]),
    ("escalate", ["escalated", "escalated", "escalated", "escalated", nil, nil]),
    ("resolve", [nil, "resolved", "resolved", "resolved", nil, nil]),
    // The fixture's closed problem was closed straight from raised: it has no owner to go back to.
    ("reopen", [nil, nil, nil, nil, "assigned", "raised"]),
    ("close", ["closed", "closed", "closed", "closed", nil, nil]),
    ("comment", ["raised", "assigned", "answered", "escalated", "resolved", "closed"]),
]

private let allowedFrom: [String: [String]] = [
    "raised": ["assign", "escalate", "close"],
    "assigned": ["assign", "answer", "escalate", "resolve", "close"],
    "answered": ["assign", "escalate", "resolve", "close"],
    "escalated": ["assign", "answer", "escalate", "resolve", "close"],
    "resolved": ["reopen"],
    "closed": ["reopen"],
]

private let cases: [TableCase] = table.flatMap { action, row in
    zip(states, row).map { TableCase(action: action, state: $0, expected: $1) }
}

/// A request for `action` with the fields it needs; the target is the institute, where no
/// fixture problem is owned or escalated, so that an allowed escalation is never refused.
private func request(_ action: String, at: Instant) -> TransitionRequest {
    switch action {
    case "assign": TransitionRequest(action: action, unit: Fixture.institute, text: "Giao lại", at: at)
    case "escalate": TransitionRequest(action: action, target: Fixture.institute, text: "Cần ý kiến", at: at)
    default: TransitionRequest(action: action, text: "Nội dung", at: at)
    }
}

@Suite struct EveryActionOfTheStandardWorkflowFromEveryState {
    @Test func theTableCoversSevenActionsInSixStates() {
        #expect(cases.count == 42)
        #expect(Set(Workflow.standard.states.map(\.name)) == Set(states))
        #expect(Workflow.standard.transitions.map(\.name) + ["comment"] == table.map(\.0))
    }

    @Test(arguments: cases)
    func anActionLeadsWhereTheContractSaysOrIsRefused(_ cell: TableCase) throws {
        let problem = try Fixture.problem(in: cell.state)
        #expect(problem.status.state == cell.state)
        let at = problem.status.lastEventAt.adding(seconds: 60)
        let asked = request(cell.action, at: at)
        let outcome = Result { () throws(Refusal) in try Workflow.standard.apply(asked, to: problem.status) }
        switch (outcome, cell.expected) {
        case (.success(let (status, event)), let expected?):
            #expect(status.state == expected)
            #expect(status.lastEventAt == at)
            #expect(event.action == cell.action)
            #expect(event.from == cell.state)
            #expect(event.to == expected)
            #expect(event.at == at)
            #expect(event.note == asked.text)
            #expect(event.owner == status.owner)
            #expect(event.escalatedTo == status.escalatedTo)
            #expect(event.due == status.due)
        case (.failure(let refusal), nil):
            #expect(refusal == .notAllowed(transition: cell.action, state: cell.state, allowed: allowedFrom[cell.state] ?? ["?"]))
        case (.success, nil):
            Issue.record("\(cell.action) from \(cell.state) was allowed; the contract refuses it")
        case (.failure(let refusal), _):
            Issue.record("\(cell.action) from \(cell.state) was refused: \(refusal)")
        }
    }

    @Test func allowedTransitionsAreListedInDefinitionOrder() {
        for state in states {
            #expect(Workflow.standard.allowedTransitions(from: state) == allowedFrom[state])
        }
    }
}
