import DocketCore

extension ReportCatalogue {
    /// The report in English, the first language of docket's messages.
    public static let english = ReportCatalogue(
        languageCode: "en",
        reportTitle: "Weekly resolution report",
        period: { week, monday, sunday, zone in "\(week): Monday \(monday) to Sunday \(sunday), \(zone)" },
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
        basis: { nextMonday, zone in
            "Counted from the events that happened before Monday \(nextMonday) 00:00 (\(zone)): the report of a past week does not change."
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
        trendChartDescription: "Problems raised and problems resolved in each of the last eight weeks",
        unitChartDescription: "The problems each unit owned at the end of the week: resolved, open, overdue and closed",
        openNotOverdue: "Open, not overdue"
    )

    /// "1 problem", "3 problems".
    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
