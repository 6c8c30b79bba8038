import DocketCLI
import DocketCore
import DocketRegister
import DocketStore
import DocketWeb
import DocketWorkflow
import Hummingbird

/// A problem's page with the forms of its actions, and the form that files one.
extension API {
    /// `GET /problems/{id}`: the problem, the actions open to this person, its history. One
    /// outside the scope is a 404, as one that does not exist.
    func problemPage(_ page: PageRequest) async throws -> Response {
        let id = try Self.pathID(page.context)
        let notice = page.request.uri.queryParameters["done"].map { page.visit.text.actionDone(page.visit.text.actionName(String($0))) }
        return html(pages.problem(try await problemModel(id, page, notice: notice)), visit: page.visit)
    }

    /// The page of problem `id`; `refused` puts a refusal and what was typed on one action's form.
    private func problemModel(_ id: Int64, _ page: PageRequest, notice: String? = nil,
                              refused: (action: String, sentence: String, form: FormBody)? = nil) async throws -> ProblemPage {
        let caller = try page.visit.signedIn()
        let t = page.visit.text
        let visit = page.visit
        let now = clock()
        return try await read { register in
            let problem = try register.problem(id: id, as: caller.principal)
            let events = try register.history(of: id, as: caller.principal)
            let words = try PageWords(register, text: t, now: now)
            let workflow = try register.workflow()
            let actions = try Self.actionForms(problem, workflow: workflow, caller: caller, register: register, visit: visit, refused: refused)
            let timeline = events.map { event in
                TimelineEntry(action: event.action, when: words.time(event.at), iso: register.timeZone.iso8601(event.at), actor: event.actor,
                              summary: Self.summary(of: event, t: t), note: event.note)
            }
            return ProblemPage(chrome: visit.chrome("#\(id) \(problem.title)", section: "problems"), id: id, title: problem.title,
                               notice: notice, details: Self.details(problem, words: words), actions: actions, events: timeline)
        }
    }

    /// What a problem's page lists of it.
    private static func details(_ problem: Problem, words: PageWords) -> [Detail] {
        let t = words.text
        var details = [
            Detail(term: t.state, value: t.stateName(problem.state), detailID: "state", state: problem.state),
            Detail(term: t.owner, value: problem.unit?.name ?? t.noOne, detailID: "owner"),
            Detail(term: t.locality, value: PageWords.place(problem), detailID: "locality"),
        ]
        if let due = problem.due {
            let note = words.dueNote(problem)
            details.append(Detail(term: t.due, value: note.isEmpty ? due.description : "\(due) (\(note))", detailID: "due"))
        }
        if let target = problem.escalatedTo { details.append(Detail(term: t.escalatedTo, value: target.name, detailID: "escalated-to")) }
        if let category = problem.category { details.append(Detail(term: t.category, value: category, detailID: "category")) }
        if let meeting = problem.meetingID {
            details.append(Detail(term: t.meeting, value: "#\(meeting)", detailID: "meeting", href: "/meetings/\(meeting)"))
        }
        if let group = problem.groupID {
            details.append(Detail(term: t.group, value: "#\(group)", detailID: "group", href: "/groups/\(group)"))
        }
        details.append(Detail(term: t.raisedAt, value: words.time(problem.raisedAt), detailID: "raised"))
        for (term, value, id) in [(t.description, problem.description, "description"), (t.recommendation, problem.recommendation, "recommendation"),
                                  (t.response, problem.response, "response"), (t.resolution, problem.resolution, "resolution"),
                                  (t.closeReason, problem.closeReason, "close-reason")] {
            if let value { details.append(Detail(term: term, value: value, detailID: id, isLong: true)) }
        }
        return details
    }

    /// One line of the timeline: the action and where it left the problem.
    private static func summary(of event: Event, t: WebText) -> String {
        var summary = t.actionName(event.action)
        if event.from != event.to { summary += " → " + t.stateName(event.to) }
        if event.action == "assign", let unit = event.unit { summary += " · " + unit.name }
        if event.action == "escalate", let target = event.escalatedTo { summary += " · " + target.name }
        if let due = event.due, event.action == "assign" { summary += " · \(t.due): \(due)" }
        if !event.changes.isEmpty { summary += " · " + event.changes.map(\.field.rawValue).joined(separator: ", ") }
        return summary
    }

