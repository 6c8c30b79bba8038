import DocketCLI
import DocketCore
import DocketRegister
import DocketStore
import DocketWeb
import Hummingbird

/// Signing in and out, the language, the desk, the lists of problems, meetings and groups.
extension API {
    /// `GET /signin`.
    func signInPage(_ page: PageRequest) async throws -> Response {
        if page.visit.caller != nil { return redirect("/", visit: page.visit) }
        let t = page.visit.text
        return html(pages.signIn(SignInPage(chrome: page.visit.chrome(t.signIn, section: nil), error: nil)), visit: page.visit)
    }

    /// `POST /signin`: a token typed once opens a session, kept in an HttpOnly cookie.
    func signIn(_ page: PageRequest) async throws -> Response {
        let secret = page.form?.text("token") ?? ""
        guard let found = try await read({ try $0.principal(forSecret: secret) }) else {
            let t = page.visit.text
            return html(pages.signIn(SignInPage(chrome: page.visit.chrome(t.signIn, section: nil),
                                                error: WebRefusal.unknownToken.sentence(in: page.visit.language))),
                        status: .unauthorized, visit: page.visit)
        }
        page.context.actor.value = found.principal.name
        let session = sessions.open(token: found.token.id)
        let cookie = Self.cookie(Self.sessionCookie, session.secret, maxAge: Int(WebSessions.lifetime.components.seconds), visit: page.visit)
        return redirect("/", visit: page.visit, cookies: [cookie])
    }

    /// `POST /signout`.
    func signOut(_ page: PageRequest) async throws -> Response {
        if let secret = page.visit.session { sessions.close(secret) }
        return redirect("/signin", visit: page.visit, cookies: [Self.cookie(Self.sessionCookie, "", maxAge: 0, visit: page.visit)])
    }

    /// `POST /language`: the other language, remembered in a cookie for a year; back to the page.
    func chooseLanguage(_ page: PageRequest) async throws -> Response {
        let language = page.form?["lang"] == "en" ? "en" : "vi"
        var back = page.form?["back"] ?? "/"
        // Only a path of this server: never `//elsewhere`.
        if !back.hasPrefix("/") || back.hasPrefix("//") || back.contains("\\") { back = "/" }
        return redirect(back, visit: page.visit, cookies: [Self.cookie(Self.languageCookie, language, maxAge: 365 * 86_400, visit: page.visit)])
    }

