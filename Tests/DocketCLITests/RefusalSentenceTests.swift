import DocketCore
import DocketWorkflow
import Testing
@testable import DocketCLI

private enum Fixture {
    static let raisedOn = CivilDate(year: 2025, month: 8, day: 26)!
    static let department = UnitRef(id: 2, code: "VLXD")
    static let office = UnitRef(id: 1, code: "VP")
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }
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
                .missingField(transition: "escalate", field: "reason"),
                "Problem #12 was not changed: escalate needs --reason; give it and try again.",
                "The problem was not changed: escalate needs --reason; give it and try again."
            ),
            (
                .fieldNotAccepted(transition: "answer", field: "due"),
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
            #expect(EnglishMessages().sentence(for: refusal, problem: 12) == message)
            #expect(EnglishMessages().sentence(for: refusal, problem: nil) == description)
        }
    }

    @Test func instantsBeforeNineteenSeventyArePrintedOnTheRightDay() {
        #expect(Instant(secondsSinceEpoch: -1).utcText == "1969-12-31T23:59:59Z")
        #expect(Instant(secondsSinceEpoch: -86_400).utcText == "1969-12-31T00:00:00Z")
        #expect(Instant(secondsSinceEpoch: 0).utcText == "1970-01-01T00:00:00Z")
    }
}
