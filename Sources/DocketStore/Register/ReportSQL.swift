/// The SQL of the weekly report, one statement per question, each answered from an index so
/// that the report of a recent week reads little more than what happened since
/// (``Register/weeklyReport(_:overdueLimit:as:)`` says how they fit together). A test runs `EXPLAIN QUERY PLAN`
/// on every one of them.
///
/// Parameters are numbered. Lists of names (states, actions) are bound too, one parameter each
/// after the fixed ones, so a statement's text depends only on how many there are: the only
/// text put into a statement is its run of placeholders, and for a report within a scope the
/// scope's condition (Register+Scope), added to its `WHERE` with `?` placeholders whose values
/// are bound after all the others.
///
/// A province's report is the register's, each statement kept to the province's problems —
/// those of the province now where the tally's cells now are taken away, those of the province
/// at the end of the week (``provinceAt(_:)``: an edit may move a problem) where what stood then
/// is counted: the `…(ofProvince: true)` statements, which bind the province last. Each reads the same range as the register's, and looks its rows up where the
/// index does not hold the province: the unary `+` in `+province_id = ?` keeps the planner from
/// reading every problem of the province by `problem_by_province` instead (for the problems
/// changed since the end of the week, every one raised before it, each with a step back). Its
/// groups' counts and overdue ones now are the exception: ``provinceNow``. A unit's report
/// reads the problems where their last event before the end left them
/// (``inScopeAtEnd(current:within:)``).
enum ReportSQL {
    /// The placeholders `?first, ?first+1, …` for an `IN (...)` list of `count` values.
    static func marks(from first: Int, count: Int) -> String {
        (first..<first + count).map { "?\($0)" }.joined(separator: ", ")
    }

    /// How many events of each of `actions` (?3 …) happened in [?1, ?2), one row per action
    /// that did: a range of `event_by_time (action, at, problem_id)` per action, which covers it.
    static func activity(actions: Int) -> String {
        let marks = marks(from: 3, count: actions)
        return """
            SELECT action, count(*) FROM event WHERE action IN (\(marks)) AND at >= ?1 AND at < ?2 GROUP BY action
            """
    }

    /// How many events of each of `actions` (?3 …) happened in [?1, ?2) to the problems that
    /// meet `condition` (a scope's, its values bound after the actions): on `p`, the problem's
    /// row, when `onLastEvent` is false (a province's); on `last`, the problem's last event
    /// before ?2, when true (a unit's, whose problems come and go). Each event of the ranges of
    /// `event_by_time` finds its problem by number, or steps back once along `event_by_problem`.
    static func activity(actions: Int, within condition: String, onLastEvent: Bool) -> String {
        let marks = marks(from: 3, count: actions)
        let join = onLastEvent
            ? "JOIN event AS last ON last.id = (SELECT x.id FROM event AS x WHERE x.problem_id = e.problem_id"
                + " AND x.at < ?2 ORDER BY x.at DESC, x.id DESC LIMIT 1)"
            : "JOIN problem AS p ON p.id = e.problem_id"
        return "SELECT e.action, count(*) FROM event AS e " + join
            + " WHERE e.action IN (\(marks)) AND e.at >= ?1 AND e.at < ?2 AND " + condition + " GROUP BY e.action"
    }

    /// The problems raised before ?1 (the end of the week) that were in a unit's scope then:
    /// their number, and their title, locality, province and group then, and the state, owner and deadline
    /// their last event before ?1 left them with. Those that have not changed since stand now
    /// where they stood then: their current row meets `current` (the scope on `p`, its values
    /// bound after ?1: ranges of `problem_by_unit` and `problem_by_escalation`, each row read).
    /// Those that have changed since (a range of `problem_by_update`) step back once along
    /// `event_by_problem` to `last`, which meets `condition` (the scope on `last`, its values
    /// bound last). The unary `+`s keep the planner off `problem_by_update` for the first and
    /// off `problem_by_raised` for the second: either range would be most of the register.
    static func inScopeAtEnd(current: String, within condition: String) -> String {
        """
        SELECT p.id, p.title, l.code,
               CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
               p.province_id, p.group_id, p.state, p.unit_id, p.due
        FROM problem AS p JOIN locality AS l ON l.id = p.locality_id
        WHERE +p.updated_at < ?1 AND
        """ + " " + current + "\n" + """
        UNION ALL
        SELECT p.id,
        """ + " " + titleAt("?1") + ", l.code," + """

               CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
        """ + " " + provinceAt("?1") + ", " + groupAt("?1") + ", last.to_state, last.unit_id, last.due" + """

        FROM problem AS p
        JOIN locality AS l ON l.id =
        """ + " " + localityAt("?1") + """

        JOIN event AS last ON last.id = (
            SELECT x.id FROM event AS x WHERE x.problem_id = p.id AND x.at < ?1
            ORDER BY x.at DESC, x.id DESC LIMIT 1)
        WHERE p.updated_at >= ?1 AND +p.raised_at < ?1 AND
        """ + " " + condition
    }