    /// `GET /`: what is on this person's table. A province: its own problems and filing; a
    /// unit: its open problems, overdue first; a coordinator: the whole register by state.
    func deskPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let t = page.visit.text
        let token = page.visit.token
        let now = clock()
        let model = try await read { register in
            let words = try PageWords(register, text: t, now: now)
            let principal = caller.principal
            let workflow = try register.workflow()
            let counts = try register.stateCounts(as: principal)
            let links = workflow.states.compactMap { state in
                counts[state.name].map { CountLink(count: $0, label: t.stateName(state.name), href: "/problems?state=\(state.name)") }
            }
            let open = workflow.states(matching: "open").states
            let table: ProblemTable
            let intro: String
            switch principal.role {
            case .locality:
                intro = t.deskIntroLocality(token?.locality?.name ?? "")
                let problems = try register.problems(matching: ProblemFilter(), overdueStates: words.overdueIn, limit: 50, as: principal)
                table = words.table("desk-problems", caption: t.deskOwn, problems.items)
            case .unit:
                intro = t.deskIntroUnit(token?.unit?.name ?? "")
                // Overdue first, the longest overdue at the top; then the rest, oldest first.
                let overdue = try register.mostOverdue(on: words.today, overdueStates: words.overdueIn, limit: 50, as: principal)
                let shown = Set(overdue.map(\.id))
                let rest = try register.problems(matching: ProblemFilter(states: open), overdueStates: words.overdueIn,
                                                 limit: 50, as: principal).items.filter { !shown.contains($0.id) }
                table = words.table("desk-problems", caption: t.deskQueue, Array((overdue + rest).prefix(50)), empty: t.deskEmptyQueue)
            case .admin, .coordinator:
                intro = t.deskIntroEverything
                let problems = try register.problems(matching: ProblemFilter(states: open), overdueStates: words.overdueIn,
                                                     limit: 50, as: principal)
                table = words.table("desk-problems", caption: t.deskOpen, problems.items, empty: t.deskEmptyQueue)
            }
            return DeskPage(chrome: page.visit.chrome(t.desk, section: "desk"), intro: intro,
                            canFile: caller.roles.contains(.file), counts: links, table: table)
        }
        return html(pages.desk(model), visit: page.visit)
    }

    /// `GET /problems?state=&locality=&unit=&category=&group=&overdue=true&q=&after=`: a page of
    /// the problems the filters match within the scope, oldest first; with `q`, the best
    /// matches of a search first.
    func problemListPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let t = page.visit.text
        let query = page.request.uri.queryParameters
        func value(_ name: String) -> String? {
            query[Substring(name)].map { String($0).trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let (stateText, locality, unit, category, searched) = (value("state"), value("locality"), value("unit"), value("category"), value("q"))
        // A form sends every field, an empty one for "any".
        let group = try value("group").map { text throws(APIError) in
            guard let number = Int64(text), number >= 1 else { throw APIError.parameter(name: "group", value: text) }
            return number
        }
        let overdue = value("overdue") == "true"
        let cursor = try Self.cursor(query)
        let now = clock()
        let model = try await read { register in
            let words = try PageWords(register, text: t, now: now)
            let workflow = try register.workflow()
            var states: [String] = []
            if let stateText {
                let matched = workflow.states(matching: stateText)
                if matched.unknown != nil { throw APIError.parameter(name: "state", value: stateText) }
                states = matched.states
            }
            let found: Page<Problem>
            let caption: String
            if let searched {
                let parsed: SearchQuery
                do { parsed = try SearchQuery(parsing: searched) } catch let error as InputError { throw APIError.input(error) }
                found = try register.search(parsed, limit: 50, after: cursor, as: caller.principal)
                caption = t.searchResults(searched)
            } else {
                let filter = ProblemFilter(states: states, locality: locality, unit: unit, category: category, group: group,
                                           overdueOn: overdue ? words.today : nil)
                found = try register.problems(matching: filter, overdueStates: words.overdueIn, after: cursor, limit: 50, as: caller.principal)
                caption = t.filteredProblems
            }
            let stateOptions = [Option(value: "", label: t.anyState, selected: stateText == nil),
                                Option(value: "open", label: t.openStates, selected: stateText == "open")]
                + workflow.states.map { Option(value: $0.name, label: t.stateName($0.name), selected: stateText == $0.name) }
            let categories = [Option(value: "", label: t.anyCategory, selected: category == nil)]
                + (try register.categories()).map { Option(value: $0.code, label: $0.name, selected: $0.code == category) }
            let groups = [Option(value: "", label: t.anyGroup, selected: group == nil)]
                + (try register.groupTitles()).map { Option(value: String($0.id), label: $0.title, selected: $0.id == group) }
            var next: String?
            if let cursor = found.next {
                var parameters = query.filter { $0.key != "after" }.map { "\($0.key)=\(queryEscaped(String($0.value)))" }
                parameters.append("after=\(cursor.token)")
                next = "/problems?" + parameters.joined(separator: "&")
            }
            return ProblemListPage(
                chrome: page.visit.chrome(t.problems, section: "problems"), states: stateOptions, locality: locality ?? "",
                units: PageWords.unitOptions(try register.units(), selected: unit, none: t.anyUnit), categories: categories,
                groups: groups, overdue: overdue, query: searched ?? "", canFile: caller.roles.contains(.file), error: nil,
                table: words.table("problems", caption: caption, found.items), nextHref: next)
        }
        return html(pages.problems(model), visit: page.visit)
    }

    /// `GET /meetings?after=`: a page of the meetings, by the day each was held.
    func meetingsPage(_ page: PageRequest) async throws -> Response {
        _ = try page.visit.signedIn()
        let t = page.visit.text
        let cursor = try Self.cursor(page.request.uri.queryParameters)
        let found = try await read { register in try register.meetings(after: cursor, limit: 50) }
        let rows = found.items.map { MeetingRow(id: $0.id, date: $0.heldOn.description, locality: $0.locality.name, title: $0.title) }
        let model = MeetingsPage(chrome: page.visit.chrome(t.meetings, section: "meetings"), meetings: rows,
                                 nextHref: found.next.map { "/meetings?after=\($0.token)" })
        return html(pages.meetings(model), visit: page.visit)
    }

    /// `GET /meetings/{id}`: the meeting and what was raised at it, within the scope.
    func meetingPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let id = try Self.pathID(page.context)
        let t = page.visit.text
        let now = clock()
        let model = try await read { register in
            let meeting: Meeting
            do { meeting = try register.meeting(id: id) } catch RegisterError.notFound { throw APIError.notFound }
            let words = try PageWords(register, text: t, now: now)
            var problems: [Problem] = []
            try register.forEachProblem(matching: ProblemFilter(meeting: id), overdueStates: words.overdueIn, limit: 500,
                                        as: caller.principal) { problems.append($0) }
            var details = [Detail(term: t.meetingDate, value: meeting.heldOn.description), Detail(term: t.locality, value: meeting.locality.name)]
            if let lead = meeting.lead { details.append(Detail(term: t.lead, value: lead)) }
            if let notes = meeting.notes { details.append(Detail(term: t.notes, value: notes, isLong: true)) }
            return MeetingPage(chrome: page.visit.chrome(meeting.title, section: "meetings"), title: meeting.title, details: details,
                               table: words.table("meeting-problems", caption: t.raisedAtMeeting, problems))
        }
        return html(pages.meeting(model), visit: page.visit)
    }

    /// `GET /groups?after=`: a page of the groups, by number.
    func groupsPage(_ page: PageRequest) async throws -> Response {
        _ = try page.visit.signedIn()
        let t = page.visit.text
        let cursor = try Self.cursor(page.request.uri.queryParameters)
        let (rows, next) = try await read { register in
            let workflow = try register.workflow()
            let found = try register.groups(after: cursor?.id, limit: 50)
            let rows = found.items.map { group, counts in
                let standing = workflow.standing(ofGroupWith: counts)
                return GroupRow(id: group.id, title: group.title, total: standing.total, resolved: standing.resolved,
                                standing: t.groupStanding(standing.state.rawValue))
            }
            return (rows, found.next.map { "/groups?after=\($0.token)" })
        }
        return html(pages.groups(GroupsPage(chrome: page.visit.chrome(t.groups, section: "groups"), groups: rows, nextHref: next)),
                    visit: page.visit)
    }

    /// `GET /groups/{id}`: the group, with its problems in the scope by state.
    func groupPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let id = try Self.pathID(page.context)
        let t = page.visit.text
        let now = clock()
        let model = try await read { register in
            let found: (group: ProblemGroup, counts: [String: Int])
            do { found = try register.group(id: id) } catch RegisterError.notFound { throw APIError.notFound }
            let words = try PageWords(register, text: t, now: now)
            let workflow = try register.workflow()
            var byState: [String: [Problem]] = [:]
            try register.forEachProblem(matching: ProblemFilter(group: id), overdueStates: words.overdueIn, limit: 2000,
                                        as: caller.principal) { byState[$0.state, default: []].append($0) }
            let tables = workflow.states.compactMap { state in
                byState[state.name].map { words.table("group-\(state.name)", caption: t.inState(t.stateName(state.name)), $0) }
            }
            let standing = workflow.standing(ofGroupWith: found.counts)
            return GroupPage(chrome: page.visit.chrome(found.group.title, section: "groups"), title: found.group.title,
                             standing: t.groupSummary(standing.total, standing.resolved, t.groupStanding(standing.state.rawValue)),
                             tables: tables)
        }
        return html(pages.group(model), visit: page.visit)
    }
}
