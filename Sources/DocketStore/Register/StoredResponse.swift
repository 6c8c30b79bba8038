import DocketCore

/// What `docket serve` answered to a request sent with an Idempotency-Key, kept so that a retry
/// of it is answered the same.
public struct StoredResponse: Sendable, Hashable {
    /// The SHA-256 of the first request's method, path and body: a retry must have the same.
    public var requestHash: [UInt8]
    /// The HTTP status it was answered with.
    public var status: Int
    /// The media type of ``body``.
    public var contentType: String
    /// The body it was answered with, byte for byte.
    public var body: [UInt8]
    /// When it was answered: how old the record is.
    public var createdAt: Instant

    /// Makes a stored response.
    public init(requestHash: [UInt8], status: Int, contentType: String, body: [UInt8], createdAt: Instant) {
        self.requestHash = requestHash
        self.status = status
        self.contentType = contentType
        self.body = body
        self.createdAt = createdAt
    }
}
