import DocketCore
import DocketStore
import Glibc

/// A file a command writes whole, for `--output FILE`: written to a temporary file beside it
/// and renamed over it once complete, so that the file is never seen half-written and an
/// earlier version stays intact when writing fails. Never the register itself.
enum OutputFile {
    /// Writes what `body` puts in its buffer to `path`, replacing any file there.
    ///
    /// - Throws: ``CLIError`` (exit 1) when `path` is the register (or one of its WAL,
    ///   shared-memory or journal files) or a directory; `RegisterError.cannotWrite` when it
    ///   cannot be written, with the system's reason.
    static func write(_ path: String, register: Register, _ body: (OutputBuffer) throws -> Void) throws {
        if register.isOwnFile(path) {
            throw CLIError.outputIsTheRegister(path: path)
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError.outputIsADirectory(path: path)
        }
        let temporary = path + ".docket-partial-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path) }
        var closed = false
        do {
            let buffer = OutputBuffer(fileDescriptor: fd)
            try body(buffer)
            try buffer.flush()
            guard fsync(fd) == 0 else { throw failure(path) }
            closed = true
            guard close(fd) == 0 else { throw failure(path) }
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            if let error = error as? IOError {
                throw RegisterError.cannotWrite(path: path, reason: .system(errno: error.code))
            }
            throw error
        }
    }

    /// The system's reason for the last failure, as the error to report.
    private static func failure(_ path: String) -> RegisterError {
        .cannotWrite(path: path, reason: .system(errno: errno))
    }
}
