/// Where a transition takes a problem: always one state, or one state when the problem has
/// an owner and another when it has none.
///
/// Reopening needs the second form: a resolved problem goes back to its owner when it has
/// one, and back to the start when it never had one.
public enum Destination: Hashable, Sendable {
    /// Always this state.
    case state(String)
    /// `withOwner` when the problem has an owner after the transition's effects, else
    /// `withoutOwner`.
    case byOwner(withOwner: String, withoutOwner: String)

    /// The state a problem goes to, given whether it has an owner.
    public func state(hasOwner: Bool) -> String {
        switch self {
        case .state(let name):
            return name
        case .byOwner(let withOwner, let withoutOwner):
            return hasOwner ? withOwner : withoutOwner
        }
    }

    /// Every state the transition can lead to, the owned case first.
    public var states: [String] {
        switch self {
        case .state(let name):
            return [name]
        case .byOwner(let withOwner, let withoutOwner):
            return withOwner == withoutOwner ? [withOwner] : [withOwner, withoutOwner]
        }
    }
}

extension Destination: Codable {
    private enum CodingKeys: String, CodingKey {
        case withOwner = "with_owner"
        case withoutOwner = "without_owner"
    }

    // A plain state is stored as a bare string, the common case kept readable; the
    // conditional form as an object with both states named.
    /// Reads a state name, or an object with `with_owner` and `without_owner`.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self = .state(name)
            return
        }
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        self = .byOwner(
            withOwner: try keyed.decode(String.self, forKey: .withOwner),
            withoutOwner: try keyed.decode(String.self, forKey: .withoutOwner)
        )
    }

    /// Writes a state name, or an object with `with_owner` and `without_owner`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .state(let name):
            var single = encoder.singleValueContainer()
            try single.encode(name)
        case .byOwner(let withOwner, let withoutOwner):
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(withOwner, forKey: .withOwner)
            try keyed.encode(withoutOwner, forKey: .withoutOwner)
        }
    }
}