    /// The forms of the actions that the workflow allows from the problem's state and the
    /// caller's role allows the caller, each with the fields its transition asks for.
    private static func actionForms(_ problem: Problem, workflow: Workflow, caller: Caller, register: Register, visit: Visit,
                                    refused: (action: String, sentence: String, form: FormBody)?) throws -> [ActionForm] {
        let t = visit.text
        var forms: [ActionForm] = []
        if caller.roles.contains(.transition) {
            let units = try register.units()
            let assignable = try register.assignableUnits(for: caller.principal)
            for name in workflow.allowedTransitions(from: problem.state) {
                guard let transition = workflow.transition(named: name) else { continue }
                let typed = refused?.action == name ? refused?.form : nil
                let fields = transition.fields.map { use -> ActionField in
                    let label = t.fieldName(use.label)
                    switch use.requestField {
                    case .unit?, .target?:
                        let choices = use.requestField == .unit ? assignable : units
                        return ActionField(action: name, field: use.label, label: label, isRequired: use.isRequired,
                                           kind: .unit(PageWords.unitOptions(choices, selected: typed?[use.label], none: use.isRequired ? nil : t.none)),
                                           value: "")
                    case .due?:
                        return ActionField(action: name, field: use.label, label: label, isRequired: false, kind: .due,
                                           value: typed?[use.label] ?? "", workingDays: typed?[use.label + "_working_days"] ?? "", hint: t.dueHint)
                    case .text?, nil:
                        return ActionField(action: name, field: use.label, label: label, isRequired: use.isRequired, kind: .text,
                                           value: typed?[use.label] ?? "")
                    }
                }
                forms.append(ActionForm(action: name, name: t.actionName(name), problemID: problem.id, csrf: visit.csrf, fields: fields,
                                        error: refused?.action == name ? refused?.sentence : nil))
            }
        }
        if caller.roles.contains(.edit) {
            // Correcting what was recorded: the fields as they stand, or as typed when refused.
            let typed = refused?.action == Workflow.editAction ? refused?.form : nil
            let categories = try register.categories()
            let chosen = typed?["category"] ?? problem.category ?? ""
            let edit = Workflow.editAction
            var options = [Option(value: "", label: t.none, selected: chosen.isEmpty)]
                + categories.map { Option(value: $0.name, label: $0.name, selected: $0.name == chosen) }
            if let category = problem.category, !categories.contains(where: { $0.name == category }) {
                options.append(Option(value: category, label: category, selected: category == chosen))
            }
            forms.append(ActionForm(action: edit, name: t.actionName(edit), problemID: problem.id, csrf: visit.csrf, fields: [
                ActionField(action: edit, field: "title", label: t.titleLabel, isRequired: true, kind: .text,
                            value: typed?["title"] ?? problem.title),
                ActionField(action: edit, field: "category", label: t.categoryLabel, isRequired: false, kind: .unit(options), value: ""),
                ActionField(action: edit, field: "description", label: t.descriptionLabel, isRequired: false, kind: .text,
                            value: typed?["description"] ?? problem.description ?? ""),
                ActionField(action: edit, field: "recommendation", label: t.recommendationLabel, isRequired: false, kind: .text,
                            value: typed?["recommendation"] ?? problem.recommendation ?? ""),
            ], error: refused?.action == edit ? refused?.sentence : nil))
        }
        if caller.roles.contains(.comment) {
            let typed = refused?.action == Workflow.commentAction ? refused?.form : nil
            forms.append(ActionForm(action: Workflow.commentAction, name: t.actionName(Workflow.commentAction), problemID: problem.id,
                                    csrf: visit.csrf,
                                    fields: [ActionField(action: Workflow.commentAction, field: "text", label: t.fieldName("text"), isRequired: true,
                                                         kind: .text, value: typed?["text"] ?? "")],
                                    error: refused?.action == Workflow.commentAction ? refused?.sentence : nil))
        }
        return forms
    }

