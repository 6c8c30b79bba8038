import DocketTesting
import Foundation
import Testing

/// The tests' own spawner: what every end-to-end test stands on.
@Suite struct TheTestsSpawner {
    @Test func aProgramsStatusOutputAndErrorComeBack() throws {
        let run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "printf 'một'; printf 'hai' >&2; exit 3"])
        #expect(run.status == 3)
        #expect(run.stdout == "một")
        #expect(run.stderr == "hai")
    }

    @Test func aMegabyteInAndOutAtOnceNeverStalls() throws {
        // cat writes back as it reads: a parent that wrote all its input before reading would
        // wait on a full pipe for ever.
        let line = String(repeating: "Giá thuê hạ tầng viễn thông thụ động ", count: 20) + "\n"
        let input = String(repeating: line, count: 1_500)
        let run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "cat; cat /dev/null >&2"], stdin: input)
        #expect(run.status == 0)
        #expect(run.stdout == input)
        #expect(run.stdout.utf8.count > 1_000_000)
    }

    @Test func itRunsInItsDirectoryWithItsEnvironment() throws {
        let directory = try TemporaryDirectory(prefix: "docket-spawn")
        let run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "pwd; echo \"$TINH\""], in: directory.url,
                                 environment: ["TINH": "Cần Thơ", "PATH": "/usr/bin:/bin"])
        let real = try #require(realpath(directory.url.path, nil))
        defer { free(real) }
        #expect(run.stdout == "\(String(cString: real))\nCần Thơ\n")
    }

    @Test func aChildStartsWithSIGPIPEAtItsDefault() throws {
        // The test process ignores SIGPIPE; the child must not inherit that: `yes | head`
        // ends because yes dies of SIGPIPE (status 141 in the shell).
        let run = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "yes | head -n 1; echo \"${PIPESTATUS:-done}\""])
        #expect(run.stdout == "y\ndone\n")
        let killed = try runProgram(URL(fileURLWithPath: "/bin/bash"), ["-c", "yes | head -n 1 >/dev/null; echo ${PIPESTATUS[0]}"])
        #expect(killed.stdout == "141\n")
    }

    @Test func aSignalledChildSaysWhichSignalAndIsNotSignalledOnceReaped() throws {
        let child = try ChildProcess("/bin/sleep", ["30"])
        #expect(child.isRunning)
        #expect(child.wait(within: .milliseconds(50)) == nil)
        child.signal(SIGTERM)
        #expect(child.wait(within: .seconds(10)) == .signal(SIGTERM))
        #expect(child.wait() == .signal(SIGTERM))
        #expect(child.wait().status == 128 + SIGTERM)
        #expect(!child.isRunning)
        child.signal(SIGKILL)   // reaped: nothing is sent
    }

    @Test func aProgramThatCannotBeStartedIsThrown() {
        #expect(throws: UnexpectedOutput.self) { _ = try ChildProcess("/no/such/program", []) }
        #expect(throws: UnexpectedOutput.self) { _ = try ChildProcess("/bin/sh", [], in: "/no/such/folder") }
    }
}
