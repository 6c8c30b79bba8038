import DocketCore
import Testing
@testable import DocketWorkflow

@Suite struct ADeadlineIsTheLastDueAnAssignmentGave {
    let workflow = Workflow.standard

    @Test func theDeadlineStaysThroughEscalationAndReopeningUntilAnotherAssignGivesOne() throws {
        var problem = try Fixture.problem(in: "assigned")
        #expect(problem.status.due == Fixture.due)
        let steps: [(String, UnitRef?, UnitRef?, CivilDate?, String?)] = [
            ("escalate", nil, Fixture.office, nil, "Vượt thẩm quyền"),
            ("answer", nil, nil, nil, "Trả lời"),
            ("resolve", nil, nil, nil, "Xong"),
            ("reopen", nil, nil, nil, "Chưa xong"),
            ("comment", nil, nil, nil, "Theo dõi"),
            ("assign", Fixture.institute, nil, nil, "Giao Viện, giữ hạn"),
        ]
        for step in steps {
            problem = try problem.after([step])
            #expect(problem.status.due == Fixture.due, "after \(step.0)")
            #expect(problem.events.last?.due == Fixture.due, "after \(step.0)")
        }
        let later = Fixture.date(2025, 10, 1)
        problem = try problem.after([("assign", Fixture.department, nil, later, nil)])
        #expect(problem.status.due == later)
    }

    @Test func aDeadlineBeforeTheDayOfRaisingIsRefused() {
        let raised = Fixture.Problem().status
        let dayBefore = Fixture.raisedOn.adding(days: -1)
        #expect(throws: Refusal.dueBeforeRaised(due: dayBefore, raisedOn: Fixture.raisedOn)) {
            try workflow.apply(
                TransitionRequest(action: "assign", unit: Fixture.department, due: dayBefore, at: Fixture.at(hours: 1)),
                to: raised
            )
        }
    }

    @Test func aDeadlineOnTheDayOfRaisingIsAccepted() throws {
        let (status, _) = try workflow.apply(
            TransitionRequest(action: "assign", unit: Fixture.department, due: Fixture.raisedOn, at: Fixture.at(hours: 1)),
            to: Fixture.Problem().status
        )
        #expect(status.due == Fixture.raisedOn)
    }

    @Test func aProblemIsOverdueFromTheDayAfterItsDueDayNotOnIt() throws {
        let assigned = try Fixture.problem(in: "assigned").status
        #expect(!workflow.isOverdue(assigned, on: Fixture.date(2025, 9, 4)))
        #expect(!workflow.isOverdue(assigned, on: Fixture.date(2025, 9, 5)))
        #expect(workflow.isOverdue(assigned, on: Fixture.date(2025, 9, 6)))
    }

    @Test func onlyAssignedAndEscalatedProblemsAreOverdue() throws {
        let dayAfter = Fixture.due.adding(days: 1)
        let overdue = try ["raised", "assigned", "answered", "escalated", "resolved", "closed"].filter {
            workflow.isOverdue(try Fixture.problem(in: $0).status, on: dayAfter)
        }
        #expect(overdue == ["assigned", "escalated"])
    }

    @Test func aProblemWithoutADeadlineIsNeverOverdue() throws {
        let problem = try Fixture.Problem().after([("assign", Fixture.department, nil, nil, nil)])
        #expect(!workflow.isOverdue(problem.status, on: Fixture.date(2099, 1, 1)))
    }
}

@Suite struct ReopeningSendsAProblemBackToItsOwnerOrToTheStart {
    let workflow = Workflow.standard

    @Test func aProblemWithAnOwnerGoesBackToAssigned() throws {
        let escalatedThenResolved = try Fixture.problem(in: "escalated").after([("resolve", nil, nil, nil, "Xong")])
        #expect(escalatedThenResolved.status.escalatedTo == Fixture.office)
        let at = Fixture.at(hours: 48)
        let (status, event) = try workflow.apply(
            TransitionRequest(action: "reopen", text: "Địa phương báo chưa xong", at: at),
            to: escalatedThenResolved.status
        )
        #expect(status == ProblemStatus(
            state: "assigned", owner: Fixture.department, escalatedTo: nil, due: Fixture.due,
            raisedAt: Fixture.raisedAt, raisedOn: Fixture.raisedOn, resolvedAt: nil, resolution: nil, lastEventAt: at
        ))
        #expect(event == EventRecord(
            action: "reopen", from: "resolved", to: "assigned", at: at,
            owner: Fixture.department, escalatedTo: nil, due: Fixture.due, note: "Địa phương báo chưa xong"
        ))
    }

    @Test func aProblemThatNeverHadAnOwnerGoesBackToRaised() throws {
        let resolved = try Fixture.Problem().after([
            ("escalate", nil, Fixture.office, nil, "Gửi thẳng Văn phòng"),
            ("resolve", nil, nil, nil, "Văn phòng đã giải quyết"),
        ])
        #expect(resolved.status.owner == nil)
        let at = Fixture.at(hours: 48)
        let (status, event) = try workflow.apply(TransitionRequest(action: "reopen", text: "Chưa xong", at: at), to: resolved.status)
        #expect(status == ProblemStatus(
            state: "raised", raisedAt: Fixture.raisedAt, raisedOn: Fixture.raisedOn, lastEventAt: at
        ))
        #expect(event.to == "raised")
    }

    @Test func aConditionalDestinationReadsTheOwnerAfterTheEffects() throws {
        // A workflow whose "take" sets the owner and leads by owner must see the new owner.
        var workflow = Workflow.standard
        workflow.transitions[0].to = .byOwner(withOwner: "assigned", withoutOwner: "raised")
        let (status, _) = try workflow.apply(
            TransitionRequest(action: "assign", unit: Fixture.department, at: Fixture.at(hours: 1)),
            to: Fixture.Problem(workflow).status
        )
        #expect(status.state == "assigned")
    }
}

