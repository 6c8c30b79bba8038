import DocketCore

/// Every word of the weekly report that a person reads, in one language: headings, labels,
/// column headers, legends and the sentences around the figures. The renderers take their
/// text from here and nowhere else, so another language is one more instance (a Vietnamese one
/// for `--lang vi`), with no change to any renderer.
///
/// What is not here is not translated on purpose: the figures, weeks written `YYYY-Www`, the
/// names and codes people wrote (units, localities, titles, resolutions), and the keys of the
/// JSON and CSV formats, which are for programs. A state keeps the name people type (as in
/// `list --state`): English shows it as it is, Vietnamese names it and adds it in brackets.
public struct ReportCatalogue: Sendable {
    /// The language's BCP 47 code, for the HTML page's `lang`: `en`, `vi`.
    public var languageCode: String

    /// Puts the words that depend on the report's period into the catalogue (a heading says
    /// "week", "month" or "quarter"; a period in progress is "now"): ``adapted(to:)``.
    var adapt: @Sendable (inout ReportCatalogue, ResolutionReport) -> Void

    /// The report's name: "Weekly resolution report".
    public var reportTitle: String
    /// The period reported on, its days and the time zone.
    public var period: @Sendable (ResolutionReport) -> String
    /// The one sentence a minister reads: groups, problems, resolved, the rate.
    public var headline: @Sendable (ResolutionReport) -> String
    /// What the figures are counted from: the end of the period (or now, for one in progress)
    /// and the zone.
    public var basis: @Sendable (ResolutionReport) -> String
    /// A date as people read it in the language.
    public var date: @Sendable (CivilDate) -> String
    /// A fraction from 0 to 1 as a percentage.
    public var percent: @Sendable (Double) -> String
    /// What an empty list says.
    public var none: String
    /// Under a list of overdue problems cut to a limit: how many are listed of how many.
    public var overdueListed: @Sendable (_ listed: Int, _ total: Int) -> String

    /// The heading of what happened during the week.
    public var duringHeading: String
    /// The heading of where things stood at the end of the week.
    public var endOfWeekHeading: String
    /// The heading of the open problems by state.
    public var byStateHeading: String
    /// The heading of the groups.
    public var groupsHeading: String
    /// The heading of the rows per unit.
    public var unitsHeading: String
    /// The heading of the rows per province.
    public var provincesHeading: String
    /// The heading of the problems resolved during the week.
    public var resolvedHeading: String
    /// The heading of the problems overdue at the end of the week.
    public var overdueHeading: String
    /// The heading of the eight weeks of the trend.
    public var trendHeading: String

    /// Problems filed (during the week; also a row's or a week's raised).
    public var raised: String
    /// Assignments made (during the week; also a unit's problems).
    public var assigned: String
    /// Answers given.
    public var answered: String
    /// Escalations made.
    public var escalated: String
    /// Resolutions recorded (during the week; also a row's resolved).
    public var resolved: String
    /// Reopenings.
    public var reopened: String
    /// Closings (during the week; also a row's closed).
    public var closed: String

    /// Open problems: neither resolved nor closed.
    public var open: String
    /// Overdue problems.
    public var overdue: String
    /// Problems raised up to the end of the week.
    public var totalRaised: String
    /// Of them, answered or resolved.
    public var totalAnswered: String
    /// Of them, completely resolved.
    public var totalResolved: String
    /// Of them, closed.
    public var totalClosed: String
    /// Resolved ÷ (raised − closed).
    public var resolutionRate: String
    /// A workflow state's name as shown; states are the workflow's data, named as people type them.
    public var stateName: @Sendable (String) -> String

    /// Groups with a problem raised.
    public var groupsTotal: String
    /// Groups completely resolved.
    public var groupsResolved: String

    /// The column of a figure's name, in two-column tables.
    public var figureColumn: String
    /// The column of a figure's value, in two-column tables.
    public var countColumn: String
    /// The column of a unit's code.
    public var unitColumn: String
    /// The column of a unit's or a province's name.
    public var nameColumn: String
    /// The column of a province's code.
    public var codeColumn: String
    /// The column of a province.
    public var provinceColumn: String
    /// The column of a problem's number.
    public var numberColumn: String
    /// The column of a problem's title.
    public var titleColumn: String
    /// The column of the locality that raised a problem.
    public var localityColumn: String
    /// The column of a problem's owner.
    public var ownerColumn: String
    /// The column of the day a problem was resolved.
    public var resolvedOnColumn: String
    /// When a problem was resolved, in a line about it: the date.
    public var resolvedOn: @Sendable (String) -> String
    /// The column of a resolution's text.
    public var resolutionColumn: String
    /// The column of a deadline.
    public var dueColumn: String
    /// The column of a problem's state.
    public var stateColumn: String
    /// The column of a span of the trend: a week or a month.
    public var weekColumn: String

    /// The row of the problems no unit owns.
    public var noUnit: String
    /// Under the counts of the period, when resolutions and problems resolved differ: the
    /// formats for people count problems, and say how many resolutions were recorded.
    public var resolvedCountsProblems: @Sendable (_ problems: Int, _ resolutions: Int) -> String
    /// The column of how many days a problem is overdue.
    public var daysOverdueColumn: String
    /// The heading of what was sent beyond the ministry's authority.
    public var beyondHeading: String
    /// Problems sent beyond it during the period.
    public var sentDuring: String
    /// Of all those ever sent, still open.
    public var sentOpen: String
    /// Of all those ever sent, answered or resolved.
    public var sentAnswered: String
    /// Of all those ever sent, completely resolved.
    public var sentResolved: String
    /// The column of how many were sent during the period, in the rows by destination.
    public var sentColumn: String
    /// The column of where a problem was sent.
    public var destinationColumn: String
    /// The column of the day it was sent.
    public var sentOnColumn: String
    /// Under the list of problems sent: which are listed (still open, sent or resolved during
    /// the period) of how many.
    public var beyondListed: @Sendable (_ listed: Int, _ total: Int) -> String

    /// What the trend chart shows, for readers who cannot see it.
    public var trendChartDescription: String
    /// What the unit chart shows, for readers who cannot see it.
    public var unitChartDescription: String
    /// What the chart of the destinations shows, for readers who cannot see it.
    public var beyondChartDescription: String
    /// The legend of a unit's problems still open and not overdue.
    public var openNotOverdue: String
}

extension ReportCatalogue {
    /// The catalogue with the words that depend on `report`'s period put in: what every
    /// renderer reads its words from.
    public func adapted(to report: ResolutionReport) -> ReportCatalogue {
        var catalogue = self
        adapt(&catalogue, report)
        return catalogue
    }

    /// A fraction from 0 to 1 as a percentage with one decimal, rounded half up, after the
    /// language's decimal mark: 0.25 as "25.0%" or "25,0%".
    static func percentage(_ fraction: Double, decimalMark: String) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return "\(tenths / 10)\(decimalMark)\(tenths % 10)%"
    }
}
