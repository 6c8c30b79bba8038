import Testing
@testable import DocketWorkflow

/// The standard workflow changed by `change`.
private func standard(_ change: (inout Workflow) -> Void) -> Workflow {
    var workflow = Workflow.standard
    change(&workflow)
    return workflow
}

private func index(of transition: String, in workflow: Workflow) -> Int {
    workflow.transitions.firstIndex { $0.name == transition } ?? -1
}

@Suite struct CheckingAWorkflowFindsWhatMakesItUnsound {
    @Test func theStandardWorkflowIsSound() {
        #expect(Workflow.standard.check() == [])
    }

    @Test func aStateNothingLeadsToIsUnreachable() {
        let workflow = standard { $0.states.append(StateDefinition("archived", .closed)) }
        #expect(workflow.check() == [.unreachableState("archived")])
    }

    @Test func anOpenStateWithNoWayOutIsADeadEnd() {
        let workflow = standard {
            $0.states.append(StateDefinition("parked", .open))
            $0.transitions.append(Transition(name: "park", from: ["assigned"], to: .state("parked"), fields: []))
        }
        #expect(workflow.check() == [.deadEnd("parked")])
    }

    @Test func aResolvedStateWithNoWayOutIsADeadEnd() {
        let workflow = standard { $0.transitions.removeAll { $0.name == "reopen" } }
        #expect(workflow.check() == [.deadEnd("resolved")])
    }

    @Test func aStateFromWhichNothingEndsCannotFinish() {
        let workflow = standard {
            $0.states.append(StateDefinition("waiting", .open))
            $0.transitions.append(Transition(name: "wait", from: ["assigned"], to: .state("waiting"), fields: []))
            $0.transitions.append(Transition(name: "nudge", from: ["waiting"], to: .state("waiting"), fields: []))
        }
        #expect(workflow.check() == [.cannotFinish("waiting")])
    }

    @Test func unknownStateNamesAreReported() {
        let workflow = standard {
            $0.transitions[index(of: "assign", in: $0)].from.append("rasied")
            $0.transitions[index(of: "close", in: $0)].to = .state("done")
        }
        #expect(workflow.check() == [
            .unknownFromState(transition: "assign", state: "rasied"),
            .unknownToState(transition: "close", state: "done"),
            .unreachableState("closed"),
        ])
        let conditional = standard {
            $0.transitions[index(of: "reopen", in: $0)].to = .byOwner(withOwner: "assigned", withoutOwner: "new")
        }
        #expect(conditional.check() == [.unknownToState(transition: "reopen", state: "new")])
    }

    @Test func anUnknownInitialStateIsReported() {
        let workflow = standard { $0.initial = "new" }
        #expect(workflow.check() == [.unknownInitialState("new")])
    }

    @Test func duplicateNamesAreReported() {
        let workflow = standard {
            $0.states.append(StateDefinition("answered", .answered))
            $0.transitions.append($0.transitions[index(of: "close", in: $0)])
        }
        #expect(workflow.check() == [.duplicateState("answered"), .duplicateTransition("close")])
    }

    @Test func namesPeopleCannotTypeAndBuiltInNamesAreReported() {
        let workflow = standard {
            $0.states.append(StateDefinition("Lưu trữ", .closed))
            $0.transitions.append(Transition(name: "comment", from: ["closed"], to: .state("Lưu trữ"), fields: []))
            $0.transitions.append(Transition(name: "file", from: ["closed"], to: .state("closed"), fields: []))
        }
        #expect(workflow.check() == [
            .invalidName(kind: "state", name: "Lưu trữ"),
            .reservedTransitionName("comment"),
            .reservedTransitionName("file"),
        ])
        let spaced = standard { $0.transitions[0].name = "assign now" }
        #expect(spaced.check() == [.invalidName(kind: "transition", name: "assign now")])
    }

    @Test func aTransitionFromNowhereIsReported() {
        let workflow = standard { $0.transitions[index(of: "answer", in: $0)].from = [] }
        // It was the only way into answered, which is unreachable now too.
        #expect(workflow.check() == [.transitionFromNowhere("answer"), .unreachableState("answered")])
    }

    @Test func unknownRepeatedAndMislabelledFieldsAreReported() {
        let workflow = standard {
            $0.transitions[index(of: "assign", in: $0)].fields.append(FieldUse(field: "deadline", isRequired: false, label: "deadline"))
            $0.transitions[index(of: "escalate", in: $0)].fields.append(.accepts(.text, label: "Lý do"))
        }
        #expect(workflow.check() == [
            .unknownField(transition: "assign", field: "deadline"),
            .duplicateField(transition: "escalate", field: "text"),
            .invalidLabel(transition: "escalate", field: "text", label: "Lý do"),
        ])
    }

    @Test func anEffectWithoutTheFieldItReadsIsReported() {
        let workflow = standard {
            $0.transitions[index(of: "assign", in: $0)].fields = [.accepts(.unit, label: "unit"), .accepts(.text, label: "note")]
            $0.transitions[index(of: "escalate", in: $0)].fields = [.accepts(.target, label: "to"), .requires(.text, label: "reason")]
            $0.transitions[index(of: "resolve", in: $0)].fields = [.accepts(.text, label: "resolution")]
        }
        #expect(workflow.check() == [
            .effectNeedsField(transition: "assign", field: .unit),
            .effectNeedsField(transition: "assign", field: .due),
            .effectNeedsField(transition: "escalate", field: .target),
            .effectNeedsField(transition: "resolve", field: .text),
        ])
    }

    @Test func deadlineRulesNamingUnknownStatesAreReported() {
        let workflow = standard {
            $0.deadlines.overdueIn.append("late")
            $0.deadlines.sweep?.from += ["resolved", "limbo"]
        }
        #expect(workflow.check() == [
            .unknownOverdueState("late"),
            .unknownSweepState("limbo"),
            .sweepNotAllowed(transition: "escalate", state: "resolved"),
        ])
        let unknown = standard { $0.deadlines.sweep?.transition = "bump" }
        #expect(unknown.check() == [.unknownSweepTransition("bump")])
    }

    @Test func aSweepTransitionThatCannotTakeWhatTheSweepGivesOrSweepsAgainIsReported() {
        let byAssign = standard { $0.deadlines.sweep?.transition = "assign" }
        #expect(byAssign.check() == [
            .sweepFieldRefused(transition: "assign", field: .target),
            .sweepFieldMissing(transition: "assign", field: .unit),
            .sweepRepeats(transition: "assign", state: "assigned"),
        ])
        let fromEscalated = standard { $0.deadlines.sweep?.from.append("escalated") }
        #expect(fromEscalated.check() == [.sweepRepeats(transition: "escalate", state: "escalated")])
    }

    @Test func aWorkflowWithNoStatesIsReported() {
        let empty = Workflow(name: "empty", version: 1, states: [], initial: "raised", transitions: [], deadlines: DeadlineRules(overdueIn: [], sweep: nil))
        #expect(empty.check() == [.noStates])
    }
}

