#if canImport(Glibc)
import Glibc
#endif

/// Where writers put their bytes: either a file descriptor (standard output, an `--output`
/// file), written in 64 KiB chunks so exporting a million problems takes constant memory and
/// few system calls, or memory, read back with ``text`` (for tests and small documents).
///
/// Writing never throws, so renderers stay simple: the first failure of the system is kept,
/// later output is dropped, and ``flush()`` throws it. Call ``flush()`` once at the end and
/// report what it throws. Nothing still buffered is written unless ``flush()`` is called:
/// a command refused halfway leaves its output unwritten (up to a chunk), as the contract
/// wants of a refusal, and a buffer outliving its file descriptor cannot write into another
/// file that reused the number.
///
/// Not `Sendable`: one buffer belongs to one writer at a time.
public final class OutputBuffer {
    /// How many bytes are gathered before one `write(2)` to a file descriptor.
    public static let chunkSize = 64 * 1024

    /// The destination, or nil when the bytes stay in memory.
    private let fileDescriptor: Int32?
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var failure: IOError?

    /// A buffer that writes to `fileDescriptor` (which it does not close) in chunks of
    /// ``chunkSize`` bytes.
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        self.capacity = OutputBuffer.chunkSize
        self.storage = .allocate(capacity: capacity)
    }

    /// A buffer that keeps everything written in memory, to be read with ``text`` or ``bytes``.
    public init() {
        self.fileDescriptor = nil
        self.capacity = 256
        self.storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Appends the UTF-8 of `text`.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends the UTF-8 of `text`.
    public func write(_ text: Substring) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) {
        if count == capacity { makeRoom(for: 1) }
        storage[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            if count == capacity { makeRoom(for: remaining) }
            let length = min(remaining, capacity - count)
            (storage + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: length)
            count += length
            source += length
            remaining -= length
        }
    }

    /// Writes out what is buffered (for a file descriptor) and throws the first failure of
    /// any write so far. Does nothing more for a buffer in memory.
    public func flush() throws(IOError) {
        if fileDescriptor != nil { drain() }
        if let failure { throw failure }
    }

    /// What a buffer in memory holds (for a file descriptor: what is not yet written out).
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }

    /// ``bytes`` as text.
    public var text: String {
        String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
    }

    /// Called when the storage is full: a file descriptor's buffer is written out; memory grows
    /// (at least doubling, so appending stays amortised O(1)).
    private func makeRoom(for needed: Int) {
        guard fileDescriptor == nil else {
            drain()
            return
        }
        let newCapacity = max(capacity * 2, count + needed)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// Writes the buffered bytes to the file descriptor, through interruptions and short
    /// writes; on a failure keeps it and drops this and later output.
    private func drain() {
        guard let fileDescriptor else { return }
        var offset = 0
        while offset < count && failure == nil {
            let written = Glibc.write(fileDescriptor, storage + offset, count - offset)
            if written >= 0 {
                offset += written
            } else if errno != EINTR {
                failure = IOError(.write, code: errno)
            }
        }
        count = 0
    }
}
