import DocketCore
import Testing
@testable import DocketWorkflow

/// The standard workflow with every state and transition renamed (to Vietnamese), so that
/// a test passing on it proves the engine reads names from the definition only.
let renamedStandard: Workflow = {
    let states = [
        "raised": "tiep_nhan", "assigned": "da_giao", "answered": "da_tra_loi",
        "escalated": "da_chuyen", "resolved": "da_giai_quyet", "closed": "da_dong",
    ]
    let transitions = [
        "assign": "giao", "answer": "tra_loi", "escalate": "chuyen",
        "resolve": "giai_quyet", "reopen": "mo_lai", "close": "dong",
    ]
    func state(_ name: String) -> String { states[name] ?? name }
    var workflow = Workflow.standard
    workflow.name = "chuan"
    workflow.initial = state(workflow.initial)
    workflow.states = workflow.states.map { StateDefinition(state($0.name), $0.stateClass) }
    workflow.transitions = workflow.transitions.map { transition in
        var renamed = transition
        renamed.name = transitions[transition.name] ?? transition.name
        renamed.from = transition.from.map(state)
        renamed.to = switch transition.to {
        case .state(let to): .state(state(to))
        case .byOwner(let with, let without): .byOwner(withOwner: state(with), withoutOwner: state(without))
        }
        return renamed
    }
    workflow.deadlines = DeadlineRules(
        overdueIn: workflow.deadlines.overdueIn.map(state),
        sweep: workflow.deadlines.sweep.map {
            SweepRule(from: $0.from.map(state), transition: transitions[$0.transition] ?? $0.transition, reason: "Quá hạn {due}.")
        }
    )
    return workflow
}()

/// What a batch of random histories did, to prove the generator exercised the engine.
struct RandomHistoryTally {
    var accepted = 0
    var refused = 0
    var statesReached = Set<String>()
    var actionsAccepted = Set<String>()
    var refusals = Set<String>()
}

/// The case of a refusal, without its values.
func kind(of refusal: Refusal) -> String {
    switch refusal {
    case .notAllowed: "notAllowed"
    case .unknownTransition: "unknownTransition"
    case .unknownState: "unknownState"
    case .missingField: "missingField"
    case .fieldNotAccepted: "fieldNotAccepted"
    case .beforeLatestEvent: "beforeLatestEvent"
    case .dueBeforeRaised: "dueBeforeRaised"
    case .targetIsOwner: "targetIsOwner"
    case .alreadyEscalated: "alreadyEscalated"
    }
}

/// The workflows the random histories run on, by a short name for the test's report.
let randomHistoryWorkflows: [String: Workflow] = ["standard": .standard, "renamed": renamedStandard]

