import DocketCore
import DocketTesting
import DocketWorkflow
import Testing
@testable import DocketStore

@Suite struct TheFastResolutionReportAgreesWithReplayingEveryHistory {
    /// Random multi-week histories, made through the register as users make them (filings
    /// backdated or not, imports, assignments with deadlines, answers, escalations, resolutions,
    /// reopenings, closings, comments, sweeps; provinces, wards and communes, units, groups),
    /// with some events exactly at a Monday 00:00: for every week from before the first event
    /// to after the last, the report computed from the tally equals the oracle's replay.
    @Test(arguments: [21, 22, 24, 25, 29] as [UInt64])
    func everyWeekOfARandomHistory(seed: UInt64) throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let groups = try fixture.addGroups()
        let firstWeek = ISOWeek(year: 2025, week: 31)!
        let history = RandomHistory.multiWeek(seed: seed, timeZone: register.timeZone, groups: groups)
        try fixture.play(history.commands)

        var checked: [ResolutionReport] = []
        var week = firstWeek.previous
        let lastWeek = ISOWeek(containing: register.timeZone.localDate(of: history.end)).next
        while week <= lastWeek {
            let fast = try register.weeklyReport(week, as: .admin("test"))
            let oracle = try ReportOracle.report(register, week: week)
            #expect(fast == oracle, "seed \(seed), \(week)")
            // A limit lists the longest overdue only, and changes nothing else.
            for limit in [0, 1, 3] {
                var limited = oracle
                limited.overdue = Array(oracle.overdue.prefix(limit))
                #expect(try register.weeklyReport(week, overdueLimit: limit, as: .admin("test")) == limited, "seed \(seed), \(week), \(limit)")
            }
            checked.append(fast)
            week = week.next
        }
        // The histories reach every part of the report, so the agreement is not vacuous (the
        // seeds are ones whose histories do: a few others resolve no group, say).
        #expect(checked.count >= 8)
        #expect(checked.contains { $0.endOfWeek.overdue > 3 })
        #expect(checked.contains { !$0.resolved.isEmpty })
        #expect(checked.contains { $0.groups.resolved > 0 })
        #expect(checked.contains { $0.during.reopened > 0 })
        #expect(checked.contains { $0.during.closed > 0 && $0.during.escalated > 0 && $0.during.answered > 0 })
        #expect(checked.contains { $0.provinces.count >= 4 && $0.units.count >= 3 })
        // Edits moved problems raised weeks before to another province, into and out of groups,
        // and renamed them: the past weeks' reports count them where they stood then.
        let database = register.database
        #expect(try database.scalar("""
            SELECT count(*) FROM correction AS c
            JOIN locality AS o ON o.id = c.old_value JOIN locality AS n ON n.id = c.new_value JOIN problem AS p ON p.id = c.problem_id
            WHERE c.field = 'locality' AND o.province_id <> n.province_id AND c.at > p.raised_at + 7 * 86400
            """) ?? 0 >= 5, "seed \(seed)")
        #expect(try database.scalar("SELECT count(*) FROM correction WHERE field = 'group' AND old_value IS NULL") ?? 0 >= 3)
        #expect(try database.scalar("SELECT count(*) FROM correction WHERE field = 'group' AND new_value IS NULL") ?? 0 >= 3)
        #expect(try database.scalar("SELECT count(*) FROM correction WHERE field = 'title'") ?? 0 >= 3)
        // And after them every row is still its history: the workflow's replay of its events,
        // the last values its corrections left, its search document; the tally, every row counted.
        let problems = Int64(try database.scalar("SELECT count(*) FROM problem") ?? 0)
        for id in 1...problems {
            let (stored, replayed) = try register.projectionCheck(of: id)
            #expect(stored == replayed, "seed \(seed), #\(id)")
            let corrections = try register.correctionCheck(of: id)
            #expect(corrections.chained && corrections.stored == corrections.replayed, "seed \(seed), #\(id)")
        }
        let index = try register.searchIndexCheck()
        #expect(index.documents == index.problems && index.wrong == [], "seed \(seed)")
        let tally = try database.prepare("SELECT state, unit_id, province_id, n FROM tally WHERE n <> 0 ORDER BY 1, 2, 3")
            .map { "\($0.text(0)) \($0.int64(1)) \($0.int64(2)) \($0.int64(3))" }
        let counted = try database.prepare("""
            SELECT state, coalesce(unit_id, 0), province_id, count(*) FROM problem GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """).map { "\($0.text(0)) \($0.int64(1)) \($0.int64(2)) \($0.int64(3))" }
        #expect(tally == counted, "seed \(seed)")
    }
}

extension TheFastResolutionReportAgreesWithReplayingEveryHistory {
    /// The same random histories over months, quarters and runs of days: every figure the
    /// report computes equals the oracle's replay, and the rows by unit and by province add
    /// up to the totals in every week.
    @Test(arguments: [21, 25] as [UInt64])
    func everyMonthAndQuarterOfARandomHistory(seed: UInt64) throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let history = RandomHistory.multiWeek(seed: seed, timeZone: register.timeZone, groups: try fixture.addGroups())
        try fixture.play(history.commands)
        let now = history.end.adding(seconds: 86_400)
        var periods: [ReportPeriod] = [.quarter(3, of: 2025)!, .quarter(4, of: 2025)!, .half(2, of: 2025)!,
                                       ReportPeriod(from: .fixture("2025-08-13"), to: .fixture("2025-10-02"))!]
        periods += (7...12).compactMap { ReportPeriod.month($0, of: 2025) }
        var sent = 0
        var notNews = 0
        for period in periods where period.interval(in: register.timeZone).start <= now {
            let fast = try register.report(for: period, now: now, as: .admin("test"))
            #expect(fast == (try ReportOracle.report(register, period: period, now: now)), "seed \(seed), \(period)")
            sent += fast.beyondAuthority.items.count
            // A report for people lists only the news of what was sent, and changes nothing else.
            var news = fast
            news.beyondAuthority.items = fast.beyondAuthority.items.filter(\.isNews)
            #expect(try register.report(for: period, now: now, onlySentNews: true, as: .admin("test")) == news, "seed \(seed), \(period)")
            #expect(news.beyondAuthority.total == fast.beyondAuthority.items.count)
            notNews += fast.beyondAuthority.items.count - news.beyondAuthority.items.count
        }
        #expect(sent > 0, "the histories send problems beyond the ministry")
        // The problems resolved, read from the rows of those unchanged since, are what stepping
        // back along the events of each gives (the standard workflow records every resolution);
        // those no longer resolved at the end, which the report leaves out, aside.
        #expect(Workflow.standard.recordsEveryResolution)
        var resolvedRows = 0
        for period in periods {
            let (start, end) = period.interval(in: register.timeZone)
            func resolved(fromRows: Bool) throws -> [String] {
                try register.database.prepare(ReportSQL.resolvedIn(actions: 1, unchangedFromRow: fromRows))
                    .map(start.secondsSinceEpoch, end.secondsSinceEpoch, "resolve") { row in
                        row.text(4) == "resolved" ? (0..<8).map { row.optionalText(Int32($0)) ?? "NULL" }.joined(separator: "|") : nil
                    }.compactMap { $0 }.sorted()
            }
            let stepping = try resolved(fromRows: false)
            #expect(try resolved(fromRows: true) == stepping, "seed \(seed), \(period)")
            resolvedRows += stepping.count
        }
        #expect(resolvedRows > 10, "seed \(seed)")
        #expect(notNews > 0, "the histories resolve or close problems sent before the period")
        // Some problems sent beyond the ministry were then escalated elsewhere or taken back,
        // so that their state is read from their row rather than from problem_by_escalation.
        #expect(try register.database.scalar("""
            SELECT count(DISTINCT s.problem_id) FROM event AS s JOIN unit AS u ON u.id = s.escalated_to_id
            JOIN problem AS p ON p.id = s.problem_id
            WHERE s.action = 'escalate' AND u.kind IN ('ministry', 'government') AND p.escalated_to_id IS NOT s.escalated_to_id
            """) ?? 0 > 0, "seed \(seed)")

        var week = ISOWeek(year: 2025, week: 30)!
        while week <= ISOWeek(containing: register.timeZone.localDate(of: history.end)) {
            let report = try register.weeklyReport(week, now: now, as: .admin("test"))
            let end = report.endOfWeek
            #expect(report.units.map(\.assigned).reduce(0, +) == end.totalRaised, "seed \(seed), \(week)")
            #expect(report.units.map(\.open).reduce(0, +) == end.open, "seed \(seed), \(week)")
            #expect(report.units.map(\.resolved).reduce(0, +) == end.totalResolved, "seed \(seed), \(week)")
            #expect(report.units.map(\.overdue).reduce(0, +) == end.overdue, "seed \(seed), \(week)")
            #expect(report.provinces.map(\.raised).reduce(0, +) == end.totalRaised, "seed \(seed), \(week)")
            #expect(report.provinces.map(\.open).reduce(0, +) == end.open, "seed \(seed), \(week)")
            let beyond = report.beyondAuthority
            #expect(beyond.byDestination.map(\.standing.open).reduce(0, +) == beyond.standing.open)
            #expect(beyond.byDestination.map(\.sent).reduce(0, +) == beyond.sent)
            #expect(beyond.byDestination.map(\.total).reduce(0, +) == beyond.total)
            #expect(beyond.total == beyond.items.count)
            week = week.next
        }
    }
}

@Suite struct EveryQueryOfTheReportReadsAnIndex {
    /// `EXPLAIN QUERY PLAN` of each of the report's statements: the event and problem tables
    /// are only ever searched through an index (or by rowid), never scanned; only the small
    /// `tally` table is read whole; and nothing is sorted but the few overdue problems due the
    /// same day.
    @Test func noStatementScansEventsOrProblems() throws {
        let fixture = try RegisterFixture()
        let database = fixture.register.database
        let province = try #require(Principal.Scope.province(1).reportCondition())
        let unit = try #require(Principal.Scope.unit(1).reportCondition())
        let current = try #require(Principal.Scope.unit(1).problemCondition())
        let statements: KeyValuePairs = [
            "activity": ReportSQL.activity(actions: 7), "tally": ReportSQL.tally,
            "changedSince": ReportSQL.changedSince, "changedAfterRaised": ReportSQL.changedAfterRaised,
            "overdueOwnersNow": ReportSQL.overdueOwnersNow(states: 2), "overdueNow": ReportSQL.overdueNow(),
            "problemLabel": ReportSQL.problemLabel, "groupCounts": ReportSQL.groupCounts,
            "resolvedIn": ReportSQL.resolvedIn(actions: 1), "units": ReportSQL.units, "provinces": ReportSQL.provinces,
            "resolvedIn/rows": ReportSQL.resolvedIn(actions: 1, unchangedFromRow: true),
            "resolvedIn/rows/province": ReportSQL.resolvedIn(actions: 1, within: province.sql, unchangedFromRow: true),
            "sentBeyond": ReportSQL.sentBeyond(actions: 1, units: 2), "unitsBeyond": ReportSQL.unitsBeyond,
            // Within a province: the same statements, kept to it.
            "activity/province": ReportSQL.activity(actions: 7, within: province.sql, onLastEvent: false),
            "tally/province": ReportSQL.tally(ofProvince: true),
            "changedSince/province": ReportSQL.changedSince(ofProvince: true),
            "changedAfterRaised/province": ReportSQL.changedAfterRaised(ofProvince: true),
            "overdueNow/province": ReportSQL.overdueNow(ofProvince: true),
            "provinceNow": ReportSQL.provinceNow,
            "resolvedIn/province": ReportSQL.resolvedIn(actions: 1, within: province.sql),
            "sentBeyond/province": ReportSQL.sentBeyond(actions: 1, units: 2, within: province.sql),
            // Within a unit: where each problem's last event before the end left it.
            "activity/unit": ReportSQL.activity(actions: 7, within: unit.sql, onLastEvent: true),
            "inScopeAtEnd": ReportSQL.inScopeAtEnd(current: current.sql, within: unit.sql),
            "resolvedIn/unit": ReportSQL.resolvedIn(actions: 1, within: unit.sql),
            "sentBeyond/unit": ReportSQL.sentBeyond(actions: 1, units: 2, within: unit.sql, onLastEvent: true),
        ]
        var plans: [String: String] = [:]
        for (name, sql) in statements {
            let explain = try database.prepare("EXPLAIN QUERY PLAN " + sql)
            var lines: [String] = []
            while try explain.step() { lines.append(explain.text(3)) }
            plans[name] = lines.joined(separator: "\n")
            for line in lines {
                // A unit's subtree is a recursive walk down `unit_by_parent` from one row.
                let scans = line.hasPrefix("SCAN ")
                #expect(!scans || ["SCAN tally", "SCAN unit", "SCAN CONSTANT ROW", "SCAN under"].contains(line),
                        "\(line) in: \(sql)")
                let sorts = line.contains("TEMP B-TREE")
                #expect(!sorts || line == "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY", "\(line) in: \(sql)")
            }
        }
        #expect(plans["activity"] == "SEARCH event USING COVERING INDEX event_by_time (action=? AND at>? AND at<?)")
        #expect(plans["tally"] == "SCAN tally")
        // What was sent beyond the ministry: a range of escalations per destination, never the
        // register's other events.
        // Where each stood then, from problem_by_escalation while it stands escalated there
        // unchanged since, else from its row, stepping back along its events if it changed since.
        #expect(plans["sentBeyond"] == """
            SEARCH s USING COVERING INDEX event_by_destination (escalated_to_id=? AND action=? AND at<?)
            CORRELATED SCALAR SUBQUERY 1
            SEARCH q USING COVERING INDEX problem_by_escalation (escalated_to_id=? AND id=?)
            CORRELATED SCALAR SUBQUERY 4
            SEARCH p USING INTEGER PRIMARY KEY (rowid=?)
            CORRELATED SCALAR SUBQUERY 3
            SEARCH e USING INTEGER PRIMARY KEY (rowid=?)
            CORRELATED SCALAR SUBQUERY 2
            SEARCH x USING COVERING INDEX event_by_problem (problem_id=? AND at<?)
            """, "\(plans["sentBeyond"] ?? "")")
        #expect(plans["sentBeyond/province"]?.hasPrefix("SEARCH s USING COVERING INDEX event_by_destination (escalated_to_id=? AND action=? AND at<?)") == true)
        #expect(plans["changedSince"] == "SEARCH problem USING COVERING INDEX problem_by_update (updated_at>?)")
        // Where each stood at the end is one step back along its events; its province and
        // group then, one step along its corrections of each since.
        #expect(plans["changedAfterRaised"] == """
            SEARCH p USING COVERING INDEX problem_by_update (updated_at>?)
            SEARCH e USING INTEGER PRIMARY KEY (rowid=?)
            CORRELATED SCALAR SUBQUERY 4
            SEARCH x USING COVERING INDEX event_by_problem (problem_id=? AND at<?)
            CORRELATED SCALAR SUBQUERY 2
            SEARCH c USING INDEX correction_by_field (problem_id=? AND field=? AND at>?)
            CORRELATED SCALAR SUBQUERY 1
            SEARCH cl USING INTEGER PRIMARY KEY (rowid=?)
            CORRELATED SCALAR SUBQUERY 3
            SEARCH c USING INDEX correction_by_field (problem_id=? AND field=? AND at>?)
            """)
        // Every correction is found by its problem, field and time, wherever a statement asks.
        for (name, plan) in plans {
            for line in plan.split(separator: "\n") where line.contains(" c ") || line.hasSuffix(" c") {
                #expect(line == "SEARCH c USING INDEX correction_by_field (problem_id=? AND field=? AND at>?)", "\(name): \(line)")
            }
        }
        #expect(plans["resolvedIn/province"]?.contains("correction_by_field") == true)
        #expect(plans["inScopeAtEnd"]?.contains("correction_by_field") == true)
        #expect(plans["problemLabel"]?.contains("correction_by_field") == true)
        #expect(plans["overdueOwnersNow"] == "SEARCH problem USING COVERING INDEX problem_by_state (state=? AND due<?)")
        #expect(plans["overdueNow"]?.hasPrefix("SEARCH p USING INDEX problem_by_state (state=? AND due<?)") == true)
        #expect(plans["overdueNow"]?.hasSuffix("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY") == true)
        #expect(plans["groupCounts"] == "SEARCH problem USING COVERING INDEX problem_by_group (group_id>?)")
        #expect(plans["resolvedIn"]?.contains("SEARCH event USING COVERING INDEX event_by_time (action=? AND at>? AND at<?)") == true)
        // The problems unchanged since are their rows, found by number; only the others step back.
        #expect(plans["resolvedIn/rows"]?.hasPrefix("""
            COMPOUND QUERY
            LEFT-MOST SUBQUERY
            SEARCH p USING INTEGER PRIMARY KEY (rowid=?)
            LIST SUBQUERY 1
            SEARCH event USING COVERING INDEX event_by_time (action=? AND at>? AND at<?)
            SEARCH l USING INTEGER PRIMARY KEY (rowid=?)
            UNION ALL
            """) == true, "\(plans["resolvedIn/rows"] ?? "")")
        // A province's statements, and a unit's activity, read the register's ranges (the rows
        // looked up where the index does not hold the province), not every problem of the province.
        func range(_ plan: String?) -> Substring? {
            plan?.split(separator: "\n").first.flatMap { line in line.range(of: "INDEX ").map { line[$0.lowerBound...] } }
        }
        for name in ["changedSince", "changedAfterRaised", "overdueNow", "resolvedIn", "activity"] {
            #expect(range(plans[name + "/province"]) == range(plans[name]), "\(name): \(plans[name + "/province"] ?? "")")
            #expect(plans[name + "/province"]?.contains("problem_by_province") == false, "\(name)")
        }
        #expect(plans["provinceNow"] == "SEARCH problem USING INDEX problem_by_province (province_id=?)")
        #expect(range(plans["activity/unit"]) == range(plans["activity"]))
        #expect(range(plans["activity"]) == "INDEX event_by_time (action=? AND at>? AND at<?)")
        #expect(plans["resolvedIn/unit"]?.contains("SEARCH event USING COVERING INDEX event_by_time (action=? AND at>? AND at<?)") == true)
        #expect(plans["inScopeAtEnd"]?.contains("problem_by_update (updated_at>?)") == true)
        #expect(plans["inScopeAtEnd"]?.contains("problem_by_unit (unit_id=?)") == true)
        #expect(plans["inScopeAtEnd"]?.contains("problem_by_escalation (escalated_to_id=?)") == true)
    }
}
