/// Typed looks into a value read by ``JSONReader``, for decoding a request body by hand:
/// each is nil when the value is of another kind, and ``typeName`` names the kind for a
/// message ("`title` must be a string, not a number").
extension JSONValue {
    /// The members of an object, in order; nil for any other value.
    public var objectMembers: [(String, JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array; nil for any other value.
    public var arrayElements: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The value of member `name` of an object; nil when there is no such member or this is
    /// not an object. A member whose value is `null` is ``null``, not nil.
    ///
    /// - Complexity: O(*n*) in the number of members, as a body's objects are small.
    public func member(_ name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == name }?.1
    }

    /// The text of a string; nil for any other value.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A whole number that fits `Int`; nil for any other value, `1.0` and `1e2` included
    /// (a count or an id is written without a fraction).
    public var integerValue: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    /// Any number, a whole one as a `Double`; nil for any other value.
    public var doubleValue: Double? {
        switch self {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }

    /// `true` or `false`; nil for any other value.
    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON name of the value's kind: `"string"`, `"number"` (whole or not), `"boolean"`,
    /// `"null"`, `"array"` or `"object"`.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
