import DocketRegister
import Glibc

/// What is at a register's path before SQLite opens it: told from the file itself, so that a
/// directory, another program's file or a truncated copy is refused without being touched.
enum RegisterFile {
    /// What the path holds.
    enum Kind: Equatable {
        /// Nothing: no file there.
        case missing
        /// An empty file, which `init` may make a register.
        case empty
        /// A file whose first 100 bytes are an SQLite header, and whose length holds every page
        /// the header counts.
        case database
        /// Something docket must not touch, and why.
        case foreign(RegisterError.FileFault)
        /// A file this user may not read.
        case noAccess
    }

    /// Looks at `path` without changing it.
    static func inspect(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return .missing }
            return errno == EACCES ? .noAccess : .foreign(.unreadable(errno: errno))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .foreign(.directory) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .foreign(.notRegularFile) }
        if info.st_size == 0 { return .empty }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            return errno == EACCES ? .noAccess : .foreign(.unreadable(errno: errno))
        }
        defer { close(fd) }
        // A checkpoint copies pages from the write-ahead log into the file in order: page 1,
        // with the new page count, first, and the page that grows the file last; the log is
        // removed only after. So while a log stands beside the file — a checkpoint under way
        // in another process, or one a killed process left half done — the count is SQLite's
        // to reconcile, not a sign of truncation. Without a log, a count beyond the length is
        // looked at again, a little later each time (the log may have gone between the reads),
        // before the file is called truncated.
        var verdict = readHeader(fd)
        for wait in [10_000, 40_000, 150_000] as [UInt32] {
            guard case .truncated = verdict else { break }
            if logStandsBeside(path) { return .database }
            usleep(wait)
            verdict = readHeader(fd)
        }
        switch verdict {
        case .database: return .database
        case .truncated(let reason), .foreign(let reason): return .foreign(reason)
        }
    }

    /// Whether a write-ahead log with frames in it stands beside the file at `path`.
    private static func logStandsBeside(_ path: String) -> Bool {
        var log = stat()
        return stat(path + "-wal", &log) == 0 && log.st_size > 0
    }

    /// What the first 100 bytes of an SQLite file say, held against its length.
    private enum Header {
        case database
        case truncated(RegisterError.FileFault)
        case foreign(RegisterError.FileFault)
    }

    /// Reads the header first and the length after, so that a header written after the
    /// length was taken cannot be seen.
    private static func readHeader(_ fd: Int32) -> Header {
        var header = [UInt8](repeating: 0, count: 100)
        let count = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 100, 0) }
        let magic = Array("SQLite format 3".utf8) + [0]
        guard count == 100, Array(header[0..<16]) == magic else {
            return .foreign(.notSQLite)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .foreign(.unreadable(errno: errno)) }
        // The page size is big-endian at offset 16 (1 means 65536); the page count at offset 28
        // is valid when the change counter at 24 equals the version-valid-for number at 92.
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        func word(_ offset: Int) -> Int {
            header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        if word(24) == word(92), pageSize >= 512, Int(info.st_size) < word(28) * pageSize {
            return .truncated(.truncated(pages: word(28), pageSize: pageSize, bytes: Int64(info.st_size)))
        }
        return .database
    }

    /// Creates an empty file at `path` with permissions `mode` (by default readable and
    /// writable by its owner only), whatever the process's umask, unless one is already there.
    /// Returns false when another process made it first.
    static func createPrivate(_ path: String, mode: UInt32 = 0o600) throws(RegisterError) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            defer { close(fd) }
            guard fchmod(fd, mode_t(mode)) == 0 else {
                throw .cannotWrite(path: path, reason: .system(errno: errno))
            }
            return true
        }
        if errno == EEXIST { return false }
        throw .cannotWrite(path: path, reason: .system(errno: errno))
    }

    /// The device and inode of `path`, to tell whether two paths name the same file.
    static func identity(_ path: String) -> (UInt64, UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// `path` made absolute with every link in its folder resolved — the file itself need not
    /// exist — to tell whether a file that is not there yet would be another's companion
    /// (`register.db-wal`). Nil when the folder cannot be resolved.
    static func canonical(_ path: String) -> String? {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != "..", let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return (base == "/" ? "" : base) + "/" + name
    }
}
