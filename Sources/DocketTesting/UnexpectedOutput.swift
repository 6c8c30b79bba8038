/// What a program printed, when it is not what the test can read: thrown so that the test
/// fails with the output in its message. (DocketTesting does not import Swift Testing, which
/// only `swift build --build-tests` puts on a library's search path.)
public struct UnexpectedOutput: Error, CustomStringConvertible {
    /// What was expected, and the output.
    public let description: String

    /// An error saying `description`.
    public init(description: String) {
        self.description = description
    }
}
