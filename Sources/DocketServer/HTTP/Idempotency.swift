import DocketCore
import DocketStore
import HTTPTypes
import Hummingbird

/// An answer as it is kept for an `Idempotency-Key`, and sent.
struct StoredAnswer: Sendable {
    var status: HTTPResponse.Status
    var contentType: String
    var body: [UInt8]
    var location: String?
    var etag: String?

    var response: Response {
        var headers: HTTPFields = [:]
        if let location { headers[.location] = location }
        if let etag { headers[.eTag] = etag }
        return .bytes(body, contentType: contentType, status: status, headers: headers)
    }
}

/// Where a request with an `Idempotency-Key` keeps its answer: in the same transaction as
/// the change it made, so that the two are durable together or not at all.
struct IdempotencyRecord: Sendable {
    let token: Int64
    let key: String
    let requestHash: [UInt8]

    func keep(_ answer: StoredAnswer, in register: Register, at now: Instant) throws {
        try register.recordIdempotentResponse(token: token, key: key, requestHash: requestHash, status: Int(answer.status.code),
                                              contentType: answer.contentType, body: answer.body, at: now,
                                              replacingBefore: now.adding(seconds: -API.idempotencyWindow))
    }
}

extension HTTPField.Name {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
}

extension API {
    /// How long an answer is kept for its key.
    static let idempotencyWindow: Int64 = 24 * 60 * 60

    /// Runs `perform` once per (token, `Idempotency-Key`): the same key with the same request
    /// gives back the first answer, a duplicate that arrives while the first is under way
    /// waits for it, and the same key with another request is refused (422). Without the
    /// header, `perform` simply runs. `perform` keeps its answer with the record it is given,
    /// in its own write.
    func idempotently(_ request: Request, _ context: DocketRequestContext, caller: Caller, body: [UInt8],
                      perform: @escaping (IdempotencyRecord?) async throws -> StoredAnswer) async throws -> Response {
        guard let key = request.headers[.idempotencyKey] else { return try await perform(nil).response }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw APIError.parameter(name: "Idempotency-Key", value: key)
        }
        let hash = SHA256.hash(Array("\(request.method.rawValue) \(request.uri.path)?\(request.uri.query ?? "")\n".utf8) + body)
        let record = IdempotencyRecord(token: caller.token, key: key, requestHash: hash)
        return try await keys.serialize(.init(token: caller.token, key: key)) {
            let since = clock().adding(seconds: -Self.idempotencyWindow)
            let stored = try await read { try $0.idempotentResponse(token: caller.token, key: key) }
            if let stored, stored.createdAt >= since {
                guard stored.requestHash == hash else { throw APIError.idempotencyKeyReused }
                return try await replay(stored, caller: caller)
            }
            return try await perform(record).response
        }
    }

    /// The kept answer; for a problem it made, with its `Location` and its `ETag` as it stands
    /// now (a problem the caller can no longer see gets neither).
    private func replay(_ stored: StoredResponse, caller: Caller) async throws -> Response {
        var answer = StoredAnswer(status: HTTPResponse.Status(code: stored.status), contentType: stored.contentType, body: stored.body)
        if stored.status == 201, case .object(let members)? = try? JSONReader.parse(stored.body),
           case .integer(let number)? = members.first(where: { $0.0 == "id" })?.1 {
            let id = Int64(number)
            if let version = try? await read({ try $0.versionedProblem(id: id, as: caller.principal).version }) {
                answer.location = "/api/v1/problems/\(id)"
                answer.etag = Self.etag(id, version)
            }
        }
        return answer.response
    }
}
