#if canImport(Glibc)
import Glibc
#endif

/// Reads CSV (RFC 4180) record by record from a file descriptor or any source of bytes, a
/// chunk at a time, so a file of any size is read in constant memory (the chunk, plus the
/// longest field).
///
/// It accepts what spreadsheets and people write: a leading UTF-8 byte order mark (ignored);
/// records ended by CRLF, LF or CR, the last one with or without an end; quoted fields with
/// commas, doubled quotes (`""`) and line breaks inside. Blank lines at the end of the file
/// are ignored; a blank line before more records is a record of one empty field. Every field
/// is checked to be UTF-8 and given in NFC.
///
/// It refuses, with a ``CSVError`` naming the line and field: text that is not UTF-8, a
/// quoted field never closed, a quote inside a field that does not start with one, text
/// after a closing quote, and a NUL byte (a binary file).
///
/// ```swift
/// var reader = CSVReader(fileDescriptor: fd)
/// while let record = try reader.next() { ... }
/// ```
///
/// Not copyable: it owns its buffer and its place in the source.
public struct CSVReader: ~Copyable {
    /// Fills the buffer it is given from the start and returns how many bytes it put there,
    /// 0 at the end of the input.
    public typealias Source = (UnsafeMutableRawBufferPointer) throws -> Int

    private let source: Source
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// The next byte to read in `buffer`, and the end of what the last read put there.
    private var position = 0
    private var end = 0
    /// Whether the source has said it has nothing more.
    private var exhausted = false
    /// Whether the byte order mark has been looked for.
    private var started = false
    /// The line of the byte at `position`.
    private var line = 1
    /// The last byte of the previous chunk, to see a CRLF split across two reads.
    private var lastByteOfPreviousChunk: UInt8 = 0
    /// The bytes of a field that spans chunks, or has doubled quotes to undo.
    private var spill: [UInt8] = []
    /// Blank lines found before a record, still to be returned as empty records.
    private var pendingBlankLines = 0
    private var nextBlankLine = 0
    /// How many fields the last record had, to reserve as many for the next.
    private var lastFieldCount = 8

    /// A reader of the bytes `read` gives, in chunks of at most `chunkSize` bytes.
    public init(chunkSize: Int = 64 * 1024, read: @escaping Source) {
        // Four bytes at least, so the byte order mark can be seen whatever the chunk size.
        self.capacity = max(chunkSize, 4)
        self.buffer = .allocate(capacity: capacity)
        self.source = read
    }

