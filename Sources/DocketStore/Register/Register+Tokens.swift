import DocketCore
import DocketRegister

extension Register {
    /// The columns a ``Token`` is read from (``token(from:)``), with the stored hash last.
    static let tokenColumns = """
        SELECT t.id, t.name, t.role, t.unit_id, u.code, u.name, t.locality_id, l.code, l.name,
               t.created_at, t.revoked_at, t.secret_hash
        FROM token AS t LEFT JOIN unit AS u ON u.id = t.unit_id LEFT JOIN locality AS l ON l.id = t.locality_id
        """

    /// Makes a token for `docket serve` (`RegisterTransaction.addToken(name:role:unit:locality:at:)`)
    /// in one transaction, and returns it with its secret, which is shown this once.
    public func addToken(name: String, role: Principal.Role, unit: String?, locality: String?,
                         at: Instant) throws -> (token: Token, secret: String) {
        try writeOperation { store in try await store.addToken(name: name, role: role, unit: unit, locality: locality, at: at) }
    }

    /// Every token, revoked ones too, by name (without regard to the case of ASCII letters).
    public func tokens() throws -> [Token] {
        try read { _ in
            try database.cached(Register.tokenColumns + " ORDER BY t.name COLLATE NOCASE, t.name").map(transform: Register.token(from:))
        }
    }

    /// Revokes the token named `name` as of `at` (`RegisterTransaction.revokeToken(name:at:)`),
    /// in one transaction: from the next request on it opens nothing.
    public func revokeToken(name: String, at: Instant) throws -> (token: Token, revokedNow: Bool) {
        try writeOperation { store in try await store.revokeToken(name: name, at: at) }
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

    /// A token from a row of ``tokenColumns``.
    fileprivate static func token(from row: Statement) -> Token {
        guard let role = Principal.Role(rawValue: row.text(2)) else {
            preconditionFailure("the schema allows only the four roles, not '\(row.text(2))'")
        }
        let unitID = row.optionalInt64(3)
        let localityID = row.optionalInt64(6)
        return Token(id: row.int64(0), name: row.text(1), role: role,
                     scope: Token.scope(of: role, unit: unitID, locality: localityID),
                     unit: unitID.map { _ in NamedRef(code: row.optionalText(4), name: row.text(5)) },
                     locality: localityID.map { _ in NamedRef(code: row.optionalText(7), name: row.text(8)) },
                     createdAt: Instant(secondsSinceEpoch: row.int64(9)),
                     revokedAt: row.optionalInt64(10).map(Instant.init(secondsSinceEpoch:)))
    }
}

/// The tokens' primitives of the store protocol.
extension SQLiteStoreTransaction {
    func token(named name: String) throws -> Token? {
        try database.cached(Register.tokenColumns + " WHERE t.name = ?").first(name, transform: Register.token(from:))
    }

    func insertToken(_ token: Token, secretHash: [UInt8]) throws -> Int64 {
        let (unit, locality): (Int64?, Int64?) = switch token.scope {
        case .unit(let unit): (unit, nil)
        case .province(let province): (nil, province)
        case .everything: (nil, nil)
        }
        try database.cached("""
            INSERT INTO token (name, role, unit_id, locality_id, secret_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """).run(token.name, token.role.rawValue, unit, locality, secretHash, token.createdAt.secondsSinceEpoch)
        return database.lastInsertedRowID
    }

    func setToken(_ id: Int64, revokedAt at: Instant) throws {
        try database.cached("UPDATE token SET revoked_at = ? WHERE id = ?").run(at.secondsSinceEpoch, id)
    }
}
