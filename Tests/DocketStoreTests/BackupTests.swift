import DocketCore
import DocketRegister
import DocketTesting
import Foundation
import Testing
@testable import DocketStore

@Suite struct BackingUpTheRegister {
    @Test func theCopyIsAWholeRegisterThatPassesTheIntegrityCheck() throws {
        let fixture = try RegisterFixture()
        for index in 0..<50 { try fixture.file("Vấn đề \(index)") }
        let copy = fixture.directory.path("copy.db")
        try fixture.register.backup(to: copy)
        #expect(try sqlite(copy, "PRAGMA integrity_check").stdout == "ok\n")
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: copy + ".docket-partial"))
        let reopened = try Register.open(at: copy)
        #expect(try reopened.problem(id: 50, as: .admin("test")).title == "Vấn đề 49")
        #expect(try reopened.searchIndexCheck().wrong == [])
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
        let fixture = try RegisterFixture()
        let copy = fixture.directory.path("copy.db")
        try Data("notes\n".utf8).write(to: URL(fileURLWithPath: copy))
        #expect(throws: RegisterError.cannotWrite(path: copy, reason: .exists)) {
            try fixture.register.backup(to: copy)
        }
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "notes\n")
        try fixture.register.backup(to: copy, replacing: true)
        #expect(try sqlite(copy, "PRAGMA integrity_check").stdout == "ok\n")
    }

    @Test func theRegisterAndItsCompanionFilesAreNeverTheCopy() throws {
        let fixture = try RegisterFixture()
        let before = try fixture.fingerprint()
        let path = fixture.path
        let relative = fixture.directory.url.path + "/./register.db-wal"
        for target in [path, path + "-wal", path + "-shm", path + "-journal", relative] {
            #expect(throws: RegisterError.cannotWrite(path: target, reason: .isTheRegister), "\(target)") {
                try fixture.register.backup(to: target, replacing: true)
            }
        }
        #expect(try fixture.fingerprint() == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    }

    @Test func aDirectoryOrAnUnwritablePlaceIsRefused() throws {
        let fixture = try RegisterFixture()
        let folder = fixture.directory.path("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(throws: RegisterError.cannotWrite(path: folder, reason: .isADirectory)) {
            try fixture.register.backup(to: folder, replacing: true)
        }
        let missing = fixture.directory.path("no/such/folder/copy.db")
        #expect(throws: RegisterError.cannotWrite(path: missing, reason: .system(errno: ENOENT))) {
            try fixture.register.backup(to: missing)
        }
    }
}
