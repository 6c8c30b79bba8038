import Mustache

/// What every page shows around its content: the language, the signed-in person and the
/// site's navigation, and the token every form carries against cross-site request forgery.
///
/// The templates read these values by name. A value a template tests is a `Bool` (a
/// missing or nil value would be looked up in the enclosing objects instead).
public struct Chrome: Sendable {
    public var t: WebText
    /// The page's title, before " · docket".
    public var title: String
    /// The token a form posts back in its `csrf` field.
    public var csrf: String
    /// The path of the page, where the language switch comes back to.
    public var path: String
    public var signedIn: Bool
    public var userName: String
    public var roleName: String
    public var nav: [NavItem]

    /// The chrome of a page titled `title` at `path`; `section` is the navigation entry it
    /// belongs to (`desk`, `problems`, `reports`, `meetings`, `groups`), none when signed out.
    public init(t: WebText, title: String, csrf: String, path: String, user: (name: String, role: String)?, section: String?) {
        self.t = t
        self.title = title
        self.csrf = csrf
        self.path = path
        signedIn = user != nil
        userName = user?.name ?? ""
        roleName = user.map { t.roleNames[$0.role] ?? $0.role } ?? ""
        nav = user == nil ? [] : [
            NavItem(href: "/", label: t.desk, current: section == "desk"),
            NavItem(href: "/problems", label: t.problems, current: section == "problems"),
            NavItem(href: "/reports/weekly", label: t.reports, current: section == "reports"),
            NavItem(href: "/meetings", label: t.meetings, current: section == "meetings"),
            NavItem(href: "/groups", label: t.groups, current: section == "groups"),
        ]
    }
}

/// One entry of the site's navigation.
public struct NavItem: Sendable {
    public var href: String
    public var label: String
    public var current: Bool

    public init(href: String, label: String, current: Bool) {
        self.href = href
        self.label = label
        self.current = current
    }
}

/// A choice in a `<select>`.
public struct Option: Sendable {
    public var value: String
    public var label: String
    public var selected: Bool

    public init(value: String, label: String, selected: Bool = false) {
        self.value = value
        self.label = label
        self.selected = selected
    }
}

/// A refusal or a confirmation shown at the top of a form or page.
public struct Message: Sendable {
    public var text: String
    public var isError: Bool
}

/// A table of problems: one row each, linking to the problem's page.
public struct ProblemTable: Sendable {
    /// The words of its headings and labels: every row's cells read them.
    public var t: WebText
    /// The table's `id`, which tests and links find it by.
    public var tableID: String
    public var caption: String
    public var rows: [ProblemRow]
    public var hasRows: Bool
    /// What is said when there are no rows.
    public var empty: String

    public init(t: WebText, tableID: String, caption: String, rows: [ProblemRow], empty: String) {
        self.t = t
        self.tableID = tableID
        self.caption = caption
        self.rows = rows
        hasRows = !rows.isEmpty
        self.empty = empty
    }
}

/// A problem as one row of a table.
public struct ProblemRow: Sendable {
    public var id: Int64
    public var title: String
    public var locality: String
    public var state: String
    public var stateName: String
    public var owner: String
    public var due: String
    public var isOverdue: Bool
    /// "3 days overdue" or "2 days left", empty when the problem has no deadline or is done.
    public var dueNote: String
    public var hasDueNote: Bool

    public init(id: Int64, title: String, locality: String, state: String, stateName: String, owner: String,
                due: String, isOverdue: Bool, dueNote: String) {
        self.id = id
        self.title = title
        self.locality = locality
        self.state = state
        self.stateName = stateName
        self.owner = owner
        self.due = due
        self.isOverdue = isOverdue
        self.dueNote = dueNote
        hasDueNote = !dueNote.isEmpty
    }
}

/// `/signin`.
public struct SignInPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var hasError: Bool
    public var error: String

    public init(chrome: Chrome, error: String?) {
        self.chrome = chrome
        t = chrome.t
        hasError = error != nil
        self.error = error ?? ""
    }
}

