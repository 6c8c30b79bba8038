import DocketCore

/// A token as JSON, never with its secret: `name`, `role`, `unit` and `locality` (each
/// `{code, name}` or null), `created_at`, `revoked_at` (null while it is in force).
public enum TokenJSON {
    public static func value(_ token: Token, context: JSONContext) -> JSONValue {
        .object(fields(token) + [
            ("created_at", .string(context.format(token.createdAt))),
            ("revoked_at", token.revokedAt.map { .string(context.format($0)) } ?? .null),
        ])
    }

    /// A token just made, with its secret, which is shown this once: `name`, `role`, `unit`,
    /// `locality`, `token` (SERVE.md).
    public static func value(_ token: Token, secret: String) -> JSONValue {
        .object(fields(token) + [("token", .string(secret))])
    }

    /// Who the token is and what it works within.
    private static func fields(_ token: Token) -> [(String, JSONValue)] {
        [
            ("name", .string(token.name)), ("role", .string(token.role.rawValue)),
            ("unit", NamedRefJSON.value(token.unit)), ("locality", NamedRefJSON.value(token.locality)),
        ]
    }
}
