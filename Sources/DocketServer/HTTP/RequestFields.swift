import DocketCore

/// The members of a request's JSON body, read strictly: an object whose every key the
/// endpoint takes, each value of its type. Keys are the command line's option names.
struct RequestFields {
    private let members: [String: JSONValue]

    /// Reads `bytes` as a JSON object of no keys but `allowed`.
    init(_ bytes: [UInt8], allowed: Set<String>) throws(APIError) {
        let value: JSONValue
        do {
            value = try JSONReader.parse(bytes)
        } catch {
            throw .body(.notJSON(error))
        }
        guard case .object(let pairs) = value else { throw .body(.notAnObject) }
        var members: [String: JSONValue] = [:]
        for (key, value) in pairs {
            guard allowed.contains(key) else { throw .body(.unknownKey(key)) }
            members[key] = value
        }
        self.members = members
    }

    /// The text under `key`, or nil when it is absent or null.
    func text(_ key: String) throws(APIError) -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw .body(.wrongType(key: key, expected: .text))
        }
    }

    /// The text under `key`, which must be there.
    func requiredText(_ key: String) throws(APIError) -> String {
        guard let text = try text(key) else { throw .body(.missingKey(key)) }
        return text
    }

    /// The record number under `key` (a meeting, a group), or nil when it is absent or null.
    func number(_ key: String) throws(APIError) -> Int64? {
        switch members[key] {
        case nil, .null?: return nil
        case .integer(let number)? where number >= 1: return Int64(number)
        default: throw .body(.wrongType(key: key, expected: .number))
        }
    }
}
