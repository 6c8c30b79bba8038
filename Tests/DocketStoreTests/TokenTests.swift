import DocketCore
import DocketRegister
import DocketTesting
import Testing
@testable import DocketStore

/// A register with the Cần Thơ session's units, for the token tests.
private func tokenRegister() throws -> RegisterFixture {
    let fixture = try RegisterFixture()
    try fixture.addUnits()
    return fixture
}

/// Whether `secret` is written as a docket secret: `dkt_` and 43 characters of base64url.
private func isWrittenAsASecret(_ secret: String) -> Bool {
    let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return secret.hasPrefix("dkt_") && secret.count == 47 && secret.dropFirst(4).allSatisfy(alphabet.contains)
}

@Suite struct ATokenIsMadeForEachRole {
    @Test func eachRoleGetsItsScopeAndASecretThatOpensIt() throws {
        let fixture = try tokenRegister()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-02")
        let cucVT = try register.unit(named: "cuc-vt").id
        let canTho = try register.locality(named: "Cần Thơ").id

        let (admin, adminSecret) = try register.addToken(name: " quan-tri ", role: .admin, unit: nil, locality: nil, at: at)
        let (coordinator, coordinatorSecret) = try register.addToken(name: "dieu-phoi", role: .coordinator, unit: nil,
                                                                     locality: nil, at: at)
        let (unit, unitSecret) = try register.addToken(name: "cuc-vt", role: .unit, unit: "Cục Viễn thông", locality: nil, at: at)
        let (locality, localitySecret) = try register.addToken(name: "Sở KH&CN Cần Thơ", role: .locality, unit: nil,
                                                               locality: "can tho", at: at)

        #expect(admin == Token(id: 1, name: "quan-tri", role: .admin, scope: .everything, unit: nil, locality: nil,
                               createdAt: at, revokedAt: nil))
        #expect(coordinator == Token(id: 2, name: "dieu-phoi", role: .coordinator, scope: .everything, unit: nil,
                                     locality: nil, createdAt: at, revokedAt: nil))
        #expect(unit == Token(id: 3, name: "cuc-vt", role: .unit, scope: .unit(cucVT),
                              unit: NamedRef(code: "cuc-vt", name: "Cục Viễn thông"), locality: nil, createdAt: at, revokedAt: nil))
        #expect(locality == Token(id: 4, name: "Sở KH&CN Cần Thơ", role: .locality, scope: .province(canTho), unit: nil,
                                  locality: NamedRef(code: "92", name: "Cần Thơ"), createdAt: at, revokedAt: nil))
        #expect(try register.tokens() == [unit, coordinator, admin, locality])

        let secrets = [adminSecret, coordinatorSecret, unitSecret, localitySecret]
        #expect(secrets.allSatisfy(isWrittenAsASecret))
        #expect(Set(secrets).count == 4)
        for (token, secret) in zip([admin, coordinator, unit, locality], secrets) {
            let found = try #require(try register.principal(forSecret: secret))
            #expect(found.token == token)
            #expect(found.principal == token.principal)
        }
        #expect(try register.principal(forSecret: unitSecret)?.principal
            == Principal(name: "cuc-vt", role: .unit, scope: .unit(cucVT)))
        #expect(try register.principal(forSecret: localitySecret)?.principal
            == Principal(name: "Sở KH&CN Cần Thơ", role: .locality, scope: .province(canTho)))
    }

    @Test func theRegisterKeepsTheSecretsHashAndNeverTheSecret() throws {
        let fixture = try tokenRegister()
        let (_, secret) = try fixture.register.addToken(name: "dieu-phoi", role: .coordinator, unit: nil, locality: nil,
                                                        at: RegisterFixture.at("2025-08-02"))
        let stored = try fixture.register.database.prepare("SELECT secret_hash FROM token").map { $0.blob(0) }
        #expect(stored == [SHA256.hash(secret.utf8)])
        #expect(try !fixture.fingerprint().contains(secret))
        #expect(try !fixture.fingerprint().contains(String(secret.dropFirst(4))))
    }

    @Test func theSecretIsLookedUpInTheUniqueIndexOnItsHash() throws {
        let fixture = try tokenRegister()
        var plan: [String] = []
        try fixture.register.database.prepare("EXPLAIN QUERY PLAN " + Register.tokenColumns + " WHERE t.secret_hash = ?")
            .forEachRow([[UInt8](repeating: 0, count: 32)]) { plan.append($0.text(3)) }
        #expect(plan == [
            "SEARCH t USING INDEX sqlite_autoindex_token_2 (secret_hash=?)",
            "SEARCH u USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN",
            "SEARCH l USING INTEGER PRIMARY KEY (rowid=?) LEFT-JOIN",
        ])
    }
}

