import DocketTesting
import Foundation
import Testing

@Suite struct TheCalendarIsListedAddedToAndTakenFromOnTheCommandLine {
    @Test func aYearIsListedAsATableAndInJSON() throws {
        let docket = try Docket.withUnits()
        #expect(try docket.ok("calendar", "list", "--year", "2027").stdout == """
            Date        Weekday   Name                                                    Day
            2027-01-01  Friday    Tết Dương lịch                                          holiday
            2027-04-16  Friday    Giỗ Tổ Hùng Vương                                       holiday
            2027-04-30  Friday    Ngày Chiến thắng 30/4                                   holiday
            2027-05-03  Monday    Nghỉ bù Ngày Quốc tế Lao động 1/5 (thứ Bảy 01/05/2027)  holiday
            2027-09-02  Thursday  Quốc khánh 2/9                                          holiday

            """)
        try docket.ok("calendar", "add", "2027-02-20", "--working", "--name", "Làm bù ngày 12/02/2027", "--at", "2025-11-01")
        #expect(try docket.ok("calendar", "list", "--year", "2027", "--json", "--lang", "vi").stdout.hasPrefix("""
            [
              {
                "date": "2027-01-01",
                "name": "Tết Dương lịch",
                "working": false
              },
              {
                "date": "2027-02-20",
                "name": "Làm bù ngày 12/02/2027",
                "working": true
              },
            """))
        #expect(try docket.ok("calendar", "list", "--year", "2027", "--lang", "vi").stdout.hasPrefix("""
            Ngày        Thứ      Tên                                                     Loại ngày
            2027-01-01  thứ Sáu  Tết Dương lịch                                          nghỉ
            2027-02-20  thứ Bảy  Làm bù ngày 12/02/2027                                  làm việc

            """))
        #expect(try docket.ok("calendar", "list", "--json").stdout.components(separatedBy: "\"date\"").count == 34 + 1)
        #expect(try docket.ok("calendar", "list", "--year", "2024", "--json").stdout == "[]\n")
    }

    @Test func aDayIsAddedAndRemovedInOneStepEach() throws {
        let docket = try Docket.withUnits()
        #expect(try docket.ok("calendar", "add", "2027-02-05", "--name", "Tết Nguyên đán").stdout
            == "Added 2027-02-05 (Friday) to the calendar as a holiday: Tết Nguyên đán.\n")
        #expect(try docket.ok("calendar", "add", "2027-02-20", "--working", "--name", "Làm bù", "--json").stdout == """
            {
              "date": "2027-02-20",
              "name": "Làm bù",
              "working": true
            }

            """)
        #expect(try docket.ok("calendar", "remove", "2027-02-05").stdout
            == "Removed 2027-02-05 (Tết Nguyên đán) from the calendar: it is a working day again.\n")
        #expect(try docket.ok("calendar", "remove", "2027-02-20", "--lang", "vi").stdout
            == "Đã xóa ngày 2027-02-20 (Làm bù) khỏi lịch: ngày đó lại là ngày nghỉ.\n")
    }

    @Test func whatTheCalendarCannotTakeIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, "calendar", "add", "2026-02-16", "--name", "Tết",
                           saying: "2026-02-16 is already in the calendar, as Tết Nguyên đán: nothing was changed; to change it, remove it first with 'docket calendar remove 2026-02-16'.")
        try docket.refuses(1, "calendar", "add", "2027-02-06", "--name", "Tết",
                           saying: "2027-02-06 is a Saturday, a day off already: a holiday is added on a weekday")
        try docket.refuses(1, "calendar", "add", "2027-02-09", "--working", "--name", "Làm bù",
                           saying: "2027-02-09 is a Tuesday, a working day already: only a Saturday or Sunday worked in exchange is added as a working day; nothing was changed.")
        try docket.refuses(1, "calendar", "add", "2027-02-09", "--working", "--name", "Làm bù", "--lang", "vi",
                           saying: "Ngày 2027-02-09 là thứ Ba, vốn là ngày làm việc")
        try docket.refuses(1, "calendar", "remove", "2026-03-03",
                           saying: "2026-03-03 is not in the calendar: nothing was changed; see the days it lists with 'docket calendar list --year 2026'.")
        try docket.refuses(64, "calendar", "add", "2027-02-30", "--name", "Tết", saying: "'2027-02-30' is not a date")
        try docket.refuses(64, "calendar", "add", "2027-02-05", saying: "--name")
        try docket.refuses(64, "calendar", "add", "2027-02-05", "--name", " ", saying: "The day's name is empty")
        try docket.refuses(64, "calendar", "list", "--year", "26", saying: "--year must be a year of four digits")
    }
}

@Suite struct AssignTakesADeadlineInWorkingDays {
    /// A register with problem #1 raised on 2025-04-01.
    private func raised() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng viễn thông chưa thống nhất", "--at", "2025-04-01")
        return docket
    }

    @Test func acrossTetTwoThousandTwentySix() throws {
        let docket = try raised()
        #expect(try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "5wd", "--at", "2026-02-13").stdout
            == "#1 is assigned, owned by cuc-vt (Cục Viễn thông), due 2026-02-27.\n")
        let history = try docket.ok("history", "1", "--json").stdout
        #expect(history.contains("\"due\": \"2026-02-27\""))
    }

    @Test func acrossTheThirtiethOfAprilAndTheFirstOfMayAndASwappedSaturday() throws {
        let docket = try raised()
        #expect(try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "5WD", "--at", "2025-04-25", "--json").stdout
            .contains("\"due\": \"2025-05-06\""))
        #expect(try docket.ok("assign", "1", "--unit", "vu-pc", "--due", "3wd", "--at", "2026-04-29").stdout
            == "#1 is assigned, owned by vu-pc (Vụ Pháp chế), due 2026-05-06.\n")
    }

    @Test func aDateIsTakenAsBeforeAndAnythingElseIsRefused() throws {
        let docket = try raised()
        #expect(try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-30", "--at", "2025-04-02").stdout
            == "#1 is assigned, owned by cuc-vt (Cục Viễn thông), due 2025-09-30.\n")
        for due in ["0wd", "wd", "366wd", "15 wd", "2025-02-30"] {
            try docket.refuses(64, "assign", "1", "--unit", "vu-pc", "--due", due,
                               saying: "'\(due)' is not a deadline: give a date as YYYY-MM-DD, or a number of working days from 1 to 365 as Nwd (15wd).")
        }
    }
}