    // MARK: What a problem was called and where it stood at an instant

    // A problem's row holds its fields as they are now; each correction of a field since keeps
    // the value before it (the `correction` table). So a field's value at an instant (a
    // parameter such as ?1) is the old value of its first correction at or after then — one
    // step along `correction_by_field (problem_id, field, at)`, which ends with the rowid and so
    // gives corrections at the same instant in the order they were made — or the row's value
    // when it has had none since. A problem never corrected costs one empty look-up per field.

    /// The value of `field` that problem `p`'s first correction of it at or after `instant`
    /// replaced (`select` of that correction `c`), as a scalar subquery: NULL when there is none.
    private static func firstCorrection(_ field: String, at instant: String, select: String = "c.old_value") -> String {
        "(SELECT " + select + " FROM correction AS c WHERE c.problem_id = p.id AND c.field = '" + field
            + "' AND c.at >= " + instant + " ORDER BY c.at, c.id LIMIT 1)"
    }

    /// Problem `p`'s title at `instant`.
    static func titleAt(_ instant: String) -> String {
        "coalesce(" + firstCorrection("title", at: instant) + ", p.title)"
    }

    /// The number of problem `p`'s locality at `instant`.
    static func localityAt(_ instant: String) -> String {
        "coalesce(" + firstCorrection("locality", at: instant) + ", p.locality_id)"
    }

    /// The number of problem `p`'s province at `instant`: its locality's then.
    static func provinceAt(_ instant: String) -> String {
        "coalesce(" + firstCorrection("locality", at: instant,
                                      select: "(SELECT cl.province_id FROM locality AS cl WHERE cl.id = c.old_value)")
            + ", p.province_id)"
    }

    /// The number of problem `p`'s group at `instant`, NULL for none. A correction that put it
    /// into a group replaced none (NULL): it is read as 0, no group number, so as to tell it
    /// from no correction at all.
    static func groupAt(_ instant: String) -> String {
        "nullif(coalesce(" + firstCorrection("group", at: instant, select: "ifnull(c.old_value, 0)") + ", p.group_id), 0)"
    }

    /// How many problems stand in each (state, owner, province) now: the `tally` table, kept
    /// by the store in the transaction of each change (Register+Tally), small (states × owners
    /// × provinces in use) and read whole.
    static let tally = "SELECT state, unit_id, province_id, n FROM tally WHERE n <> 0"

    /// ``tally``, of one province (?1) when `ofProvince`.
    static func tally(ofProvince: Bool) -> String {
        ofProvince ? tally + " AND province_id = ?1" : tally
    }

    /// Every problem with an event at or after ?1 (the end of the week) — the problems whose
    /// latest event is that late — with where it stands now: a range of the covering index
    /// `problem_by_update`.
    static let changedSince = """
        SELECT state, unit_id, province_id, group_id
        FROM problem WHERE updated_at >= ?1
        """

    /// ``changedSince``, of one province (?2) when `ofProvince`.
    static func changedSince(ofProvince: Bool) -> String {
        ofProvince ? changedSince + " AND +province_id = ?2" : changedSince
    }

    /// Of those, the ones raised before ?1, with where they stand now and where their last
    /// event before ?1 left them: one step back along `event_by_problem` each; and the province
    /// and group they stood in then, which their corrections since give (a step along
    /// `correction_by_field` each).
    static let changedAfterRaised = """
        SELECT p.id, p.state, p.unit_id, p.due, p.province_id, p.group_id, e.to_state, e.unit_id, e.due,
        """ + " " + provinceAt("?1") + ", " + groupAt("?1") + """

        FROM problem AS p
        JOIN event AS e ON e.id = (
            SELECT x.id FROM event AS x WHERE x.problem_id = p.id AND x.at < ?1
            ORDER BY x.at DESC, x.id DESC LIMIT 1)
        WHERE p.updated_at >= ?1 AND p.raised_at < ?1
        """