/// Plays `steps` random requests, valid and invalid mixed, on one problem; checks each step
/// as it goes and that the accepted events replay to the final status. Returns the history.
@discardableResult
func playRandomHistory(
    _ workflow: Workflow, seed: UInt64, steps: Int, tally: inout RandomHistoryTally
) throws -> [EventRecord] {
    var random = SeededRandom(seed: seed)
    let units: [UnitRef?] = [Fixture.department, Fixture.office, Fixture.institute, UnitRef(id: 4, code: "UBND"), nil]
    let texts: [String?] = [nil, "", "  ", "Nội dung", "Ý kiến của Bộ", "ok", "Đã xử lý", "Chưa rõ", "x"]
    // Transitions into a closed-class state end a history, so they are drawn rarely, the
    // others often; comments and unknown actions are mixed in.
    let ending = workflow.transitions.filter { transition in
        transition.to.states.allSatisfy { workflow.stateClass(of: $0) == .closed }
    }.map(\.name)
    let others = workflow.transitions.map(\.name).filter { !ending.contains($0) }
    let weighted = Array(repeating: others, count: 8).flatMap { $0 } + ending
        + [Workflow.commentAction, Workflow.commentAction, "approve", Workflow.fileAction]

    var problem = Fixture.Problem(workflow)
    tally.statesReached.insert(problem.status.state)
    for _ in 0..<steps {
        // Six times in ten an action the state allows (read from the definition), so that
        // histories go deep; else any action at all, so that refusals are mixed in.
        let allowed = workflow.allowedTransitions(from: problem.status.state).filter { !ending.contains($0) }
        let action = Int.random(in: 0..<10, using: &random) < 6 && !allowed.isEmpty
            ? allowed.randomElement(using: &random)!
            : weighted.randomElement(using: &random)!
        let due: CivilDate? = Bool.random(using: &random)
            ? nil : Fixture.raisedOn.adding(days: Int.random(in: -3...40, using: &random))
        // Mostly forward, one in ten back in time, one in ten at the very same second.
        let step: Int64 = switch Int.random(in: 0..<10, using: &random) {
        case 0: -Int64.random(in: 1...3_600, using: &random)
        case 1: 0
        default: Int64.random(in: 1...(72 * 3_600), using: &random)
        }
        let request = TransitionRequest(
            action: action,
            unit: Int.random(in: 0..<3, using: &random) == 0 ? nil : units.randomElement(using: &random)!,
            target: Int.random(in: 0..<3, using: &random) == 0 ? nil : units.randomElement(using: &random)!,
            due: Int.random(in: 0..<3, using: &random) == 0 ? due : nil,
            text: texts.randomElement(using: &random)!,
            at: problem.status.lastEventAt.adding(seconds: step)
        )
        // Requests mostly give only what the action takes, as the command line does; a third
        // give everything, to exercise the refusal of fields an action does not take.
        let asked = Int.random(in: 0..<3, using: &random) == 0 ? request : trimmed(request, to: workflow)
        let before = problem.status
        do {
            let (status, event) = try workflow.apply(asked, to: before)
            #expect(workflow.state(named: status.state) != nil, "seed \(seed): \(status.state) is not a state")
            #expect(event.from == before.state && event.to == status.state && event.at == asked.at, "seed \(seed)")
            #expect(status.lastEventAt == asked.at)
            problem.status = status
            problem.events.append(event)
            tally.accepted += 1
            tally.statesReached.insert(status.state)
            tally.actionsAccepted.insert(action)
        } catch {
            tally.refused += 1
            tally.refusals.insert(kind(of: error))
            // A refusal is a pure answer: asked again, the same; and it added no event, so
            // the history still gives the status held before it.
            #expect(throws: error) { try workflow.apply(asked, to: before) }
            #expect(try workflow.replay(problem.events, raisedOn: Fixture.raisedOn) == before, "seed \(seed)")
        }
    }
    let replayed = try workflow.replay(problem.events, raisedOn: Fixture.raisedOn)
    #expect(replayed == problem.status, "seed \(seed): the replay differs from the status")
    return problem.events
}

/// The request without the fields its action does not take.
private func trimmed(_ request: TransitionRequest, to workflow: Workflow) -> TransitionRequest {
    let fields = request.action == Workflow.commentAction
        ? Workflow.commentFields
        : workflow.transition(named: request.action)?.fields ?? []
    func takes(_ field: RequestField) -> Bool { fields.contains { $0.field == field.rawValue } }
    var trimmed = request
    if !takes(.unit) { trimmed.unit = nil }
    if !takes(.target) { trimmed.target = nil }
    if !takes(.due) { trimmed.due = nil }
    if !takes(.text) { trimmed.text = nil }
    return trimmed
}

@Suite struct ReplayingAHistoryGivesTheStatusItsEventsMade {
    @Test(arguments: ["standard", "renamed"])
    func randomHistoriesReplayToTheirFinalStatus(_ name: String) throws {
        let workflow = try #require(randomHistoryWorkflows[name])
        var tally = RandomHistoryTally()
        for seed in UInt64(1)...400 {
            try playRandomHistory(workflow, seed: seed, steps: 40, tally: &tally)
        }
        #expect(tally.accepted + tally.refused == 16_000)
        #expect(tally.accepted > 3_000)
        #expect(tally.refused > 3_000)
        #expect(tally.statesReached == Set(workflow.states.map(\.name)))
        #expect(tally.actionsAccepted == Set(workflow.transitions.map(\.name) + [Workflow.commentAction]))
        // Every refusal but the one for a state the workflow lacks, which needs a corrupt status.
        #expect(tally.refusals == [
            "notAllowed", "unknownTransition", "missingField", "fieldNotAccepted",
            "beforeLatestEvent", "dueBeforeRaised", "targetIsOwner", "alreadyEscalated",
        ])
    }

    @Test func theRandomHistoriesAreReproducible() throws {
        var tally = RandomHistoryTally()
        for seed in UInt64(7)...9 {
            let first = try playRandomHistory(.standard, seed: seed, steps: 40, tally: &tally)
            let second = try playRandomHistory(.standard, seed: seed, steps: 40, tally: &tally)
            #expect(first == second)
            #expect(first.count > 1)
        }
    }

    @Test func theRenamedWorkflowIsSoundAndShowsItsOwnNames() {
        #expect(renamedStandard.check() == [])
        #expect(renamedStandard.mermaid().contains("da_giai_quyet --> da_giao : mo_lai (has owner)"))
    }

    @Test func aFixtureHistoryReplaysExactly() throws {
        let problem = try Fixture.problem(in: "escalated").after([
            ("answer", nil, nil, nil, "Trả lời"),
            ("resolve", nil, nil, nil, "Xong"),
            ("reopen", nil, nil, nil, "Chưa xong"),
            ("comment", nil, nil, nil, "Ghi chú"),
            ("close", nil, nil, nil, "Trùng"),
        ])
        #expect(try Workflow.standard.replay(problem.events, raisedOn: Fixture.raisedOn) == problem.status)
        #expect(problem.events.map(\.action) == ["file", "assign", "escalate", "answer", "resolve", "reopen", "comment", "close"])
    }
}

