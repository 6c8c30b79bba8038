import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import Foundation
import Testing

@Suite struct MakingAndOpeningARegister {
    @Test func initMakesARegisterWithTheThirtyFourProvincesAndTheirCommunes() throws {
        let fixture = try RegisterFixture()
        let localities = try fixture.register.localities()
        #expect(localities.count == 34 + 3_321)
        #expect(localities.filter(\.isProvince).count == 34)
        // Each province, then the communes under it by name.
        #expect(localities[1].code == "09877")
        #expect(localities[1].fullName == "Xã An Khánh")
        #expect(localities.first?.code == "01")
        #expect(localities.first?.name == "Hà Nội")
        #expect(localities.first(where: { $0.code == "92" })?.fullName == "Thành phố Cần Thơ")
        #expect(localities.first(where: { $0.code == "92" })?.mergedFrom == "Sóc Trăng; Hậu Giang")
        #expect(fixture.register.timeZone.identifier == "Asia/Ho_Chi_Minh")
        #expect(try fixture.register.workflow() == .standard)
    }

    @Test func theRegisterIsReadableByItsOwnerOnly() throws {
        let fixture = try RegisterFixture()
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func initOnAnExistingRegisterChangesNothing() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Thiếu cán bộ đo lường")
        let before = try fixture.fingerprint()
        let (again, outcome) = try Register.initialize(at: fixture.path, timeZone: nil, at: RegisterFixture.at("2025-09-01"))
        #expect(outcome == .existing)
        #expect(again.timeZone.identifier == "Asia/Ho_Chi_Minh")
        #expect(try fixture.fingerprint() == before)
    }

    @Test func aDifferentTimeZoneOnAnExistingRegisterIsRefused() throws {
        let fixture = try RegisterFixture()
        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.timeZoneMismatch(existing: "Asia/Ho_Chi_Minh", requested: "UTC")) {
            try Register.initialize(at: fixture.path, timeZone: .utc, at: RegisterFixture.at("2025-09-01"))
        }
        #expect(try fixture.fingerprint() == before)
    }

    @Test func initMakesAnEmptyFileARegister() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("empty.db")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let (register, outcome) = try Register.initialize(at: path, timeZone: .utc, at: RegisterFixture.at("2025-09-01"))
        #expect(outcome == .created)
        #expect(register.timeZone.identifier == "UTC")
        #expect(try register.localities().count == 34 + 3_321)
    }

    @Test func openingAMissingRegisterIsRefusedAndCreatesNothing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("missing.db")
        #expect(throws: RegisterError.missing(path: path)) { try Register.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotARegisterIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let text = directory.path("notes.txt")
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: text))
        let other = directory.path("other.db")
        _ = try sqlite(other, "CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        for path in [text, other, directory.url.path] {
            let before = try snapshot(path)
            #expect(!before.isEmpty)
            #expect(throws: RegisterError.self) { try Register.open(at: path) }
            #expect(throws: RegisterError.self) { try Register.initialize(at: path, timeZone: nil, at: RegisterFixture.at("2025-09-01")) }
            #expect(try snapshot(path) == before, "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: other + "-wal"))
    }

    @Test func aTruncatedCopyIsRefused() throws {
        let fixture = try RegisterFixture()
        for index in 0..<200 { try fixture.file("Vấn đề số \(index) với một tiêu đề khá dài để chiếm chỗ trên trang") }
        let copy = fixture.directory.path("copy.db")
        try fixture.register.backup(to: copy)
        let data = try Data(contentsOf: URL(fileURLWithPath: copy))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: copy))
        #expect {
            try Register.open(at: copy)
        } throws: { error in
            guard case RegisterError.notARegister(_, .truncated) = error else { return false }
            return true
        }
    }

    @Test func aRegisterFromANewerDocketIsRefused() throws {
        let fixture = try RegisterFixture()
        _ = try sqlite(fixture.path, "PRAGMA user_version = 99")
        #expect(throws: RegisterError.newerSchema(path: fixture.path, version: 99)) { try Register.open(at: fixture.path) }
    }
}
