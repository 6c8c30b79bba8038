import DocketTesting
import DocketWorkflow
import Foundation
import Testing

@Suite struct EveryTransitionThroughTheBinary {
    /// A register with one problem raised at Cần Thơ on 2025-08-26.
    private func raised() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng viễn thông", "--at", "2025-08-26")
        return docket
    }

    @Test func aProblemGoesThroughEveryStateOfTheDefaultWorkflow() throws {
        let docket = try raised()
        let assigned = try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-30", "--note", "Giao Cục",
                                     "--at", "2025-08-27", "--json").object()
        #expect(assigned["state"] as? String == "assigned")
        #expect((assigned["unit"] as? [String: Any])?["code"] as? String == "cuc-vt")
        #expect(assigned["due"] as? String == "2025-09-30")
        let answered = try docket.ok("answer", "#1", "--response", "Đã hướng dẫn", "--at", "2025-08-28")
        #expect(answered.stdout == "#1 is answered.\n")
        let escalated = try docket.ok("escalate", "1", "--to", "chinh phu", "--reason", "Vượt thẩm quyền",
                                      "--at", "2025-08-29", "--json").object()
        #expect(escalated["state"] as? String == "escalated")
        #expect((escalated["escalated_to"] as? [String: Any])?["code"] as? String == "chinh-phu")
        #expect((escalated["unit"] as? [String: Any])?["code"] as? String == "cuc-vt")
        try docket.ok("comment", "1", "Đang chờ ý kiến", "--at", "2025-09-01")
        let resolved = try docket.ok("resolve", "1", "--resolution", "Đã ban hành khung giá", "--at", "2025-09-05", "--json").object()
        #expect(resolved["state"] as? String == "resolved")
        #expect(resolved["resolved_at"] as? String == "2025-09-05T09:00:00+07:00")
        #expect(resolved["response"] as? String == "Đã hướng dẫn")
        #expect(resolved["resolution"] as? String == "Đã ban hành khung giá")
        #expect(resolved["close_reason"] is NSNull)
        let reopened = try docket.ok("reopen", "1", "--reason", "Chưa áp dụng được", "--at", "2025-09-10", "--json").object()
        #expect(reopened["state"] as? String == "assigned")
        #expect(reopened["resolved_at"] is NSNull)
        #expect(reopened["due"] as? String == "2025-09-30")
        #expect(reopened["response"] as? String == "Đã hướng dẫn")
        #expect(reopened["resolution"] is NSNull)
        #expect(reopened["close_reason"] is NSNull)
        let closed = try docket.ok("close", "1", "--reason", "Trùng với #2", "--at", "2025-09-11", "--json").object()
        #expect(closed["state"] as? String == "closed")
        #expect(closed["response"] as? String == "Đã hướng dẫn")
        #expect(closed["resolution"] is NSNull)
        #expect(closed["close_reason"] as? String == "Trùng với #2")

        let history = try docket.ok("history", "1", "--json").objects()
        #expect(history.map { $0["action"] as? String } == ["file", "assign", "answer", "escalate", "comment", "resolve", "reopen", "close"])
        #expect(history.map { $0["to"] as? String } == ["raised", "assigned", "answered", "escalated", "escalated", "resolved", "assigned", "closed"])
        #expect(history.map { $0["from"] as? String } == [nil, "raised", "assigned", "answered", "escalated", "escalated", "resolved", "assigned"])
        #expect(history.map { $0["note"] as? String } == [nil, "Giao Cục", "Đã hướng dẫn", "Vượt thẩm quyền", "Đang chờ ý kiến",
                                                         "Đã ban hành khung giá", "Chưa áp dụng được", "Trùng với #2"])
        #expect(history[3]["at"] as? String == "2025-08-29T09:00:00+07:00")
        #expect(history.allSatisfy { $0["actor"] as? String == "test" })
    }

    @Test func reopeningAProblemWithoutAnOwnerTakesItBackToRaised() throws {
        let docket = try raised()
        try docket.ok("escalate", "1", "--to", "chinh-phu", "--reason", "Liên bộ", "--at", "2025-08-27")
        try docket.ok("resolve", "1", "--resolution", "Chính phủ đã chỉ đạo", "--at", "2025-08-28")
        let reopened = try docket.ok("reopen", "1", "--reason", "Chưa xong", "--at", "2025-08-29", "--json").object()
        #expect(reopened["state"] as? String == "raised")
        #expect(reopened["unit"] is NSNull)
    }

    @Test func aRefusedTransitionNamesTheStateAndWhatIsAllowed() throws {
        let docket = try raised()
        try docket.refuses(1, "resolve", "1", "--resolution", "x", saying:
            "Problem #1 is raised: resolve is not allowed; from raised you may assign, escalate or close.")
        try docket.refuses(1, "answer", "1", "--response", "x", saying: "from raised you may assign, escalate or close")
        try docket.refuses(1, "reopen", "1", "--reason", "x", saying: "Problem #1 is raised: reopen is not allowed")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--at", "2025-08-27")
        try docket.ok("resolve", "1", "--resolution", "Xong", "--at", "2025-08-28")
        try docket.refuses(1, "close", "1", "--reason", "x", saying:
            "Problem #1 is resolved: close is not allowed; from resolved you may reopen.")
        try docket.refuses(1, "assign", "1", "--unit", "vu-pc", saying: "from resolved you may reopen")
    }

    @Test(arguments: [
        (["assign", "9", "--unit", "cuc-vt"], "No problem matches '#9'"),
        (["assign", "1", "--unit", "cuc-xyz"], "No unit matches 'cuc-xyz'"),
        (["escalate", "1", "--to", "nobody", "--reason", "x"], "No unit matches 'nobody'"),
        (["assign", "1", "--unit", "cuc-vt", "--due", "2025-08-25"], "the deadline 2025-08-25 is before the day it was raised, 2025-08-26"),
        (["assign", "1", "--unit", "cuc-vt", "--at", "2025-08-25"], "is earlier than its latest event, at 2025-08-26T09:00:00+07:00"),
    ] as [([String], String)])
    func aTransitionWithWrongDetailsIsRefusedAndChangesNothing(_ arguments: [String], _ fragment: String) throws {
        let docket = try raised()
        try docket.refuses(1, arguments, saying: fragment)
    }

    @Test func escalatingToTheOwnerIsRefused() throws {
        let docket = try raised()
        try docket.ok("assign", "1", "--unit", "bo-khcn", "--at", "2025-08-27")
        try docket.refuses(1, "escalate", "1", "--to", "bo-khcn", "--reason", "x", saying: "owned by bo-khcn")
        try docket.ok("escalate", "1", "--to", "chinh-phu", "--reason", "Liên bộ", "--at", "2025-08-28")
        try docket.refuses(1, "escalate", "1", "--to", "chinh-phu", "--reason", "x", saying: "already been sent to chinh-phu")
    }

    @Test(arguments: [
        (["escalate", "1", "--to", "chinh-phu"], "'--reason <reason>'"),
        (["resolve", "1"], "'--resolution <resolution>'"),
        (["answer", "1"], "'--response <response>'"),
        (["reopen", "1"], "'--reason <reason>'"),
        (["close", "1"], "'--reason <reason>'"),
        (["assign", "1"], "'--unit <unit>'"),
        (["comment", "1"], "'<text>'"),
        (["close", "1", "--reason", "   "], "The reason is empty"),
        (["assign", "1", "--unit", "cuc-vt", "--due", "30/09/2025"], "is not a deadline"),
        (["assign", "one", "--unit", "cuc-vt"], "is not a number"),
    ] as [([String], String)])
    func aMissingReasonResolutionOrResponseIsAUsageError(_ arguments: [String], _ fragment: String) throws {
        let docket = try raised()
        try docket.refuses(64, arguments, saying: fragment)
    }
}

