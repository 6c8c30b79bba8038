import DocketCore
import DocketRegister

extension Register {
    private static let meetingColumns = """
        SELECT m.id, l.code, CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
               m.held_on, m.title, m.lead, m.notes, m.created_at
        FROM meeting AS m JOIN locality AS l ON l.id = m.locality_id
        """

    /// Records a working session (`RegisterTransaction.addMeeting(locality:heldOn:title:lead:notes:at:actor:)`)
    /// in one transaction.
    public func addMeeting(locality: String, heldOn: CivilDate, title: String, lead: String?, notes: String?,
                           at: Instant, actor: String) throws -> Meeting {
        try writeOperation { store in
            try await store.addMeeting(locality: locality, heldOn: heldOn, title: title, lead: lead, notes: notes, at: at, actor: actor)
        }
    }

    /// Every meeting, by the day it was held.
    public func meetings() throws -> [Meeting] {
        try read { _ in
            try database.cached(Register.meetingColumns + " ORDER BY m.held_on, m.id")
                .map(transform: Register.meeting(from:))
        }
    }

    /// One page of the meetings, by the day each was held, then by number: at most `limit`,
    /// starting after `cursor` (whose key is the day's number since 1970).
    public func meetings(after cursor: PageCursor?, limit: Int) throws -> Page<Meeting> {
        precondition(limit >= 1, "a page of \(limit) meetings")
        return try read { _ in
            var sql = Register.meetingColumns
            var values: [any SQLValueConvertible] = []
            if let cursor {
                sql += " WHERE (m.held_on, m.id) > (?, ?)"
                // A cursor is typed by anyone: its day is kept to the years a date can have
                // (0001 to 9999), and every meeting lies inside them.
                let day = Int(min(max(cursor.key, Register.firstDayNumber), Register.lastDayNumber))
                values = [CivilDate(dayNumber: day).description, cursor.id]
            }
            // One more than the page holds, to tell whether another page follows.
            values.append(limit + 1)
            var found: [Meeting] = []
            try database.cached(sql + " ORDER BY m.held_on, m.id LIMIT ?").forEachRow(values) { found.append(Register.meeting(from: $0)) }
            guard found.count > limit else { return Page(items: found, next: nil) }
            found.removeLast()
            let last = found[found.count - 1]
            return Page(items: found, next: PageCursor(key: Int64(last.heldOn.dayNumber), id: last.id))
        }
    }

    /// The numbers of 0001-01-01 and 9999-12-31, in days since 1970.
    private static let (firstDayNumber, lastDayNumber): (Int64, Int64) = (-719_162, 2_932_896)

    /// Meeting number `id`.
    public func meeting(id: Int64) throws -> Meeting {
        try read { _ in try loadMeeting(id) }
    }

    func loadMeeting(_ id: Int64) throws -> Meeting {
        guard let meeting = try database.cached(Register.meetingColumns + " WHERE m.id = ?")
            .first(id, transform: Register.meeting(from:))
        else { throw RegisterError.notFound(kind: .meeting, name: "#\(id)") }
        return meeting
    }

    static func meeting(from row: Statement) -> Meeting {
        Meeting(id: row.int64(0), locality: NamedRef(code: row.optionalText(1), name: row.text(2)),
                heldOn: date(row, 3) ?? CivilDate(dayNumber: 0), title: row.text(4), lead: row.optionalText(5),
                notes: row.optionalText(6), createdAt: Instant(secondsSinceEpoch: row.int64(7)))
    }
}

/// The meetings' primitive of the store protocol.
extension SQLiteStoreTransaction {
    func insertMeeting(_ meeting: Meeting, locality: Int64, recordedAt: Instant, actor: String) throws -> Int64 {
        try database.cached("""
            INSERT INTO meeting (locality_id, held_on, title, lead, notes, created_at, recorded_at, actor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).run(locality, meeting.heldOn.description, meeting.title, meeting.lead, meeting.notes,
                     meeting.createdAt.secondsSinceEpoch, recordedAt.secondsSinceEpoch, actor)
        return database.lastInsertedRowID
    }
}
