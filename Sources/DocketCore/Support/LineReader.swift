#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line, a chunk at a time, so a file of any size is read in
/// constant memory (the chunk, plus the longest line): what `restore` reads a dump with.
///
/// A line ends at LF (a CR before it is dropped); the last line may have no end. The bytes
/// are handed over as they are, for the caller to decode.
///
/// Not copyable: it owns its buffer and its place in the file.
public struct LineReader: ~Copyable {
    private let fileDescriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var position = 0
    private var end = 0
    private var exhausted = false

    /// A reader of the open file `fileDescriptor` (which it does not close).
    public init(fileDescriptor: Int32, chunkSize: Int = 64 * 1024) {
        self.fileDescriptor = fileDescriptor
        self.capacity = max(chunkSize, 1)
        self.buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The next line's bytes without its end, or nil at the end of the file.
    ///
    /// - Throws: ``IOError`` (reading) when the system refuses a read.
    public mutating func next() throws -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position == end {
                if exhausted { return line.isEmpty ? nil : Self.droppingCR(line) }
                try fill()
                continue
            }
            let chunk = UnsafeBufferPointer(start: buffer + position, count: end - position)
            if let newline = chunk.firstIndex(of: 0x0A) {
                line.append(contentsOf: chunk[..<newline])
                position += newline + 1
                return Self.droppingCR(line)
            }
            line.append(contentsOf: chunk)
            position = end
        }
    }

    private mutating func fill() throws {
        position = 0
        end = 0
        while true {
            let count = read(fileDescriptor, buffer, capacity)
            if count > 0 { end = count; return }
            if count == 0 { exhausted = true; return }
            if errno != EINTR { throw IOError(.read, code: errno) }
        }
    }

    private static func droppingCR(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }
}
