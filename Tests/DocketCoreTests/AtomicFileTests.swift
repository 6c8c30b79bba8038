import DocketCore
import DocketTesting
import Foundation
import Testing

/// What a writer killed before it could clean up left beside a file is removed by the next
/// write of the file, and only that.
@Suite struct AtomicFileLeftovers {
    /// The id of a process that has run and ended.
    static func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func make(_ path: String) {
        #expect(FileManager.default.createFile(atPath: path, contents: Data("partial".utf8)))
    }

    @Test func aDeadWritersFilesGoAndALiveOnesStay() throws {
        let folder = try TemporaryDirectory()
        let target = folder.path("register.db")
        let dead = try Self.endedProcessID()
        let live = ProcessInfo.processInfo.processIdentifier == 1 ? 2 : 1  // init, or its neighbour: never dead
        let kept = [
            "register.db.docket-partial-\(live)",
            "register.db.docket-partial-\(dead)x",
            "register.db.docket-partial-",
            "other.db.docket-partial-\(dead)",
            "register.db.docket-partial-\(dead)-log",
        ]
        let removed = ["register.db.docket-partial-\(dead)", "register.db.docket-partial-\(dead)-wal",
                       "register.db.docket-partial-\(dead)-shm", "register.db.docket-partial-\(dead)-journal"]
        for name in kept + removed { Self.make(folder.path(name)) }

        try AtomicFile.write(target) { _, fd in
            #expect(write(fd, "whole", 5) == 5)
        }

        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == (kept + ["register.db"]).sorted())
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "whole")
    }

    /// A file left under this process's own id — a killed writer's id drawn again — would
    /// otherwise make the write fail with EEXIST.
    @Test func aLeftoverUnderThisProcesssIdDoesNotStopTheWrite() throws {
        let folder = try TemporaryDirectory()
        let target = folder.path("report.html")
        Self.make(folder.path("report.html.docket-partial-\(getpid())"))

        try AtomicFile.write(target) { _, fd in
            #expect(write(fd, "<html>", 6) == 6)
        }

        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["report.html"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "<html>")
    }
}
