import Foundation

/// An HTTP/1.1 answer as a test reads it.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields, names in lower case; a repeated field's values joined by ", ".
    public var headers: [String: String]
    /// The body, de-chunked.
    public var body: [UInt8]

    /// The value of the field `name` (any case), or nil.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The body as UTF-8.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as a JSON object; anything else is thrown.
    public func object() throws -> [String: Any] {
        guard let object = try parsedJSON(text) as? [String: Any] else {
            throw UnexpectedOutput(description: "the body is not a JSON object: \(status) \(text)")
        }
        return object
    }

    /// `{"items": [...]}`'s items; anything else is thrown.
    public func items() throws -> [[String: Any]] {
        guard let items = try object()["items"] as? [[String: Any]] else {
            throw UnexpectedOutput(description: "the body has no items: \(status) \(text)")
        }
        return items
    }
}

/// A small blocking HTTP/1.1 client over Glibc's sockets, for tests of the real server
/// process: no Foundation networking, no curl. Each ``request(_:_:headers:body:)`` opens its
/// own connection and asks the server to close it; ``connect()`` gives one to keep alive.
public struct HTTPClient: Sendable {
    /// Where the server listens.
    public var host: String
    public var port: Int
    /// The bound of every connect, send and receive, and of a whole answer's arrival.
    public var timeout: Duration

    /// A client of `host:port`.
    public init(host: String = "127.0.0.1", port: Int, timeout: Duration = .seconds(15)) {
        self.host = host
        self.port = port
        self.timeout = timeout
    }

    /// Sends one request on a connection of its own (`Connection: close`) and reads the answer.
    public func request(_ method: String, _ path: String, headers: [String: String] = [:],
                        body: [UInt8]? = nil) throws -> HTTPResponse {
        let connection = try connect()
        defer { connection.close() }
        return try connection.request(method, path, headers: headers.merging(["Connection": "close"]) { mine, _ in mine },
                                      body: body)
    }

    /// ``request(_:_:headers:body:)`` with a JSON body given as text.
    public func request(_ method: String, _ path: String, headers: [String: String] = [:], json: String) throws -> HTTPResponse {
        try request(method, path, headers: headers.merging(["Content-Type": "application/json"]) { mine, _ in mine },
                    body: Array(json.utf8))
    }

    /// A connection to keep alive for several requests.
    public func connect() throws -> HTTPConnection {
        HTTPConnection(try TCPConnection(host: host, port: port, timeout: timeout), host: "\(host):\(port)", timeout: timeout)
    }
}

/// One HTTP/1.1 connection, kept alive between requests (unless either side says close).
/// Used by one thread at a time, so not `Sendable`.
public final class HTTPConnection {
    /// The socket under it, for tests that send raw bytes on it.
    public let socket: TCPConnection
    private let host: String
    private let timeout: Duration

    init(_ socket: TCPConnection, host: String, timeout: Duration) {
        self.socket = socket
        self.host = host
        self.timeout = timeout
    }

    /// Closes the connection.
    public func close() {
        socket.close()
    }

    /// Sends a request and reads its answer. A body is sent with its `Content-Length`.
    public func request(_ method: String, _ path: String, headers: [String: String] = [:],
                        body: [UInt8]? = nil) throws -> HTTPResponse {
        try socket.send(Self.head(method, path, host: host, headers: headers, contentLength: body?.count) + (body ?? []))
        return try readResponse(method: method)
    }

    /// ``request(_:_:headers:body:)`` with a JSON body given as text.
    public func request(_ method: String, _ path: String, headers: [String: String] = [:], json: String) throws -> HTTPResponse {
        try request(method, path, headers: headers.merging(["Content-Type": "application/json"]) { mine, _ in mine },
                    body: Array(json.utf8))
    }

