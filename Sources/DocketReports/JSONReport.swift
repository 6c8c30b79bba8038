import DocketCore

/// The report as one JSON object: the contract's keys, in its order, and a few more.
///
/// Beyond the contract: `end_of_week.total_closed`; `closed` in each row of `by_unit` and
/// `by_locality`; `locality`, `unit` and `resolved_at` for each resolved problem; `locality` and
/// `state` for each overdue one; and `trend`, the eight weeks ending with this one, oldest
/// first, each `{week, from, raised, resolved}`. Units and localities are `{code, name}`, as in
/// a problem's JSON; instants carry the register's offset.
public enum JSONReport {
    /// Writes `report` as one pretty-printed JSON document and a newline.
    public static func write(_ report: WeeklyReport, to output: OutputBuffer) {
        var json = JSONWriter(to: output)
        let zone = report.timeZone
        json.beginObject()
        json.key("week"); json.value(report.week.description)
        json.key("from"); json.value(report.from.description)
        json.key("to"); json.value(report.to.description)
        json.key("timezone"); json.value(zone.identifier)

        json.key("during")
        json.beginObject()
        for (entry, count) in zip(WeeklyReport.Activity.actions, report.during.counts) {
            json.key(entry.key); json.value(count)
        }
        json.endObject()

        let end = report.endOfWeek
        json.key("end_of_week")
        json.beginObject()
        json.key("open"); json.value(end.open)
        json.key("by_state")
        json.beginObject()
        for state in end.byState {
            json.key(state.state); json.value(state.count)
        }
        json.endObject()
        json.key("overdue"); json.value(end.overdue)
        json.key("total_raised"); json.value(end.totalRaised)
        json.key("total_answered"); json.value(end.totalAnswered)
        json.key("total_resolved"); json.value(end.totalResolved)
        json.key("resolution_rate"); json.value(end.resolutionRate)
        json.key("total_closed"); json.value(end.totalClosed)
        json.endObject()

        json.key("groups")
        json.beginObject()
        json.key("total"); json.value(report.groups.total)
        json.key("resolved"); json.value(report.groups.resolved)
        json.endObject()

        json.key("by_unit")
        json.beginArray()
        for row in report.units {
            json.beginObject()
            json.key("unit"); named(row.unit, &json)
            json.key("assigned"); json.value(row.assigned)
            json.key("resolved"); json.value(row.resolved)
            json.key("open"); json.value(row.open)
            json.key("overdue"); json.value(row.overdue)
            json.key("closed"); json.value(row.closed)
            json.endObject()
        }
        json.endArray()

        json.key("by_locality")
        json.beginArray()
        for row in report.provinces {
            json.beginObject()
            json.key("locality"); named(row.province, &json)
            json.key("raised"); json.value(row.raised)
            json.key("resolved"); json.value(row.resolved)
            json.key("open"); json.value(row.open)
            json.key("closed"); json.value(row.closed)
            json.endObject()
        }
        json.endArray()

        json.key("resolved")
        json.beginArray()
        for problem in report.resolved {
            json.beginObject()
            json.key("id"); json.value(problem.id)
            json.key("title"); json.value(problem.title)
            json.key("resolution"); json.value(problem.resolution)
            json.key("resolved_at"); json.value(zone.iso8601(problem.resolvedAt))
            json.key("locality"); named(problem.locality, &json)
            json.key("unit"); named(problem.unit, &json)
            json.endObject()
        }
        json.endArray()

        json.key("overdue")
        json.beginArray()
        for problem in report.overdue {
            json.beginObject()
            json.key("id"); json.value(problem.id)
            json.key("title"); json.value(problem.title)
            json.key("unit"); named(problem.unit, &json)
            json.key("due"); json.value(problem.due.description)
            json.key("state"); json.value(problem.state)
            json.key("locality"); named(problem.locality, &json)
            json.endObject()
        }
        json.endArray()

        json.key("trend")
        json.beginArray()
        for week in report.trend {
            json.beginObject()
            json.key("week"); json.value(week.week.description)
            json.key("from"); json.value(week.week.monday.description)
            json.key("raised"); json.value(week.raised)
            json.key("resolved"); json.value(week.resolved)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        output.write(byte: 0x0A)
    }

    /// `{code, name}`, or null.
    private static func named(_ ref: NamedRef?, _ json: inout JSONWriter) {
        guard let ref else { return json.null() }
        json.beginObject()
        json.key("code"); json.value(ref.code)
        json.key("name"); json.value(ref.name)
        json.endObject()
    }
}
