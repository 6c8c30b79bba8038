import DocketTesting
import Foundation
import Testing
@testable import DocketWorkflow

@Suite struct TheStandardWorkflowIsDrawnAndDescribedExactly {
    @Test func mermaidDrawsEveryArrowOnceAndEndsAtResolvedAndClosed() {
        #expect(Workflow.standard.mermaid() == """
            stateDiagram-v2
                [*] --> raised
                raised --> assigned : assign
                raised --> escalated : escalate
                raised --> closed : close
                assigned --> assigned : assign
                assigned --> answered : answer
                assigned --> escalated : escalate
                assigned --> resolved : resolve
                assigned --> closed : close
                answered --> assigned : assign
                answered --> escalated : escalate
                answered --> resolved : resolve
                answered --> closed : close
                escalated --> assigned : assign
                escalated --> answered : answer
                escalated --> escalated : escalate
                escalated --> resolved : resolve
                escalated --> closed : close
                resolved --> assigned : reopen (has owner)
                resolved --> raised : reopen (no owner)
                closed --> assigned : reopen (has owner)
                closed --> raised : reopen (no owner)
                resolved --> [*]
                closed --> [*]

            """)
    }

    @Test func dotQuotesEveryIdAndDoublesTheEndStates() {
        #expect(Workflow.standard.dot() == #"""
            digraph "standard" {
                rankdir=LR;
                node [shape=box, style=rounded];
                "[start]" [shape=point];
                "raised" [label="raised\n(open)"];
                "assigned" [label="assigned\n(open)"];
                "answered" [label="answered\n(answered)"];
                "escalated" [label="escalated\n(open)"];
                "resolved" [label="resolved\n(resolved)", peripheries=2];
                "closed" [label="closed\n(closed)", peripheries=2];
                "[start]" -> "raised";
                "raised" -> "assigned" [label="assign"];
                "raised" -> "escalated" [label="escalate"];
                "raised" -> "closed" [label="close"];
                "assigned" -> "assigned" [label="assign"];
                "assigned" -> "answered" [label="answer"];
                "assigned" -> "escalated" [label="escalate"];
                "assigned" -> "resolved" [label="resolve"];
                "assigned" -> "closed" [label="close"];
                "answered" -> "assigned" [label="assign"];
                "answered" -> "escalated" [label="escalate"];
                "answered" -> "resolved" [label="resolve"];
                "answered" -> "closed" [label="close"];
                "escalated" -> "assigned" [label="assign"];
                "escalated" -> "answered" [label="answer"];
                "escalated" -> "escalated" [label="escalate"];
                "escalated" -> "resolved" [label="resolve"];
                "escalated" -> "closed" [label="close"];
                "resolved" -> "assigned" [label="reopen (has owner)"];
                "resolved" -> "raised" [label="reopen (no owner)"];
                "closed" -> "assigned" [label="reopen (has owner)"];
                "closed" -> "raised" [label="reopen (no owner)"];
            }

            """#)
    }

    @Test func theSummaryListsStatesTransitionsAndDeadlines() {
        #expect(Workflow.standard.summary() == """
            Workflow standard, version 2.

            States:
              raised     open  (initial)
              assigned   open
              answered   answered
              escalated  open
              resolved   resolved
              closed     closed

            Transitions:
              assign    from raised, assigned, answered or escalated to assigned
                        docket assign ID --unit UNIT [--due DUE] [--note NOTE]
                        sets the owner from --unit, clears the escalation, sets the deadline when --due is given
              answer    from assigned or escalated to answered
                        docket answer ID --response RESPONSE
              escalate  from raised, assigned, answered or escalated to escalated
                        docket escalate ID --to TO --reason REASON
                        sets the escalation from --to
              resolve   from assigned, answered or escalated to resolved
                        docket resolve ID --resolution RESOLUTION
                        records --resolution as the resolution
              reopen    from resolved or closed to assigned when it has an owner, else raised
                        docket reopen ID --reason REASON
                        clears the escalation, clears the resolution
              close     from raised, assigned, answered or escalated to closed
                        docket close ID --reason REASON
              comment   in any state, changing nothing but the history (built in)
                        docket comment ID TEXT
              edit      in any state, correcting what was recorded; the state stays (built in)
                        docket edit ID [--title T] [--description TEXT] [--recommendation TEXT] [--category C] [--locality L] [--meeting ID|none] [--group ID|none]

            Deadlines:
              overdue in assigned or escalated once the due day has passed
              sweep: past the deadline in assigned, escalate to the owner's parent unit, saying
                "The deadline {due} passed while {owner} held it: escalated to {to} by the sweep."

            """)
    }

    @Test func renderingIsTheSameOnEveryRun() throws {
        let copy = try Workflow.decode(json: Workflow.standard.encodedJSON())
        #expect(copy.mermaid() == Workflow.standard.mermaid())
        #expect(copy.dot() == Workflow.standard.dot())
        #expect(copy.summary() == Workflow.standard.summary())
    }
}

@Suite struct DiagramsOfOtherWorkflows {
    @Test func twoTransitionsBetweenTheSameStatesShareOneArrow() {
        var workflow = Workflow.standard
        workflow.transitions.append(Transition(
            name: "withdraw", from: ["raised"], to: .state("closed"), fields: [.requires(.text, label: "reason")]
        ))
        #expect(workflow.mermaid().contains("    raised --> closed : close, withdraw\n"))
        #expect(workflow.dot().contains(#"    "raised" -> "closed" [label="close, withdraw"];"#))
    }

    @Test func dotEscapesQuotesAndBackslashesInNames() {
        var workflow = Workflow.standard
        workflow.name = #"Quy trình "chuẩn" \ 2025"#
        #expect(workflow.dot().hasPrefix(#"digraph "Quy trình \"chuẩn\" \\ 2025" {"#))
    }

    /// Graphviz comes from Debian's `graphviz` package, which `make test` installs when missing.
    @Test func graphvizAcceptsTheDot() throws {
        var workflow = Workflow.standard
        workflow.name = #"Quy trình "chuẩn" \ 2025"#
        let dot = try runProgram(URL(fileURLWithPath: "/usr/bin/dot"), ["-Tsvg"], stdin: workflow.dot())
        #expect(dot.status == 0, "\(dot.stderr)")
        let svg = dot.stdout
        #expect(svg.contains("<svg"))
        #expect(svg.contains("reopen (has owner)"))
    }
}
