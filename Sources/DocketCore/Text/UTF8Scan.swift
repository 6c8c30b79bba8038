/// Byte-level UTF-8 checks for the places that must say *where* text is broken (a command-line
/// argument, a line of a CSV file), which the standard library's validating initialisers do
/// not tell.
enum UTF8Scan {
    /// The length (1 to 4) of the well-formed UTF-8 sequence that starts at `bytes[index]`, or
    /// nil when none does: a stray continuation byte, a truncated sequence, an overlong form,
    /// a surrogate or a code point above U+10FFFF (RFC 3629, table 3-7 of the Unicode Standard).
    static func sequenceLength<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, at index: Bytes.Index
    ) -> Int? {
        let first = bytes[index]
        if first < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard bytes.distance(from: index, to: bytes.endIndex) >= length else { return nil }
        var position = bytes.index(after: index)
        let second = bytes[position]
        guard second >= low && second <= high else { return nil }
        for _ in 2..<length {
            position = bytes.index(after: position)
            guard bytes[position] & 0xC0 == 0x80 else { return nil }
        }
        return length
    }

    /// The offset of the first byte of `bytes` that is not part of well-formed UTF-8, or nil
    /// when all of it is.
    static func firstInvalidOffset<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> Int? {
        var index = bytes.startIndex
        while index != bytes.endIndex {
            guard let length = sequenceLength(in: bytes, at: index) else {
                return bytes.distance(from: bytes.startIndex, to: index)
            }
            index = bytes.index(index, offsetBy: length)
        }
        return nil
    }

    /// What a quick look at UTF-8 bytes finds.
    enum Verdict: Equatable {
        /// Well-formed, and certainly NFC: every scalar is below U+0300 or in Latin Extended
        /// Additional (U+1E00–U+1EFF), as all precomposed Vietnamese is. Such scalars all start
        /// a character and none is excluded from composition, so text made only of them is NFC
        /// (the quick check of UAX #15).
        case knownNFC
        /// Well-formed; whether it is NFC takes the full algorithm (a combining mark, CJK...).
        case valid
        /// Not UTF-8 from this offset on.
        case invalid(at: Int)
    }

    /// Validates `bytes` and checks, in the same pass, whether they are certainly NFC.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        var index = 0
        var knownNFC = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(in: bytes, at: index) else { return .invalid(at: index) }
            // Two-byte leads up to 0xCB encode at most U+02FF; E1 B8...E1 BB is U+1E00...U+1EFF.
            if byte > 0xCB && !(byte == 0xE1 && bytes[index + 1] >= 0xB8 && bytes[index + 1] <= 0xBB) {
                knownNFC = false
            }
            index += length
        }
        return knownNFC ? .knownNFC : .valid
    }
}