    /// ``changedAfterRaised``, of one province (?2) when `ofProvince`: the problems of the
    /// province now (whose cells of the tally are taken away) and those of the province at ?1
    /// (whose cells then are put back), which differ by the problems whose locality was
    /// corrected into or out of it since.
    static func changedAfterRaised(ofProvince: Bool) -> String {
        ofProvince ? changedAfterRaised + " AND (+p.province_id = ?2 OR " + provinceAt("?1") + " = ?2)" : changedAfterRaised
    }

    /// The owner of every problem that stands now in one of `states` (?2 …) with a deadline
    /// before ?1: a range of the covering `(state, due, unit_id)` index per state, counted by
    /// the caller (cheaper than sorting them to group them). The overdue rule,
    /// `DeadlineRules.isOverdue`, said in SQL.
    static func overdueOwnersNow(states: Int) -> String {
        let marks = marks(from: 2, count: states)
        return """
            SELECT unit_id FROM problem WHERE state IN (\(marks)) AND due < ?1
            """
    }

    /// The problems that stand now in state ?1 with a deadline before ?2, with their title and
    /// locality, the longest overdue first, at most ?3 of them (-1: all). The index gives them
    /// by deadline; only the problems due the same day are put in order by number. The overdue
    /// rule, `DeadlineRules.isOverdue`, said in SQL for one state. Of one province (?4) when
    /// `ofProvince`.
    static func overdueNow(ofProvince: Bool = false) -> String {
        """
        SELECT p.id, p.title, l.code,
               CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
               p.unit_id, p.due
        FROM problem AS p JOIN locality AS l ON l.id = p.locality_id
        WHERE p.state = ?1 AND p.due < ?2
        """ + (ofProvince ? " AND +p.province_id = ?4" : "") + "\nORDER BY p.due, p.id LIMIT ?3"
    }

    /// Problem ?1's title and locality (a province's short name, a commune's full name) at ?2.
    static let problemLabel = "SELECT " + titleAt("?2") + ", l.code," + """

               CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END
        FROM problem AS p JOIN locality AS l ON l.id =
        """ + " " + localityAt("?2") + " WHERE p.id = ?1"

    /// How many problems of each group stand in each state now, from the covering index
    /// `problem_by_group (group_id, state)`.
    static let groupCounts = """
        SELECT group_id, state, count(*) FROM problem WHERE group_id IS NOT NULL GROUP BY group_id, state
        """

    /// The group, state, deadline and owner of every problem of province ?1 now, from its rows
    /// along `problem_by_province`: for a province's report, how many of each group stand in
    /// each state now and how many each owner has overdue, both counted by the caller in one
    /// pass. ``groupCounts`` and ``overdueOwnersNow`` kept to the province would look up the row
    /// of every grouped or overdue problem of the register instead, which their indexes do not
    /// hold the province of (at a million problems, about 120,000 look-ups, 0.4 s, against
    /// 29,000 rows of a province, 65 ms).
    static let provinceNow = "SELECT group_id, state, due, unit_id FROM problem WHERE province_id = ?1"

    /// The problems with an event of one of the `actions` (?3 …, the resolving ones) in
    /// [?1, ?2), with their title and locality at ?2, the state and owner their last event before ?2
    /// left them with, and the time and text of their last resolving event before ?2 — most
    /// often that same last event. Within a scope, `condition` (on `p` or `last`) is added,
    /// its values bound after the actions.
    ///
    /// With `unchangedFromRow` (the workflow records every resolution on the row: Workflow's
    /// `recordsEveryResolution`; and a condition, if any, on `p`, whose values are then bound
    /// twice, once for each half of the statement), a problem that has not
    /// changed since ?2 is read from its row alone: it stands as it stood then, under its title
    /// and locality then, and the resolution it holds is its last resolving event's. Over a year
    /// of a million problems that leaves out one look-up of the last event, one of the last
    /// resolving event and two of corrections for each of a quarter of a million problems
    /// (0.65 s against 0.37 s); only the problems changed since take those steps.
    static func resolvedIn(actions: Int, within condition: String? = nil, unchangedFromRow: Bool = false) -> String {
        let marks = marks(from: 3, count: actions)
        let resolvedInSpan = "p.id IN (SELECT problem_id FROM event WHERE action IN (\(marks)) AND at >= ?1 AND at < ?2)"
            + (condition.map { " AND " + $0 } ?? "")
        let stepping = "SELECT p.id, " + titleAt("?2") + ", l.code," + """

                   CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
                   last.to_state, last.unit_id, res.at, res.note
            FROM problem AS p
            JOIN locality AS l ON l.id =
            """ + " " + localityAt("?2") + """

            JOIN event AS last ON last.id = (
                SELECT x.id FROM event AS x WHERE x.problem_id = p.id AND x.at < ?2
                ORDER BY x.at DESC, x.id DESC LIMIT 1)
            JOIN event AS res ON res.id = CASE WHEN last.action IN (\(marks)) THEN last.id ELSE (
                SELECT x.id FROM event AS x WHERE x.problem_id = p.id AND x.at < ?2 AND x.action IN (\(marks))
                ORDER BY x.at DESC, x.id DESC LIMIT 1) END
            WHERE
            """ + " " + resolvedInSpan
        guard unchangedFromRow else { return stepping }
        return """
            SELECT p.id, p.title, l.code,
                   CASE WHEN l.parent_id IS NULL OR l.kind IS NULL THEN l.name ELSE l.kind || ' ' || l.name END,
                   p.state, p.unit_id, p.resolved_at, p.resolution
            FROM problem AS p JOIN locality AS l ON l.id = p.locality_id
            WHERE
            """ + " " + resolvedInSpan + " AND p.updated_at < ?2\nUNION ALL\n" + stepping + " AND p.updated_at >= ?2"
    }

