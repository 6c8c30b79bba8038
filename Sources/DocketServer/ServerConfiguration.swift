/// How `docket serve` runs: the register, where it listens, and its limits (SERVE.md).
public struct ServerConfiguration: Sendable {
    /// The register's file.
    public var path: String
    /// The address it listens on; port 0 takes a free port.
    public var host: String
    public var port: Int
    /// How often the sweep runs, or nil for never.
    public var sweepEvery: Duration?
    /// How many reader connections serve reads beside the one writer.
    public var readers: Int
    /// The largest body of a request, and of an import.
    public var bodyLimit = 1 << 20
    public var importLimit = 64 << 20
    /// How long a request's head may take to arrive, and then its body: a client that
    /// trickles either is cut off, holding up no one meanwhile.
    public var headTimeout: Duration = .seconds(10)
    public var bodyTimeout: Duration = .seconds(30)
    /// How long a connection may stay idle between requests.
    public var idleTimeout: Duration = .seconds(60)
    /// How long the requests under way may take to finish once a stop is asked for.
    public var drainTimeout: Duration = .seconds(30)

    public init(path: String, host: String = "127.0.0.1", port: Int = 8080, sweepEvery: Duration? = nil, readers: Int = 4) {
        self.path = path
        self.host = host
        self.port = port
        self.sweepEvery = sweepEvery
        self.readers = readers
    }
}
