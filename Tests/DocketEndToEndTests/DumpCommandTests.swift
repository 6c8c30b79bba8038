import DocketTesting
import Foundation
import Testing

/// What a round trip must give back alike: every problem's `show` and `history`, `export` in
/// both forms, and the report of every week.
private func views(_ docket: Docket, at db: String, problems: Int) throws -> [String] {
    var commands: [[String]] = [["export"], ["export", "--csv"], ["token", "list", "--json"], ["search", "gia thue", "--json"]]
    for id in 1...problems { commands += [["show", "\(id)", "--json"], ["history", "\(id)", "--json"]] }
    for week in 33...37 { commands.append(["report", "weekly", "--week", "2025-W\(week)", "--json"]) }
    return try commands.map { command in
        let run = try docket.run(command + ["--db", db], environment: ["DOCKET_NOW": "2025-09-15T09:00:00+07:00"])
        #expect(run.status == 0, "\(command) on \(db): \(run.stderr)")
        return run.stdout
    }
}

@Suite struct DumpingAndRestoringFromTheCommandLine {
    /// A register of a few weeks' work, every kind of change in it, dumped to a file and
    /// restored, through a pipe, and copied: each comes back the same.
    @Test func aRegisterComesBackTheSameThroughAFileAPipeAndACopy() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "92", "--title", "Giá thuê hạ tầng viễn thông thụ động", "--at", "2025-08-11")
        try docket.ok("file", "--locality", "Ninh Kiều, Cần Thơ", "--title", "Chồng chéo trách nhiệm", "--at", "2025-08-12")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Cột ăng-ten", "--at", "2025-08-13")
        try docket.ok("assign", "1", "--unit", "cuc-vt", "--due", "2025-09-01", "--at", "2025-08-14")
        try docket.ok("answer", "1", "--response", "Đang xây dựng khung giá", "--at", "2025-08-20")
        try docket.ok("resolve", "1", "--resolution", "Đã ban hành khung giá", "--at", "2025-08-28")
        try docket.ok("escalate", "2", "--to", "chinh-phu", "--reason", "Vượt thẩm quyền", "--at", "2025-08-21")
        try docket.ok("close", "3", "--reason", "Trùng", "--at", "2025-09-02")
        try docket.ok("edit", "2", "--title", "Chồng chéo trách nhiệm giữa các bộ", "--at", "2025-09-03")
        try docket.ok("token", "add", "can-tho", "--role", "locality", "--locality", "Cần Thơ")
        let original = try views(docket, at: docket.db, problems: 3)

        let file = docket.path("register.jsonl")
        let dumped = try docket.ok("dump", "--output", file)
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(dumped.stdout == "Dumped the register to \(file): \(lines.count - 2) records.\n")
        #expect(lines.first?.hasPrefix(#"{"format":"docket-dump","version":1,"schema":"#) == true)
        #expect(lines.last == #"{"kind":"end","records":\#(lines.count - 2)}"#)
        // The dump on stdout is the same, its first line (when it was made) aside.
        #expect(try docket.ok("dump").stdout.split(separator: "\n").dropFirst() == lines.dropFirst())

        let restored = docket.path("restored.db")
        let run = try docket.run(["restore", file, "--db", restored])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Restored the register at \(restored): 3 problems with 9 events, \(lines.count - 2) records in all.\n")
        #expect(try views(docket, at: restored, problems: 3) == original)

        let piped = docket.path("piped.db")
        let pipe = try docket.run(["restore", "-", "--db", piped, "--json"], stdin: String(contentsOfFile: file, encoding: .utf8))
        #expect(pipe.status == 0, "\(pipe.stderr)")
        #expect(try pipe.object()["problems"] as? Int == 3)
        #expect(try pipe.object()["events"] as? Int == 9)
        #expect(try views(docket, at: piped, problems: 3) == original)

        let copied = docket.path("copied.db")
        #expect(try docket.ok("copy", "--to", copied).stdout.hasPrefix("Restored the register at \(copied): 3 problems with 9 events"))
        #expect(try views(docket, at: copied, problems: 3) == original)
    }

    @Test func whatCannotBeRestoredIsRefusedWithItsStatus() throws {
        let docket = try Docket.withUnits()
        let file = docket.path("register.jsonl")
        try docket.ok("dump", "--output", file)
        // --db names the register already there.
        try docket.refuses(1, "restore", file, saying: "a dump is restored only into a new register")
        try docket.refuses(1, "copy", "--to", docket.db, saying: "a dump is restored only into a new register")
        let target = docket.path("new.db")
        // The dump without its last line.
        let text = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        try Data("{\"kind\":\n".utf8).write(to: URL(fileURLWithPath: docket.path("broken.jsonl")))
        for (arguments, status, fragment) in [
            (["restore", docket.path("missing.jsonl")], 66 as Int32, "missing.jsonl"),
            (["restore", docket.path("broken.jsonl")], 65, "Nothing was restored: line 1 of the dump is not one JSON object."),
            (["restore", "-"], 65, "Nothing was restored: line 1 of the dump is empty"),
            (["restore"], 64, "Missing expected argument"),
            (["copy"], 64, "--to"),
        ] {
            let run = try docket.run(arguments + ["--db", target])
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(fragment), "\(arguments): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: target))
        }
        let cut = try docket.run(["restore", "-", "--db", target], stdin: text)
        #expect(cut.status == 65)
        #expect(cut.stderr == "docket: Nothing was restored: the dump ends before its last line, which counts its records: it was cut short.\n")
        let vietnamese = try docket.run(["restore", "-", "--db", target, "--lang", "vi"], stdin: text)
        #expect(vietnamese.stderr == "docket: Chưa khôi phục gì: bản kết xuất kết thúc trước dòng cuối (dòng đếm số bản ghi): nó đã bị cắt ngang.\n")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// A PostgreSQL URL is refused as such, never taken for a file's path.
    @Test func aPostgreSQLRegisterIsRefusedNotTakenForAPath() throws {
        let docket = try Docket.withUnits()
        let url = "postgres://docket@127.0.0.1:5432/docket"
        for arguments in [["list", "--db", url], ["init", "--db", url], ["copy", "--to", "postgresql://127.0.0.1/docket", "--db", docket.db]] {
            let run = try docket.run(arguments)
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains("cannot use the PostgreSQL database"), "\(arguments): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: docket.path("postgres:")))
    }

    /// A restore killed halfway — its dump still coming through a pipe — leaves no register.
    @Test func aRestoreKilledHalfwayLeavesNoRegister() throws {
        let docket = try Docket.withUnits()
        for index in 0..<200 {
            try docket.ok("file", "--locality", "92", "--title", "Vấn đề \(index)", "--at", "2025-08-11")
        }
        let lines = try docket.ok("dump").stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let fifo = docket.path("dump.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let target = docket.path("restored.db")
        let process = try ChildProcess(Docket.executable.path, ["restore", fifo, "--db", target])
        // The writing end opens once the restore has opened the reading end (bounded wait).
        let deadline = Date().addingTimeInterval(60)
        var fd: Int32 = -1
        while fd < 0 && Date() < deadline {
            fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd < 0 { usleep(10_000) }
        }
        #expect(fd >= 0, "the restore never opened its dump")
        guard fd >= 0 else { process.signal(SIGKILL); _ = process.wait(within: .seconds(10)); return }
        defer { close(fd) }
        let half = lines.prefix(lines.count / 2).joined(separator: "\n") + "\n"
        var bytes = Array(half.utf8)[...]
        while !bytes.isEmpty && Date() < deadline {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written) } else { usleep(1_000) }
        }
        // The restore is under way: its file is being written under a temporary name.
        var started = false
        while !started && Date() < deadline {
            started = try FileManager.default.contentsOfDirectory(atPath: docket.directory.path).contains { $0.hasPrefix("restored.db.docket-partial") }
            if !started { usleep(10_000) }
        }
        #expect(started)
        #expect(process.isRunning)
        process.signal(SIGKILL)
        #expect(process.wait(within: .seconds(30)) == .signal(SIGKILL))
        #expect(!FileManager.default.fileExists(atPath: target))
        // The same dump, whole, restores there afterwards.
        let whole = try docket.run(["restore", "-", "--db", target], stdin: lines.joined(separator: "\n"))
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try sqlite(target, "SELECT count(*) FROM problem").stdout == "200\n")
    }
}
