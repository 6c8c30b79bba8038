import DocketCore
import DocketStore
import Glibc

/// A file a command writes whole, for `--output FILE`, as an ``AtomicFile``: never seen
/// half-written, an earlier version intact when writing fails. Never the register itself.
enum OutputFile {
    /// Writes what `body` puts in its buffer to `path`, replacing any file there.
    ///
    /// - Throws: `RegisterError.cannotWrite` (exit 1) when `path` is the register (or one of its
    ///   WAL, shared-memory or journal files), a directory, or cannot be written, saying why.
    static func write(_ path: String, register: Register, _ body: (OutputBuffer) throws -> Void) throws {
        if register.isOwnFile(path) {
            throw RegisterError.cannotWrite(path: path, reason: "it is the register itself; give another file")
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw RegisterError.cannotWrite(path: path, reason: "it is a directory; give a file's path")
        }
        do {
            try AtomicFile.write(path) { _, fd in
                let buffer = OutputBuffer(fileDescriptor: fd)
                try body(buffer)
                try buffer.flush()
            }
        } catch let error as IOError {
            throw RegisterError.cannotWrite(path: path, reason: String(cString: strerror(error.code)))
        }
    }
}