    /// The bytes of a request's head: its line, `Host`, `headers`, and `Content-Length` when
    /// given (a POST without a body says 0).
    public static func head(_ method: String, _ path: String, host: String, headers: [String: String],
                            contentLength: Int?) -> [UInt8] {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        if let length = contentLength ?? (method == "POST" && headers["Content-Length"] == nil
                                          && headers["Transfer-Encoding"] == nil ? 0 : nil) {
            text += "Content-Length: \(length)\r\n"
        }
        return Array((text + "\r\n").utf8)
    }

    /// Reads one answer (skipping any 1xx), its body by `Content-Length`, chunked, or to the
    /// end of the stream; the whole within the client's timeout.
    public func readResponse(method: String = "GET") throws -> HTTPResponse {
        let deadline = ContinuousClock.now + timeout
        var reader = Reader(socket: socket, deadline: deadline)
        while true {
            let head = try reader.line(until: [13, 10, 13, 10], limit: 65_536)
            let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
            let statusLine = lines[0].split(separator: " ", maxSplits: 2)
            guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]) else {
                throw UnexpectedOutput(description: "not an HTTP status line: \(lines[0])")
            }
            var headers: [String: String] = [:]
            for line in lines.dropFirst() where !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else {
                    throw UnexpectedOutput(description: "not a header field: \(line)")
                }
                let name = line[..<colon].lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                headers[name] = headers[name].map { $0 + ", " + value } ?? value
            }
            if (100..<200).contains(status) { continue }
            var body: [UInt8] = []
            if method == "HEAD" || status == 204 || status == 304 {
                // No body.
            } else if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
                while true {
                    let sizeLine = String(decoding: try reader.line(until: [13, 10], limit: 1024), as: UTF8.self)
                    let hex = sizeLine.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                    guard let size = Int(hex, radix: 16), size >= 0 else {
                        throw UnexpectedOutput(description: "not a chunk size: \(sizeLine)")
                    }
                    if size == 0 {
                        // Trailers, up to the empty line.
                        while try !reader.line(until: [13, 10], limit: 65_536).isEmpty {}
                        break
                    }
                    body += try reader.bytes(size)
                    guard try reader.bytes(2) == [13, 10] else { throw UnexpectedOutput(description: "a chunk without its CRLF") }
                }
            } else if let length = headers["content-length"].flatMap({ Int($0) }) {
                body = try reader.bytes(length)
            } else {
                body = try reader.rest()
            }
            socket.pending = reader.buffer + socket.pending
            return HTTPResponse(status: status, headers: headers, body: body)
        }
    }

    /// Reads from the socket into a buffer, by deadline.
    private struct Reader {
        let socket: TCPConnection
        let deadline: ContinuousClock.Instant
        var buffer: [UInt8] = []

        mutating func fill() throws -> Bool {
            guard ContinuousClock.now < deadline else { throw SocketError("recv", EAGAIN) }
            let bytes = try socket.receive()
            buffer += bytes
            return !bytes.isEmpty
        }

        /// The bytes before `separator` (which is consumed).
        mutating func line(until separator: [UInt8], limit: Int) throws -> [UInt8] {
            var searchFrom = 0
            while true {
                if buffer.count >= separator.count {
                    for start in searchFrom...(buffer.count - separator.count)
                    where buffer[start..<(start + separator.count)].elementsEqual(separator) {
                        let line = Array(buffer[..<start])
                        buffer.removeFirst(start + separator.count)
                        return line
                    }
                    searchFrom = buffer.count - separator.count + 1
                }
                guard buffer.count <= limit else { throw UnexpectedOutput(description: "a line over \(limit) bytes") }
                guard try fill() else {
                    throw UnexpectedOutput(description: "the connection closed mid-answer after \(buffer.count) bytes")
                }
            }
        }

        mutating func bytes(_ count: Int) throws -> [UInt8] {
            while buffer.count < count {
                guard try fill() else {
                    throw UnexpectedOutput(description: "the connection closed with \(buffer.count) of \(count) bytes")
                }
            }
            let taken = Array(buffer[..<count])
            buffer.removeFirst(count)
            return taken
        }

        mutating func rest() throws -> [UInt8] {
            while try fill() {}
            defer { buffer = [] }
            return buffer
        }
    }
}
