import DocketCore
import Testing
@testable import DocketWorkflow

@Suite struct TransitionsChangeOnlyWhatTheirEffectsSay {
    let workflow = Workflow.standard

    /// The report reads a resolved problem's resolution from its row only where the workflow
    /// records every resolution there, and nowhere else.
    @Test func theStandardWorkflowRecordsEveryResolutionOnTheRow() throws {
        #expect(workflow.recordsEveryResolution)
        let answer = try #require(workflow.transitions.firstIndex { $0.name == "answer" })
        let resolve = try #require(workflow.transitions.firstIndex { $0.name == "resolve" })
        var recordsAnAnswer = workflow
        recordsAnAnswer.transitions[answer].effects.resolution = .record
        #expect(!recordsAnAnswer.recordsEveryResolution)
        var forgets = workflow
        forgets.transitions[resolve].effects.resolution = .keep
        #expect(!forgets.recordsEveryResolution)
        var resolvesSometimes = workflow
        resolvesSometimes.transitions[answer].to = .byOwner(withOwner: "resolved", withoutOwner: "answered")
        #expect(!resolvesSometimes.recordsEveryResolution)
    }

    @Test func filingStartsInTheInitialStateWithNothingSet() {
        let (status, event) = workflow.file(at: Fixture.raisedAt, raisedOn: Fixture.raisedOn)
        #expect(status == ProblemStatus(
            state: "raised", raisedAt: Fixture.raisedAt, raisedOn: Fixture.raisedOn, lastEventAt: Fixture.raisedAt
        ))
        #expect(event == EventRecord(action: "file", from: nil, to: "raised", at: Fixture.raisedAt))
    }

    @Test func assigningSetsTheOwnerAndDeadlineAndEndsTheEscalation() throws {
        let escalated = try Fixture.problem(in: "escalated")
        #expect(escalated.status.escalatedTo == Fixture.office)
        let at = Fixture.at(hours: 10)
        let newDue = Fixture.date(2025, 9, 30)
        let (status, event) = try workflow.apply(
            TransitionRequest(action: "assign", unit: Fixture.institute, due: newDue, text: "Chuyển Viện", at: at),
            to: escalated.status
        )
        #expect(status == ProblemStatus(
            state: "assigned", owner: Fixture.institute, escalatedTo: nil, due: newDue,
            raisedAt: Fixture.raisedAt, raisedOn: Fixture.raisedOn, lastEventAt: at
        ))
        #expect(event == EventRecord(
            action: "assign", from: "escalated", to: "assigned", at: at,
            owner: Fixture.institute, escalatedTo: nil, due: newDue, note: "Chuyển Viện"
        ))
    }

    @Test func assigningWithoutANoteRecordsNone() throws {
        let (_, event) = try workflow.apply(
            TransitionRequest(action: "assign", unit: Fixture.department, at: Fixture.at(hours: 1)),
            to: Fixture.Problem().status
        )
        #expect(event.note == nil)
        #expect(event.due == nil)
    }

    @Test func escalatingKeepsTheOwnerAndRecordsWhereItWasSent() throws {
        let assigned = try Fixture.problem(in: "assigned")
        let at = Fixture.at(hours: 10)
        let (status, event) = try workflow.apply(
            TransitionRequest(action: "escalate", target: Fixture.office, text: "Vượt thẩm quyền", at: at),
            to: assigned.status
        )
        #expect(status.owner == Fixture.department)
        #expect(status.escalatedTo == Fixture.office)
        #expect(status.due == Fixture.due)
        #expect(event == EventRecord(
            action: "escalate", from: "assigned", to: "escalated", at: at,
            owner: Fixture.department, escalatedTo: Fixture.office, due: Fixture.due, note: "Vượt thẩm quyền"
        ))
    }

    @Test func escalatingFurtherUpReplacesTheEscalation() throws {
        let escalated = try Fixture.problem(in: "escalated")
        let (status, _) = try workflow.apply(
            TransitionRequest(action: "escalate", target: Fixture.institute, text: "Cần Viện", at: Fixture.at(hours: 10)),
            to: escalated.status
        )
        #expect(status.state == "escalated")
        #expect(status.escalatedTo == Fixture.institute)
    }

    @Test func escalatingToTheOwnerIsRefused() throws {
        let assigned = try Fixture.problem(in: "assigned")
        #expect(throws: Refusal.targetIsOwner(transition: "escalate", unit: Fixture.department)) {
            try workflow.apply(
                TransitionRequest(action: "escalate", target: Fixture.department, text: "?", at: Fixture.at(hours: 10)),
                to: assigned.status
            )
        }
    }

    @Test func escalatingWhereItAlreadyIsIsRefused() throws {
        let escalated = try Fixture.problem(in: "escalated")
        // The same unit under another code is still the same unit.
        let sameOffice = UnitRef(id: Fixture.office.id, code: "VPB")
        #expect(throws: Refusal.alreadyEscalated(transition: "escalate", unit: sameOffice)) {
            try workflow.apply(
                TransitionRequest(action: "escalate", target: sameOffice, text: "?", at: Fixture.at(hours: 10)),
                to: escalated.status
            )
        }
    }

    @Test func resolvingRecordsTheResolutionAndWhenAndKeepsTheRest() throws {
        let escalated = try Fixture.problem(in: "escalated")
        let at = Fixture.at(hours: 10)
        let (status, event) = try workflow.apply(
            TransitionRequest(action: "resolve", text: "Đã sửa thông tư", at: at),
            to: escalated.status
        )
        #expect(status == ProblemStatus(
            state: "resolved", owner: Fixture.department, escalatedTo: Fixture.office, due: Fixture.due,
            raisedAt: Fixture.raisedAt, raisedOn: Fixture.raisedOn,
            resolvedAt: at, resolution: "Đã sửa thông tư", lastEventAt: at
        ))
        #expect(event.note == "Đã sửa thông tư")
    }

    @Test func answeringAndClosingChangeOnlyTheState() throws {
        for (action, from, to) in [("answer", "assigned", "answered"), ("close", "answered", "closed")] {
            let before = try Fixture.problem(in: from).status
            let at = Fixture.at(hours: 10)
            let (status, _) = try workflow.apply(TransitionRequest(action: action, text: "x", at: at), to: before)
            var expected = before
            expected.state = to
            expected.lastEventAt = at
            #expect(status == expected)
        }
    }

    @Test func aCommentChangesNothingButTheTimeOfTheLatestEvent() throws {
        let resolved = try Fixture.problem(in: "resolved")
        let at = Fixture.at(hours: 10)
        let (status, event) = try workflow.apply(TransitionRequest(action: "comment", text: "Địa phương xác nhận", at: at), to: resolved.status)
        var expected = resolved.status
        expected.lastEventAt = at
        #expect(status == expected)
        #expect(event == EventRecord(
            action: "comment", from: "resolved", to: "resolved", at: at,
            owner: Fixture.department, escalatedTo: nil, due: Fixture.due, note: "Địa phương xác nhận"
        ))
    }

    @Test func anEventAtTheSameTimeAsTheLatestIsAccepted() throws {
        let assigned = try Fixture.problem(in: "assigned")
        let at = assigned.status.lastEventAt
        let (status, _) = try workflow.apply(TransitionRequest(action: "answer", text: "x", at: at), to: assigned.status)
        #expect(status.lastEventAt == at)
    }
}

