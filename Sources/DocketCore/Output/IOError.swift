#if canImport(Glibc)
import Glibc
#endif

/// A read or write the system refused: a full disk, a closed pipe, a directory given as a file.
/// The CLI maps a failed read of an input file to exit status 66 and a failed write to 1.
public struct IOError: Error, Hashable, Sendable {
    /// Which way the bytes were going.
    public enum Operation: String, Hashable, Sendable {
        /// Reading input, such as a CSV file to import.
        case read
        /// Writing output, to standard output or a file.
        case write
    }

    /// Which way the bytes were going.
    public var operation: Operation
    /// The `errno` the system gave.
    public var code: Int32

    /// An error for `operation` that failed with `errno` `code`.
    public init(_ operation: Operation, code: Int32) {
        self.operation = operation
        self.code = code
    }
}

extension IOError: CustomStringConvertible {
    /// One sentence with the system's reason: `The output could not be written: No space left on device.`
    public var description: String {
        let reason = String(cString: strerror(code))
        switch operation {
        case .read: return "The input could not be read: \(reason)."
        case .write: return "The output could not be written: \(reason)."
        }
    }
}
