import DocketCore
import DocketRegister

extension Register {
    /// The response recorded for token `token`'s request with Idempotency-Key `key`, or nil
    /// when there is none. A record is found until it is pruned, however old: whether it is
    /// still in force (SERVE.md keeps them for 24 hours) is the caller's to judge by its
    /// `createdAt`. Inside a write, it reads what that write sees.
    ///
    /// - Complexity: one lookup in the table's primary key.
    public func idempotentResponse(token: Int64, key: String) throws -> StoredResponse? {
        try read { _ in
            try database.cached("""
                SELECT request_hash, status, content_type, body, created_at FROM idempotency WHERE token_id = ? AND key = ?
                """).first(token, key) { row in
                StoredResponse(requestHash: row.blob(0), status: Int(row.int64(1)), contentType: row.text(2),
                               body: row.blob(3), createdAt: Instant(secondsSinceEpoch: row.int64(4)))
            }
        }
    }

    /// Records the response to token `token`'s request with Idempotency-Key `key`, made at
    /// `at`. Meant for the same write as the change the request made, so that the two are
    /// committed together or not at all.
    ///
    /// A record already there for the token and key is replaced when it was made before
    /// `expiry` (it has expired, but is not pruned yet); else — a duplicate request that got
    /// there first — it is refused with ``RegisterError/idempotencyKeyTaken(key:)``, which
    /// undoes that write. Without `expiry`, every record there is refused so.
    public func recordIdempotentResponse(token: Int64, key: String, requestHash: [UInt8], status: Int,
                                         contentType: String, body: [UInt8], at: Instant,
                                         replacingBefore expiry: Instant? = nil) throws {
        try write { _ in
            if let made = try database.scalar("SELECT created_at FROM idempotency WHERE token_id = ? AND key = ?", token, key) {
                guard let expiry, made < expiry.secondsSinceEpoch else { throw RegisterError.idempotencyKeyTaken(key: key) }
                try database.run("DELETE FROM idempotency WHERE token_id = ? AND key = ?", token, key)
            }
            try database.cached("""
                INSERT INTO idempotency (token_id, key, request_hash, status, content_type, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).run(token, key, requestHash, status, contentType, body, at.secondsSinceEpoch)
        }
    }

    /// Deletes the records made before `before`, and returns how many there were.
    ///
    /// - Complexity: a range of the index on `created_at`, then one deletion per record.
    @discardableResult
    public func pruneIdempotentResponses(before: Instant) throws -> Int {
        try write { _ in
            try database.cached("DELETE FROM idempotency WHERE created_at < ?").run(before.secondsSinceEpoch)
            return database.changedRowCount
        }
    }
}
