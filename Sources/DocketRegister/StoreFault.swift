/// A store's failure that no user caused (a full disk, an I/O error, a lost connection), as
/// the store reported it: which store, its code for it and its own words. Front ends say that
/// the register could not be used, and give these for whoever looks into it.
public struct StoreFault: Error, Hashable, Sendable {
    /// The store's name: `SQLite`.
    public let store: String
    /// The store's code for the failure (SQLite's extended result code).
    public let code: String
    /// The store's own words for what went wrong.
    public let message: String
    /// The statement that was running, when there was one.
    public let statement: String?

    /// A failure of `store`, in its code and words, while `statement` ran.
    public init(store: String, code: String, message: String, statement: String? = nil) {
        self.store = store
        self.code = code
        self.message = message
        self.statement = statement
    }
}

extension StoreFault: CustomStringConvertible {
    /// The store's message and code, with the statement when there was one: meant for a
    /// developer's eye.
    public var description: String {
        var text = "\(store) error \(code): \(message)"
        if let statement { text += " (while running: \(statement))" }
        return text
    }
}