    /// `POST /problems/{id}/{action}`: the action as the caller; back to the problem's page, or
    /// that page again with the refusal on the action's form and what was typed kept.
    func actionFromPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        let id = try Self.pathID(page.context)
        guard let action = page.context.parameters.get("action"), let form = page.form else { throw APIError.notFound }
        let now = clock()
        do {
            let workflow = try await read { try $0.workflow() }
            guard [Workflow.commentAction, Workflow.editAction].contains(action) || workflow.transition(named: action) != nil else {
                throw APIError.notFound
            }
            // Scope first: a problem outside it is not there, whatever the role may do.
            let problem = try await read { try $0.problem(id: id, as: caller.principal) }
            switch action {
            case Workflow.editAction:
                try caller.require(.edit)
                let edit = try Self.edit(of: problem, from: form)
                _ = try await write { register in try register.edit(id, edit, at: now, as: caller.principal) }
            default:
                try caller.require(action == Workflow.commentAction ? .comment : .transition)
                let input = try Self.transitionInput(action, form: form, workflow: workflow)
                _ = try await write { register in try register.apply(input, to: id, at: now, as: caller.principal) }
            }
            return redirect("/problems/\(id)?done=\(action)", visit: page.visit)
        } catch let error as APIError where error.status != .notFound {
            let model = try await problemModel(id, page, refused: (action, error.detail(in: page.visit.language), form))
            return html(pages.problem(model), status: error.status, visit: page.visit)
        }
    }

    /// The correction the edit form asks for: each field that differs from what `problem`
    /// holds (none differing is refused by the register, as `docket edit` with nothing to change).
    private static func edit(of problem: Problem, from form: FormBody) throws -> ProblemEdit {
        func setting(_ name: String, _ current: String?) -> ProblemEdit.Setting<String>? {
            let typed = form.text(name)
            guard typed != current else { return nil }
            return typed.map { .to($0) } ?? .cleared
        }
        let title = form.text("title")
        do {
            return try ProblemEdit(title: title == problem.title ? nil : title ?? "", description: setting("description", problem.description),
                                   recommendation: setting("recommendation", problem.recommendation),
                                   category: setting("category", problem.category)).validated()
        } catch {
            throw APIError.input(error)
        }
    }

    /// What a posted action's form asks for, read by the fields its transition names.
    private static func transitionInput(_ action: String, form: FormBody, workflow: Workflow) throws -> Register.TransitionInput {
        guard let transition = workflow.transition(named: action) else {
            return Register.TransitionInput(action: action, text: try inputText(form["text"] ?? "", field: "text"))
        }
        func label(_ field: RequestField) -> String? {
            transition.fields.first { $0.requestField == field }?.label
        }
        let text = try label(.text).flatMap { name in try form.text(name).map { try inputText($0, field: name) } }
        return Register.TransitionInput(action: action, unit: label(.unit).flatMap(form.text), target: label(.target).flatMap(form.text),
                                        due: try label(.due).flatMap { try dueDate(form, $0) }, text: text)
    }

    /// A text field's value as the register takes it, refused as the command line refuses it.
    private static func inputText(_ text: String, field: String) throws -> String {
        do { return try TextInput.text(text, field: field) } catch { throw APIError.input(error) }
    }

    /// A due date from its date picker, or from the working days typed beside it.
    private static func dueDate(_ form: FormBody, _ name: String) throws -> DueDate? {
        do {
            if let days = form.text(name + "_working_days") { return try DueDate(parsing: days + "wd") }
            return try form.text(name).map { try DueDate(parsing: $0) }
        } catch let error as InputError {
            throw APIError.input(error)
        }
    }

    /// `GET /problems/new`: the form that files a problem.
    func filePage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        try caller.require(.file)
        return html(pages.file(try await fileModel(page, caller: caller, error: nil)), visit: page.visit)
    }

    /// `POST /problems`: files the problem as the caller, then shows it; refused, the form again
    /// with the one sentence and everything typed.
    func fileFromPage(_ page: PageRequest) async throws -> Response {
        let caller = try page.visit.signedIn()
        try caller.require(.file)
        guard let form = page.form else { throw APIError.notFound }
        do {
            let new: NewProblem
            do {
                new = try NewProblem(title: form["title"] ?? "", locality: form["locality"] ?? "", category: form.text("category"),
                                     description: form.text("description"), recommendation: form.text("recommendation"),
                                     meeting: try Self.formNumber(form, "meeting"), group: try Self.formNumber(form, "group")).validated()
            } catch let error as InputError {
                throw APIError.input(error)
            }
            let problem = try await write { register in try register.file(new, at: nil, as: caller.principal) }
            return redirect("/problems/\(problem.id)?done=file", visit: page.visit)
        } catch let error as APIError {
            return html(pages.file(try await fileModel(page, caller: caller, error: error.detail(in: page.visit.language))),
                        status: error.status, visit: page.visit)
        }
    }

    /// A record number chosen in a form's `<select>`, nil for none.
    private static func formNumber(_ form: FormBody, _ name: String) throws(APIError) -> Int64? {
        guard let text = form.text(name) else { return nil }
        guard let number = Int64(text), number >= 1 else { throw .parameter(name: name, value: text) }
        return number
    }

    /// The filing form, with what the post typed when it was refused. A province's officer is
    /// offered its own communes and wards, and its own meetings.
    private func fileModel(_ page: PageRequest, caller: Caller, error: String?) async throws -> FilePage {
        let t = page.visit.text
        let form = page.form
        return try await read { register in
            let localities = try register.localities()
            let offered: [Locality]
            if case .province(let id) = caller.principal.scope {
                offered = localities.filter { $0.provinceID == id }
            } else {
                offered = localities.filter(\.isProvince)
            }
            // A province's officer files at its own meetings.
            let places = Set(offered.flatMap { [$0.name, $0.displayName] })
            let meetings = try register.meetings().filter { meeting in
                guard case .province = caller.principal.scope else { return true }
                return places.contains(meeting.locality.name)
            }
            let chosen = (meeting: form?["meeting"], category: form?["category"], group: form?["group"])
            return FilePage(
                chrome: page.visit.chrome(t.fileHeading, section: "problems"), error: error,
                locality: form?["locality"] ?? (""),
                localities: offered.map { Option(value: $0.displayName, label: $0.displayName) },
                title: form?["title"] ?? "",
                meetings: [Option(value: "", label: t.none)] + meetings.map {
                    Option(value: String($0.id), label: "\($0.heldOn) · \($0.title)", selected: String($0.id) == chosen.meeting)
                },
                categories: [Option(value: "", label: t.none)] + (try register.categories()).map {
                    Option(value: $0.code, label: $0.name, selected: $0.code == chosen.category)
                },
                groups: [Option(value: "", label: t.none)] + (try register.groupTitles()).map {
                    Option(value: String($0.id), label: $0.title, selected: String($0.id) == chosen.group)
                },
                description: form?["description"] ?? "", recommendation: form?["recommendation"] ?? "")
        }
    }
}
