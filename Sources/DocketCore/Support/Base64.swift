/// Base64 (RFC 4648): the URL-safe alphabet without padding for secrets that travel in
/// headers, cookies and forms, the standard one with padding where a standard asks for it (a
/// Content-Security-Policy hash).
public enum Base64 {
    /// `bytes` in base64url (RFC 4648 §5) without padding.
    public static func url(_ bytes: [UInt8]) -> String {
        encode(bytes, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8), padded: false)
    }

    /// `bytes` in base64 (RFC 4648 §4), padded with `=`.
    public static func standard(_ bytes: [UInt8]) -> String {
        encode(bytes, alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8), padded: true)
    }

    private static func encode(_ bytes: [UInt8], alphabet: [UInt8], padded: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            // Three bytes make four characters; a last one or two make two or three (and the
            // padding to four).
            for position in 0...count {
                out.append(alphabet[Int(group >> UInt32(18 - 6 * position) & 0x3F)])
            }
            if padded { out += repeatElement(UInt8(ascii: "="), count: 3 - count) }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