@Suite struct ATokenOpensNothingOnceRevokedOrMistyped {
    @Test func aRevokedTokenOrAnotherSecretGivesNoPrincipal() throws {
        let fixture = try tokenRegister()
        let register = fixture.register
        let (token, secret) = try register.addToken(name: "cuc-vt", role: .unit, unit: "cuc-vt", locality: nil,
                                                    at: RegisterFixture.at("2025-08-02"))
        let last = secret.last == "A" ? "B" : "A"
        for wrong in ["", "dkt_", String(secret.dropLast()) + last, secret.lowercased(), secret + " ", "Bearer " + secret] {
            #expect(try register.principal(forSecret: wrong) == nil, "\(wrong)")
        }

        let revokedAt = RegisterFixture.at("2025-08-03")
        let (revoked, revokedNow) = try register.revokeToken(name: "cuc-vt", at: revokedAt)
        #expect(revokedNow)
        #expect(revoked == Token(id: token.id, name: "cuc-vt", role: .unit, scope: token.scope, unit: token.unit,
                                 locality: nil, createdAt: token.createdAt, revokedAt: revokedAt))
        #expect(!revoked.isInForce)
        #expect(try register.principal(forSecret: secret) == nil)
        #expect(try register.tokens() == [revoked])

        // Revoking it again changes nothing, and keeps when it first stopped working.
        let before = try fixture.fingerprint()
        let again = try register.revokeToken(name: "cuc-vt", at: RegisterFixture.at("2025-08-04"))
        #expect(again.token == revoked)
        #expect(!again.revokedNow)
        #expect(try fixture.fingerprint() == before)
    }

    @Test func revokingAnUnknownTokenIsRefusedNamingIt() throws {
        let fixture = try tokenRegister()
        #expect(throws: RegisterError.notFound(kind: .token, name: "khong-co")) {
            try fixture.register.revokeToken(name: " khong-co ", at: RegisterFixture.at("2025-08-03"))
        }
    }
}

@Suite struct ATokenIsRefusedWhatItsRoleDoesNotAllow {
    @Test func aUnitOrLocalityIsRequiredForItsRoleAndOnlyForIt() throws {
        let fixture = try tokenRegister()
        let before = try fixture.fingerprint()
        let at = RegisterFixture.at("2025-08-02")
        func add(_ role: Principal.Role, unit: String? = nil, locality: String? = nil) throws {
            _ = try fixture.register.addToken(name: "t", role: role, unit: unit, locality: locality, at: at)
        }
        #expect(throws: RegisterError.tokenNeedsScope(role: .unit)) { try add(.unit) }
        #expect(throws: RegisterError.tokenNeedsScope(role: .locality)) { try add(.locality) }
        #expect(throws: RegisterError.tokenNeedsScope(role: .unit)) { try add(.unit, locality: "92") }
        #expect(throws: RegisterError.tokenTakesNoScope(role: .admin, given: .unit)) { try add(.admin, unit: "cuc-vt") }
        #expect(throws: RegisterError.tokenTakesNoScope(role: .coordinator, given: .locality)) { try add(.coordinator, locality: "92") }
        #expect(throws: RegisterError.tokenTakesNoScope(role: .unit, given: .locality)) { try add(.unit, unit: "cuc-vt", locality: "92") }
        #expect(throws: RegisterError.tokenTakesNoScope(role: .locality, given: .unit)) { try add(.locality, unit: "cuc-vt", locality: "92") }
        #expect(throws: RegisterError.tokenNeedsProvince(locality: "Phường Ninh Kiều")) { try add(.locality, locality: "31135") }
        #expect(throws: RegisterError.notFound(kind: .unit, name: "cuc-xyz")) { try add(.unit, unit: "cuc-xyz") }
        #expect(throws: RegisterError.notFound(kind: .locality, name: "Atlantis")) { try add(.locality, locality: "Atlantis") }
        #expect(try fixture.fingerprint() == before)
    }

