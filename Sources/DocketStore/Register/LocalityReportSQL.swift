/// The SQL of `report locality` (``Register/forEachProblem(of:before:within:_:)`` says how the
/// statements fit together): the problems of one place (a province, by `province_id`; a
/// commune, by `locality_id`) as they stood at an instant, each read from an index range.
///
/// Those unchanged since the instant (their latest event is before it) stand now as they stood
/// then: their current row is read as every problem read reads it (``current(place:)``). Those
/// changed since step back to the last event before the instant and to the fields their
/// corrections since give for then (``changed(place:moved:)``).
enum LocalityReportSQL {
    /// The column of a problem's row that places it: its province or its locality.
    static func column(province: Bool) -> String {
        province ? "province_id" : "locality_id"
    }

    /// What the current row adds to a problem read: when a problem standing in one of the
    /// closed states (bound first) was closed, the time of its latest closing event (bound
    /// next); NULL for the others. A plain-`?` fragment, for ``current(place:)``.
    static func closedAtNow(closedStates: Int, closing: Int) -> String {
        "CASE WHEN p.state IN (" + marks(closedStates) + ") THEN (SELECT e.at FROM event AS e WHERE e.problem_id = p.id"
            + " AND e.action IN (" + marks(closing) + ") ORDER BY e.at DESC, e.id DESC LIMIT 1) END"
    }

    /// The conditions after a problem read of the problems of a place (bound first) raised
    /// before an instant that have had no event since (the instant, bound twice): one range of
    /// `problem_by_province` or `problem_by_locality`, each row read.
    static func current(place column: String) -> String {
        "WHERE p." + column + " = ? AND p.raised_at < ? AND p.updated_at < ?"
    }

    /// The problems raised before ?1 that have changed since, as they stood at ?1, in the
    /// columns of a problem read (Register.problem(from:)) and the time they were closed then.
    /// ?2 is the place, ?3 the `edit` action; then come the lists, `answering`, `closing`,
    /// `closedStates`, `settling` (the actions that record or clear a resolution) and
    /// `recording` (those that record one), numbered from ?4 on, and after them whatever plain
    /// `?` a scope's condition appended to the statement takes.
    ///
    /// - Parameter moved: false for those of the place now (its range, each checked to have
    ///   been the place's at ?1 too); true for those an edit since ?1 moved out of the place
    ///   (the edits since ?1, a range of `event_by_time`), which were the place's then.
    static func changed(place column: String, province: Bool, answering: Int, closing: Int, closedStates: Int,
                        settling: Int, recording: Int, moved: Bool) -> String {
        var next = 4
        func list(_ count: Int) -> String {
            defer { next += count }
            return (next..<next + count).map { "?\($0)" }.joined(separator: ", ")
        }
        let answeringMarks = list(answering), closingMarks = list(closing), closedMarks = list(closedStates)
        let settlingMarks = list(settling), recordingMarks = list(recording)
        func latest(_ select: String, _ actions: String) -> String {
            "(SELECT e." + select + " FROM event AS e WHERE e.problem_id = p.id AND e.action IN (" + actions
                + ") AND e.at < ?1 ORDER BY e.at DESC, e.id DESC LIMIT 1)"
        }
        let placeThen = province ? ReportSQL.provinceAt("?1") : ReportSQL.localityAt("?1")
        let which = moved
            ? "p.id IN (SELECT problem_id FROM event WHERE action = ?3 AND at >= ?1) AND p." + column + " <> ?2"
            : "p." + column + " = ?2 AND p.updated_at >= ?1"
        let closedThen = "CASE WHEN last.to_state IN (" + closedMarks + ") THEN "
        return "SELECT p.id, " + ReportSQL.titleAt("?1") + ", " + textAt("description") + ", " + textAt("recommendation")
            + ", " + textAt("category") + ",\n" + """
                   l.code, CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
                   pr.code, pr.name,
            """ + " " + recordAt("meeting", "p.meeting_id") + ", " + ReportSQL.groupAt("?1") + ",\n" + """
                   last.to_state, u.code, u.name, x.code, x.name, last.due, p.raised_at, res.at, res.note, last.at,
            """ + " " + latest("note", answeringMarks) + ",\n"
            + closedThen + latest("note", closingMarks) + " END,\n"
            + closedThen + latest("at", closingMarks) + " END\n" + """
            FROM problem AS p
            JOIN locality AS l ON l.id =
            """ + " " + ReportSQL.localityAt("?1") + "\n" + """
            JOIN locality AS pr ON pr.id = l.province_id
            JOIN event AS last ON last.id = (
                SELECT y.id FROM event AS y WHERE y.problem_id = p.id AND y.at < ?1 ORDER BY y.at DESC, y.id DESC LIMIT 1)
            LEFT JOIN unit AS u ON u.id = last.unit_id
            LEFT JOIN unit AS x ON x.id = last.escalated_to_id
            LEFT JOIN event AS res ON res.id = (
                SELECT y.id FROM event AS y WHERE y.problem_id = p.id AND y.at < ?1 AND y.action IN (
            """ + settlingMarks + ") ORDER BY y.at DESC, y.id DESC LIMIT 1) AND res.action IN (" + recordingMarks + ")\n"
            + "WHERE " + which + " AND p.raised_at < ?1 AND " + placeThen + " = ?2"
    }

    /// Problem `p`'s text field `field` (also its column) at ?1: the old value of its first
    /// correction at or after ?1, or its value now when it has had none since. A correction
    /// that gave a value where there was none replaced NULL: it is read as an empty blob, which
    /// no text equals, so as to tell it from no correction at all.
    private static func textAt(_ field: String) -> String {
        "nullif(coalesce((SELECT ifnull(c.old_value, X'') FROM correction AS c WHERE c.problem_id = p.id AND c.field = '"
            + field + "' AND c.at >= ?1 ORDER BY c.at, c.id LIMIT 1), p." + field + "), X'')"
    }

    /// Problem `p`'s record number `field` (`column` now) at ?1, NULL for none, read as
    /// ReportSQL.groupAt reads the group.
    private static func recordAt(_ field: String, _ column: String) -> String {
        "nullif(coalesce((SELECT ifnull(c.old_value, 0) FROM correction AS c WHERE c.problem_id = p.id AND c.field = '"
            + field + "' AND c.at >= ?1 ORDER BY c.at, c.id LIMIT 1), " + column + "), 0)"
    }

    /// `count` plain placeholders.
    private static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