    /// A reader of the open file `fileDescriptor` (which it does not close). A failed read
    /// throws an ``IOError``.
    public init(fileDescriptor: Int32, chunkSize: Int = 64 * 1024) {
        self.init(chunkSize: chunkSize) { buffer in
            while true {
                let count = Glibc.read(fileDescriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno != EINTR { throw IOError(.read, code: errno) }
            }
        }
    }

    /// A reader of `bytes` in memory, handed over `chunkSize` bytes at a time (tests use tiny
    /// chunks to put chunk boundaries everywhere).
    public init(bytes: [UInt8], chunkSize: Int = 64 * 1024) {
        var offset = 0
        self.init(chunkSize: chunkSize) { buffer in
            let count = min(chunkSize, buffer.count, bytes.count - offset)
            buffer.copyBytes(from: bytes[offset..<offset + count])
            offset += count
            return count
        }
    }

    deinit {
        buffer.deallocate()
    }

    /// The next record, or nil at the end of the input.
    ///
    /// - Throws: ``CSVError`` when the content is wrong; whatever the source throws when it
    ///   cannot be read (an ``IOError`` for a file descriptor). After a throw the reader's place
    ///   in the input is unspecified: stop reading.
    public mutating func next() throws -> CSVRecord? {
        if !started {
            started = true
            try skipByteOrderMark()
        }
        if pendingBlankLines > 0 {
            pendingBlankLines -= 1
            nextBlankLine += 1
            return CSVRecord(line: nextBlankLine - 1, fields: [""])
        }
        guard let first = try peek() else { return nil }
        let recordLine = line
        if first == .lineFeed || first == .carriageReturn {
            return try blankLines(from: recordLine)
        }

        var fields: [String] = []
        fields.reserveCapacity(lastFieldCount)
        while true {
            fields.append(try field(column: fields.count + 1))
            guard let delimiter = try peek() else { break }
            position += 1
            if delimiter != .comma {
                try finishLineBreak(delimiter)
                break
            }
        }
        lastFieldCount = fields.count
        return CSVRecord(line: recordLine, fields: fields)
    }

    /// Reads the run of blank lines starting at `recordLine`: nothing if the file ends after
    /// them, else the first as a record of one empty field, the others pending.
    private mutating func blankLines(from recordLine: Int) throws -> CSVRecord? {
        var count = 0
        while let byte = try peek(), byte == .lineFeed || byte == .carriageReturn {
            position += 1
            try finishLineBreak(byte)
            count += 1
        }
        if try peek() == nil { return nil }
        pendingBlankLines = count - 1
        nextBlankLine = recordLine + 1
        return CSVRecord(line: recordLine, fields: [""])
    }

    /// Counts the line break whose first byte (`byte`, already consumed) was CR or LF, and
    /// consumes the LF of a CRLF.
    @inline(__always)
    private mutating func finishLineBreak(_ byte: UInt8) throws {
        line += 1
        if byte == .carriageReturn, try peek() == .lineFeed { position += 1 }
    }

    /// Reads one field, leaving `position` on the comma or line break after it (or at the end).
    private mutating func field(column: Int) throws -> String {
        guard let first = try peek() else { return "" }
        if first == .quote {
            position += 1
            return try quotedField(column: column)
        }
        return try unquotedField(column: column)
    }

    /// Reads a field that does not start with a quote: everything up to a comma, a line break
    /// or the end.
    private mutating func unquotedField(column: Int) throws -> String {
        let fieldLine = line
        var start = position
        var bits: UInt8 = 0
        var spilled = false
        while true {
            position = CSVReader.scan(buffer, from: position, to: end, stoppingAt: CSVReader.unquotedStops, bits: &bits)
            if position < end {
                switch buffer[position] {
                case .quote: throw CSVError.quoteInUnquotedField(line: line, column: column)
                case 0: throw CSVError.nulByte(line: line, column: column)
                default: break
                }
                break
            }
            // The chunk ends inside the field: keep its start, read on.
            if !spilled { spill.removeAll(keepingCapacity: true) }
            spill.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: position - start))
            spilled = true
            let more = try refill()
            start = position
            if !more { break }
        }
        let bytes = UnsafeBufferPointer(start: buffer + start, count: position - start)
        if !spilled {
            return try text(bytes, ascii: bits < 0x80, line: fieldLine, column: column)
        }
        spill.append(contentsOf: bytes)
        return try spill.withUnsafeBufferPointer {
            try text($0, ascii: bits < 0x80, line: fieldLine, column: column)
        }
    }

    /// Reads a quoted field after its opening quote: up to the closing quote, undoing doubled
    /// quotes, counting the line breaks inside.
    private mutating func quotedField(column: Int) throws -> String {
        let fieldLine = line
        spill.removeAll(keepingCapacity: true)
        var start = position
        var bits: UInt8 = 0
        while true {
            if position == end {
                spill.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: position - start))
                guard try refill() else { throw CSVError.unterminatedQuote(line: fieldLine, column: column) }
                start = position
            }
            position = CSVReader.scan(buffer, from: position, to: end, stoppingAt: CSVReader.quotedStops, bits: &bits)
            if position == end { continue }
            switch buffer[position] {
            case .lineFeed:
                let previous = position > 0 ? buffer[position - 1] : lastByteOfPreviousChunk
                if previous != .carriageReturn { line += 1 }
                position += 1
            case .carriageReturn:
                line += 1
                position += 1
            case 0:
                throw CSVError.nulByte(line: line, column: column)
            default:
                // A quote: the field's end, or the first of a doubled quote.
                spill.append(contentsOf: UnsafeBufferPointer(start: buffer + start, count: position - start))
                position += 1
                let next = try peek()
                if next == .quote {
                    spill.append(.quote)
                    position += 1
                    start = position
                    continue
                }
                guard next == nil || next == .comma || next == .lineFeed || next == .carriageReturn else {
                    throw CSVError.textAfterClosingQuote(line: line, column: column)
                }
                return try spill.withUnsafeBufferPointer {
                    try text($0, ascii: bits < 0x80, line: fieldLine, column: column)
                }
            }
        }
    }

    /// A field's bytes as NFC text, or the error naming the line of the first invalid byte.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, line fieldLine: Int, column: Int) throws(CSVError) -> String {
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        switch UTF8Scan.classify(bytes) {
        case .knownNFC:
            return String(decoding: bytes, as: UTF8.self)
        case .valid:
            return TextInput.composed(String(decoding: bytes, as: UTF8.self))
        case .invalid(let offset):
            throw CSVError.notUTF8(line: fieldLine + CSVReader.lineBreaks(in: bytes[..<offset]), column: column)
        }
    }

    /// The line breaks (CRLF, LF or CR) in `bytes`.
    static func lineBreaks(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == .carriageReturn || (byte == .lineFeed && previous != .carriageReturn) { count += 1 }
            previous = byte
        }
        return count
    }

    /// The byte at `position`, reading the next chunk if needed; nil at the end.
    @inline(__always)
    private mutating func peek() throws -> UInt8? {
        if position == end {
            guard try refill() else { return nil }
        }
        return buffer[position]
    }

    /// Replaces the consumed buffer with the next chunk; false at the end of the input.
    private mutating func refill() throws -> Bool {
        precondition(position == end, "refilling a buffer that still has bytes to read")
        if exhausted { return false }
        if end > 0 { lastByteOfPreviousChunk = buffer[end - 1] }
        let count = try source(UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
        precondition(count >= 0 && count <= capacity, "a CSV source returned \(count) bytes for \(capacity)")
        if count == 0 {
            exhausted = true
            return false
        }
        position = 0
        end = count
        return true
    }

    /// Reads the first three bytes (however many reads that takes) and skips them if they are
    /// the UTF-8 byte order mark that spreadsheets put at the start of "CSV UTF-8".
    private mutating func skipByteOrderMark() throws {
        while end < 3 && !exhausted {
            let count = try source(UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end))
            precondition(count >= 0 && count <= capacity - end, "a CSV source returned \(count) bytes")
            if count == 0 { exhausted = true }
            end += count
        }
        if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            position = 3
        }
    }

    /// The index of the first byte of `buffer[start..<end]` whose bit is set in `stops` (or
    /// `end`), OR-ing the bytes before it into `bits`. The loop every byte of a file goes
    /// through: locals only, one comparison for most bytes.
    @inline(__always)
    private static func scan(_ buffer: UnsafeMutablePointer<UInt8>, from start: Int, to end: Int,
                             stoppingAt stops: UInt64, bits: inout UInt8) -> Int {
        var index = start
        var seen = bits
        while index < end {
            let byte = buffer[index]
            if byte < 64 && (stops &>> UInt64(byte)) & 1 != 0 { break }
            seen |= byte
            index += 1
        }
        bits = seen
        return index
    }

    /// A bit for each byte below 64 that ends or breaks an unquoted field: NUL, LF, CR, `"`, `,`.
    private static let unquotedStops: UInt64 = 1 << 0 | 1 << 0x0A | 1 << 0x0D | 1 << 0x22 | 1 << 0x2C
    /// A bit for each byte below 64 that a quoted field must look at: NUL, LF, CR, `"`.
    private static let quotedStops: UInt64 = 1 << 0 | 1 << 0x0A | 1 << 0x0D | 1 << 0x22
}

extension UInt8 {
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
