#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A program the tests start: posix_spawn(3) itself, not Foundation's `Process`.
///
/// On Linux, `Process.run()` of swift-corelibs-foundation up to Swift 6.3 reads past glibc's
/// readdir buffer while it lists /proc/self/fd, and now and then crashes the whole test run
/// with SIGSEGV in memcpy (swiftlang/swift-corelibs-foundation#5472); CI crashed so once.
/// This spawns without listing anything: every descriptor the tests open is close-on-exec
/// (pipes here are made so), and the child is given only its three standard streams.
///
/// The child starts with an empty signal mask and every signal at its default action, as
/// from a terminal: the test process ignores SIGPIPE, and an ignored signal would be inherited.
public final class ChildProcess: Sendable {
    /// Where a standard stream of the child goes.
    public enum Stream: Sendable {
        /// /dev/null.
        case null
        /// The test process's own.
        case inherit
        /// A file, created or truncated (appended to, for `append`).
        case file(String, append: Bool = false)
        /// A pipe this object reads (stdout, stderr) or writes (stdin); see ``finish(stdin:)``.
        case pipe
    }

    /// How the child ended.
    public enum Termination: Equatable, Sendable, CustomStringConvertible {
        case exit(Int32)
        case signal(Int32)

        /// The exit status, or 128 + the signal, as a shell reports it.
        public var status: Int32 {
            switch self {
            case .exit(let status): status
            case .signal(let signal): 128 + signal
            }
        }

        public var description: String {
            switch self {
            case .exit(let status): "exit \(status)"
            case .signal(let signal): "signal \(signal)"
            }
        }
    }

    /// The child's process id.
    public let pid: pid_t
    private let pipes: Mutex<(stdin: Int32?, stdout: Int32?, stderr: Int32?)>
    private let ended = Mutex<Termination?>(nil)