/// `/`: what is on the signed-in person's table.
public struct DeskPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var intro: String
    public var canFile: Bool
    /// Counts by state, each a link to the list of them.
    public var counts: [CountLink]
    public var hasCounts: Bool
    public var table: ProblemTable

    public init(chrome: Chrome, intro: String, canFile: Bool, counts: [CountLink], table: ProblemTable) {
        self.chrome = chrome
        t = chrome.t
        self.intro = intro
        self.canFile = canFile
        self.counts = counts
        hasCounts = !counts.isEmpty
        self.table = table
    }
}

/// A figure that links to the problems it counts.
public struct CountLink: Sendable {
    public var count: Int
    public var label: String
    public var href: String

    public init(count: Int, label: String, href: String) {
        self.count = count
        self.label = label
        self.href = href
    }
}

/// `/problems`: a page of the problems the filters match, or of a search's matches.
public struct ProblemListPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var states: [Option]
    public var locality: String
    public var units: [Option]
    public var categories: [Option]
    public var groups: [Option]
    public var overdue: Bool
    public var query: String
    public var canFile: Bool
    public var hasError: Bool
    public var error: String
    public var table: ProblemTable
    public var hasNext: Bool
    public var nextHref: String

    public init(chrome: Chrome, states: [Option], locality: String, units: [Option], categories: [Option], groups: [Option],
                overdue: Bool, query: String, canFile: Bool, error: String?, table: ProblemTable, nextHref: String?) {
        self.chrome = chrome
        t = chrome.t
        self.states = states
        self.locality = locality
        self.units = units
        self.categories = categories
        self.groups = groups
        self.overdue = overdue
        self.query = query
        self.canFile = canFile
        hasError = error != nil
        self.error = error ?? ""
        self.table = table
        hasNext = nextHref != nil
        self.nextHref = nextHref ?? ""
    }
}

/// `/problems/new`: the form that files a problem, again with what was typed when refused.
public struct FilePage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var hasError: Bool
    public var error: String
    public var locality: String
    public var localities: [Option]
    public var title: String
    public var meetings: [Option]
    public var categories: [Option]
    public var groups: [Option]
    public var description: String
    public var recommendation: String

    public init(chrome: Chrome, error: String?, locality: String, localities: [Option], title: String, meetings: [Option],
                categories: [Option], groups: [Option], description: String, recommendation: String) {
        self.chrome = chrome
        t = chrome.t
        hasError = error != nil
        self.error = error ?? ""
        self.locality = locality
        self.localities = localities
        self.title = title
        self.meetings = meetings
        self.categories = categories
        self.groups = groups
        self.description = description
        self.recommendation = recommendation
    }
}

/// One line of a problem's details: a term and what the problem holds for it.
public struct Detail: Sendable {
    public var term: String
    /// The `id` of its `<dd>`, for the ones tests and scripts read (`state`, `owner`).
    public var detailID: String
    public var hasDetailID: Bool
    public var value: String
    /// A link the value leads to (a meeting, a group), or empty.
    public var href: String
    public var hasHref: Bool
    /// The state's code on the state's line, for `data-state`.
    public var state: String
    public var hasState: Bool
    /// Whether the value is long text, shown as paragraphs.
    public var isLong: Bool

    public init(term: String, value: String, detailID: String = "", href: String = "", state: String = "", isLong: Bool = false) {
        self.term = term
        self.value = value
        self.detailID = detailID
        hasDetailID = !detailID.isEmpty
        self.href = href
        hasHref = !href.isEmpty
        self.state = state
        hasState = !state.isEmpty
        self.isLong = isLong
    }
}

/// A form for one action on a problem: a transition the workflow allows from its state, or a
/// comment, with the fields it asks for.
public struct ActionForm: Sendable {
    public var action: String
    public var name: String
    public var problemID: Int64
    public var csrf: String
    public var fields: [ActionField]
    /// The refusal of this form's last post, shown on it, or empty.
    public var hasError: Bool
    public var error: String

    public init(action: String, name: String, problemID: Int64, csrf: String, fields: [ActionField], error: String?) {
        self.action = action
        self.name = name
        self.problemID = problemID
        self.csrf = csrf
        self.fields = fields
        hasError = error != nil
        self.error = error ?? ""
    }
}

/// One field of an action's form.
public struct ActionField: Sendable {
    public enum Kind: Sendable {
        case unit([Option]), due, text
    }

