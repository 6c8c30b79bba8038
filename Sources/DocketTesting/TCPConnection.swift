import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a socket call failed: the call and its `errno`.
public struct SocketError: Error, CustomStringConvertible {
    /// The call that failed (`connect`, `send`, `recv`, …).
    public let call: String
    /// Its `errno`.
    public let code: Int32

    /// A failure of `call` with `code`.
    public init(_ call: String, _ code: Int32) {
        self.call = call
        self.code = code
    }

    /// Whether the peer refused the connection (nothing listens on the port).
    public var isRefused: Bool { code == ECONNREFUSED }
    /// Whether a receive or send timed out (SO_RCVTIMEO / SO_SNDTIMEO).
    public var isTimeout: Bool { code == EAGAIN || code == EWOULDBLOCK }

    public var description: String { "\(call): \(String(cString: strerror(code))) (errno \(code))" }
}

/// One TCP connection to 127.0.0.1, blocking, over Glibc's sockets: every send and receive
/// bounded by `timeout` (SO_SNDTIMEO / SO_RCVTIMEO, which bound `connect` too on Linux).
/// For tests that speak raw HTTP/1.1 bytes: a body sent slowly, a body never sent, a close.
///
/// Owns its descriptor, closed in `deinit`; used by one thread at a time, so not `Sendable`.
public final class TCPConnection {
    private let descriptor: Int32
    private var closed = false
    /// Bytes received and not yet handed out.
    var pending: [UInt8] = []

    /// Connects to `host:port` (an IPv4 address), each operation bounded by `timeout`.
    public init(host: String = "127.0.0.1", port: Int, timeout: Duration = .seconds(10)) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SocketError("socket", errno) }
        var time = timeval(tv_sec: Int(timeout.components.seconds),
                           tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            Glibc.close(descriptor)
            throw SocketError("inet_pton", EINVAL)
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw SocketError("connect", code)
        }
        self.descriptor = descriptor
    }

    deinit {
        if !closed { Glibc.close(descriptor) }
    }

    /// Closes the connection (once).
    public func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(descriptor)
    }

    /// Sends every byte of `bytes` (never raising SIGPIPE: a peer gone is a thrown EPIPE).
    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw SocketError("send", sent == 0 ? EPIPE : errno) }
            offset += sent
        }
    }

    /// Sends `text` as UTF-8.
    public func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Up to `limit` bytes: what is pending, else one `recv`; empty at the end of the stream.
    /// A timeout or a reset is thrown.
    public func receive(limit: Int = 65_536) throws -> [UInt8] {
        if !pending.isEmpty {
            let taken = Array(pending.prefix(limit))
            pending.removeFirst(taken.count)
            return taken
        }
        var buffer = [UInt8](repeating: 0, count: limit)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw SocketError("recv", errno) }
        return Array(buffer[..<count])
    }

    /// Whether something can be read (bytes, the end of the stream, or an error) within `limit`.
    public func isReadable(within limit: Duration) -> Bool {
        if !pending.isEmpty { return true }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(limit.components.seconds * 1000 + limit.components.attoseconds / 1_000_000_000_000_000)
        return poll(&poller, 1, max(0, milliseconds)) > 0
    }

    /// What the peer sent until it closed the connection, waiting at most `limit`; `closed`
    /// is false when the deadline came first. A reset counts as a close.
    public func readUntilClosed(within limit: Duration) -> (received: [UInt8], closed: Bool) {
        let deadline = ContinuousClock.now + limit
        var received: [UInt8] = []
        while ContinuousClock.now < deadline {
            guard isReadable(within: min(.milliseconds(200), deadline - ContinuousClock.now)) else { continue }
            do {
                let bytes = try receive()
                if bytes.isEmpty { return (received, true) }
                received += bytes
            } catch let error as SocketError where error.isTimeout {
                continue
            } catch {
                return (received, true)
            }
        }
        return (received, false)
    }

    /// What a trickle of bytes came to: how many were sent, what the peer answered meanwhile,
    /// and whether it closed the connection (and when, from the first byte).
    public struct Trickle: Sendable {
        public var sent: Int
        public var received: [UInt8]
        public var closedAfter: Duration?
    }

    /// Sends `bytes` one at a time, `interval` apart, watching the connection meanwhile:
    /// stops as soon as the peer closes it (or resets it), and afterwards waits at most
    /// `linger` for it to close. Bounded by `bytes.count` × `interval` + `linger`.
    public func trickle(_ bytes: [UInt8], every interval: Duration, linger: Duration = .zero) -> Trickle {
        let start = ContinuousClock.now
        var outcome = Trickle(sent: 0, received: [], closedAfter: nil)
        func watch(until deadline: ContinuousClock.Instant) -> Bool {
            while ContinuousClock.now < deadline {
                guard isReadable(within: deadline - ContinuousClock.now) else { continue }
                guard let answer = try? receive(), !answer.isEmpty else {
                    outcome.closedAfter = ContinuousClock.now - start
                    return true
                }
                outcome.received += answer
            }
            return false
        }
        for byte in bytes {
            do {
                try send([byte])
            } catch {
                outcome.closedAfter = ContinuousClock.now - start
                return outcome
            }
            outcome.sent += 1
            if watch(until: ContinuousClock.now + interval) { return outcome }
        }
        _ = watch(until: ContinuousClock.now + linger)
        return outcome
    }
}
