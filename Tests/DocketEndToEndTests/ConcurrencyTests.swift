import DocketCore
import DocketTesting
import Foundation
import Testing
@testable import DocketStore

/// Several docket processes on one register at once: nobody's work is lost or done twice,
/// and nobody sees SQLITE_BUSY — a writer waits for the one before it.
@Suite(.serialized) struct ManyUsersAtOnce {
    /// Runs `script` with `sh -c` in the register's directory, with DOCKET set to the binary.
    private func shell(_ docket: Docket, _ script: String) throws -> ChildProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["DOCKET"] = Docket.executable.path
        environment["DOCKET_DB"] = docket.db
        environment["DOCKET_ACTOR"] = "test"
        return try ChildProcess("/bin/sh", ["-c", script], in: docket.directory.path, environment: environment,
                                stderr: .inherit)
    }

    @Test func fourWritersFilingThreeHundredEachKeepEveryFilingExactlyOnce() throws {
        let docket = try Docket()
        try docket.ok("init")
        let writers = try (1...4).map { writer in
            try shell(docket, """
                i=1
                while [ $i -le 300 ]; do
                    "$DOCKET" file --locality "Cần Thơ" --title "Người $writer, vấn đề $i" 2>>errors-\(writer).txt \
                        || echo "exit $? on $i" >> failures-\(writer).txt
                    i=$((i + 1))
                done
                """.replacingOccurrences(of: "$writer", with: "\(writer)"))
        }
        for writer in writers { writer.wait() }
        for writer in 1...4 {
            #expect(!FileManager.default.fileExists(atPath: docket.path("failures-\(writer).txt")),
                    "writer \(writer): \((try? String(contentsOfFile: docket.path("errors-\(writer).txt"), encoding: .utf8)) ?? "")")
        }
        let database = try Database(path: docket.db, mode: .readOnly)
        #expect(try database.scalar("SELECT count(*) FROM problem") == 1200)
        #expect(try database.scalar("SELECT count(DISTINCT title) FROM problem") == 1200)
        #expect(try database.scalar("SELECT count(*) FROM event WHERE action = 'file'") == 1200)
        #expect(try database.scalar("SELECT count(*) FROM event") == 1200)
        #expect(try database.scalar("SELECT count(*) FROM search") == 1200)
        #expect(try database.scalarText("PRAGMA integrity_check") == "ok")
    }

    @Test func whenResolveAndCloseRaceExactlyOneWinsAndTheOtherIsRefused() throws {
        let docket = try Docket.withUnits()
        let races = 40
        for index in 1...races {
            try docket.ok("file", "--locality", "92", "--title", "Vấn đề \(index)", "--at", "2025-08-26")
            try docket.ok("assign", "\(index)", "--unit", "cuc-vt", "--at", "2025-08-27")
        }
        let racers = try (1...races).flatMap { index in
            [try shell(docket, "\"$DOCKET\" resolve \(index) --resolution 'Đã xong' 2>resolve-\(index).err; echo $? > resolve-\(index).status"),
             try shell(docket, "\"$DOCKET\" close \(index) --reason 'Trùng' 2>close-\(index).err; echo $? > close-\(index).status")]
        }
        for racer in racers { racer.wait() }
        for index in 1...races {
            let resolve = try String(contentsOfFile: docket.path("resolve-\(index).status"), encoding: .utf8)
            let close = try String(contentsOfFile: docket.path("close-\(index).status"), encoding: .utf8)
            let statuses = [resolve, close].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.sorted()
            #expect(statuses == ["0", "1"], "race #\(index): resolve \(resolve), close \(close)")
            let loserError = try String(contentsOfFile: docket.path(resolve.hasPrefix("0") ? "close-\(index).err" : "resolve-\(index).err"),
                                        encoding: .utf8)
            #expect(loserError.contains("is not allowed"), "race #\(index): \(loserError)")
            let state = try docket.ok("show", "\(index)", "--json").object()["state"] as? String
            #expect(state == (resolve.hasPrefix("0") ? "resolved" : "closed"))
            #expect(try docket.ok("history", "\(index)", "--json").objects().count == 3)
        }
    }

    @Test func aWriterKeptWaitingPastTenSecondsExits75AndWritesNothing() throws {
        let docket = try Docket()
        try docket.ok("init")
        let before = try docket.fingerprint()
        let holder = try Database(path: docket.db, mode: .readWrite)
        try holder.execute("BEGIN IMMEDIATE")
        let started = Date()
        let run = try docket("file", "--locality", "92", "--title", "Đợi quá lâu")
        let waited = Date().timeIntervalSince(started)
        try holder.execute("ROLLBACK")
        #expect(run.status == 75)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("stayed locked by another writer for over 10 seconds"))
        #expect(waited >= 10)
        #expect(try docket.fingerprint() == before)
    }

    @Test func aWriterThatWaitsAShortWhileSucceeds() throws {
        let docket = try Docket()
        try docket.ok("init")
        let holder = try Database(path: docket.db, mode: .readWrite)
        try holder.execute("BEGIN IMMEDIATE")
        let release = DispatchWorkItem { try? holder.execute("COMMIT") }
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.5, execute: release)
        let run = try docket("file", "--locality", "92", "--title", "Đợi một chút")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Filed #1: Đợi một chút (Cần Thơ).\n")
        release.wait()
    }
}
