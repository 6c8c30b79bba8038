import DocketWorkflow
import Testing
@testable import DocketCLI

/// What is wrong with a stored workflow or history reads as one English sentence.
@Suite struct WorkflowErrorsReadAsOneSentence {
    @Test func replayErrorsReadAsOneSentence() {
        #expect(EnglishMessages().sentence(for: WorkflowError.eventDisagrees(index: 3, action: "resolve", field: "to", recorded: "answered", expected: "resolved"))
            == "Event 3 of the problem's history (resolve) records to answered where the workflow gives resolved: check that the workflow in force is the one its history was made under.")
        #expect(EnglishMessages().sentence(for: WorkflowError.eventRefused(
            index: 1, action: "answer",
            refusal: .notAllowed(transition: "answer", state: "raised", allowed: ["assign", "escalate", "close"])
        ))
            == "Event 1 of the problem's history (answer) is one the workflow refuses, because the problem is raised: answer is not allowed; from raised you may assign, escalate or close. Check that the workflow in force is the one its history was made under.")
        #expect(EnglishMessages().sentence(for: WorkflowError.emptyHistory)
            == "The problem has no events, not even its filing: the register is damaged, so restore it from a backup.")
    }

    @Test func anUnreadableDefinitionReadsAsOneSentence() {
        #expect(EnglishMessages().sentence(for: WorkflowError.unreadableDefinition(reason: "it is not JSON"))
            == "The workflow definition cannot be read (it is not JSON): it must be the JSON of a workflow, as docket writes it.")
    }
}
