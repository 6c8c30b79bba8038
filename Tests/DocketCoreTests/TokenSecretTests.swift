import Testing
@testable import DocketCore

/// A generator that gives the same 64 bits every time.
private struct ConstantGenerator: RandomNumberGenerator {
    let word: UInt64
    mutating func next() -> UInt64 { word }
}

@Suite struct ATokenSecretIsThirtyTwoRandomBytesInBase64URL {
    @Test func base64URLWithoutPaddingGivesRFC4648sVectors() {
        let vectors = ["": "", "f": "Zg", "fo": "Zm8", "foo": "Zm9v", "foob": "Zm9vYg", "fooba": "Zm9vYmE", "foobar": "Zm9vYmFy"]
        for (text, encoded) in vectors {
            #expect(TokenSecret.base64URL(Array(text.utf8)) == encoded, "\(text)")
        }
        // The URL-safe alphabet: '-' and '_' where base64 has '+' and '/'.
        #expect(TokenSecret.base64URL([0xFB, 0xFF, 0xBF]) == "-_-_")
    }

    @Test func aSecretIsThePrefixAndFortyThreeCharacters() {
        var ones = ConstantGenerator(word: .max)
        #expect(TokenSecret.make(using: &ones) == "dkt_" + String(repeating: "_", count: 42) + "8")
        var counting = ConstantGenerator(word: 0x0706_0504_0302_0100)
        let secret = TokenSecret.make(using: &counting)
        #expect(secret == "dkt_AAECAwQFBgcAAQIDBAUGBwABAgMEBQYHAAECAwQFBgc")
        #expect(secret.count == TokenSecret.length)
        #expect(TokenSecret.length == 47)
        #expect(TokenSecret.hash(secret) == SHA256.hash(Array(secret.utf8)))
    }
}
