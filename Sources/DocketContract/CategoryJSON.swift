import DocketCore

/// A category as JSON: `code`, `name`, `description` (null when none is said).
public enum CategoryJSON {
    public static func value(_ category: Category) -> JSONValue {
        .object([("code", .string(category.code)), ("name", .string(category.name)),
                 ("description", category.description.map(JSONValue.string) ?? .null)])
    }
}