@Suite struct RequestsTheWorkflowCannotTakeAreRefused {
    let workflow = Workflow.standard

    @Test func anEventEarlierThanTheLatestIsRefused() throws {
        let assigned = try Fixture.problem(in: "assigned")
        let early = assigned.status.lastEventAt.adding(seconds: -1)
        #expect(throws: Refusal.beforeLatestEvent(at: early, latest: assigned.status.lastEventAt)) {
            try workflow.apply(TransitionRequest(action: "answer", text: "x", at: early), to: assigned.status)
        }
    }

    @Test func aMissingRequiredFieldIsRefusedByItsOption() throws {
        let assigned = try Fixture.problem(in: "assigned").status
        let at = Fixture.at(hours: 10)
        let expectations: [(TransitionRequest, Refusal)] = [
            (TransitionRequest(action: "assign", text: "x", at: at), .missingField(transition: "assign", field: "unit")),
            (TransitionRequest(action: "answer", at: at), .missingField(transition: "answer", field: "response")),
            (TransitionRequest(action: "escalate", text: "x", at: at), .missingField(transition: "escalate", field: "to")),
            (TransitionRequest(action: "escalate", target: Fixture.office, at: at), .missingField(transition: "escalate", field: "reason")),
            (TransitionRequest(action: "resolve", text: " \n\t", at: at), .missingField(transition: "resolve", field: "resolution")),
            (TransitionRequest(action: "close", text: "", at: at), .missingField(transition: "close", field: "reason")),
            (TransitionRequest(action: "comment", at: at), .missingField(transition: "comment", field: "text")),
        ]
        for (request, refusal) in expectations {
            #expect(throws: refusal) { try workflow.apply(request, to: assigned) }
        }
    }

    @Test func aFieldTheTransitionDoesNotTakeIsRefused() throws {
        let assigned = try Fixture.problem(in: "assigned").status
        let at = Fixture.at(hours: 10)
        let expectations: [(TransitionRequest, Refusal)] = [
            (TransitionRequest(action: "answer", due: Fixture.due, text: "x", at: at), .fieldNotAccepted(transition: "answer", field: "due")),
            (TransitionRequest(action: "resolve", unit: Fixture.office, text: "x", at: at), .fieldNotAccepted(transition: "resolve", field: "unit")),
            (TransitionRequest(action: "assign", unit: Fixture.office, target: Fixture.office, at: at), .fieldNotAccepted(transition: "assign", field: "to")),
            (TransitionRequest(action: "comment", due: Fixture.due, text: "x", at: at), .fieldNotAccepted(transition: "comment", field: "due")),
        ]
        for (request, refusal) in expectations {
            #expect(throws: refusal) { try workflow.apply(request, to: assigned) }
        }
    }

    @Test func anUnknownActionIsRefusedListingTheActionsThereAre() throws {
        let known = ["assign", "answer", "escalate", "resolve", "reopen", "close", "comment"]
        let raised = Fixture.Problem().status
        for action in ["approve", "file", "Assign"] {
            #expect(throws: Refusal.unknownTransition(action, known: known)) {
                try workflow.apply(TransitionRequest(action: action, text: "x", at: Fixture.at(hours: 1)), to: raised)
            }
        }
    }

    @Test func aStateTheWorkflowDoesNotDefineIsRefused() {
        var status = Fixture.Problem().status
        status.state = "pending"
        for action in ["close", "comment"] {
            #expect(throws: Refusal.unknownState("pending")) {
                try workflow.apply(TransitionRequest(action: action, text: "x", at: Fixture.at(hours: 1)), to: status)
            }
        }
    }

    @Test func theStateIsCheckedBeforeTheFields() throws {
        let resolved = try Fixture.problem(in: "resolved").status
        #expect(throws: Refusal.notAllowed(transition: "resolve", state: "resolved", allowed: ["reopen"])) {
            try workflow.apply(TransitionRequest(action: "resolve", at: Fixture.at(hours: 10)), to: resolved)
        }
    }
}
