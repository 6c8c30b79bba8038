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
    ///   not cross file systems). With the default name, what a writer of `path` killed
    ///   before it could clean up left there is removed first (``removeLeftovers(of:)``).
    /// - Throws: `IOError` (writing) with the system's `errno` when the temporary file cannot
    ///   be made, flushed or renamed; what `body` throws, as it is.
    public static func write(
        _ path: String,
        temporary: String? = nil,
        mode: mode_t = 0o644,
        ignoringUmask: Bool = false,
        _ body: (_ temporary: String, _ fileDescriptor: Int32) throws -> Void
    ) throws {
        if temporary == nil { removeLeftovers(of: path) }
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

    /// Removes the temporary files that writers of `path` killed before they could clean up
    /// left beside it: `path` and `.docket-partial-` and a process id, with SQLite's `-wal`,
    /// `-shm` or `-journal` (a restore writes a register there), whose process is gone or is
    /// this one — a live other writer's are kept. A process id is used again: without this a
    /// later writer that draws a dead one's id could not make its file (`EEXIST`).
    static func removeLeftovers(of path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let prefix = String(slash.map { path[path.index(after: $0)...] } ?? path[...]) + ".docket-partial-"
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(directory) }
        var leftovers: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix(prefix) else { continue }
            var rest = name.dropFirst(prefix.count)
            for suffix in ["-wal", "-shm", "-journal"] where rest.hasSuffix(suffix) {
                rest = rest.dropLast(suffix.count)
                break
            }
            guard rest.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let pid = pid_t(rest), pid > 0,
                  pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH)
            else { continue }
            leftovers.append(folder + name)
        }
        for leftover in leftovers { unlink(leftover) }
    }
}