    /// The field's name in the form: its command-line option without the dashes.
    public var field: String
    public var inputID: String
    public var label: String
    public var isRequired: Bool
    public var isSelect: Bool
    public var isDue: Bool
    public var isText: Bool
    public var options: [Option]
    public var value: String
    /// Working days typed beside a due date.
    public var workingDays: String
    public var hint: String

    public init(action: String, field: String, label: String, isRequired: Bool, kind: Kind, value: String,
                workingDays: String = "", hint: String = "") {
        self.field = field
        inputID = "\(action)-\(field)"
        self.label = label
        self.isRequired = isRequired
        switch kind {
        case .unit(let options): (isSelect, isDue, isText, self.options) = (true, false, false, options)
        case .due: (isSelect, isDue, isText, self.options) = (false, true, false, [])
        case .text: (isSelect, isDue, isText, self.options) = (false, false, true, [])
        }
        self.value = value
        self.workingDays = workingDays
        self.hint = hint
    }
}

/// One event of a problem's history, as a step of its timeline.
public struct TimelineEntry: Sendable {
    public var action: String
    public var when: String
    public var iso: String
    public var actor: String
    public var summary: String
    public var hasNote: Bool
    public var note: String

    public init(action: String, when: String, iso: String, actor: String, summary: String, note: String?) {
        self.action = action
        self.when = when
        self.iso = iso
        self.actor = actor
        self.summary = summary
        hasNote = note != nil
        self.note = note ?? ""
    }
}

/// `/problems/{id}`: a problem, the actions open to this person, and its history.
public struct ProblemPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var id: Int64
    public var title: String
    public var hasNotice: Bool
    public var notice: String
    public var details: [Detail]
    public var actions: [ActionForm]
    public var hasActions: Bool
    public var events: [TimelineEntry]

    public init(chrome: Chrome, id: Int64, title: String, notice: String?, details: [Detail], actions: [ActionForm],
                events: [TimelineEntry]) {
        self.chrome = chrome
        t = chrome.t
        self.id = id
        self.title = title
        hasNotice = notice != nil
        self.notice = notice ?? ""
        self.details = details
        self.actions = actions
        hasActions = !actions.isEmpty
        self.events = events
    }
}

/// A meeting as a row of `/meetings`.
public struct MeetingRow: Sendable {
    public var id: Int64
    public var date: String
    public var locality: String
    public var title: String

    public init(id: Int64, date: String, locality: String, title: String) {
        self.id = id
        self.date = date
        self.locality = locality
        self.title = title
    }
}

/// `/meetings`.
public struct MeetingsPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var meetings: [MeetingRow]
    public var hasMeetings: Bool
    /// The next page's address, when there is one.
    public var nextHref: String
    public var hasNext: Bool

    public init(chrome: Chrome, meetings: [MeetingRow], nextHref: String? = nil) {
        self.chrome = chrome
        t = chrome.t
        self.meetings = meetings
        hasMeetings = !meetings.isEmpty
        self.nextHref = nextHref ?? ""
        hasNext = nextHref != nil
    }
}

/// `/meetings/{id}`: a meeting and everything raised at it that this person sees.
public struct MeetingPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var title: String
    public var details: [Detail]
    public var table: ProblemTable

    public init(chrome: Chrome, title: String, details: [Detail], table: ProblemTable) {
        self.chrome = chrome
        t = chrome.t
        self.title = title
        self.details = details
        self.table = table
    }
}

/// A group as a row of `/groups`.
public struct GroupRow: Sendable {
    public var id: Int64
    public var title: String
    public var total: Int
    public var resolved: Int
    public var standing: String

    public init(id: Int64, title: String, total: Int, resolved: Int, standing: String) {
        self.id = id
        self.title = title
        self.total = total
        self.resolved = resolved
        self.standing = standing
    }
}

/// `/groups`.
public struct GroupsPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var groups: [GroupRow]
    public var hasGroups: Bool
    /// The next page's address, when there is one.
    public var nextHref: String
    public var hasNext: Bool

    public init(chrome: Chrome, groups: [GroupRow], nextHref: String? = nil) {
        self.chrome = chrome
        t = chrome.t
        self.groups = groups
        hasGroups = !groups.isEmpty
        self.nextHref = nextHref ?? ""
        hasNext = nextHref != nil
    }
}

