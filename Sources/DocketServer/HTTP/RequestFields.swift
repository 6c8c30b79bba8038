import DocketCore

/// The members of a request's JSON body, read strictly: an object whose every key the
/// endpoint takes, each value of its type. Keys are the command line's option names.
struct RequestFields {
    fileprivate let members: [String: JSONValue]

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

    /// The true or false under `key`, or nil when it is absent or null.
    func boolean(_ key: String) throws(APIError) -> Bool? {
        switch members[key] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        default: throw .body(.wrongType(key: key, expected: .boolean))
        }
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

extension RequestFields {
    /// The text under `key`, nil when it is absent; null is refused, for a field that cannot be
    /// emptied (an edit's title or locality).
    func nonNullText(_ key: String) throws(APIError) -> String? {
        if case .null? = members[key] { throw .body(.wrongType(key: key, expected: .text)) }
        return try text(key)
    }

    /// What an edit does to the text field `key`: nil when it is absent, cleared when null, else
    /// set to the text.
    func textSetting(_ key: String) throws(APIError) -> ProblemEdit.Setting<String>? {
        switch members[key] {
        case nil: return nil
        case .null?: return .cleared
        default: return try text(key).map { .to($0) }
        }
    }

    /// What an edit does to the record-number field `key` (a meeting, a group): nil when it is
    /// absent, cleared when null, else set to the number.
    func numberSetting(_ key: String) throws(APIError) -> ProblemEdit.Setting<Int64>? {
        switch members[key] {
        case nil: return nil
        case .null?: return .cleared
        default: return try number(key).map { .to($0) }
        }
    }
}
