import DocketCore
import DocketRegister
import DocketStore
import Glibc

/// A file a command writes whole, for `--output FILE`, as an ``AtomicFile``: never seen
/// half-written, an earlier version intact when writing fails. Never the register itself.
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
        do {
            try AtomicFile.write(path) { _, fd in
                let buffer = OutputBuffer(fileDescriptor: fd)
                try body(buffer)
                try buffer.flush()
            }
        } catch let error as IOError {
            throw RegisterError.cannotWrite(path: path, reason: .system(errno: error.code))
        }
    }
}