@Suite struct DeadlinesAndTheSweep {
    @Test func theSweepEscalatesAnOverdueProblemToItsUnitsParentOnce() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "92", "--title", "Quá hạn", "--at", "2025-08-26")
        try docket.ok("file", "--locality", "92", "--title", "Còn hạn", "--at", "2025-08-26")
        try docket.ok("file", "--locality", "92", "--title", "Đơn vị gốc", "--at", "2025-08-26")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-05", "--at", "2025-08-27")
        try docket.ok("assign", "2", "--unit", "cuc-vt", "--due", "2025-09-06", "--at", "2025-08-27")
        try docket.ok("assign", "3", "--unit", "chinh-phu", "--due", "2025-09-01", "--at", "2025-08-27")

        #expect(try docket.ok("list", "--overdue", "--json").objects().map { $0["id"] as? Int } == [1, 2, 3])
        let swept = try docket.ok("sweep", "--at", "2025-09-06T10:00:00+07:00", "--json").objects()
        // #2 is due that very day (allowed); #3's unit has no parent.
        #expect(swept.map { $0["id"] as? Int } == [1])
        #expect((swept.first?["escalated_to"] as? [String: Any])?["code"] as? String == "bo-khcn")
        #expect(swept.first?["state"] as? String == "escalated")
        #expect(swept.first?["due"] as? String == "2025-09-05")
        let before = try docket.fingerprint()
        let again = try docket.ok("sweep", "--at", "2025-09-06T11:00:00+07:00")
        #expect(again.stdout == "No problem is past its deadline with a unit above its owner: nothing changed.\n")
        #expect(try docket.fingerprint() == before)
        let history = try docket.ok("history", "1", "--json").objects()
        #expect(history.last?["action"] as? String == "escalate")
        #expect(history.last?["at"] as? String == "2025-09-06T10:00:00+07:00")
        #expect(history.last?["note"] as? String == "The deadline 2025-09-05 passed while cuc-vt held it: escalated to bo-khcn by the sweep.")
        #expect(try docket.ok("show", "1", "--json").object()["overdue"] as? Bool == true)
    }
}

