import Foundation

/// What one run of a program (docket, the sqlite3 shell, bash) did.
public struct ProgramRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything the program printed on standard output, as UTF-8.
    public var stdout: String
    /// Everything the program printed on standard error, as UTF-8.
    public var stderr: String

    /// A run that did this.
    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    /// stdout parsed as JSON.
    public func json() throws -> Any {
        try parsedJSON(stdout)
    }

    /// stdout parsed as a JSON object; anything else is thrown, failing the test that asked.
    public func object() throws -> [String: Any] {
        guard let object = try json() as? [String: Any] else {
            throw UnexpectedOutput(description: "stdout is not a JSON object: \(stdout)")
        }
        return object
    }

    /// stdout parsed as a JSON array of objects; anything else is thrown, failing the test that asked.
    public func objects() throws -> [[String: Any]] {
        guard let objects = try json() as? [[String: Any]] else {
            throw UnexpectedOutput(description: "stdout is not a JSON array of objects: \(stdout)")
        }
        return objects
    }
}

/// Runs `executable` to its end in `directory`, with `environment` (default: this process's)
/// and `stdin`, and returns what it printed and its status (128 + the signal that ended it).
public func runProgram(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                       environment: [String: String]? = nil, stdin: String? = nil) throws -> ProgramRun {
    let child = try ChildProcess(executable.path, arguments, in: directory?.path, environment: environment,
                                 stdin: .pipe, stdout: .pipe, stderr: .pipe)
    let (termination, stdout, stderr) = try child.finish(stdin: stdin)
    return ProgramRun(status: termination.status, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
}
