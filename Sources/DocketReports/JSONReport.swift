import DocketCore

/// The report as one JSON object: the contract's keys, in its order, and a few more.
///
/// Beyond the contract: `end_of_week.total_closed`; `closed` in each row of `by_unit` and
/// `by_locality`; `locality`, `unit` and `resolved_at` for each resolved problem; `locality` and
/// `state` for each overdue one; `period.name` (`2025-Q3`); and `trend`, oldest first, each
/// `{week or month or period (a part of a month cut by the period's ends), from, to, raised,
/// resolved}`: the eight weeks ending with a week, the weeks of a period of two months or
/// less, the months of a longer one. Units and localities are `{code, name}`, as in
/// a problem's JSON; instants carry the register's offset.
public enum JSONReport {
    /// Writes `report` as one pretty-printed JSON document and a newline.
    public static func write(_ report: ResolutionReport, to output: OutputBuffer) {
        var json = JSONWriter(to: output)
        let zone = report.timeZone
        json.beginObject()
        if let week = report.period.week {
            json.key("week"); json.value(week.description)
            json.key("from"); json.value(report.from.description)
            json.key("to"); json.value(report.to.description)
        } else {
            json.key("period")
            json.beginObject()
            json.key("name"); json.value(report.period.description)
            json.key("from"); json.value(report.from.description)
            json.key("to"); json.value(report.to.description)
            json.endObject()
        }
        json.key("timezone"); json.value(zone.identifier)
        json.key("complete"); json.value(report.complete)
        json.key("as_of"); json.value(zone.iso8601(report.asOf))

        json.key("during")
        json.beginObject()
        for (entry, count) in zip(ResolutionReport.Activity.actions, report.during.counts) {
            json.key(entry.key); json.value(count)
        }
        json.key("resolved_problems"); json.value(report.resolvedProblems)
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

        let beyond = report.beyondAuthority
        json.key("beyond_authority")
        json.beginObject()
        json.key("sent"); json.value(beyond.sent)
        standing(beyond.standing, &json)
        json.key("by_destination")
        json.beginArray()
        for row in beyond.byDestination {
            json.beginObject()
            json.key("unit"); named(row.unit, &json)
            json.key("sent"); json.value(row.sent)
            standing(row.standing, &json)
            json.endObject()
        }
        json.endArray()
        json.key("items")
        json.beginArray()
        for item in beyond.items {
            json.beginObject()
            json.key("id"); json.value(item.id)
            json.key("title"); json.value(item.title)
            json.key("to"); named(item.to, &json)
            json.key("state"); json.value(item.state)
            json.key("sent_at"); json.value(zone.iso8601(item.sentAt))
            json.endObject()
        }
        json.endArray()
        json.endObject()

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
            json.key("days_overdue"); json.value(problem.daysOverdue)
            json.key("state"); json.value(problem.state)
            json.key("locality"); named(problem.locality, &json)
            json.endObject()
        }
        json.endArray()

        json.key("trend")
        json.beginArray()
        for point in report.trend {
            json.beginObject()
            switch point.period.kind {
            case .week: json.key("week")
            case .month: json.key("month")
            default: json.key("period")
            }
            json.value(point.period.description)
            json.key("from"); json.value(point.period.from.description)
            json.key("to"); json.value(point.period.to.description)
            json.key("raised"); json.value(point.raised)
            json.key("resolved"); json.value(point.resolved)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        output.write(byte: 0x0A)
    }

    /// `open`, `answered` and `resolved` of what was sent beyond the ministry's authority.
    private static func standing(_ standing: ResolutionReport.SentStanding, _ json: inout JSONWriter) {
        json.key("open"); json.value(standing.open)
        json.key("answered"); json.value(standing.answered)
        json.key("resolved"); json.value(standing.resolved)
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
