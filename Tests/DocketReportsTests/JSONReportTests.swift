import DocketCore
import DocketTesting
import Foundation
import Testing
@testable import DocketReports

@Suite struct TheJSONReportHasTheContractsKeys {
    /// The sample as JSON, every key in order: the contract's, then the extras.
    @Test func theSampleReportExactly() {
        #expect(ReportFormat.json.render(SampleReport.report) == """
            {
              "week": "2025-W35",
              "from": "2025-08-25",
              "to": "2025-08-31",
              "timezone": "Asia/Ho_Chi_Minh",
              "complete": true,
              "as_of": "2025-09-01T00:00:00+07:00",
              "during": {
                "raised": 2,
                "assigned": 3,
                "answered": 0,
                "escalated": 1,
                "resolved": 1,
                "reopened": 0,
                "closed": 1,
                "resolved_problems": 1
              },
              "end_of_week": {
                "open": 3,
                "by_state": {
                  "raised": 0,
                  "assigned": 2,
                  "answered": 0,
                  "escalated": 1
                },
                "overdue": 2,
                "total_raised": 5,
                "total_answered": 1,
                "total_resolved": 1,
                "resolution_rate": 0.25,
                "total_closed": 1
              },
              "groups": {
                "total": 1,
                "resolved": 0
              },
              "by_unit": [
                {
                  "unit": {
                    "code": "cuc-vt",
                    "name": "Cục Viễn thông"
                  },
                  "assigned": 3,
                  "resolved": 1,
                  "open": 2,
                  "overdue": 1,
                  "closed": 0
                },
                {
                  "unit": {
                    "code": "vu-pc",
                    "name": "Vụ Pháp chế"
                  },
                  "assigned": 1,
                  "resolved": 0,
                  "open": 1,
                  "overdue": 1,
                  "closed": 0
                },
                {
                  "unit": null,
                  "assigned": 1,
                  "resolved": 0,
                  "open": 0,
                  "overdue": 0,
                  "closed": 1
                }
              ],
              "by_locality": [
                {
                  "locality": {
                    "code": "01",
                    "name": "Hà Nội"
                  },
                  "raised": 2,
                  "resolved": 0,
                  "open": 1,
                  "closed": 1
                },
                {
                  "locality": {
                    "code": "75",
                    "name": "Đồng Nai"
                  },
                  "raised": 1,
                  "resolved": 0,
                  "open": 1,
                  "closed": 0
                },
                {
                  "locality": {
                    "code": "92",
                    "name": "Cần Thơ"
                  },
                  "raised": 2,
                  "resolved": 1,
                  "open": 1,
                  "closed": 0
                }
              ],
              "beyond_authority": {
                "sent": 1,
                "open": 1,
                "answered": 0,
                "resolved": 0,
                "by_destination": [
                  {
                    "unit": {
                      "code": "chinh-phu",
                      "name": "Chính phủ"
                    },
                    "sent": 1,
                    "open": 1,
                    "answered": 0,
                    "resolved": 0
                  }
                ],
                "items": [
                  {
                    "id": 3,
                    "title": "<script>alert('x')</script> Cáp quang ngầm",
                    "to": {
                      "code": "chinh-phu",
                      "name": "Chính phủ"
                    },
                    "state": "escalated",
                    "sent_at": "2025-08-29T09:00:00+07:00"
                  }
                ]
              },
              "resolved": [
                {
                  "id": 1,
                  "title": "Giá thuê hạ tầng viễn thông chưa thống nhất",
                  "resolution": "Đã thống nhất khung giá thuê | mức *trần*",
                  "resolved_at": "2025-08-26T09:00:00+07:00",
                  "locality": {
                    "code": "92",
                    "name": "Cần Thơ"
                  },
                  "unit": {
                    "code": "cuc-vt",
                    "name": "Cục Viễn thông"
                  }
                }
              ],
              "overdue": [
                {
                  "id": 2,
                  "title": "Thủ tục \\"một cửa\\", liên thông chồng chéo",
                  "unit": {
                    "code": "vu-pc",
                    "name": "Vụ Pháp chế"
                  },
                  "due": "2025-08-27",
                  "days_overdue": 4,
                  "state": "assigned",
                  "locality": {
                    "code": "01",
                    "name": "Hà Nội"
                  }
                },
                {
                  "id": 3,
                  "title": "<script>alert('x')</script> Cáp quang ngầm",
                  "unit": {
                    "code": "cuc-vt",
                    "name": "Cục Viễn thông"
                  },
                  "due": "2025-08-30",
                  "days_overdue": 1,
                  "state": "escalated",
                  "locality": {
                    "code": "75",
                    "name": "Đồng Nai"
                  }
                }
              ],
              "trend": [
                {
                  "week": "2025-W28",
                  "from": "2025-07-07",
                  "to": "2025-07-13",
                  "raised": 0,
                  "resolved": 0
                },
                {
                  "week": "2025-W29",
                  "from": "2025-07-14",
                  "to": "2025-07-20",
                  "raised": 0,
                  "resolved": 0
                },
                {
                  "week": "2025-W30",
                  "from": "2025-07-21",
                  "to": "2025-07-27",
                  "raised": 0,
                  "resolved": 0
                },
                {
                  "week": "2025-W31",
                  "from": "2025-07-28",
                  "to": "2025-08-03",
                  "raised": 0,
                  "resolved": 0
                },
                {
                  "week": "2025-W32",
                  "from": "2025-08-04",
                  "to": "2025-08-10",
                  "raised": 0,
                  "resolved": 0
                },
                {
                  "week": "2025-W33",
                  "from": "2025-08-11",
                  "to": "2025-08-17",
                  "raised": 0,
                  "resolved": 0
                },
                {
                  "week": "2025-W34",
                  "from": "2025-08-18",
                  "to": "2025-08-24",
                  "raised": 3,
                  "resolved": 0
                },
                {
                  "week": "2025-W35",
                  "from": "2025-08-25",
                  "to": "2025-08-31",
                  "raised": 2,
                  "resolved": 1
                }
              ]
            }

            """)
    }

    /// The contract's keys are all there, at every level, and the document is valid JSON.
    @Test func everyKeyTheContractNames() throws {
        let object = try #require(try parsedJSON(ReportFormat.json.render(SampleReport.report)) as? [String: Any])
        #expect(Set(["week", "from", "to", "timezone", "during", "end_of_week", "groups", "by_unit", "by_locality",
                     "resolved", "overdue", "complete", "as_of", "beyond_authority"]).isSubset(of: object.keys))
        let during = try #require(object["during"] as? [String: Int])
        #expect(Set(during.keys) == ["raised", "assigned", "answered", "escalated", "resolved", "reopened", "closed",
                                     "resolved_problems"])
        let end = try #require(object["end_of_week"] as? [String: Any])
        #expect(Set(["open", "by_state", "overdue", "total_raised", "total_answered", "total_resolved",
                     "resolution_rate"]).isSubset(of: end.keys))
        #expect(end["resolution_rate"] as? Double == 0.25)
        let units = try #require(object["by_unit"] as? [[String: Any]])
        #expect(units.allSatisfy { Set(["unit", "assigned", "resolved", "open", "overdue"]).isSubset(of: $0.keys) })
        let localities = try #require(object["by_locality"] as? [[String: Any]])
        #expect(localities.allSatisfy { Set(["locality", "raised", "resolved", "open"]).isSubset(of: $0.keys) })
        let resolved = try #require(object["resolved"] as? [[String: Any]])
        #expect(resolved.allSatisfy { Set(["id", "title", "resolution"]).isSubset(of: $0.keys) })
        let overdue = try #require(object["overdue"] as? [[String: Any]])
        #expect(overdue.allSatisfy { Set(["id", "title", "unit", "due"]).isSubset(of: $0.keys) })
    }
}
