-- The schema of a new docket register: the one source. The program embeds this file
-- (Sources/DocketStore/Resources/schema.sql is a link to it) and a test proves the two equal.
-- Later versions add numbered migrations that upgrade an older register in place.
--
-- Times are UTC instants in whole seconds since 1970-01-01 (INTEGER); dates (deadlines,
-- meeting days) are 'YYYY-MM-DD' in the register's time zone, which the `setting` table holds.
-- Events are the truth: every change appends one, in the same transaction as the change to the
-- problem's current row, and no event is ever changed or deleted.

-- 'DOCK': tells a docket register from another program's database.
PRAGMA application_id = 1146045259;

-- One row per setting: timezone, created_at, workflow (the id of the workflow in force).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Every workflow the register has run under, as its JSON definition; events made under one
-- stay readable after another is put in force. A (name, version) pair names one definition.
CREATE TABLE workflow (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    version      INTEGER NOT NULL,
    definition   TEXT NOT NULL,
    installed_at INTEGER NOT NULL,
    UNIQUE (name, version)
);

-- The 34 provincial-level localities (parent_id NULL) and the communes, wards and special
-- zones under them. `key` is the folded name without its prefix: what people type is matched
-- against it. A province is its own province.
CREATE TABLE locality (
    id          INTEGER PRIMARY KEY,
    code        TEXT UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT,
    key         TEXT NOT NULL,
    parent_id   INTEGER REFERENCES locality (id),
    province_id INTEGER REFERENCES locality (id),
    merged_from TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX locality_by_key ON locality (key);
CREATE INDEX locality_by_parent ON locality (parent_id);

-- The bodies problems are assigned or escalated to, in a hierarchy (ministry → department).
CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name       TEXT NOT NULL,
    key        TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('internal', 'ministry', 'government')),
    parent_id  INTEGER REFERENCES unit (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX unit_by_key ON unit (key);
CREATE INDEX unit_by_parent ON unit (parent_id);

-- Every rename and move of a unit (added in version 6), when it happened and who did it: the
-- unit's row holds its name and parent now, and problems show its name now. `field` is `name`
-- (old and new names) or `parent` (old and new parents' numbers, NULL for none).
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

-- Working sessions problems are raised at.
CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    locality_id INTEGER NOT NULL REFERENCES locality (id),
    held_on     TEXT NOT NULL,
    title       TEXT NOT NULL,
    lead        TEXT,
    notes       TEXT,
    created_at  INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    actor       TEXT NOT NULL
);

-- One difficulty raised by several localities, tracked as one.
CREATE TABLE problem_group (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    actor       TEXT NOT NULL
);

-- A problem's current row: the projection of its events (a test replays them to prove it).
-- province_id repeats the locality's province so that a province's filter is one index range.
CREATE TABLE problem (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    description     TEXT,
    recommendation  TEXT,
    category        TEXT,
    category_key    TEXT,
    locality_id     INTEGER NOT NULL REFERENCES locality (id),
    province_id     INTEGER NOT NULL REFERENCES locality (id),
    meeting_id      INTEGER REFERENCES meeting (id),
    group_id        INTEGER REFERENCES problem_group (id),
    state           TEXT NOT NULL,
    unit_id         INTEGER REFERENCES unit (id),
    escalated_to_id INTEGER REFERENCES unit (id),
    due             TEXT,
    raised_at       INTEGER NOT NULL,
    resolved_at     INTEGER,
    resolution      TEXT,
    updated_at      INTEGER NOT NULL,
    recorded_at     INTEGER NOT NULL
);
CREATE INDEX problem_by_raised ON problem (raised_at);
CREATE INDEX problem_by_province ON problem (province_id, raised_at);
CREATE INDEX problem_by_locality ON problem (locality_id, raised_at);
CREATE INDEX problem_by_unit ON problem (unit_id, raised_at) WHERE unit_id IS NOT NULL;
-- (escalated_to_id, id, state, updated_at): the problems escalated to a unit (a unit's desk), and
-- where each problem sent beyond the ministry stands, without reading its row (the report).
CREATE INDEX problem_by_escalation ON problem (escalated_to_id, id, state, updated_at) WHERE escalated_to_id IS NOT NULL;
-- (state, due, unit_id) covers how many problems each unit has overdue (the weekly report).
CREATE INDEX problem_by_state ON problem (state, due, unit_id);
-- (state, raised_at) gives a list by state in its order (oldest first, then by number, the
-- rowid): a page of 50 reads 51 rows instead of sorting every problem in the state.
CREATE INDEX problem_by_state_raised ON problem (state, raised_at);
-- updated_at is the time of a problem's latest event (events of a problem run forward in time),
-- so this range from the end of a week is exactly the problems that changed since; it covers
-- what the weekly report takes away from the tally for them.
CREATE INDEX problem_by_update ON problem (updated_at, raised_at, state, unit_id, province_id, group_id, due);
-- (group_id, state) covers how many problems of each group stand in each state (group show, the report).
CREATE INDEX problem_by_group ON problem (group_id, state) WHERE group_id IS NOT NULL;
CREATE INDEX problem_by_meeting ON problem (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX problem_by_category ON problem (category_key) WHERE category_key IS NOT NULL;

CREATE TRIGGER problem_is_kept BEFORE DELETE ON problem
BEGIN
    SELECT RAISE (ABORT, 'a problem is never deleted: close it instead');
END;

-- The history: one row per change. unit_id, escalated_to_id and due are the problem's owner,
-- escalation and deadline after the event, so the state of any problem at any time is the row
-- of its last event before then.
CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    problem_id      INTEGER NOT NULL REFERENCES problem (id),
    at              INTEGER NOT NULL,
    recorded_at     INTEGER NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    from_state      TEXT,
    to_state        TEXT NOT NULL,
    unit_id         INTEGER REFERENCES unit (id),
    escalated_to_id INTEGER REFERENCES unit (id),
    due             TEXT,
    note            TEXT
);
CREATE INDEX event_by_problem ON event (problem_id, at);
-- (action, at, problem_id) covers the weekly report's counts of each action in a span of time,
-- reading only the actions it counts, and which problems were resolved in the span.
CREATE INDEX event_by_time ON event (action, at, problem_id);
-- (escalated_to_id, action, at, problem_id) gives the escalations to the units outside the ministry
-- (of kind ministry or government), a range per unit, with their problems, for what reports say was
-- sent beyond its authority (added in version 7, covering since 11). An event carries the escalation it leaves, so later events of an escalated
-- problem are here too; those never escalated are not.
CREATE INDEX event_by_destination ON event (escalated_to_id, action, at, problem_id) WHERE escalated_to_id IS NOT NULL;

CREATE TRIGGER event_is_not_updated BEFORE UPDATE ON event
BEGIN
    SELECT RAISE (ABORT, 'events are append-only: an event is never changed');
END;
CREATE TRIGGER event_is_not_deleted BEFORE DELETE ON event
BEGIN
    SELECT RAISE (ABORT, 'events are append-only: an event is never deleted');
END;

-- What each `edit` event corrected (added in version 6): one row per field it changed, with the
-- field's value before and after as `problem` stores it — a text, or the number of a locality,
-- meeting or group; NULL for none. The two values have no declared type, so that each is kept
-- exactly as given (a title '12' stays a text). problem_id and at repeat the event's, so that the
-- value a field had at an instant is the old value of its first correction at or after then (one
-- step along `correction_by_field`), or the problem's value now when it has had none since: how a
-- past week's report finds where a problem stood and what it was called at the end of the week.
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

-- How many problems stand in each (state, owner, province) now, kept by the store in the same
-- transaction as each change, so that the weekly report starts from these counts and undoes
-- only what happened after its week. unit_id 0 stands for no owner.
CREATE TABLE tally (
    state       TEXT NOT NULL,
    unit_id     INTEGER NOT NULL,
    province_id INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (state, unit_id, province_id)
) WITHOUT ROWID;

-- Full-text search: one document per problem (rowid = problem id) holding folded text
-- (lower case, no diacritics, đ → d), kept exact by the store in the same transaction as
-- each change. The original spelling stays in `problem` and `event`. `names` (version 5) is
-- its locality's full name, its province's for a commune, and its owner's.
CREATE VIRTUAL TABLE search USING fts5 (
    title, body, history, names,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Who may use `docket serve` (added in version 2): one row per token, kept once revoked, so
-- that its name, the actor of every event it caused, is never another's. A unit token works
-- within its unit's subtree, a locality token within its province; the others see everything.
-- Only the SHA-256 of the secret is kept: the secret is shown once, when the token is made.
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

-- What `docket serve` answered to a request sent with an Idempotency-Key (added in version 2),
-- per token, so that a retry is answered as the first request was; request_hash is the
-- SHA-256 of its method, path and body, which a retry must repeat. Kept for 24 hours:
-- created_at is what pruning ranges over.
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

-- The exceptions to a Monday-to-Friday week (added in version 8), by date (YYYY-MM-DD): a
-- weekday that is not worked (a public holiday, a day off in compensation or exchange:
-- working = 0), or a Saturday or Sunday worked in exchange (working = 1). Deadlines in working
-- days are counted over it. source names the notice or the law that fixed the day (NULL for a
-- day added by hand); the bundled list (calendar.csv) is added at init and by migration 8.
CREATE TABLE calendar (
    date       TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name       TEXT NOT NULL,
    working    INTEGER NOT NULL CHECK (working IN (0, 1)),
    source     TEXT,
    created_at INTEGER NOT NULL,
    actor      TEXT NOT NULL
) WITHOUT ROWID;

-- The categories problems are filed under (added in version 9): `docket category add`. key is
-- the name folded (no two categories share one), code_key the code folded; `--category` takes
-- either, and a problem keeps the category's name in problem.category. A category typed that is
-- not listed is kept as typed, so this list constrains nothing a problem holds.
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

-- Where a problem filed over Open311 was reported (added in version 10): the `lat` and `long`
-- of its POST requests, kept as the client wrote them (GeoReport v2 gives them as decimal
-- degrees, WGS84). A problem filed without them has no row. Written in the filing's transaction.
CREATE TABLE problem_place (
    problem_id INTEGER PRIMARY KEY REFERENCES problem (id),
    lat        TEXT,
    long       TEXT
);

PRAGMA user_version = 12;