@Suite struct AHistoryTheWorkflowWouldNotHaveMadeIsAnError {
    let workflow = Workflow.standard

    func history() throws -> [EventRecord] {
        try Fixture.problem(in: "escalated").after([("resolve", nil, nil, nil, "Xong")]).events
    }

    @Test func anEmptyHistoryIsAnError() {
        #expect(throws: WorkflowError.emptyHistory) { try workflow.replay([], raisedOn: Fixture.raisedOn) }
    }

    @Test func aHistoryMustStartWithItsFiling() throws {
        let events = try history()
        #expect(throws: WorkflowError.notFiledFirst(action: "assign", to: "assigned")) {
            try workflow.replay(Array(events.dropFirst()), raisedOn: Fixture.raisedOn)
        }
        var filedElsewhere = events
        filedElsewhere[0].to = "assigned"
        #expect(throws: WorkflowError.notFiledFirst(action: "file", to: "assigned")) {
            try workflow.replay(filedElsewhere, raisedOn: Fixture.raisedOn)
        }
    }

    @Test func aRecordedValueTheWorkflowDoesNotGiveIsNamedWithItsEvent() throws {
        let events = try history()
        var wrongTo = events
        wrongTo[3].to = "answered"
        #expect(throws: WorkflowError.eventDisagrees(index: 3, action: "resolve", field: "to", recorded: "answered", expected: "resolved")) {
            try workflow.replay(wrongTo, raisedOn: Fixture.raisedOn)
        }
        var wrongFrom = events
        wrongFrom[2].from = "raised"
        #expect(throws: WorkflowError.eventDisagrees(index: 2, action: "escalate", field: "from", recorded: "'raised'", expected: "'assigned'")) {
            try workflow.replay(wrongFrom, raisedOn: Fixture.raisedOn)
        }
        var wrongOwner = events
        wrongOwner[3].owner = Fixture.institute
        #expect(throws: WorkflowError.eventDisagrees(index: 3, action: "resolve", field: "owner", recorded: "'KHCN'", expected: "'VLXD'")) {
            try workflow.replay(wrongOwner, raisedOn: Fixture.raisedOn)
        }
        var lostEscalation = events
        lostEscalation[3].escalatedTo = nil
        #expect(throws: WorkflowError.eventDisagrees(index: 3, action: "resolve", field: "escalated to", recorded: "none", expected: "'VP'")) {
            try workflow.replay(lostEscalation, raisedOn: Fixture.raisedOn)
        }
        var wrongDue = events
        wrongDue[2].due = Fixture.date(2025, 12, 31)
        #expect(throws: WorkflowError.eventDisagrees(index: 2, action: "escalate", field: "due", recorded: "'2025-12-31'", expected: "'2025-09-05'")) {
            try workflow.replay(wrongDue, raisedOn: Fixture.raisedOn)
        }
    }

    @Test func anEventTheWorkflowRefusesIsNamedWithItsRefusal() throws {
        var events = try history()
        events[1].action = "answer"
        #expect(throws: WorkflowError.eventRefused(
            index: 1, action: "answer",
            refusal: .notAllowed(transition: "answer", state: "raised", allowed: ["assign", "escalate", "close"])
        )) {
            try workflow.replay(events, raisedOn: Fixture.raisedOn)
        }
        var backwards = try history()
        backwards[3].at = backwards[2].at.adding(seconds: -1)
        #expect(throws: WorkflowError.eventRefused(
            index: 3, action: "resolve", refusal: .beforeLatestEvent(at: backwards[3].at, latest: backwards[2].at)
        )) {
            try workflow.replay(backwards, raisedOn: Fixture.raisedOn)
        }
    }
}