    /// Every escalation of one of the escalating `actions` (?3 …) to one of the units outside
    /// the ministry (?… after them: the units of kind ministry or government) before ?2 (the end
    /// of the period), with its problem's number and the state its last event before ?2 left it
    /// in: one range of the covering `event_by_destination (escalated_to_id, action, at,
    /// problem_id)` per unit and action, which holds escalations only, so the register's other
    /// events are never read.
    ///
    /// Of the register's, a problem still escalated where it was sent that has not changed since
    /// ?2 stands as it stood then, and its state is read from `problem_by_escalation
    /// (escalated_to_id, id, state, updated_at)`, which holds the problems escalated anywhere
    /// (in the ministry too: a tenth of the register at most), not from its row: the rows of the
    /// problems ever sent are spread over the whole table, a page read each. Only the others
    /// read the row, and those changed since step back along `event_by_problem`.
    /// Within a scope, `condition` is added, its values bound last: on `p`, the problem's row,
    /// or on `last`, the problem's last event before ?2, which every problem then steps back to
    /// (`onLastEvent`: a unit's).
    static func sentBeyond(actions: Int, units: Int, within condition: String? = nil, onLastEvent: Bool = false) -> String {
        let marks = marks(from: 3, count: actions)
        let sends = "\nWHERE s.action IN (\(marks)) AND s.at < ?2 AND ?1 <= ?2 AND s.escalated_to_id IN ("
            + Self.marks(from: 3 + actions, count: units) + ")"
        let lastEvent = "SELECT x.id FROM event AS x WHERE x.problem_id = p.id AND x.at < ?2 ORDER BY x.at DESC, x.id DESC LIMIT 1"
        let stateThen = "CASE WHEN p.updated_at < ?2 THEN p.state ELSE (SELECT e.to_state FROM event AS e WHERE e.id = ("
            + lastEvent + ")) END"
        guard let condition else {
            return """
                SELECT s.problem_id, s.escalated_to_id, s.at, coalesce(
                    (SELECT q.state FROM problem AS q INDEXED BY problem_by_escalation
                     WHERE q.escalated_to_id = s.escalated_to_id AND q.id = s.problem_id AND q.updated_at < ?2),
                    (SELECT
                """ + " " + stateThen + " FROM problem AS p WHERE p.id = s.problem_id))\nFROM event AS s" + sends
        }
        let (state, join) = onLastEvent
            ? ("last.to_state", "\nJOIN event AS last ON last.id = (" + lastEvent + ")")
            : (stateThen, "")
        return "SELECT p.id, s.escalated_to_id, s.at, " + state + """

            FROM event AS s
            JOIN problem AS p ON p.id = s.problem_id
            """ + join + sends + " AND " + condition
    }

    /// The units outside the ministry keeping the register: of kind ministry or government.
    static let unitsBeyond = "SELECT id FROM unit WHERE kind IN ('ministry', 'government')"

    /// Every unit's code and name.
    static let units = "SELECT id, code, name FROM unit"

    /// Every provincial-level locality's code and name.
    static let provinces = "SELECT id, code, name FROM locality WHERE parent_id IS NULL"
}