@Suite struct EachWorkflowIssueReadsAsOneSentence {
    @Test func everyIssueSaysWhatIsWrongAndWhatToDo() {
        let expectations: [(WorkflowIssue, String)] = [
            (.noStates, "The workflow defines no states: define at least its initial state."),
            (.invalidName(kind: "state", name: "Lưu trữ"), "'Lưu trữ' is not a usable state name: use lower-case letters, digits and underscores, starting with a letter."),
            (.duplicateState("answered"), "The state 'answered' is defined more than once: give each state its own name."),
            (.duplicateTransition("close"), "The transition 'close' is defined more than once: give each transition its own name."),
            (.reservedTransitionName("comment"), "'comment' is a built-in action and cannot name a transition: choose another name."),
            (.unknownInitialState("new"), "The initial state 'new' is not one of the workflow's states: define it or start from one that is."),
            (.transitionFromNowhere("answer"), "The transition 'answer' may be taken from no state: list the states it starts from."),
            (.unknownFromState(transition: "assign", state: "rasied"), "The transition 'assign' starts from 'rasied', which is not a state: define it or take it out of the list."),
            (.unknownToState(transition: "close", state: "done"), "The transition 'close' leads to 'done', which is not a state: define it or lead somewhere that is."),
            (.unreachableState("archived"), "The state 'archived' cannot be reached from the initial state: add a transition into it or remove it."),
            (.deadEnd("resolved"), "The state 'resolved' has no transition out and is not of the closed class: add a way out or make it closed."),
            (.cannotFinish("waiting"), "No resolved or closed state can be reached from 'waiting': add a transition toward one."),
            (.unknownField(transition: "assign", field: "deadline"), "The transition 'assign' names the field 'deadline', which requests do not have: use unit, target, due or text."),
            (.duplicateField(transition: "escalate", field: "text"), "The transition 'escalate' lists the field 'text' more than once: list it once."),
            (.invalidLabel(transition: "escalate", field: "text", label: "Lý do"), "The transition 'escalate' labels its field 'text' 'Lý do', which cannot be typed as an option: use lower-case letters, digits and hyphens, starting with a letter."),
            (.effectNeedsField(transition: "assign", field: .unit), "The transition 'assign' sets the owner from its unit but does not require one: make unit required."),
            (.effectNeedsField(transition: "escalate", field: .target), "The transition 'escalate' escalates to its target but does not require one: make target required."),
            (.effectNeedsField(transition: "assign", field: .due), "The transition 'assign' sets the deadline from its due date but does not accept one: accept due."),
            (.effectNeedsField(transition: "resolve", field: .text), "The transition 'resolve' records its text as the resolution but does not require one: make text required."),
            (.unknownOverdueState("late"), "The deadline rules count problems in 'late' as overdue, but it is not a state: name a state that is."),
            (.unknownSweepState("limbo"), "The sweep works in 'limbo', which is not a state: name a state that is."),
            (.unknownSweepTransition("bump"), "The sweep takes the transition 'bump', which is not defined: name one that is."),
            (.sweepNotAllowed(transition: "escalate", state: "resolved"), "The sweep takes 'escalate' from 'resolved', where it is not allowed: allow it there or stop sweeping that state."),
            (.sweepFieldRefused(transition: "assign", field: .target), "The sweep gives 'assign' a target, which it does not take: let it accept target."),
            (.sweepFieldMissing(transition: "assign", field: .unit), "The sweep takes 'assign', which requires a unit the sweep cannot give: make unit optional or sweep with another transition."),
            (.sweepRepeats(transition: "assign", state: "assigned"), "The sweep's transition 'assign' leads back to 'assigned', where the sweep works, so a second sweep would act again: lead it to a state the sweep does not work in."),
        ]
        for (issue, sentence) in expectations {
            #expect(issue.description == sentence)
        }
    }
}