    /// Starts `executable` with `arguments` (not including its own name) in `directory`, with
    /// `environment` (default: this process's).
    public init(_ executable: String, _ arguments: [String], in directory: String? = nil,
                environment: [String: String]? = nil,
                stdin: Stream = .null, stdout: Stream = .null, stderr: Stream = .null) throws {
        var actions = posix_spawn_file_actions_t()
        try Self.check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init")
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        try Self.check(posix_spawnattr_init(&attributes), "posix_spawnattr_init")
        defer { posix_spawnattr_destroy(&attributes) }

        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        try Self.check(posix_spawnattr_setsigmask(&attributes, &none), "posix_spawnattr_setsigmask")
        try Self.check(posix_spawnattr_setsigdefault(&attributes, &all), "posix_spawnattr_setsigdefault")
        try Self.check(posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)),
                       "posix_spawnattr_setflags")

        // The parent's ends of the pipes, and every descriptor to close once the child has its own.
        var ours: [Int32?] = [nil, nil, nil]
        var theirs: [Int32] = []
        defer { for fd in theirs { close(fd) } }
        do {
            for (target, stream) in [stdin, stdout, stderr].enumerated() {
                let fd = Int32(target)
                switch stream {
                case .inherit:
                    continue
                case .null:
                    try Self.check(posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0),
                                   "posix_spawn_file_actions_addopen")
                case .file(let path, let append):
                    try Self.check(posix_spawn_file_actions_addopen(&actions, fd, path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644),
                                   "posix_spawn_file_actions_addopen")
                case .pipe:
                    var ends: [Int32] = [-1, -1]
                    guard Self.pipe2(&ends, O_CLOEXEC) == 0 else { throw UnexpectedOutput(description: "pipe2: \(String(cString: strerror(errno)))") }
                    let (child, parent) = target == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                    ours[target] = parent
                    theirs.append(child)
                    try Self.check(posix_spawn_file_actions_adddup2(&actions, child, fd), "posix_spawn_file_actions_adddup2")
                }
            }
            if let directory {
                try Self.check(Self.addChdir(&actions, directory), "posix_spawn_file_actions_addchdir_np(\(directory))")
            }

            let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
            var pid: pid_t = 0
            let spawned = Self.withCStrings([executable] + arguments) { argv in
                Self.withCStrings(environment) { envp in
                    posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
                }
            }
            try Self.check(spawned, "posix_spawn(\(executable))")
            self.pid = pid
        } catch {
            for fd in ours.compactMap({ $0 }) { close(fd) }
            throw error
        }
        pipes = Mutex((ours[0], ours[1], ours[2]))
    }

    /// Writes `stdin` to the child's piped standard input (then closes it), reads its piped
    /// standard output and error to their ends, all at once so that neither side waits on a
    /// full pipe, and waits for the child to end.
    public func finish(stdin: String? = nil) throws -> (termination: Termination, stdout: Data, stderr: Data) {
        let (input, output, error) = pipes.withLock { pipes in
            defer { pipes = (nil, nil, nil) }
            return pipes
        }
        var pending = Array((stdin ?? "").utf8)[...]
        var streams: [(fd: Int32, data: Data)] = [output, error].map { ($0 ?? -1, Data()) }
        var writing = input
        if let fd = writing, pending.isEmpty { close(fd); writing = nil }
        defer {
            if let writing { close(writing) }
            for stream in streams where stream.fd >= 0 { close(stream.fd) }
        }
        // Never blocking on our ends: a pipe polled writable may take only a few kilobytes.
        for fd in [input, output, error].compactMap({ $0 }) { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while writing != nil || streams.contains(where: { $0.fd >= 0 }) {
            var polled = streams.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            polled.append(pollfd(fd: writing ?? -1, events: Int16(POLLOUT), revents: 0))
            guard poll(&polled, nfds_t(polled.count), -1) >= 0 else {
                if errno == EINTR { continue }
                throw UnexpectedOutput(description: "poll: \(String(cString: strerror(errno)))")
            }
            for index in streams.indices where streams[index].fd >= 0 && polled[index].revents != 0 {
                let count = read(streams[index].fd, &buffer, buffer.count)
                if count > 0 {
                    streams[index].data.append(contentsOf: buffer[..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(streams[index].fd)
                    streams[index].fd = -1
                }
            }
            if let fd = writing, polled[2].revents != 0 {
                let count = pending.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                if count > 0 { pending = pending.dropFirst(count) }
                if pending.isEmpty || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    close(fd)
                    writing = nil
                }
            }
        }
        return (wait(), streams[0].data, streams[1].data)
    }

    /// Whether the child still runs (reaping it if it has ended).
    public var isRunning: Bool {
        reaped() == nil
    }

    /// Waits for the child to end.
    @discardableResult
    public func wait() -> Termination {
        // Waits without reaping (WNOWAIT), so that a ``signal(_:)`` from another thread meanwhile
        // is never blocked and never reaches a reused pid; then reaps.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        while true {
            if let ended = reaped() { return ended }
            usleep(1_000)
        }
    }

    /// Waits at most `limit` for the child to end; how it did, or nil if it still runs.
    public func wait(within limit: Duration) -> Termination? {
        let deadline = ContinuousClock.now + limit
        while true {
            if let ended = reaped() { return ended }
            guard ContinuousClock.now < deadline else { return nil }
            usleep(2_000)
        }
    }

    /// Sends `signal` to the child, unless it has already been reaped.
    public func signal(_ signal: Int32) {
        ended.withLock { ended in
            if ended == nil { _ = kill(pid, signal) }
        }
    }

    deinit {
        pipes.withLock { pipes in
            for fd in [pipes.stdin, pipes.stdout, pipes.stderr].compactMap({ $0 }) { close(fd) }
        }
    }

    /// How the child ended, once it has; reaps it. The lock is held across waitpid so that
    /// the pid is never signalled after it was reaped (and perhaps reused).
    private func reaped() -> Termination? {
        ended.withLock { ended in
            if let ended { return ended }
            var status: Int32 = 0
            var reaped = waitpid(pid, &status, WNOHANG)
            while reaped < 0 && errno == EINTR { reaped = waitpid(pid, &status, WNOHANG) }
            guard reaped == pid else { return nil }
            // WIFEXITED, WEXITSTATUS and WTERMSIG are macros, which Swift does not import.
            let signal = status & 0x7f
            ended = signal == 0 ? .exit((status >> 8) & 0xff) : .signal(signal)
            return ended
        }
    }

    private static func check(_ result: Int32, _ call: String) throws {
        guard result == 0 else { throw UnexpectedOutput(description: "\(call): \(String(cString: strerror(result)))") }
    }

    /// glibc's posix_spawn_file_actions_addchdir_np (2.29 and later), which Swift's Glibc
    /// module does not declare: it needs _GNU_SOURCE.
    private static func addChdir(_ actions: inout posix_spawn_file_actions_t, _ directory: String) -> Int32 {
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        guard let addChdir = glibc("posix_spawn_file_actions_addchdir_np", as: AddChdir.self) else { return ENOSYS }
        return addChdir(&actions, directory)
    }

    /// glibc's pipe2, which also needs _GNU_SOURCE: a pipe made close-on-exec at once, so that
    /// no child spawned meanwhile by another thread inherits it (and keeps it open).
    private static func pipe2(_ ends: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32 {
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
        guard let pipe2 = glibc("pipe2", as: Pipe2.self) else { errno = ENOSYS; return -1 }
        return pipe2(ends, flags)
    }

    /// The C function `name` of the C library, as `type`.
    private static func glibc<Function>(_ name: String, as type: Function.Type) -> Function? {
        dlsym(dlopen(nil, RTLD_NOW), name).map { unsafeBitCast($0, to: type) }
    }

    /// Calls `body` with `strings` as a NULL-terminated array of C strings.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
