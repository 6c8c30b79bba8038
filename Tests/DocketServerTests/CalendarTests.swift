import DocketCore
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// `GET`, `POST` and `DELETE /calendar`, and an assignment's `due` in working days.
@Suite("The calendar over HTTP")
struct CalendarTests {
    @Test("a year's days are listed by date, as calendar list --json prints them")
    func list() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let response = try await client.execute(uri: "/api/v1/calendar?year=2027", method: .get, headers: tokens.headers("can-tho"))
            #expect(response.status == .ok)
            #expect(response.text == #"{"items":[{"date":"2027-01-01","name":"Tết Dương lịch","working":false},"#
                + #"{"date":"2027-04-16","name":"Giỗ Tổ Hùng Vương","working":false},"#
                + #"{"date":"2027-04-30","name":"Ngày Chiến thắng 30/4","working":false},"#
                + #"{"date":"2027-05-03","name":"Nghỉ bù Ngày Quốc tế Lao động 1/5 (thứ Bảy 01/05/2027)","working":false},"#
                + #"{"date":"2027-09-02","name":"Quốc khánh 2/9","working":false}]}"#)
            let all = try await client.execute(uri: "/api/v1/calendar", method: .get, headers: tokens.headers("cuc-vt"))
            #expect(try all.value.member("items")?.arrayElements?.count == 33)
            for year in ["26", "x", "20266"] {
                let bad = try await client.execute(uri: "/api/v1/calendar?year=\(year)", method: .get, headers: tokens.headers("admin"))
                #expect(bad.status == .badRequest, "\(year)")
            }
        }
    }

    @Test("a day is added and removed; each refusal is problem+json and changes nothing")
    func addAndRemove() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let added = try await client.execute(uri: "/api/v1/calendar", method: .post, headers: tokens.headers("coordinator", jsonBody),
                                                 body: json(#"{"date":"2027-02-20","name":"Làm bù ngày 12/02/2027","working":true}"#))
            #expect(added.status == .created)
            #expect(added.text == #"{"date":"2027-02-20","name":"Làm bù ngày 12/02/2027","working":true}"#)

            let before = try tokens.fingerprint()
            let refusals: [(String, HTTPResponse.Status, String)] = [
                (#"{"date":"2026-02-16","name":"Tết"}"#, .conflict,
                 "2026-02-16 is already in the calendar, as Tết Nguyên đán: nothing was changed; to change it, remove it first with 'docket calendar remove 2026-02-16'."),
                (#"{"date":"2027-02-06","name":"Tết"}"#, .unprocessableContent,
                 "2027-02-06 is a Saturday, a day off already: a holiday is added on a weekday (one that falls on a weekend gives a day off in compensation: add that weekday); nothing was changed."),
                (#"{"date":"2027-02-09","name":"Làm bù","working":true}"#, .unprocessableContent,
                 "2027-02-09 is a Tuesday, a working day already: only a Saturday or Sunday worked in exchange is added as a working day; nothing was changed."),
                (#"{"date":"2027-02-30","name":"Tết"}"#, .unprocessableContent, "'2027-02-30' is not a date: give it as YYYY-MM-DD, a day that exists."),
                (#"{"date":"2027-02-05","name":"Tết","working":"yes"}"#, .badRequest, "The key \"working\" must be true or false."),
                (#"{"date":"2027-02-05"}"#, .badRequest, "The key \"name\" is required."),
                (#"{"date":"2027-02-05","name":"Tết","actor":"x"}"#, .badRequest, "The key \"actor\" is not taken here."),
            ]
            for (body, status, detail) in refusals {
                let refused = try await client.execute(uri: "/api/v1/calendar", method: .post, headers: tokens.headers("admin", jsonBody),
                                                       body: json(body))
                #expect(refused.status == status, "\(body)")
                #expect(refused.headers[.contentType] == "application/problem+json; charset=utf-8")
                #expect(refused.detail == detail)
            }
            let vietnamese = try await client.execute(uri: "/api/v1/calendar/2026-03-03", method: .delete,
                                                      headers: tokens.headers("admin", [.acceptLanguage: "vi"]))
            #expect(vietnamese.status == .notFound)
            #expect(vietnamese.detail == "Ngày 2026-03-03 không có trong lịch: không có gì thay đổi; xem các ngày trong lịch bằng 'docket calendar list --year 2026'.")
            let notADate = try await client.execute(uri: "/api/v1/calendar/tet", method: .delete, headers: tokens.headers("admin"))
            #expect(notADate.status == .notFound)
            #expect(try tokens.fingerprint() == before)

            let removed = try await client.execute(uri: "/api/v1/calendar/2027-02-20", method: .delete, headers: tokens.headers("admin"))
            #expect(removed.status == .noContent)
            let again = try await client.execute(uri: "/api/v1/calendar/2027-02-20", method: .delete, headers: tokens.headers("admin"))
            #expect(again.status == .notFound)
        }
    }

    @Test("an assignment's due in working days is counted over the calendar; a date is taken as before")
    func assignInWorkingDays() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            // Now is Monday 2025-11-24 (no holiday that week): five working days is Monday 1 December.
            let now = try await client.execute(uri: "/api/v1/problems/1/assign", method: .post, headers: tokens.headers("coordinator", jsonBody),
                                               body: json(#"{"unit":"cuc-vt","due":"5wd"}"#))
            #expect(now.status == .ok)
            #expect(try now.value.member("due")?.stringValue == "2025-12-01")
            let swapped = try await client.execute(uri: "/api/v1/problems/2/assign", method: .post, headers: tokens.headers("admin", jsonBody),
                                                   body: json(#"{"unit":"vu-pc","due":"5wd","at":"2025-09-01"}"#))
            // 2025-09-01 (Monday, a Quốc khánh day off): counted from the 2nd (off too), so the 3rd to the 9th.
            #expect(try swapped.value.member("due")?.stringValue == "2025-09-09")
            let date = try await client.execute(uri: "/api/v1/problems/2/assign", method: .post, headers: tokens.headers("admin", jsonBody),
                                                body: json(#"{"unit":"cuc-vt","due":"2025-12-31"}"#))
            #expect(try date.value.member("due")?.stringValue == "2025-12-31")
            let before = try tokens.fingerprint()
            for due in ["0wd", "wd", "366wd"] {
                let refused = try await client.execute(uri: "/api/v1/problems/2/assign", method: .post, headers: tokens.headers("admin", jsonBody),
                                                       body: json(#"{"unit":"cuc-vt","due":"\#(due)"}"#))
                #expect(refused.status == .unprocessableContent)
                #expect(refused.detail == "'\(due)' is not a deadline: give a date as YYYY-MM-DD, or a number of working days from 1 to 365 as Nwd (15wd).")
            }
            #expect(try tokens.fingerprint() == before)
        }
    }
}
