import Testing
@testable import DocketWorkflow

@Suite struct AGroupsStandingComesFromItsProblems {
    let workflow = Workflow.standard

    @Test func aGroupWithNoProblemsIsEmpty() {
        #expect(workflow.standing(ofGroupWith: [:]) == GroupStanding(state: .empty, total: 0, resolved: 0))
    }

    @Test func aGroupWithOneMemberStillOpenIsOpen() {
        #expect(workflow.standing(ofGroupWith: ["resolved": 3, "assigned": 1])
            == GroupStanding(state: .open, total: 4, resolved: 3))
        #expect(workflow.standing(ofGroupWith: ["resolved": 1, "answered": 1])
            == GroupStanding(state: .open, total: 2, resolved: 1))
    }

    @Test func closedMembersDoNotHoldAGroupOpen() {
        #expect(workflow.standing(ofGroupWith: ["resolved": 2, "closed": 1])
            == GroupStanding(state: .resolved, total: 3, resolved: 2))
        #expect(workflow.standing(ofGroupWith: ["closed": 2])
            == GroupStanding(state: .closed, total: 2, resolved: 0))
    }
}
