/// The secret of a token: what a client presents (`Authorization: Bearer …`, Open311's
/// `api_key`), of which the register keeps only the SHA-256.
///
/// A secret is `dkt_` and 43 characters of base64url without padding: 32 random bytes, 256
/// bits. Base64url rather than hex because it is 21 characters shorter for the same bits and,
/// like hex, needs no escaping in a header, a URL's query or a form field (its alphabet is
/// letters, digits, `-` and `_`); the prefix lets a person, and a secret scanner, tell a docket
/// token when one is pasted where it should not be.
public enum TokenSecret {
    /// What every secret begins with.
    public static let prefix = "dkt_"
    /// How many random bytes a secret holds.
    public static let randomBytes = 32
    /// How many characters a secret has: the prefix and the bytes in base64url.
    public static let length = prefix.count + (randomBytes * 8 + 5) / 6

    /// A new secret from `generator`: the system's cryptographic one, except in tests.
    public static func make(using generator: inout some RandomNumberGenerator) -> String {
        prefix + base64URL(generator.bytes(randomBytes))
    }

    /// What the register keeps of `secret`, and looks a presented one up by: the SHA-256 of its
    /// UTF-8 bytes.
    public static func hash(_ secret: String) -> [UInt8] {
        SHA256.hash(secret.utf8)
    }

    /// `bytes` in base64url (RFC 4648 §5) without padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Base64.url(bytes)
    }
}
