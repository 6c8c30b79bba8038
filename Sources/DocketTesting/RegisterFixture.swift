import DocketCore
import DocketStore
import Foundation

/// A new register in a temporary directory, with a fixed clock, for one test.
///
/// The one place (with ``ReportOracle``) where the fixtures call the register's API.
public struct RegisterFixture {
    /// The directory that holds the register, removed with the fixture.
    public let directory: TemporaryDirectory
    /// The register under test.
    public let register: Register
    /// The register's file.
    public var path: String { register.path }

    /// The instant `text` (an ISO 8601 date-time with its offset, or a date meaning 09:00 in
    /// Hồ Chí Minh City).
    public static func at(_ text: String) -> Instant {
        .fixture(text)
    }

    /// The day `text` (`YYYY-MM-DD`).
    public static func date(_ text: String) -> CivilDate {
        .fixture(text)
    }

    /// Creates the register, in Hồ Chí Minh City's time unless `timeZone` says otherwise.
    public init(timeZone: TimeZoneRules? = nil) throws {
        directory = try TemporaryDirectory()
        (register, _) = try Register.initialize(at: directory.path("register.db"), timeZone: timeZone,
                                                at: RegisterFixture.at("2025-08-01"),
                                                clock: { Instant(secondsSinceEpoch: 1_764_000_000) })
    }

    /// Adds the units of the Cần Thơ session: the ministry, two of its departments, the Government.
    public func addUnits() throws {
        let at = RegisterFixture.at("2025-08-01")
        _ = try register.addUnit(code: "chinh-phu", name: "Chính phủ", kind: .government, parent: nil, at: at)
        _ = try register.addUnit(code: "bo-khcn", name: "Bộ Khoa học và Công nghệ", kind: .ministry, parent: "chinh-phu", at: at)
        _ = try register.addUnit(code: "cuc-vt", name: "Cục Viễn thông", kind: .internal, parent: "bo-khcn", at: at)
        _ = try register.addUnit(code: "vu-pc", name: "Vụ Pháp chế", kind: .internal, parent: "bo-khcn", at: at)
    }

    /// Files a problem at `locality` raised at `at` and returns its number.
    @discardableResult
    public func file(_ title: String, at locality: String = "Cần Thơ", on date: String = "2025-08-26",
                     category: String? = nil, group: Int64? = nil) throws -> Int64 {
        try register.file(NewProblem(title: title, locality: locality, category: category, group: group),
                          at: RegisterFixture.at(date), as: .admin("test")).id
    }

    /// A fingerprint of everything the register holds: equal before and after a refused command.
    public func fingerprint() throws -> String {
        try DocketTesting.fingerprint(ofDatabaseAt: path)
    }
}
