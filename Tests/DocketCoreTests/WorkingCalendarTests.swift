import Testing
@testable import DocketCore

private func day(_ text: String) -> CivilDate {
    try! CivilDate(parsing: text)
}

/// The official days of 2025 and 2026 that the tests count across (as calendar.csv has them).
private let calendar = WorkingCalendar(exceptions: [
    CalendarDay(date: day("2025-04-26"), name: "Làm bù ngày 02/05/2025", working: true),
    CalendarDay(date: day("2025-04-30"), name: "Ngày Chiến thắng 30/4", working: false),
    CalendarDay(date: day("2025-05-01"), name: "Ngày Quốc tế Lao động 1/5", working: false),
    CalendarDay(date: day("2025-05-02"), name: "Nghỉ hoán đổi", working: false),
] + ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map {
    CalendarDay(date: day($0), name: "Tết Nguyên đán", working: false)
} + [
    CalendarDay(date: day("2026-04-27"), name: "Nghỉ bù Giỗ Tổ Hùng Vương", working: false),
    CalendarDay(date: day("2026-04-30"), name: "Ngày Chiến thắng 30/4", working: false),
    CalendarDay(date: day("2026-05-01"), name: "Ngày Quốc tế Lao động 1/5", working: false),
])

@Suite struct DeadlinesInWorkingDaysSkipWeekendsAndHolidays {
    @Test func anOrdinaryWeekSkipsOnlyItsWeekend() {
        let week = WorkingCalendar()
        // Wednesday 2025-09-10: the Friday, then the Monday.
        #expect(week.adding(workingDays: 2, to: day("2025-09-10")) == day("2025-09-12"))
        #expect(week.adding(workingDays: 3, to: day("2025-09-10")) == day("2025-09-15"))
        // From a Friday or a Saturday, one working day is the Monday.
        #expect(week.adding(workingDays: 1, to: day("2025-09-12")) == day("2025-09-15"))
        #expect(week.adding(workingDays: 1, to: day("2025-09-13")) == day("2025-09-15"))
        #expect(week.adding(workingDays: 15, to: day("2025-09-10")) == day("2025-10-01"))
    }

    @Test func acrossTetTwoThousandTwentySix() {
        // Friday 13 February: the weekend, Tết (16–20), the weekend, then five days.
        #expect(calendar.adding(workingDays: 5, to: day("2026-02-13")) == day("2026-02-27"))
        // Thursday 12 February: the Friday counts first.
        #expect(calendar.adding(workingDays: 5, to: day("2026-02-12")) == day("2026-02-26"))
        #expect(calendar.adding(workingDays: 1, to: day("2026-02-13")) == day("2026-02-23"))
        // Without the holidays it would be the Friday of Tết.
        #expect(WorkingCalendar().adding(workingDays: 5, to: day("2026-02-13")) == day("2026-02-20"))
    }

    @Test func acrossTheThirtiethOfAprilAndTheFirstOfMayTwoThousandTwentySix() {
        // Wednesday 29 April: 30/4 and 1/5 (Thursday, Friday), the weekend, then Mon–Wed.
        #expect(calendar.adding(workingDays: 3, to: day("2026-04-29")) == day("2026-05-06"))
        // Friday 24 April: Monday 27 is the day off for Giỗ Tổ (Sunday 26).
        #expect(calendar.adding(workingDays: 5, to: day("2026-04-24")) == day("2026-05-06"))
    }

    @Test func aSwappedWorkingSaturdayCounts() {
        // Friday 25 April 2025: Saturday 26 is worked in exchange for Friday 2 May.
        #expect(calendar.adding(workingDays: 1, to: day("2025-04-25")) == day("2025-04-26"))
        #expect(calendar.adding(workingDays: 3, to: day("2025-04-25")) == day("2025-04-29"))
        // 26, 28, 29, then 30/4, 1/5 and 2/5 off, the weekend, then 5 and 6 May.
        #expect(calendar.adding(workingDays: 5, to: day("2025-04-25")) == day("2025-05-06"))
    }

    @Test func whichDaysAreWorked() {
        #expect(calendar.isWorkingDay(day("2025-04-26")))
        #expect(!calendar.isWorkingDay(day("2025-05-02")))
        #expect(!calendar.isWorkingDay(day("2025-05-03")))
        #expect(calendar.isWorkingDay(day("2025-05-05")))
        #expect(!calendar.isWorkingDay(day("2026-02-16")))
    }

    @Test func exceptionsTheWeekHasAlreadyChangeNothing() {
        // A holiday on a Sunday and a working Tuesday are what the week already is.
        let odd = WorkingCalendar(exceptions: [CalendarDay(date: day("2026-04-26"), name: "Giỗ Tổ Hùng Vương", working: false),
                                               CalendarDay(date: day("2026-04-28"), name: "x", working: true)])
        #expect(odd == WorkingCalendar())
        #expect(odd.isWorkingDay(day("2026-04-28")))
    }
}

@Suite struct ADeadlineIsADateOrWorkingDays {
    @Test func workingDaysFromOneToThreeHundredSixtyFive() throws {
        #expect(try DueDate(parsing: "15wd") == .workingDays(15))
        #expect(try DueDate(parsing: " 1WD ") == .workingDays(1))
        #expect(try DueDate(parsing: "365wd") == .workingDays(365))
        #expect(try DueDate(parsing: "2025-09-30") == .date(day("2025-09-30")))
    }

    @Test(arguments: ["0wd", "wd", "366wd", "1000wd", "-1wd", "+5wd", "1.5wd", "5 wd", "5d", "2025-02-30", "", "15"])
    func anythingElseIsRefused(_ text: String) {
        #expect(throws: InputError.invalidDue(text)) { try DueDate(parsing: text) }
    }

    @Test func theRefusalSaysWhatToGive() {
        #expect(InputError.invalidDue("0wd").description
            == "'0wd' is not a deadline: give a date as YYYY-MM-DD, or a number of working days from 1 to 365 as Nwd (15wd).")
    }

    @Test func aDateIsItselfAndWorkingDaysAreCountedFromTheDay() {
        #expect(DueDate.date(day("2025-09-30")).date(from: day("2025-09-01"), over: calendar) == day("2025-09-30"))
        #expect(DueDate.workingDays(5).date(from: day("2026-02-13"), over: calendar) == day("2026-02-27"))
    }
}
