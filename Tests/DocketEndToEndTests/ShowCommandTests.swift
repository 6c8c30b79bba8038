import DocketTesting
import Foundation
import Testing

@Suite struct ShowPrintsTheAnswerTheResolutionAndTheCloseReason {
    /// A register with problem #1 raised at Cần Thơ on 2025-08-26, assigned and answered.
    private func answered() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng viễn thông", "--at", "2025-08-26")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--at", "2025-08-27")
        try docket.ok("answer", "1", "--response", "Đã hướng dẫn áp dụng khung giá", "--at", "2025-08-28")
        return docket
    }

    @Test func aResolvedProblemShowsItsResponseAndResolution() throws {
        let docket = try answered()
        try docket.ok("resolve", "1", "--resolution", "Đã ban hành khung giá", "--at", "2025-09-05")
        #expect(try docket.ok("show", "1").stdout == """
            #1  Giá thuê hạ tầng viễn thông
            State       resolved, owner cuc-vt (Cục Viễn thông)
            Locality    Cần Thơ (92)
            Raised      2025-08-26T09:00:00+07:00
            Response    Đã hướng dẫn áp dụng khung giá
            Resolved    2025-09-05T09:00:00+07:00
            Resolution  Đã ban hành khung giá

            """)
    }

    @Test func aReopenedThenClosedProblemShowsItsResponseAndCloseReasonOnly() throws {
        let docket = try answered()
        try docket.ok("resolve", "1", "--resolution", "Đã ban hành khung giá", "--at", "2025-09-05")
        try docket.ok("reopen", "1", "--reason", "Chưa áp dụng được", "--at", "2025-09-10")
        try docket.ok("close", "1", "--reason", "Trùng với #2", "--at", "2025-09-11")
        #expect(try docket.ok("show", "1").stdout == """
            #1  Giá thuê hạ tầng viễn thông
            State         closed, owner cuc-vt (Cục Viễn thông)
            Locality      Cần Thơ (92)
            Raised        2025-08-26T09:00:00+07:00
            Response      Đã hướng dẫn áp dụng khung giá
            Close reason  Trùng với #2

            """)
    }

    @Test func showJSONWritesTheTextsAfterTheRecommendation() throws {
        let docket = try answered()
        try docket.ok("close", "1", "--reason", "Trùng với #2", "--at", "2025-09-11")
        #expect(try docket.ok("show", "1", "--json").stdout == """
            {
              "id": 1,
              "title": "Giá thuê hạ tầng viễn thông",
              "state": "closed",
              "locality": {
                "code": "92",
                "name": "Cần Thơ"
              },
              "province": {
                "code": "92",
                "name": "Cần Thơ"
              },
              "unit": {
                "code": "cuc-vt",
                "name": "Cục Viễn thông"
              },
              "escalated_to": null,
              "category": null,
              "group": null,
              "meeting": null,
              "due": null,
              "raised_at": "2025-08-26T09:00:00+07:00",
              "resolved_at": null,
              "overdue": false,
              "description": null,
              "recommendation": null,
              "response": "Đã hướng dẫn áp dụng khung giá",
              "resolution": null,
              "close_reason": "Trùng với #2",
              "updated_at": "2025-09-11T09:00:00+07:00"
            }

            """)
        let listed = try docket.ok("list", "--json").objects()
        #expect(listed.map { $0["response"] as? String } == ["Đã hướng dẫn áp dụng khung giá"])
        #expect(listed.map { $0["close_reason"] as? String } == ["Trùng với #2"])
        #expect(listed.map { $0["resolution"] is NSNull } == [true])
    }
}
