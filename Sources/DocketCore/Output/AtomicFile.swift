#if canImport(Glibc)
import Glibc
#endif

/// A file written whole or not at all: written under a temporary name beside it and renamed
/// over it once complete, so that the file is never seen half-written and an earlier version
/// stays intact when writing fails. `--output FILE` and `docket backup` both write this way.
public enum AtomicFile {
    /// Writes the file at `path` through `body`, replacing any file there.
    ///
    /// The temporary file is created empty and exclusively (an existing one is an error,
    /// `EEXIST`) with permissions `mode` — less the process's umask unless `ignoringUmask` —
    /// and `body` is given its path and an open descriptor to it. Once `body` returns, the
    /// file is flushed to the disk, closed and renamed over `path`. When `body` or the system
    /// fails, the temporary file is removed and `path` is as it was.
    ///
    /// - Parameter temporary: the temporary file's path, by default `path` and
    ///   `.docket-partial-` and the process id; it must be in `path`'s folder (a rename does
    ///   not cross file systems).
    /// - Throws: `IOError` (writing) with the system's `errno` when the temporary file cannot
    ///   be made, flushed or renamed; what `body` throws, as it is.
    public static func write(
        _ path: String,
        temporary: String? = nil,
        mode: mode_t = 0o644,
        ignoringUmask: Bool = false,
        _ body: (_ temporary: String, _ fileDescriptor: Int32) throws -> Void
    ) throws {
        let temporary = temporary ?? path + ".docket-partial-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw IOError(.write, code: errno) }
        var closed = false
        do {
            if ignoringUmask, fchmod(fd, mode) != 0 { throw IOError(.write, code: errno) }
            try body(temporary, fd)
            guard fsync(fd) == 0 else { throw IOError(.write, code: errno) }
            closed = true
            guard close(fd) == 0 else { throw IOError(.write, code: errno) }
            guard rename(temporary, path) == 0 else { throw IOError(.write, code: errno) }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
    }
}