@Suite struct TheSweepEscalatesOverdueAssignmentsOnce {
    let workflow = Workflow.standard
    let dayAfter = Fixture.due.adding(days: 1)
    let sweepTime = Instant(secondsSinceEpoch: 1_757_138_400)  // 2025-09-06T06:00:00Z

    @Test func anAssignedProblemPastItsDeadlineGoesToItsOwnersParent() throws {
        let assigned = try Fixture.problem(in: "assigned").status
        let request = try #require(workflow.sweep(assigned, on: dayAfter, at: sweepTime, parentOf: Fixture.parent))
        #expect(request == TransitionRequest(
            action: "escalate",
            target: Fixture.office,
            text: "The deadline 2025-09-05 passed while VLXD held it: escalated to VP by the sweep.",
            at: sweepTime
        ))
        let (swept, event) = try workflow.apply(request, to: assigned)
        #expect(swept.state == "escalated")
        #expect(swept.owner == Fixture.department)
        #expect(swept.escalatedTo == Fixture.office)
        #expect(swept.due == Fixture.due)
        #expect(event.from == "assigned")
        #expect(workflow.sweep(swept, on: dayAfter, at: sweepTime, parentOf: Fixture.parent) == nil)
        #expect(workflow.sweep(swept, on: dayAfter.adding(days: 30), at: sweepTime.adding(seconds: 86_400), parentOf: Fixture.parent) == nil)
    }

    @Test func theSweepLeavesAProblemAloneOnItsDueDay() throws {
        let assigned = try Fixture.problem(in: "assigned").status
        #expect(workflow.sweep(assigned, on: Fixture.due, at: sweepTime, parentOf: Fixture.parent) == nil)
    }

    @Test func theSweepLeavesAProblemWithoutADeadlineAlone() throws {
        let assigned = try Fixture.Problem().after([("assign", Fixture.department, nil, nil, nil)]).status
        #expect(workflow.sweep(assigned, on: dayAfter, at: sweepTime, parentOf: Fixture.parent) == nil)
    }

    @Test func theSweepLeavesAProblemWhoseOwnerHasNoParentAlone() throws {
        let assigned = try Fixture.Problem().after([("assign", Fixture.institute, nil, Fixture.due, nil)]).status
        #expect(workflow.isOverdue(assigned, on: dayAfter))
        #expect(workflow.sweep(assigned, on: dayAfter, at: sweepTime, parentOf: Fixture.parent) == nil)
    }

    @Test func theSweepWorksOnlyInItsStates() throws {
        // Escalated problems are overdue but already sent up; the others are not overdue.
        for state in ["raised", "answered", "escalated", "resolved", "closed"] {
            let status = try Fixture.problem(in: state).status
            #expect(workflow.sweep(status, on: dayAfter, at: sweepTime, parentOf: Fixture.parent) == nil, "in \(state)")
        }
    }

    @Test func theSweepWritesNothingBeforeAProblemsLatestEvent() throws {
        let assigned = try Fixture.problem(in: "assigned").after([("comment", nil, nil, nil, "Nhắc hạn")]).status
        let before = assigned.lastEventAt.adding(seconds: -1)
        #expect(workflow.sweep(assigned, on: dayAfter, at: before, parentOf: Fixture.parent) == nil)
    }

    @Test func aWorkflowWithoutASweepNeverSweeps() throws {
        var workflow = Workflow.standard
        workflow.deadlines.sweep = nil
        let assigned = try Fixture.problem(in: "assigned").status
        #expect(workflow.sweep(assigned, on: dayAfter, at: sweepTime, parentOf: Fixture.parent) == nil)
    }
}
