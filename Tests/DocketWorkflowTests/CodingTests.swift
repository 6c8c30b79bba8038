import Testing
@testable import DocketWorkflow

@Suite struct AWorkflowSurvivesTheRegisterAsJSON {
    @Test func theStandardWorkflowRoundTrips() throws {
        let json = Workflow.standard.encodedJSON()
        let decoded = try Workflow.decode(json: json)
        #expect(decoded == Workflow.standard)
        #expect(decoded.encodedJSON() == json)
    }

    @Test func theJSONHasSortedKeysAndReadableDestinations() {
        let json = Workflow.standard.encodedJSON()
        #expect(json.hasPrefix(#"{"deadlines":{"overdue_in":["assigned","escalated"],"sweep":{"from":["assigned"],"reason":"#))
        #expect(json.contains(#"{"class":"open","name":"raised"}"#))
        #expect(json.contains(#""to":{"with_owner":"assigned","without_owner":"raised"}"#))
        #expect(json.contains(#""effects":{"deadline":"set_from_due","escalation":"clear","owner":"set_from_unit","resolution":"keep"}"#))
        #expect(json.contains(#"{"field":"text","label":"note","required":false}"#))
        #expect(json.hasSuffix(#""version":2}"#))
    }

    @Test func everyKindOfValueRoundTrips() throws {
        var workflow = Workflow.standard
        workflow.deadlines.sweep = nil
        workflow.transitions[0].to = .byOwner(withOwner: "assigned", withoutOwner: "assigned")
        workflow.transitions[0].fields.append(FieldUse(field: "deadline", isRequired: true, label: "Hạn"))
        workflow.name = "Quy trình / \"chuẩn\""
        #expect(try Workflow.decode(json: workflow.encodedJSON()) == workflow)
    }

    @Test func whatIsNotAWorkflowIsRefusedSayingWhere() {
        let expectations: [(String, String)] = [
            ("not json", "it is not JSON"),
            ("[]", "the top level has the wrong kind of value"),
            (#"{"name":"x"}"#, "'version' is missing at the top level"),
            (
                #"{"name":"x","version":1,"initial":"a","states":[{"name":"a","class":"pending"}],"transitions":[],"deadlines":{"overdue_in":[]}}"#,
                "states[0].class has a value that is not allowed"
            ),
            (
                #"{"name":"x","version":"1","initial":"a","states":[],"transitions":[],"deadlines":{"overdue_in":[]}}"#,
                "version has the wrong kind of value"
            ),
            (
                #"{"name":"x","version":1,"initial":"a","states":[],"transitions":[{"name":"t","from":[],"to":{"with_owner":"a"},"fields":[],"effects":{"owner":"keep","escalation":"keep","deadline":"keep","resolution":"keep"}}],"deadlines":{"overdue_in":[]}}"#,
                "'without_owner' is missing at transitions[0].to"
            ),
        ]
        for (json, reason) in expectations {
            #expect(throws: WorkflowError.unreadableDefinition(reason: reason)) { try Workflow.decode(json: json) }
        }
    }
}