@Suite struct TheWorkflowInForce {
    @Test func showCheckAndGraphDescribeTheDefaultWorkflow() throws {
        let docket = try Docket.withUnits()
        #expect(try docket.ok("workflow", "check").stdout == "The workflow standard (version 2) is sound: 6 states, 6 transitions.\n")
        #expect(try docket.ok("workflow", "graph").stdout == Workflow.standard.mermaid())
        #expect(try docket.ok("workflow", "graph", "--format", "dot").stdout == Workflow.standard.dot())
        #expect(try docket.ok("workflow", "show").stdout == Workflow.standard.summary())
        let json = try docket.ok("workflow", "show", "--json").object()
        #expect(json["name"] as? String == "standard")
        try docket.refuses(64, "workflow", "graph", "--format", "png")
    }

    @Test func aBrokenWorkflowInARegisterIsRejectedByCheck() throws {
        let docket = try Docket.withUnits()
        var unreachable = Workflow.standard
        unreachable.name = "unreachable"
        unreachable.states.append(StateDefinition("archived", .closed))
        var deadEnd = Workflow.standard
        deadEnd.name = "dead-end"
        deadEnd.transitions.removeAll { $0.name == "resolve" || $0.name == "close" }
        for broken in [unreachable, deadEnd] {
            let install = """
                INSERT INTO workflow (name, version, definition, installed_at)
                VALUES ('\(broken.name)', 1, '\(broken.encodedJSON())', 0);
                UPDATE setting SET value = (SELECT max(id) FROM workflow) WHERE key = 'workflow';
                """
            #expect(try sqlite(docket.db, install).status == 0)
            try docket.refuses(1, "workflow", "check", saying: "The workflow \(broken.name) is not sound:")
            #expect(!broken.check().isEmpty)
        }
    }
}
