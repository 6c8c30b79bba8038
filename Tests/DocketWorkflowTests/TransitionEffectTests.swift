import DocketCore
import Testing
@testable import DocketWorkflow

@Suite struct TransitionsChangeOnlyWhatTheirEffectsSay {
    let workflow = Workflow.standard

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
            (TransitionRequest(action: "assign", text: "x", at: at), .missingField(transition: "assign", option: "--unit")),
            (TransitionRequest(action: "answer", at: at), .missingField(transition: "answer", option: "--response")),
            (TransitionRequest(action: "escalate", text: "x", at: at), .missingField(transition: "escalate", option: "--to")),
            (TransitionRequest(action: "escalate", target: Fixture.office, at: at), .missingField(transition: "escalate", option: "--reason")),
            (TransitionRequest(action: "resolve", text: " \n\t", at: at), .missingField(transition: "resolve", option: "--resolution")),
            (TransitionRequest(action: "close", text: "", at: at), .missingField(transition: "close", option: "--reason")),
            (TransitionRequest(action: "comment", at: at), .missingField(transition: "comment", option: "--text")),
        ]
        for (request, refusal) in expectations {
            #expect(throws: refusal) { try workflow.apply(request, to: assigned) }
        }
    }

    @Test func aFieldTheTransitionDoesNotTakeIsRefused() throws {
        let assigned = try Fixture.problem(in: "assigned").status
        let at = Fixture.at(hours: 10)
        let expectations: [(TransitionRequest, Refusal)] = [
            (TransitionRequest(action: "answer", due: Fixture.due, text: "x", at: at), .fieldNotAccepted(transition: "answer", option: "--due")),
            (TransitionRequest(action: "resolve", unit: Fixture.office, text: "x", at: at), .fieldNotAccepted(transition: "resolve", option: "--unit")),
            (TransitionRequest(action: "assign", unit: Fixture.office, target: Fixture.office, at: at), .fieldNotAccepted(transition: "assign", option: "--to")),
            (TransitionRequest(action: "comment", due: Fixture.due, text: "x", at: at), .fieldNotAccepted(transition: "comment", option: "--due")),
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

@Suite struct RefusalsSayWhatWasWrongAndWhatToDo {
    @Test func eachRefusalReadsAsOneSentence() {
        let at = Instant(secondsSinceEpoch: 1_756_173_600)
        let latest = Instant(secondsSinceEpoch: 1_756_260_000)
        let expectations: [(Refusal, String, String)] = [
            (
                .notAllowed(transition: "resolve", state: "resolved", allowed: ["reopen"]),
                "Problem #12 is resolved: resolve is not allowed; from resolved you may reopen.",
                "The problem is resolved: resolve is not allowed; from resolved you may reopen."
            ),
            (
                .notAllowed(transition: "answer", state: "raised", allowed: ["assign", "escalate", "close"]),
                "Problem #12 is raised: answer is not allowed; from raised you may assign, escalate or close.",
                "The problem is raised: answer is not allowed; from raised you may assign, escalate or close."
            ),
            (
                .notAllowed(transition: "reopen", state: "closed", allowed: []),
                "Problem #12 is closed: reopen is not allowed; from closed only a comment may be added.",
                "The problem is closed: reopen is not allowed; from closed only a comment may be added."
            ),
            (
                .unknownTransition("approve", known: ["assign", "close", "comment"]),
                "Problem #12 was not changed: 'approve' is not an action of this workflow; use assign, close or comment.",
                "The problem was not changed: 'approve' is not an action of this workflow; use assign, close or comment."
            ),
            (
                .unknownState("pending"),
                "Problem #12 is in the state 'pending', which this workflow does not define: check that the workflow in force is the one its history was made under.",
                "The problem is in the state 'pending', which this workflow does not define: check that the workflow in force is the one its history was made under."
            ),
            (
                .missingField(transition: "escalate", option: "--reason"),
                "Problem #12 was not changed: escalate needs --reason; give it and try again.",
                "The problem was not changed: escalate needs --reason; give it and try again."
            ),
            (
                .fieldNotAccepted(transition: "answer", option: "--due"),
                "Problem #12 was not changed: answer does not take --due; leave it out and try again.",
                "The problem was not changed: answer does not take --due; leave it out and try again."
            ),
            (
                .beforeLatestEvent(at: at, latest: latest),
                "Problem #12 was not changed: 2025-08-26T02:00:00Z is earlier than its latest event, at 2025-08-27T02:00:00Z; give a time no earlier than that, so that its history runs forward.",
                "The problem was not changed: 2025-08-26T02:00:00Z is earlier than its latest event, at 2025-08-27T02:00:00Z; give a time no earlier than that, so that its history runs forward."
            ),
            (
                .dueBeforeRaised(due: Fixture.date(2025, 8, 25), raisedOn: Fixture.raisedOn),
                "Problem #12 was not changed: the deadline 2025-08-25 is before the day it was raised, 2025-08-26; give a deadline on or after 2025-08-26.",
                "The problem was not changed: the deadline 2025-08-25 is before the day it was raised, 2025-08-26; give a deadline on or after 2025-08-26."
            ),
            (
                .targetIsOwner(transition: "escalate", unit: Fixture.department),
                "Problem #12 is owned by VLXD: escalate it to a unit other than its owner.",
                "The problem is owned by VLXD: escalate it to a unit other than its owner."
            ),
            (
                .alreadyEscalated(transition: "escalate", unit: Fixture.office),
                "Problem #12 has already been sent to VP: escalate it to another unit, or leave it where it is.",
                "The problem has already been sent to VP: escalate it to another unit, or leave it where it is."
            ),
        ]
        for (refusal, message, description) in expectations {
            #expect(refusal.message(problem: 12) == message)
            #expect(refusal.description == description)
        }
    }

    @Test func instantsBeforeNineteenSeventyArePrintedOnTheRightDay() {
        #expect(Instant(secondsSinceEpoch: -1).utcText == "1969-12-31T23:59:59Z")
        #expect(Instant(secondsSinceEpoch: -86_400).utcText == "1969-12-31T00:00:00Z")
        #expect(Instant(secondsSinceEpoch: 0).utcText == "1970-01-01T00:00:00Z")
    }
}
