import DocketCore

extension RegisterTransaction {
    /// Makes a token for `docket serve`, created at `at`, and returns it with its secret, which
    /// the register does not keep (only its SHA-256) and which is therefore shown this once.
    ///
    /// - Parameters:
    ///   - name: the actor of every event the token causes: NFC, trimmed, not blank, at most
    ///     ``Token/nameLimit`` characters, no control character, and never used before by a
    ///     token (a revoked one keeps its name, which stands in the history it made).
    ///   - unit: for role `unit` only, and required for it: the unit, as typed.
    ///   - locality: for role `locality` only, and required for it: the province, as typed (a
    ///     commune or ward is refused).
    package func addToken(name: String, role: Principal.Role, unit: String?, locality: String?,
                          at: Instant) async throws -> (token: Token, secret: String) {
        let name = try TextInput.name(name, field: "token name", limit: Token.nameLimit)
        if role == .unit && unit == nil || role == .locality && locality == nil {
            throw RegisterError.tokenNeedsScope(role: role)
        }
        if unit != nil && role != .unit { throw RegisterError.tokenTakesNoScope(role: role, given: .unit) }
        if locality != nil && role != .locality { throw RegisterError.tokenTakesNoScope(role: role, given: .locality) }
        if try await token(named: name) != nil { throw RegisterError.duplicate(kind: .token, code: name) }
        let owner = try await unit.asyncMap(resolveUnit)
        let province = try await locality.asyncMap(resolveLocality)
        if let province, !province.isProvince { throw RegisterError.tokenNeedsProvince(locality: province.fullName) }
        var generator = SystemRandomNumberGenerator()
        let secret = TokenSecret.make(using: &generator)
        var token = Token(id: 0, name: name, role: role, scope: Token.scope(of: role, unit: owner?.id, locality: province?.id),
                          unit: owner?.ref, locality: province?.ref,
                          createdAt: at, revokedAt: nil)
        token.id = try await insertToken(token, secretHash: TokenSecret.hash(secret))
        return (token, secret)
    }

    /// Revokes the token named `name` as of `at`: from the next request on it opens nothing.
    /// Revoking a revoked token changes nothing and is no error, so that revoking a leaked
    /// secret can be run again without a second look (a script retried, two people at once),
    /// and the time it first stopped working is kept. `revokedNow` says whether this call
    /// revoked it.
    ///
    /// - Throws: `RegisterError.notFound` for a name no token has.
    package func revokeToken(name: String, at: Instant) async throws -> (token: Token, revokedNow: Bool) {
        let name = try TextInput.name(name, field: "token name", limit: Token.nameLimit)
        guard var token = try await token(named: name) else { throw RegisterError.notFound(kind: .token, name: name) }
        guard token.isInForce else { return (token, false) }
        try await setToken(token.id, revokedAt: at)
        token.revokedAt = at
        return (token, true)
    }
}
