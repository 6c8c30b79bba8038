import DocketCore
import DocketRegister
import DocketTesting
import Foundation
import Testing
@testable import DocketStore

@Suite struct TheBundledCalendarHoldsEachYearsOfficialDays {
    @Test func everyRowReadsAndHasASource() throws {
        let days = ReferenceData.calendar
        #expect(days.count == 33)
        #expect(Set(days.map(\.date)).count == days.count)
        #expect(days.map(\.date) == days.map(\.date).sorted())
        #expect(Set(days.map(\.date.year)) == [2025, 2026, 2027])
        for day in days {
            #expect(day.source?.isEmpty == false, "\(day.date)")
            #expect(!day.name.isEmpty && day.name == TextInput.normalized(day.name), "\(day.date)")
            // A holiday on a weekday, a worked day on a weekend: the others change nothing.
            #expect(day.working == CalendarDay.isWeekend(day.date), "\(day.date)")
        }
        // The year's holidays: 1/1, 30/4 and 1/5 (or the day off for it), Giỗ Tổ and 2/9 each year.
        for year in [2025, 2026, 2027] {
            let names = days.filter { $0.date.year == year }.map(\.name)
            for name in ["Tết Dương lịch", "Ngày Chiến thắng 30/4", "Quốc khánh 2/9"] { #expect(names.contains(name), "\(year) \(name)") }
        }
    }

    @Test func twoThousandTwentySixIsAsTheNoticesFixedIt() {
        let days = ReferenceData.calendar.filter { $0.date.year == 2026 }
        #expect(days.map { "\($0.date) \($0.working ? 1 : 0) \($0.name)" } == [
            "2026-01-01 0 Tết Dương lịch",
            "2026-01-02 0 Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)",
            "2026-01-10 1 Làm bù ngày 02/01/2026",
            "2026-02-16 0 Tết Nguyên đán", "2026-02-17 0 Tết Nguyên đán", "2026-02-18 0 Tết Nguyên đán",
            "2026-02-19 0 Tết Nguyên đán", "2026-02-20 0 Tết Nguyên đán",
            "2026-04-27 0 Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)",
            "2026-04-30 0 Ngày Chiến thắng 30/4",
            "2026-05-01 0 Ngày Quốc tế Lao động 1/5",
            "2026-08-22 1 Làm bù ngày 31/08/2026",
            "2026-08-31 0 Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)",
            "2026-09-01 0 Quốc khánh 2/9 (ngày liền kề)",
            "2026-09-02 0 Quốc khánh 2/9",
        ])
        #expect(days[2].source == "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ")
    }

    @Test func aNewRegisterHasThemAll() throws {
        let fixture = try RegisterFixture()
        #expect(try fixture.register.calendar() == ReferenceData.calendar)
        #expect(try fixture.register.calendar(year: 2027).map(\.date.description)
            == ["2027-01-01", "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02"])
        #expect(try fixture.register.calendar(year: 2024) == [])
    }
}

@Suite struct DaysAreAddedToTheCalendarAndTakenOut {
    @Test func aHolidayOnAWeekdayAndAWorkedSaturday() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-11-01")
        let tet = try fixture.register.addCalendarDay(CalendarDay(date: .fixture("2027-02-05"), name: "  Tết Nguyên đán "), at: at, actor: "test")
        #expect(tet == CalendarDay(date: .fixture("2027-02-05"), name: "Tết Nguyên đán", working: false))
        try fixture.register.addCalendarDay(CalendarDay(date: .fixture("2027-02-20"), name: "Làm bù ngày 12/02/2027", working: true),
                                            at: at, actor: "test")
        #expect(try fixture.register.calendar(year: 2027).map(\.date.description)
            == ["2027-01-01", "2027-02-05", "2027-02-20", "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02"])
        #expect(try fixture.register.removeCalendarDay(.fixture("2027-02-05")).name == "Tết Nguyên đán")
        #expect(try fixture.register.calendar(year: 2027).count == 6)
    }

    @Test func whatTheCalendarCannotTakeIsRefusedAndChangesNothing() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-11-01")
        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.calendarDayListed(date: .fixture("2026-02-16"), name: "Tết Nguyên đán")) {
            try fixture.register.addCalendarDay(CalendarDay(date: .fixture("2026-02-16"), name: "Tết"), at: at, actor: "test")
        }
        // A holiday on a Saturday, a worked Tuesday.
        #expect(throws: RegisterError.calendarDayIsAlreadySo(date: .fixture("2027-02-06"), working: false)) {
            try fixture.register.addCalendarDay(CalendarDay(date: .fixture("2027-02-06"), name: "Tết"), at: at, actor: "test")
        }
        #expect(throws: RegisterError.calendarDayIsAlreadySo(date: .fixture("2027-02-09"), working: true)) {
            try fixture.register.addCalendarDay(CalendarDay(date: .fixture("2027-02-09"), name: "Làm bù", working: true), at: at, actor: "test")
        }
        #expect(throws: InputError.blank(field: "day's name")) {
            try fixture.register.addCalendarDay(CalendarDay(date: .fixture("2027-02-05"), name: " "), at: at, actor: "test")
        }
        #expect(throws: RegisterError.calendarDayNotListed(date: .fixture("2026-03-03"))) {
            try fixture.register.removeCalendarDay(.fixture("2026-03-03"))
        }
        #expect(try fixture.fingerprint() == before)
    }
}

