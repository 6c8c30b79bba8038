import DocketCore
import DocketStore
import Foundation

/// A new register in a temporary directory, with a fixed clock, for one test.
struct RegisterFixture {
    let directory: TemporaryDirectory
    let register: Register
    var path: String { register.path }

    /// The instant `text` (an ISO 8601 date-time with its offset, or a date meaning 09:00 in
    /// Hồ Chí Minh City).
    static func at(_ text: String) -> Instant {
        try! When.parse(text, in: .hoChiMinh, now: Instant(secondsSinceEpoch: 4_000_000_000))
    }

    static func date(_ text: String) -> CivilDate {
        try! CivilDate(parsing: text)
    }

    init(timeZone: TimeZoneRules? = nil) throws {
        directory = try TemporaryDirectory()
        (register, _) = try Register.initialize(at: directory.path("register.db"), timeZone: timeZone,
                                                at: RegisterFixture.at("2025-08-01"),
                                                clock: { Instant(secondsSinceEpoch: 1_764_000_000) })
    }

    /// Adds the units of the Cần Thơ session: the ministry, two of its departments, the Government.
    func addUnits() throws {
        let at = RegisterFixture.at("2025-08-01")
        _ = try register.addUnit(code: "chinh-phu", name: "Chính phủ", kind: .government, parent: nil, at: at)
        _ = try register.addUnit(code: "bo-khcn", name: "Bộ Khoa học và Công nghệ", kind: .ministry, parent: "chinh-phu", at: at)
        _ = try register.addUnit(code: "cuc-vt", name: "Cục Viễn thông", kind: .internal, parent: "bo-khcn", at: at)
        _ = try register.addUnit(code: "vu-pc", name: "Vụ Pháp chế", kind: .internal, parent: "bo-khcn", at: at)
    }

    /// Files a problem at `locality` raised at `at` and returns its number.
    @discardableResult
    func file(_ title: String, at locality: String = "Cần Thơ", on date: String = "2025-08-26",
              category: String? = nil, group: Int64? = nil) throws -> Int64 {
        try register.file(NewProblem(title: title, locality: locality, category: category, group: group),
                          at: RegisterFixture.at(date), as: .admin("test")).id
    }

    /// A fingerprint of everything the register holds: equal before and after a refused command.
    func fingerprint() throws -> String {
        try runSQLite(path, ".dump").output
    }
}
