/// Every word the web pages show, in one language: the templates read them by name, so a
/// page is the same markup in Vietnamese and in English.
///
/// Sentences that carry a value are functions; the rest are plain text. The refusals a page
/// shows are not here: they are the command line's own sentences (DocketCLI's catalogue),
/// given to the page as text.
public struct WebText: Sendable {
    /// The page's `lang`: `vi` or `en`.
    public var code: String
    /// The other language's name, in that language, for the switch.
    public var otherLanguageName: String
    /// The other language's code.
    public var otherCode: String

    public var skipToContent: String
    public var navigation: String
    public var desk: String
    public var problems: String
    public var reports: String
    public var meetings: String
    public var groups: String
    public var signIn: String
    public var signOut: String
    public var signInHeading: String
    public var signInIntro: String
    public var tokenLabel: String
    public var tokenHint: String
    public var signedInAs: String
    public var roleNames: [String: String]

    public var fileProblem: String
    public var fileHeading: String
    public var fileIntro: String
    public var localityLabel: String
    public var localityHint: String
    public var titleLabel: String
    public var meetingLabel: String
    public var categoryLabel: String
    public var groupLabel: String
    public var descriptionLabel: String
    public var recommendationLabel: String
    public var none: String
    public var required: String
    public var fileSubmit: String

    public var number: String
    public var title: String
    public var locality: String
    public var state: String
    public var owner: String
    public var due: String
    public var escalatedTo: String
    public var category: String
    public var meeting: String
    public var group: String
    public var raisedAt: String
    public var description: String
    public var recommendation: String
    public var response: String
    public var resolution: String
    public var closeReason: String
    public var details: String
    public var actions: String
    public var noActions: String
    public var history: String
    public var noOne: String

    public var filters: String
    public var anyState: String
    public var openStates: String
    public var anyUnit: String
    public var anyCategory: String
    public var anyGroup: String
    public var overdueOnly: String
    public var searchLabel: String
    public var searchHint: String
    public var apply: String
    public var clear: String
    public var nextPage: String
    public var noProblems: String
    public var searchResults: @Sendable (String) -> String
    public var filteredProblems: String

    public var deskIntroLocality: @Sendable (String) -> String
    public var deskIntroUnit: @Sendable (String) -> String
    public var deskIntroEverything: String
    public var deskOwn: String
    public var deskQueue: String
    public var deskOpen: String
    public var deskEmptyQueue: String
    public var daysOverdue: @Sendable (Int) -> String
    public var dueIn: @Sendable (Int) -> String

    public var meetingsHeading: String
    public var meetingDate: String
    public var lead: String
    public var notes: String
    public var raisedAtMeeting: String
    public var noMeetings: String
    public var groupsHeading: String
    public var problemCount: String
    public var resolvedCount: String
    public var noGroups: String
    public var groupStanding: @Sendable (String) -> String
    public var groupSummary: @Sendable (_ total: Int, _ resolved: Int, _ standing: String) -> String
    public var inState: @Sendable (String) -> String

    public var reportHeading: String
    public var weekLabel: String
    public var weekHint: String
    public var periodHeading: String
    public var localityReportHeading: String
    public var periodFields: [String: String]
    public var periodHint: String
    public var asOfLabel: String
    public var localityReportHint: String
    public var show: String
    public var downloads: String
    public var formatNames: [String: String]

    public var dueHint: String
    public var workingDaysLabel: String
    public var submitAction: @Sendable (String) -> String
    public var actionNames: [String: String]
    public var fieldNames: [String: String]
    public var stateNames: [String: String]
    public var eventSummary: @Sendable (_ action: String, _ to: String) -> String
    public var changed: String

    public var notFoundHeading: String
    public var notFoundText: String
    public var forbiddenHeading: String
    public var refusedHeading: String
    public var backToDesk: String
    public var actionDone: @Sendable (String) -> String
    public var filed: @Sendable (Int64) -> String

    /// The name of workflow state `state` for people, its code when the language has none.
    public func stateName(_ state: String) -> String {
        stateNames[state] ?? state
    }

    /// The name of transition `action`, its code when the language has none.
    public func actionName(_ action: String) -> String {
        actionNames[action] ?? action
    }

    /// What a transition's field labelled `label` (its command-line option) is called.
    public func fieldName(_ label: String) -> String {
        fieldNames[label] ?? label
    }

    /// The words of `language` (`vi` or `en`).
    public static func of(_ code: String) -> WebText {
        code == "en" ? .english : .vietnamese
    }
}