@Suite struct AnAssignmentsDeadlineInWorkingDaysIsCountedOverTheCalendar {
    private func assigned(on date: String, due: DueDate) throws -> (RegisterFixture, Problem) {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let id = try fixture.file("Giá thuê hạ tầng viễn thông chưa thống nhất", on: "2025-04-01")
        let problem = try fixture.register.apply(.init(action: "assign", unit: "cuc-vt", due: due), to: id,
                                                 at: RegisterFixture.at(date), as: .admin("test"))
        return (fixture, problem)
    }

    @Test func acrossTetTwoThousandTwentySix() throws {
        let (fixture, problem) = try assigned(on: "2026-02-13", due: .workingDays(5))
        #expect(problem.due == .fixture("2026-02-27"))
        // The event keeps the date, not "5wd": removing a holiday later changes no deadline.
        #expect(try fixture.register.history(of: problem.id, as: .admin("test")).last?.due == .fixture("2026-02-27"))
        try fixture.register.removeCalendarDay(.fixture("2026-02-16"))
        #expect(try fixture.register.problem(id: problem.id, as: .admin("test")).due == .fixture("2026-02-27"))
    }

    @Test func acrossTheThirtiethOfAprilAndTheFirstOfMay() throws {
        #expect(try assigned(on: "2026-04-29", due: .workingDays(3)).1.due == .fixture("2026-05-06"))
        #expect(try assigned(on: "2026-04-24", due: .workingDays(5)).1.due == .fixture("2026-05-06"))
    }

    @Test func acrossASwappedWorkingSaturday() throws {
        #expect(try assigned(on: "2025-04-25", due: .workingDays(1)).1.due == .fixture("2025-04-26"))
        #expect(try assigned(on: "2025-04-25", due: .workingDays(5)).1.due == .fixture("2025-05-06"))
    }

    @Test func theAssignmentsDayIsTheRegistersNotUTCs() throws {
        // 2026-02-12T23:30 UTC is already Friday the 13th in Hồ Chí Minh City.
        let (_, problem) = try assigned(on: "2026-02-13T06:30:00+07:00", due: .workingDays(1))
        #expect(problem.due == .fixture("2026-02-23"))
    }

    @Test func aDateIsTakenAsBefore() throws {
        #expect(try assigned(on: "2026-02-13", due: .date(.fixture("2026-03-31"))).1.due == .fixture("2026-03-31"))
    }
}

/// Migration 8 brings the calendar to a register made before it.
@Suite struct AVersionSevenRegisterGainsTheCalendar {
    @Test func itsCalendarIsTheBundledOneAndItsSchemaANewRegisters() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.db")
        do {
            let (register, _) = try Register.initialize(at: path, timeZone: nil, at: Instant(secondsSinceEpoch: 1_750_000_000))
            try register.database.execute("DROP TABLE calendar; DROP TABLE category; DROP TABLE problem_place; PRAGMA user_version = 7")
        }
        #expect(try Database(path: path, mode: .readOnly).scalar("SELECT count(*) FROM sqlite_master WHERE name = 'calendar'") == 0)
        let register = try Register.open(at: path)
        #expect(try register.database.scalar("PRAGMA user_version") == Int64(Schema.version))
        #expect(try register.calendar() == ReferenceData.calendar)
        #expect(try register.database.scalarText("SELECT DISTINCT actor FROM calendar") == "docket")

        let (fresh, _) = try Register.initialize(at: directory.path("fresh.db"), timeZone: nil, at: Instant(secondsSinceEpoch: 1_750_000_000))
        let schema = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        func describe(_ database: Database) throws -> [String] {
            try database.prepare(schema).map { row in (0..<4).map { row.optionalText($0) ?? "" }.joined(separator: "\t") }
        }
        #expect(try describe(register.database) == describe(fresh.database))
    }
}
