import DocketTesting
import Foundation
import Testing

/// Runs the sqlite3 shell on `path` with `sql` and returns what it printed.

@Suite struct BackingUpFromTheCommandLine {
    @Test func theCopyPassesTheIntegrityCheckAndOpensAsARegister() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "92", "--title", "Giá thuê hạ tầng", "--at", "2025-08-26")
        let copy = docket.path("copy.db")
        let run = try docket.ok("backup", copy)
        #expect(run.stdout == "Backed up the register to \(copy).\n")
        #expect(try sqlite(copy, "PRAGMA integrity_check").stdout == "ok\n")
        let listed = try docket.run(["list", "--json", "--db", copy])
        #expect(listed.status == 0)
        #expect(try listed.objects().map { $0["title"] as? String } == ["Giá thuê hạ tầng"])
        #expect(try docket.ok("backup", docket.path("copy2.db"), "--json").object()["backup"] as? String == docket.path("copy2.db"))
    }

    @Test func anExistingFileIsRefusedUnlessForced() throws {
        let docket = try Docket.withUnits()
        let copy = docket.path("copy.db")
        try docket.ok("backup", copy)
        try docket.refuses(1, "backup", copy, saying: "the file exists; give --force to replace it")
        try docket.ok("file", "--locality", "92", "--title", "Mới", "--at", "2025-08-26")
        try docket.ok("backup", copy, "--force")
        #expect(try sqlite(copy, "SELECT count(*) FROM problem").stdout == "1\n")
    }

    @Test func theRegisterItselfIsNeverTheCopy() throws {
        let docket = try Docket.withUnits()
        for target in [docket.db, docket.db + "-wal", docket.db + "-shm"] {
            try docket.refuses(1, "backup", target, "--force", saying: "it is the register itself")
        }
    }

    @Test func anUnwritablePlaceIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, "backup", docket.path("no/such/folder/copy.db"), saying: "No such file or directory")
        try FileManager.default.createDirectory(atPath: docket.path("folder"), withIntermediateDirectories: false)
        try docket.refuses(1, "backup", docket.path("folder"), "--force", saying: "it is a directory")
        try docket.refuses(64, "backup", saying: "Missing expected argument")
    }

    @Test func aBackupTakenWhileAnotherProcessFilesIsConsistent() throws {
        let docket = try Docket.withUnits()
        // Another process files problems (half of them assigned at once, through import) while backups are taken.
        let writer = try ChildProcess("/bin/sh", ["-c", """
            printf 'title,locality,unit,due\\n' > rows.csv
            for i in 1 2 3 4 5 6 7 8 9 10; do printf 'Hàng %s,92,cuc-vt,2099-01-01\\nHàng %s b,Hà Nội,,\\n' $i $i >> rows.csv; done
            for i in $(seq 1 40); do
              '\(Docket.executable.path)' file --locality "Cần Thơ" --title "Vấn đề $i" >/dev/null || exit 1
              '\(Docket.executable.path)' import rows.csv >/dev/null || exit 1
            done
            """], in: docket.directory.path,
            environment: ["DOCKET_DB": docket.db, "DOCKET_ACTOR": "writer", "PATH": "/usr/bin:/bin"], stderr: .inherit)
        var counts: [Int] = []
        var takenWhileWriting = 0
        var index = 0
        while writer.isRunning || index == 0 {
            index += 1
            let copy = docket.path("copy-\(index).db")
            if writer.isRunning { takenWhileWriting += 1 }
            try docket.ok("backup", copy)
            #expect(try sqlite(copy, "PRAGMA integrity_check").stdout == "ok\n")
            let problems = Int(try sqlite(copy, "SELECT count(*) FROM problem").stdout.trimmingCharacters(in: .newlines)) ?? -1
            counts.append(problems)
            #expect(try sqlite(copy, "SELECT count(*) FROM problem AS p WHERE NOT EXISTS (SELECT 1 FROM event AS e WHERE e.problem_id = p.id AND e.action = 'file')").stdout == "0\n")
            #expect(try sqlite(copy, "SELECT count(*) FROM problem WHERE unit_id IS NOT NULL AND id NOT IN (SELECT problem_id FROM event WHERE action = 'assign')").stdout == "0\n")
            #expect(try sqlite(copy, "SELECT count(*) FROM search").stdout == "\(problems)\n")
            #expect(try sqlite(copy, "SELECT coalesce(sum(n), 0) FROM tally").stdout == "\(problems)\n")
            // Every import is whole in the copy or not there at all: 21 problems a round.
            #expect(problems % 21 == 0 || problems % 21 == 1, "\(problems) problems")
            let opened = try docket.run(["list", "--limit", "1", "--db", copy])
            #expect(opened.status == 0, "\(opened.stderr)")
        }
        #expect(writer.wait() == .exit(0))
        #expect(takenWhileWriting >= 1)
        #expect(counts == counts.sorted(), "\(counts)")
        #expect(counts.last.map { $0 <= 40 * 21 } == true, "\(counts)")
    }
}
