import DocketCore

extension JSONValue {
    /// A string, or null when there is none.
    public static func optionalString(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// A number a register gives (a problem's, a meeting's, a group's), or null.
    public static func id(_ number: Int64?) -> JSONValue {
        number.map { .integer(Int($0)) } ?? .null
    }
}
