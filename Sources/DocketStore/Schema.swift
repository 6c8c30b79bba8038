import DocketCore
import DocketRegister

/// The register's schema: the top-level `schema.sql`, embedded when docket is built, and the
/// numbered migrations that bring an older register up to it.
public enum Schema {
    /// The text of `schema.sql`, exactly: what a new register is made from.
    public static var sql: String { String(decoding: PackageResources.schema_sql, as: UTF8.self) }

    /// The version `schema.sql` ends at (its last line sets `PRAGMA user_version`).
    public static let version = 12

    /// The steps from each older version to ``version``. Version N's migration goes here when
    /// `schema.sql` moves to N, and a test upgrades the committed version-1 fixture through it
    /// to exactly the schema of a new register.
    ///
    /// Each migration's SQL is written out, not cut from `schema.sql`: a migration is history
    /// and never changes, while `schema.sql` moves on (a later version may alter these tables).
    public static let migrations: [Migration] = [
        Migration(version: 2, name: "tokens for docket serve, and its idempotency records", sql: """
            CREATE TABLE token (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL UNIQUE,
                role        TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'unit', 'locality')),
                unit_id     INTEGER REFERENCES unit (id),
                locality_id INTEGER REFERENCES locality (id),
                secret_hash BLOB NOT NULL UNIQUE,
                created_at  INTEGER NOT NULL,
                revoked_at  INTEGER,
                CHECK ((unit_id IS NOT NULL) = (role = 'unit')),
                CHECK ((locality_id IS NOT NULL) = (role = 'locality'))
            );
            CREATE TABLE idempotency (
                token_id     INTEGER NOT NULL REFERENCES token (id),
                key          TEXT NOT NULL,
                request_hash BLOB NOT NULL,
                status       INTEGER NOT NULL,
                content_type TEXT NOT NULL,
                body         BLOB NOT NULL,
                created_at   INTEGER NOT NULL,
                PRIMARY KEY (token_id, key)
            ) WITHOUT ROWID;
            CREATE INDEX idempotency_by_time ON idempotency (created_at);
            """),
        Migration(version: 3, name: "lists by state in their order", sql: """
            CREATE INDEX problem_by_state_raised ON problem (state, raised_at);
            """),
        Migration(version: 4, name: "every commune, ward and special zone of the country", sql: "", rows: { database in
            // They are the register's from its beginning, as in a register made at version 4.
            let created = try database.scalar("SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'created_at'") ?? 0
            try Register.seedCommunes(database, at: Instant(secondsSinceEpoch: created))
        }),
        Migration(version: 5, name: "search over the locality's and the owner's names", sql: """
            CREATE TEMP TABLE docket_search_v4 AS SELECT rowid AS id, title, body, history FROM search;
            DROP TABLE search;
            CREATE VIRTUAL TABLE search USING fts5 (
                title, body, history, names,
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TEMP TABLE docket_place_names (id INTEGER PRIMARY KEY, names TEXT NOT NULL);
            CREATE TEMP TABLE docket_unit_names (id INTEGER PRIMARY KEY, names TEXT NOT NULL);
            """, rows: { database in
            // The names folded here, once per locality and unit; the documents rebuilt in one pass.
            let place = try database.prepare("INSERT INTO temp.docket_place_names (id, names) VALUES (?, ?)")
            try database.prepare("""
                SELECT l.id, l.kind, l.name, l.parent_id IS NOT NULL, pr.name FROM locality AS l JOIN locality AS pr ON pr.id = l.province_id
                """).map { ($0.int64(0), $0.optionalText(1).map { [$0] } ?? [], $0.text(2), $0.int64(3) != 0 ? $0.text(4) : nil) }
                .forEach { id, kind, name, province in
                    try place.run(id, SearchDocument.names(place: (kind + [name]).joined(separator: " "), province: province, owner: nil))
                }
            let unit = try database.prepare("INSERT INTO temp.docket_unit_names (id, names) VALUES (?, ?)")
            try database.prepare("SELECT id, name FROM unit").map { ($0.int64(0), $0.text(1)) }.forEach { id, name in
                try unit.run(id, SearchDocument.names(place: name, province: nil, owner: nil))
            }
            try database.execute("""
                INSERT INTO search (rowid, title, body, history, names)
                SELECT d.id, d.title, d.body, d.history, pn.names || coalesce(' ' || un.names, '')
                FROM temp.docket_search_v4 AS d JOIN problem AS p ON p.id = d.id
                JOIN temp.docket_place_names AS pn ON pn.id = p.locality_id
                LEFT JOIN temp.docket_unit_names AS un ON un.id = p.unit_id
                ORDER BY d.id;
                DROP TABLE temp.docket_search_v4;
                DROP TABLE temp.docket_place_names;
                DROP TABLE temp.docket_unit_names;
                """)
        }),
        Migration(version: 6, name: "corrections kept with their edit events, units' renames and moves, reopening a closed problem", sql: """
            CREATE TABLE unit_change (
                id          INTEGER PRIMARY KEY,
                unit_id     INTEGER NOT NULL REFERENCES unit (id),
                at          INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL,
                actor       TEXT NOT NULL,
                field       TEXT NOT NULL CHECK (field IN ('name', 'parent')),
                old_value,
                new_value
            );
            CREATE INDEX unit_change_by_unit ON unit_change (unit_id, at);
            CREATE TABLE correction (
                id         INTEGER PRIMARY KEY,
                event_id   INTEGER NOT NULL REFERENCES event (id),
                problem_id INTEGER NOT NULL REFERENCES problem (id),
                at         INTEGER NOT NULL,
                field      TEXT NOT NULL
                           CHECK (field IN ('title', 'description', 'recommendation', 'category', 'locality', 'meeting', 'group')),
                old_value,
                new_value,
                UNIQUE (event_id, field)
            );
            CREATE INDEX correction_by_field ON correction (problem_id, field, at);
            CREATE TRIGGER correction_is_not_updated BEFORE UPDATE ON correction
            BEGIN
                SELECT RAISE (ABORT, 'corrections are part of the history: a correction is never changed');
            END;
            CREATE TRIGGER correction_is_not_deleted BEFORE DELETE ON correction
            BEGIN
                SELECT RAISE (ABORT, 'corrections are part of the history: a correction is never deleted');
            END;
            """, rows: { database in
            // A register running the standard workflow's version 1 is put under version 2,
            // which reopens a closed problem too; its events stay as they were.
            try Register.installReopeningAfterClosing(database, at: Instant.now())
        }),
        Migration(version: 7, name: "what was sent beyond the ministry's authority, by destination", sql: """
            CREATE INDEX event_by_destination ON event (escalated_to_id, action, at) WHERE escalated_to_id IS NOT NULL;
            """),
        Migration(version: 8, name: "the calendar of holidays and swapped working days", sql: """
            CREATE TABLE calendar (
                date       TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                name       TEXT NOT NULL,
                working    INTEGER NOT NULL CHECK (working IN (0, 1)),
                source     TEXT,
                created_at INTEGER NOT NULL,
                actor      TEXT NOT NULL
            ) WITHOUT ROWID;
            """, rows: { database in
            // Added now, as `calendar add` would: the register's past deadlines stay as given.
            try Register.seedCalendar(database, at: Instant.now())
        }),
        Migration(version: 9, name: "the categories problems are filed under", sql: """
            CREATE TABLE category (
                id          INTEGER PRIMARY KEY,
                code        TEXT NOT NULL UNIQUE,
                name        TEXT NOT NULL,
                key         TEXT NOT NULL UNIQUE,
                code_key    TEXT NOT NULL,
                description TEXT,
                created_at  INTEGER NOT NULL,
                actor       TEXT NOT NULL
            );
            """),
        Migration(version: 10, name: "where a problem filed over Open311 was reported", sql: """
            CREATE TABLE problem_place (
                problem_id INTEGER PRIMARY KEY REFERENCES problem (id),
                lat        TEXT,
                long       TEXT
            );
            """),
        Migration(version: 11, name: "escalations beyond the ministry with their problems, read from the index alone", sql: """
            DROP INDEX event_by_destination;
            CREATE INDEX event_by_destination ON event (escalated_to_id, action, at, problem_id) WHERE escalated_to_id IS NOT NULL;
            """),
        Migration(version: 12, name: "where each problem sent beyond the ministry stands, read from an index", sql: """
            DROP INDEX problem_by_escalation;
            CREATE INDEX problem_by_escalation ON problem (escalated_to_id, id, state, updated_at) WHERE escalated_to_id IS NOT NULL;
            """),
    ]

    /// The migrator over ``migrations``.
    public static let migrator = Migrator(latestVersion: version, migrations: migrations)

    /// The `PRAGMA application_id` of every docket register ('DOCK').
    public static let applicationID: Int64 = 0x444F_434B
}