    @Test func aNameIsOneLineOfAtMostAHundredCharactersNeverUsedBefore() throws {
        let fixture = try tokenRegister()
        let at = RegisterFixture.at("2025-08-02")
        func add(_ name: String) throws {
            _ = try fixture.register.addToken(name: name, role: .coordinator, unit: nil, locality: nil, at: at)
        }
        try add(String(repeating: "ệ", count: 100))
        try add("dieu-phoi")
        _ = try fixture.register.revokeToken(name: "dieu-phoi", at: at)
        let before = try fixture.fingerprint()
        #expect(throws: InputError.blank(field: "token name")) { try add(" \t ") }
        #expect(throws: InputError.tooLong(field: "token name", limit: 100)) { try add(String(repeating: "ệ", count: 101)) }
        #expect(throws: InputError.controlCharacter(field: "token name", oneLine: true)) { try add("dieu\nphoi") }
        #expect(throws: InputError.controlCharacter(field: "token name", oneLine: true)) { try add("dieu\u{1B}[0mphoi") }
        #expect(throws: RegisterError.duplicate(kind: .token, code: "dieu-phoi")) { try add("dieu-phoi") }
        // The same name in NFD is the same name.
        #expect(throws: RegisterError.duplicate(kind: .token, code: String(repeating: "ệ", count: 100))) {
            try add(String(repeating: "e\u{323}\u{302}", count: 100))
        }
        #expect(try fixture.fingerprint() == before)
    }
}

@Suite struct AnIdempotentResponseIsKeptPerTokenUntilPruned {
    @Test func aResponseIsRecordedReadBackAndPruned() throws {
        let fixture = try tokenRegister()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-02")
        let first = try register.addToken(name: "a", role: .coordinator, unit: nil, locality: nil, at: at).token.id
        let second = try register.addToken(name: "b", role: .coordinator, unit: nil, locality: nil, at: at).token.id
        let hash = SHA256.hash("POST /api/v1/problems {}".utf8)
        let body = Array("{\"id\": 1}".utf8) + [0, 0xFF]
        #expect(try register.idempotentResponse(token: first, key: "k-1") == nil)

        try register.recordIdempotentResponse(token: first, key: "k-1", requestHash: hash, status: 201,
                                              contentType: "application/json", body: body, at: at)
        // Another token's key of the same name is another record; an empty body is kept empty.
        try register.recordIdempotentResponse(token: second, key: "k-1", requestHash: [], status: 422,
                                              contentType: "application/problem+json", body: [],
                                              at: RegisterFixture.at("2025-08-03"))
        #expect(try register.idempotentResponse(token: first, key: "k-1")
            == StoredResponse(requestHash: hash, status: 201, contentType: "application/json", body: body, createdAt: at))
        #expect(try register.idempotentResponse(token: second, key: "k-1")
            == StoredResponse(requestHash: [], status: 422, contentType: "application/problem+json", body: [],
                              createdAt: RegisterFixture.at("2025-08-03")))
        #expect(try register.idempotentResponse(token: first, key: "k-2") == nil)

        let before = try fixture.fingerprint()
        #expect(throws: RegisterError.idempotencyKeyTaken(key: "k-1")) {
            try register.recordIdempotentResponse(token: first, key: "k-1", requestHash: hash, status: 201,
                                                  contentType: "application/json", body: [], at: at)
        }
        // A record made since the expiry given stands; one made before it is replaced.
        #expect(throws: RegisterError.idempotencyKeyTaken(key: "k-1")) {
            try register.recordIdempotentResponse(token: first, key: "k-1", requestHash: hash, status: 201,
                                                  contentType: "application/json", body: [], at: at, replacingBefore: at)
        }
        #expect(try fixture.fingerprint() == before)
        let later = RegisterFixture.at("2025-08-04")
        try register.recordIdempotentResponse(token: second, key: "k-1", requestHash: hash, status: 201,
                                              contentType: "application/json", body: body, at: later,
                                              replacingBefore: RegisterFixture.at("2025-08-03T09:00:01+07:00"))
        #expect(try register.idempotentResponse(token: second, key: "k-1")
            == StoredResponse(requestHash: hash, status: 201, contentType: "application/json", body: body, createdAt: later))

        #expect(try register.pruneIdempotentResponses(before: at) == 0)
        #expect(try register.pruneIdempotentResponses(before: RegisterFixture.at("2025-08-04")) == 1)
        #expect(try register.idempotentResponse(token: first, key: "k-1") == nil)
        #expect(try register.idempotentResponse(token: second, key: "k-1")?.createdAt == later)
    }
}
