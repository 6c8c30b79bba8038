import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// ETags and If-Match; Idempotency-Key.
@Suite("Concurrency control over HTTP")
struct ConcurrencyControlTests {
    @Test("every event changes the ETag; a stale If-Match is 412 and changes nothing")
    func etags() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            let first = try await client.execute(uri: "/api/v1/problems/2", method: .get, headers: tokens.headers("coordinator"))
            let tag = try #require(first.headers[.eTag])
            var ifMatch = tokens.headers("coordinator", jsonBody)
            ifMatch[.ifMatch] = tag
            let comment = try await client.execute(uri: "/api/v1/problems/2/comment", method: .post, headers: ifMatch,
                                                   body: json(#"{"text":"Đã xem"}"#))
            #expect(comment.status == .ok)
            let newTag = try #require(comment.headers[.eTag])
            #expect(newTag != tag)
            let before = try tokens.fingerprint()
            let stale = try await client.execute(uri: "/api/v1/problems/2/resolve", method: .post, headers: ifMatch,
                                                 body: json(#"{"resolution":"Xong"}"#))
            #expect(stale.status == .preconditionFailed)
            #expect(try tokens.fingerprint() == before)
            ifMatch[.ifMatch] = newTag
            let current = try await client.execute(uri: "/api/v1/problems/2/resolve", method: .post, headers: ifMatch,
                                                   body: json(#"{"resolution":"Xong"}"#))
            #expect(current.status == .ok)
            #expect(try current.value.member("state")?.stringValue == "resolved")
        }
    }

    @Test("the same Idempotency-Key gives back the same answer, files once; with another body it is 422")
    func idempotency() async throws {
        let served = try ServedRegister()
        let tokens = served.tokens
        try await served.test { client in
            var headers = tokens.headers("can-tho", jsonBody)
            headers[.init("Idempotency-Key")!] = "phien-hop-26-08-1"
            let body = #"{"locality":"Cần Thơ","title":"Thiếu cơ chế chia sẻ hạ tầng"}"#
            let first = try await client.execute(uri: "/api/v1/problems", method: .post, headers: headers, body: json(body))
            let second = try await client.execute(uri: "/api/v1/problems", method: .post, headers: headers, body: json(body))
            #expect(first.status == .created)
            #expect(second.status == .created)
            #expect(second.text == first.text)
            #expect(second.headers[.location] == "/api/v1/problems/6")
            let other = try await client.execute(uri: "/api/v1/problems", method: .post, headers: headers,
                                                 body: json(#"{"locality":"Cần Thơ","title":"Khác"}"#))
            #expect(other.status == .unprocessableContent)
            // Another token's key is its own.
            var theirs = tokens.headers("coordinator", jsonBody)
            theirs[.init("Idempotency-Key")!] = "phien-hop-26-08-1"
            let third = try await client.execute(uri: "/api/v1/problems", method: .post, headers: theirs, body: json(body))
            #expect(third.headers[.location] == "/api/v1/problems/7")
            let list = try await client.execute(uri: "/api/v1/problems", method: .get, headers: tokens.headers("coordinator"))
            #expect(try list.ids == [1, 2, 3, 4, 5, 6, 7])
        }
    }
}
