import DocketCore

extension ReportCatalogue {
    /// The report in English, the first language of docket's messages.
    public static let english = ReportCatalogue(
        languageCode: "en",
        adapt: { c, report in
            let period = report.period
            let noun = englishNoun(period)
            c.reportTitle = switch period.kind {
            case .week: "Weekly resolution report"
            case .month: "Monthly resolution report"
            case .quarter: "Quarterly resolution report"
            case .half: "Six-monthly resolution report"
            case .year: "Annual resolution report"
            case .days: "Resolution report"
            }
            c.duringHeading = "During the \(noun)"
            c.endOfWeekHeading = report.complete ? "At the end of the \(noun)" : "As it stands now"
            c.resolvedHeading = "Resolved during the \(noun)"
            c.overdueHeading = report.complete ? "Overdue at the end of the \(noun)" : "Overdue now"
            c.trendHeading = period.week != nil ? "Raised and resolved, the last eight weeks"
                : period.hasMonthlyTrend ? "Raised and resolved, by month" : "Raised and resolved, by week"
            c.weekColumn = period.hasMonthlyTrend ? "Month" : "Week"
            c.sentDuring = "Sent during the \(noun)"
            c.unitChartDescription = "The problems each unit owned at the end of the \(noun): resolved, open, overdue and closed"
            c.trendChartDescription = period.week != nil
                ? "Problems raised and problems resolved in each of the last eight weeks"
                : "Problems raised and problems resolved in each \(period.hasMonthlyTrend ? "month" : "week") of the \(noun)"
        },
        reportTitle: "Weekly resolution report",
        period: { report in
            let zone = report.timeZone.identifier
            return switch report.period.kind {
            case .week(let week): "\(week): Monday \(report.from) to Sunday \(report.to), \(zone)"
            default: "\(report.period): \(report.from) to \(report.to), \(zone)"
            }
        },
        headline: { report in
            let end = report.endOfWeek
            let groups = report.groups
            let groupText = groups.total == 0
                ? ""
                : "\(count(groups.total, "group")) of difficulties, \(groups.resolved) completely resolved; "
            return groupText + "\(count(end.totalRaised, "problem")) raised to date, \(end.totalResolved) completely "
                + "resolved and \(end.totalAnswered - end.totalResolved) answered; resolution rate "
                + "\(percentage(end.resolutionRate, decimalMark: "."))."
        },
        basis: { report in
            let zone = report.timeZone.identifier
            let noun = englishNoun(report.period)
            guard report.complete else {
                return "The \(noun) is in progress: counted from the events up to \(report.timeZone.iso8601(report.asOf)) (\(zone)), so its figures will still change."
            }
            let day = report.period.to.adding(days: 1)
            let weekday = report.period.week != nil ? "Monday " : ""
            return "Counted from the events that happened before \(weekday)\(day) 00:00 (\(zone)): the report of a past \(noun) does not change."
        },
        date: { $0.description },
        percent: { percentage($0, decimalMark: ".") },
        none: "None.",
        overdueListed: { listed, total in
            listed == 0 ? "None of the \(total) is listed." : "The \(listed) longest overdue of \(total) are listed."
        },
        duringHeading: "During the week",
        endOfWeekHeading: "At the end of the week",
        byStateHeading: "Open problems by state",
        groupsHeading: "Groups",
        unitsHeading: "By unit",
        provincesHeading: "By province",
        resolvedHeading: "Resolved during the week",
        overdueHeading: "Overdue at the end of the week",
        trendHeading: "Raised and resolved, the last eight weeks",
        raised: "Raised",
        assigned: "Assigned",
        answered: "Answered",
        escalated: "Escalated",
        resolved: "Resolved",
        reopened: "Reopened",
        closed: "Closed",
        open: "Open",
        overdue: "Overdue",
        totalRaised: "Raised to date",
        totalAnswered: "Answered or resolved",
        totalResolved: "Completely resolved",
        totalClosed: "Closed",
        resolutionRate: "Resolution rate",
        stateName: { $0 },
        groupsTotal: "Groups with a problem raised",
        groupsResolved: "Groups completely resolved",
        figureColumn: "Figure",
        countColumn: "Count",
        unitColumn: "Unit",
        nameColumn: "Name",
        codeColumn: "Code",
        provinceColumn: "Province",
        numberColumn: "#",
        titleColumn: "Title",
        localityColumn: "Locality",
        ownerColumn: "Owner",
        resolvedOnColumn: "Resolved on",
        resolvedOn: { "resolved on \($0)" },
        resolutionColumn: "Resolution",
        dueColumn: "Due",
        stateColumn: "State",
        weekColumn: "Week",
        noUnit: "(no unit)",
        resolvedCountsProblems: { problems, resolutions in
            "Resolved counts problems: \(count(problems, "problem")) resolved and still resolved at the end, of \(count(resolutions, "resolution")) recorded (a problem resolved, reopened and resolved again counts once)."
        },
        daysOverdueColumn: "Days",
        beyondHeading: "Sent beyond the ministry's authority",
        sentDuring: "Sent during the week",
        sentOpen: "Of all sent, still open",
        sentAnswered: "Of all sent, answered or resolved",
        sentResolved: "Of all sent, completely resolved",
        sentColumn: "Sent",
        destinationColumn: "Sent to",
        sentOnColumn: "Sent on",
        beyondListed: { listed, total in
            "Listed: the \(listed) still open, or sent or resolved in the period, of the \(total) ever sent."
        },
        trendChartDescription: "Problems raised and problems resolved in each of the last eight weeks",
        unitChartDescription: "The problems each unit owned at the end of the week: resolved, open, overdue and closed",
        beyondChartDescription: "The problems last sent to each ministry, branch or the Government: resolved, answered, open and closed",
        openNotOverdue: "Open, not overdue"
    )

    /// What the period is called in a sentence: "week", "month", "quarter", "half-year", "year", "period".
    static func englishNoun(_ period: ReportPeriod) -> String {
        switch period.kind {
        case .week: "week"
        case .month: "month"
        case .quarter: "quarter"
        case .half: "half-year"
        case .year: "year"
        case .days: "period"
        }
    }

    /// "1 problem", "3 problems".
    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
