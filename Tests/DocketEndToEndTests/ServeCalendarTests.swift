import DocketTesting
import Foundation
import Testing

extension ServeProcess {
    /// The calendar over real sockets, beside the command line: what one adds the other counts.
    @Suite struct TheCalendarOverASocket {
        @Test func aDayAddedOverHTTPIsCountedByTheCommandLineAndRemovedAgain() throws {
            let (served, token) = try ServeProcess.served()
            let locality = try served.addToken("so-khcn-can-tho", role: "locality", locality: "Cần Thơ")
            let connection = try served.client().connect()
            let auth = ServeProcess.bearer(token)

            let refused = try connection.request("POST", "/api/v1/calendar", headers: ServeProcess.bearer(locality),
                                                 json: #"{"date":"2027-02-05","name":"Tết Nguyên đán"}"#)
            #expect(refused.status == 403)
            #expect(refused.header("Content-Type") == "application/problem+json; charset=utf-8")
            let added = try connection.request("POST", "/api/v1/calendar", headers: auth, json: #"{"date":"2027-02-05","name":"Tết Nguyên đán"}"#)
            #expect(added.status == 201)
            #expect(added.text == #"{"date":"2027-02-05","name":"Tết Nguyên đán","working":false}"#)
            let twice = try connection.request("POST", "/api/v1/calendar", headers: auth, json: #"{"date":"2027-02-05","name":"Tết"}"#)
            #expect(twice.status == 409)

            // A holiday added over HTTP is counted by the command line's next assignment: from
            // Thursday 27 November 2025, with Friday 28 off, one working day is Monday 1 December.
            let friday = try connection.request("POST", "/api/v1/calendar", headers: auth, json: #"{"date":"2025-11-28","name":"Nghỉ"}"#)
            #expect(friday.status == 201)
            try served.program.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng", "--at", "2025-11-20")
            #expect(try served.program.ok("assign", "1", "--unit", "cuc-vt", "--due", "1wd", "--at", "2025-11-27").stdout
                == "#1 is assigned, owned by cuc-vt (Cục Viễn thông), due 2025-12-01.\n")
            let listed = try connection.request("GET", "/api/v1/calendar?year=2027", headers: ServeProcess.bearer(locality))
            #expect(listed.status == 200)
            #expect(try listed.items().map { $0["date"] as? String }
                == ["2027-01-01", "2027-02-05", "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02"])

            #expect(try connection.request("DELETE", "/api/v1/calendar/2027-02-05", headers: ServeProcess.bearer(locality)).status == 403)
            #expect(try connection.request("DELETE", "/api/v1/calendar/2027-02-05", headers: auth).status == 204)
            #expect(try connection.request("DELETE", "/api/v1/calendar/2027-02-05", headers: auth).status == 404)
        }
    }
}