/// `/groups/{id}`: a group with its problems by state.
public struct GroupPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var title: String
    public var standing: String
    public var tables: [ProblemTable]
    public var hasTables: Bool

    public init(chrome: Chrome, title: String, standing: String, tables: [ProblemTable]) {
        self.chrome = chrome
        t = chrome.t
        self.title = title
        self.standing = standing
        self.tables = tables
        hasTables = !tables.isEmpty
    }
}

/// A link to the report in one format.
public struct Download: Sendable {
    public var format: String
    public var label: String
    public var href: String

    public init(format: String, label: String, href: String) {
        self.format = format
        self.label = label
        self.href = href
    }
}

/// A field of a report's picker.
public struct ReportField: Sendable {
    public var name: String
    public var inputID: String
    public var label: String
    public var value: String
    public var placeholder: String
    public var isDate: Bool

    public init(name: String, label: String, value: String, placeholder: String = "", isDate: Bool = false) {
        self.name = name
        inputID = "report-" + name.replacing("_", with: "-")
        self.label = label
        self.value = value
        self.placeholder = placeholder
        self.isDate = isDate
    }
}

/// `/reports/weekly`, `/reports/period`, `/reports/locality`: a report embedded (the HTML one,
/// in a frame), its picker and its downloads.
public struct ReportPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var heading: String
    /// The picker form's `id`: `week-picker`, `period-picker`, `locality-picker`.
    public var formID: String
    public var action: String
    public var tabs: [NavItem]
    public var fields: [ReportField]
    public var hint: String
    public var hasError: Bool
    public var error: String
    public var hasReport: Bool
    public var frameSource: String
    public var frameTitle: String
    public var downloads: [Download]

    public init(chrome: Chrome, heading: String, formID: String, action: String, tabs: [NavItem], fields: [ReportField], hint: String,
                error: String?, frameSource: String?, frameTitle: String, downloads: [Download]) {
        self.chrome = chrome
        t = chrome.t
        self.heading = heading
        self.formID = formID
        self.action = action
        self.tabs = tabs
        self.fields = fields
        self.hint = hint
        hasError = error != nil
        self.error = error ?? ""
        hasReport = frameSource != nil && error == nil
        self.frameSource = frameSource ?? ""
        self.frameTitle = frameTitle
        self.downloads = downloads
    }
}

/// A page that says why there is nothing to show: not found, not allowed, refused.
public struct ErrorPage: Sendable {
    public var chrome: Chrome
    public var t: WebText
    public var heading: String
    public var text: String

    public init(chrome: Chrome, heading: String, text: String) {
        self.chrome = chrome
        t = chrome.t
        self.heading = heading
        self.text = text
    }
}

// The values a template reads most often, once per row or choice, are looked up by name here
// rather than by reflection (see WebText+Lookup.swift). A name a value does not hold is nil, and
// the template looks in the enclosing values, as it would by reflection.

extension ProblemRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "locality": locality
        case "state": state
        case "stateName": stateName
        case "owner": owner
        case "due": due
        case "isOverdue": isOverdue
        case "dueNote": dueNote
        case "hasDueNote": hasDueNote
        default: nil
        }
    }
}

extension ProblemTable: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "t": t
        case "tableID": tableID
        case "caption": caption
        case "rows": rows
        case "hasRows": hasRows
        case "empty": empty
        default: nil
        }
    }
}

extension Option: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "current": current
        default: nil
        }
    }
}

extension GroupRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "total": total
        case "resolved": resolved
        case "standing": standing
        default: nil
        }
    }
}

extension MeetingRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "date": date
        case "locality": locality
        case "title": title
        default: nil
        }
    }
}

extension TimelineEntry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "action": action
        case "when": when
        case "iso": iso
        case "actor": actor
        case "summary": summary
        case "hasNote": hasNote
        case "note": note
        default: nil
        }
    }
}

extension GroupsPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "t": t
        case "groups": groups
        case "hasGroups": hasGroups
        case "nextHref": nextHref
        case "hasNext": hasNext
        default: nil
        }
    }
}

extension MeetingsPage: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "t": t
        case "meetings": meetings
        case "hasMeetings": hasMeetings
        case "nextHref": nextHref
        case "hasNext": hasNext
        default: nil
        }
    }
}
