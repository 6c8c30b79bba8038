extension TimeZoneRules {
    /// Decodes a TZif file (RFC 8536, versions 1 to 4), or returns nil when `bytes` is not one
    /// docket can use.
    ///
    /// From version 2 on a file holds its data twice, with 32-bit then 64-bit times, followed by
    /// a POSIX TZ footer; the 64-bit copy and the footer are read, so instants before 1901 and
    /// after 2038 come out right. A file with leap-second records (the `right/` zones) is
    /// refused: their times count leap seconds and docket's, like POSIX's, do not, so every
    /// offset would be off by half a minute.
    static func decodeTZif(_ bytes: [UInt8], identifier: String) -> TimeZoneRules? {
        var reader = TZifReader(bytes: bytes)
        guard let first = reader.header() else { return nil }
        guard first.version != 0 else {
            return reader.body(first, timeSize: 4, identifier: identifier, hasFooter: false)
        }
        guard reader.skip(first.bodySize(timeSize: 4)), let second = reader.header(),
              second.version != 0
        else { return nil }
        return reader.body(second, timeSize: 8, identifier: identifier, hasFooter: true)
    }
}

/// A cursor over TZif bytes, reading big-endian fields and refusing to run past the end.
private struct TZifReader {
    let bytes: [UInt8]
    var position = 0

    /// The counts a TZif header announces, and the file's version (0 for version 1).
    struct Header {
        let version: UInt8
        let isUTCCount, isStandardCount, leapCount, timeCount, typeCount, charCount: Int

        func bodySize(timeSize: Int) -> Int {
            timeCount * (timeSize + 1) + typeCount * 6 + charCount
                + leapCount * (timeSize + 4) + isStandardCount + isUTCCount
        }
    }

    mutating func header() -> Header? {
        guard position + 44 <= bytes.count,
              bytes[position..<(position + 4)].elementsEqual("TZif".utf8)
        else { return nil }
        let version = bytes[position + 4]
        position += 20  // magic, version, fifteen reserved bytes
        var counts: [Int] = []
        for _ in 0..<6 { counts.append(Int(integer(size: 4, signed: false))) }
        let header = Header(
            version: version, isUTCCount: counts[0], isStandardCount: counts[1],
            leapCount: counts[2], timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        // RFC 8536 section 3.1: at least one type, one designation byte, and the indicator
        // arrays either absent or one per type.
        guard header.typeCount > 0, header.charCount > 0,
              header.isUTCCount == 0 || header.isUTCCount == header.typeCount,
              header.isStandardCount == 0 || header.isStandardCount == header.typeCount
        else { return nil }
        return header
    }

    mutating func skip(_ count: Int) -> Bool {
        guard count <= bytes.count - position else { return false }
        position += count
        return true
    }

    mutating func body(_ header: Header, timeSize: Int, identifier: String,
                       hasFooter: Bool) -> TimeZoneRules? {
        guard header.leapCount == 0,
              header.bodySize(timeSize: timeSize) <= bytes.count - position
        else { return nil }
        var transitions: [Int64] = []
        transitions.reserveCapacity(header.timeCount)
        for _ in 0..<header.timeCount {
            let time = integer(size: timeSize, signed: true)
            // Times must strictly increase, or the binary search would give nonsense.
            if let last = transitions.last, time <= last { return nil }
            transitions.append(time)
        }
        var typeIndices: [Int] = []
        for _ in 0..<header.timeCount {
            let index = Int(bytes[position])
            position += 1
            guard index < header.typeCount else { return nil }
            typeIndices.append(index)
        }
        var typeOffsets: [Int32] = []
        for _ in 0..<header.typeCount {
            let offset = integer(size: 4, signed: true)
            let designation = Int(bytes[position + 1])  // after the daylight-time flag
            position += 2
            guard offset.magnitude < TimeZoneRules.offsetLimit, designation < header.charCount
            else { return nil }
            typeOffsets.append(Int32(offset))
        }
        // Designations, and the standard/UT indicators (which only matter to POSIX-style
        // fallbacks that docket does not use), are not needed.
        position += header.charCount + header.isStandardCount + header.isUTCCount
        var footer: TimeZonePosixRule?
        if hasFooter {
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\n") else { return nil }
            let start = position + 1
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            // An empty footer says nothing about later years: the last offset stays.
            if end > start {
                guard let rule = TimeZonePosixRule(parsing: bytes[start..<end]) else { return nil }
                footer = rule
            }
        }
        return TimeZoneRules(
            identifier: identifier,
            transitions: transitions,
            offsetsAfter: typeIndices.map { typeOffsets[$0] },
            initialOffset: Int(typeOffsets[0]),
            footer: footer)
    }

    /// A big-endian integer of `size` bytes; the caller has checked that they are there.
    private mutating func integer(size: Int, signed: Bool) -> Int64 {
        var value: UInt64 = 0
        for byte in bytes[position..<(position + size)] { value = value << 8 | UInt64(byte) }
        position += size
        guard signed, size < 8 else { return Int64(bitPattern: value) }
        let shift = UInt64(64 - size * 8)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }
}
