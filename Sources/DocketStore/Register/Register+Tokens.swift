import DocketCore
import DocketRegister

extension Register {
    /// The most characters a token's name may have.
    public static let tokenNameLimit = 100

    /// The columns a ``Token`` is read from (``token(from:)``), with the stored hash last.
    static let tokenColumns = """
        SELECT t.id, t.name, t.role, t.unit_id, u.code, u.name, t.locality_id, l.code, l.name,
               t.created_at, t.revoked_at, t.secret_hash
        FROM token AS t LEFT JOIN unit AS u ON u.id = t.unit_id LEFT JOIN locality AS l ON l.id = t.locality_id
        """

    /// Makes a token for `docket serve` and returns it with its secret, which the register does
    /// not keep (only its SHA-256) and which is therefore shown this once.
    ///
    /// - Parameters:
    ///   - name: the actor of every event the token causes: NFC, trimmed, not blank, at most
    ///     ``tokenNameLimit`` characters, no control character, and never used before by a
    ///     token (a revoked one keeps its name, which stands in the history it made).
    ///   - unit: for role `unit` only, and required for it: the unit, as typed.
    ///   - locality: for role `locality` only, and required for it: the province, as typed (a
    ///     commune or ward is refused).
    public func addToken(name: String, role: Principal.Role, unit: String?, locality: String?,
                         at: Instant) throws -> (token: Token, secret: String) {
        let name = try TextInput.name(name, field: "token name", limit: Register.tokenNameLimit)
        if role == .unit && unit == nil || role == .locality && locality == nil {
            throw RegisterError.tokenNeedsScope(role: role)
        }
        if unit != nil && role != .unit { throw RegisterError.tokenTakesNoScope(role: role, given: .unit) }
        if locality != nil && role != .locality { throw RegisterError.tokenTakesNoScope(role: role, given: .locality) }
        return try write { _ in
            if try database.scalar("SELECT 1 FROM token WHERE name = ?", name) != nil {
                throw RegisterError.duplicate(kind: .token, code: name)
            }
            let owner = try unit.map(resolveUnit)
            let province = try locality.map(resolveLocality)
            if let province, !province.isProvince {
                throw RegisterError.tokenNeedsProvince(locality: province.fullName)
            }
            var generator = SystemRandomNumberGenerator()
            let secret = TokenSecret.make(using: &generator)
            try database.run("""
                INSERT INTO token (name, role, unit_id, locality_id, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, name, role.rawValue, owner?.id, province?.id, TokenSecret.hash(secret), at.secondsSinceEpoch)
            let token = Token(id: database.lastInsertedRowID, name: name, role: role,
                              scope: Register.scope(of: role, unit: owner?.id, locality: province?.id),
                              unit: owner.map { NamedRef(code: $0.code, name: $0.name) }, locality: province?.ref,
                              createdAt: at, revokedAt: nil)
            return (token, secret)
        }
    }

    /// Every token, revoked ones too, by name (without regard to the case of ASCII letters).
    public func tokens() throws -> [Token] {
        try read { _ in
            try database.cached(Register.tokenColumns + " ORDER BY t.name COLLATE NOCASE, t.name").map(transform: Register.token(from:))
        }
    }

    /// Revokes the token named `name` as of `at`: from the next request on it opens nothing.
    /// Revoking a revoked token changes nothing and is no error, so that revoking a leaked
    /// secret can be run again without a second look (a script retried, two people at once),
    /// and the time it first stopped working is kept. `revokedNow` says whether this call
    /// revoked it.
    public func revokeToken(name: String, at: Instant) throws -> (token: Token, revokedNow: Bool) {
        let name = try TextInput.name(name, field: "token name", limit: Register.tokenNameLimit)
        return try write { _ in
            guard var token = try database.cached(Register.tokenColumns + " WHERE t.name = ?")
                .first(name, transform: Register.token(from:))
            else { throw RegisterError.notFound(kind: .token, name: name) }
            guard token.isInForce else { return (token, false) }
            try database.run("UPDATE token SET revoked_at = ? WHERE id = ?", at.secondsSinceEpoch, token.id)
            token.revokedAt = at
            return (token, true)
        }
    }

    /// The token whose secret is `secret`, and the principal a request made with it acts as;
    /// nil when no token has that secret or its token is revoked.
    ///
    /// The secret is hashed and the hash looked up: how long the lookup takes depends on the
    /// hash, which tells an attacker nothing of a secret, and the stored hash is then compared
    /// with the presented one in constant time besides. Run on every request, so it runs one
    /// prepared statement and no transaction of its own: one statement reads one snapshot.
    ///
    /// - Complexity: one lookup in `token`'s unique index on `secret_hash`.
    public func principal(forSecret secret: String) throws -> (token: Token, principal: Principal)? {
        let presented = TokenSecret.hash(secret)
        do {
            guard let (token, stored) = try database.cached(Register.tokenColumns + " WHERE t.secret_hash = ?")
                .first(presented, transform: { (Register.token(from: $0), $0.blob(11)) }),
                SHA256.constantTimeEqual(stored, presented), token.isInForce
            else { return nil }
            return (token, token.principal)
        } catch {
            throw Register.translate(error, path: path)
        }
    }

    /// The token numbered `id` and the principal it stands for, nil when there is none or it
    /// is revoked: a web session holds its token's number, and counts only while the token does.
    public func principal(forToken id: Int64) throws -> (token: Token, principal: Principal)? {
        do {
            guard let token = try database.cached(Register.tokenColumns + " WHERE t.id = ?").first(id, transform: Register.token(from:)),
                  token.isInForce
            else { return nil }
            return (token, token.principal)
        } catch {
            throw Register.translate(error, path: path)
        }
    }

    /// What a token of `role` sees, given its unit's or province's row number.
    private static func scope(of role: Principal.Role, unit: Int64?, locality: Int64?) -> Principal.Scope {
        switch (role, unit, locality) {
        case (.unit, let unit?, _): return .unit(unit)
        case (.locality, _, let locality?): return .province(locality)
        default: return .everything
        }
    }

    /// A token from a row of ``tokenColumns``.
    private static func token(from row: Statement) -> Token {
        guard let role = Principal.Role(rawValue: row.text(2)) else {
            preconditionFailure("the schema allows only the four roles, not '\(row.text(2))'")
        }
        let unitID = row.optionalInt64(3)
        let localityID = row.optionalInt64(6)
        return Token(id: row.int64(0), name: row.text(1), role: role,
                     scope: scope(of: role, unit: unitID, locality: localityID),
                     unit: unitID.map { _ in NamedRef(code: row.optionalText(4), name: row.text(5)) },
                     locality: localityID.map { _ in NamedRef(code: row.optionalText(7), name: row.text(8)) },
                     createdAt: Instant(secondsSinceEpoch: row.int64(9)),
                     revokedAt: row.optionalInt64(10).map(Instant.init(secondsSinceEpoch:)))
    }
}
