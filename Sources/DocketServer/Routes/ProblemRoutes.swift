import DocketContract
import DocketCore
import DocketRegister
import DocketStore
import Hummingbird

/// `/problems`: filing, one problem, its history, corrections, the transitions and comments, and lists.
extension API {
    /// The keys of a new problem's body: the options of `docket file`.
    static let filingKeys: Set<String> = ["locality", "title", "meeting", "category", "description", "recommendation", "group", "at"]

    /// `POST /problems`: files a problem as the caller; 201 with it and where it lives.
    func file(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.file)
        let body = try await self.body(of: request, mediaType: "application/json")
        return try await idempotently(request, context, caller: caller, body: body) { [self] record in
            let fields = try RequestFields(body, allowed: Self.filingKeys)
            let new: NewProblem
            do {
                new = try NewProblem(title: try fields.requiredText("title"), locality: try fields.requiredText("locality"),
                                     category: try fields.text("category"), description: try fields.text("description"),
                                     recommendation: try fields.text("recommendation"), meeting: try fields.number("meeting"),
                                     group: try fields.number("group")).validated()
            } catch let error as InputError {
                throw APIError.input(error)
            }
            let at = try fields.text("at")
            let now = clock()
            return try await write { register in
                let problem = try register.file(new, at: try at.map { try API.instant($0, in: register, now: now) }, as: caller.principal)
                let version = try register.version(ofProblem: problem.id, as: caller.principal)
                let answer = StoredAnswer(status: .created, contentType: MediaType.json,
                                          body: try Self.problemBytes(problem, register: register, now: now),
                                          location: "/api/v1/problems/\(problem.id)", etag: Self.etag(problem.id, version))
                try record?.keep(answer, in: register, at: now)
                return answer
            }
        }
    }

    /// `GET /problems/{id}`.
    func problem(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let now = clock()
        let answer = try await read(as: context) { register, caller in
            let id = try Self.pathID(context)
            let (problem, version) = try register.versionedProblem(id: id, as: caller.principal)
            return (try Self.problemBytes(problem, register: register, now: now), Self.etag(id, version))
        }
        return .bytes(answer.0, contentType: MediaType.json, headers: [.eTag: answer.1])
    }

    /// `GET /problems/{id}/history`.
    func history(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let now = clock()
        return try await read(as: context) { register, caller in
            let id = try Self.pathID(context)
            let events = try register.history(of: id, as: caller.principal)
            let json = try API.json(register, now: now)
            return Response.items(events.map { EventJSON.value($0, context: json) })
        }
    }

    /// The keys of an edit's body: the options of `docket edit`.
    static let editKeys: Set<String> = ["title", "description", "recommendation", "category", "locality", "meeting", "group", "at"]

    /// `PATCH /problems/{id}`: corrects what was recorded of the problem (`docket edit`), as the
    /// caller; 200 with the problem after it. A key left out is not touched; null empties a
    /// text, or takes the problem out of its meeting or group; a title or locality cannot be
    /// null. With `If-Match`, refused (412) unless the problem is still the version the tag
    /// names, as a transition is.
    ///
    /// An admin or coordinator corrects any problem, a province its own (within itself: moving
    /// one to another province is 403, as filing there is). A unit does not: what a locality
    /// raised is the locality's and the coordinators' to correct; a unit answers for it (403,
    /// once the problem is found in its scope).
    func edit(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let id = try Self.pathID(context)
        try await require(.edit, on: id, caller: caller)
        let body = try await self.body(of: request, mediaType: "application/json")
        let fields = try RequestFields(body, allowed: Self.editKeys)
        let edit: ProblemEdit
        do {
            edit = try ProblemEdit(
                title: try fields.nonNullText("title"), description: try fields.textSetting("description"),
                recommendation: try fields.textSetting("recommendation"), category: try fields.textSetting("category"),
                locality: try fields.nonNullText("locality"), meeting: try fields.numberSetting("meeting"),
                group: try fields.numberSetting("group")).validated()
        } catch let error as InputError {
            throw APIError.input(error)
        }
        return try await change(id, at: try fields.text("at"), request: request, caller: caller) { register, at in
            try register.edit(id, edit, at: at, as: caller.principal).problem
        }
    }

    /// The keys each transition's body takes: its command's options.
    static let transitionKeys: [String: Set<String>] = [
        "assign": ["unit", "due", "note", "at"],
        "answer": ["response", "at"],
        "escalate": ["to", "reason", "at"],
        "resolve": ["resolution", "at"],
        "reopen": ["reason", "at"],
        "close": ["reason", "at"],
        "comment": ["text", "at"],
    ]

    /// `POST /problems/{id}/ACTION`: a transition or a comment, as the caller; 200 with the
    /// problem after it. With `If-Match`, refused (412) unless the problem is still the
    /// version the tag names, checked in the same transaction as the change.
    func transition(_ action: String, _ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let id = try Self.pathID(context)
        try await require(action == "comment" ? .comment : .transition, on: id, caller: caller)
        let body = try await self.body(of: request, mediaType: "application/json")
        let fields = try RequestFields(body, allowed: Self.transitionKeys[action] ?? [])
        let input = try Self.transitionInput(action, fields)
        return try await change(id, at: try fields.text("at"), request: request, caller: caller) { register, at in
            try register.apply(input, to: id, at: at, as: caller.principal)
        }
    }

    /// Refuses a caller without `permission` to change problem `id` (403) — once the problem is
    /// found in its scope: one it may not see is not there (404), whatever its role.
    private func require(_ permission: Permission, on id: Int64, caller: Caller) async throws {
        guard !caller.roles.contains(permission) else { return }
        _ = try await read { try $0.problem(id: id, as: caller.principal) }
        throw APIError.forbidden
    }

    /// Changes problem `id` in one write by `body`, at the request's `at` (default now): with
    /// `If-Match`, refused (412) unless the problem is still the version the tag names, checked
    /// in the same transaction as the change. Answers the problem after it, with its new ETag.
    private func change(_ id: Int64, at: String?, request: Request, caller: Caller,
                        _ body: @escaping @Sendable (Register, Instant) throws -> Problem) async throws -> Response {
        let expected = request.headers[.ifMatch].map(Self.entityTags)
        let now = clock()
        // The writer changes the problem and reads its version; the answer is written after,
        // off the one writer's thread.
        let (problem, version, json) = try await write { register in
            if let expected {
                let version = try register.version(ofProblem: id, as: caller.principal)
                guard expected.contains("*") || expected.contains(Self.etag(id, version)) else { throw APIError.stale }
            }
            let problem = try body(register, try API.instant(at, in: register, now: now))
            return (problem, try register.version(ofProblem: id, as: caller.principal), try API.json(register, now: now))
        }
        return .bytes(ProblemJSON.value(problem, context: json).compactBytes, contentType: MediaType.json,
                      headers: [.eTag: Self.etag(id, version)])
    }

    private static func transitionInput(_ action: String, _ fields: RequestFields) throws -> Register.TransitionInput {
        do {
            switch action {
            case "assign":
                return .init(action: action, unit: try fields.requiredText("unit"),
                             due: try fields.text("due").map { try DueDate(parsing: $0) },
                             text: try TextInput.optionalText(try fields.text("note"), field: "note"))
            case "escalate":
                return .init(action: action, target: try fields.requiredText("to"),
                             text: try TextInput.text(try fields.requiredText("reason"), field: "reason"))
            default:
                let key = action == "answer" ? "response" : action == "resolve" ? "resolution" : action == "comment" ? "text" : "reason"
                return .init(action: action, text: try TextInput.text(try fields.requiredText(key), field: key))
            }
        } catch let error as InputError {
            throw APIError.input(error)
        }
    }

    /// `GET /problems`: a page of the problems the filters match within the caller's scope,
    /// oldest first.
    func problems(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let now = clock()
        return try await read(as: context) { register, caller in
            let limit = try Self.pageLimit(query)
            let cursor = try Self.cursor(query)
            let stateText = query["state"].map(String.init)
            let group = try Self.recordNumber(query, "group")
            let overdue = try Self.boolean(query, "overdue")
            let locality = query["locality"].map(String.init)
            let unit = query["unit"].map(String.init)
            let category = query["category"].map(String.init)
            let workflow = try register.workflow()
            var states: [String] = []
            if let stateText {
                let matched = workflow.states(matching: stateText)
                if matched.unknown != nil { throw APIError.parameter(name: "state", value: stateText) }
                states = matched.states
            }
            let filter = ProblemFilter(states: states, locality: locality, unit: unit, category: category, group: group,
                                       overdueOn: overdue ? register.timeZone.localDate(of: now) : nil)
            let page = try register.problems(matching: filter, overdueStates: workflow.deadlines.overdueIn, after: cursor,
                                             limit: limit, as: caller.principal)
            let json = try API.json(register, now: now)
            return Response.items(page.items.map { ProblemJSON.value($0, context: json) },
                                  extra: [("next", .optionalString(page.next?.token))])
        }
    }
}

extension API {
    /// A problem as the contract's JSON, compact.
    static func problemBytes(_ problem: Problem, register: Register, now: Instant) throws -> [UInt8] {
        ProblemJSON.value(problem, context: try json(register, now: now)).compactBytes
    }

    /// A record number in the query (`group=`, `meeting=`), or nil when it is not given.
    static func recordNumber(_ query: Parameters, _ name: String) throws(APIError) -> Int64? {
        guard let text = query[Substring(name)] else { return nil }
        guard let number = Int64(text), number >= 1 else { throw .parameter(name: name, value: String(text)) }
        return number
    }

    /// The entity tag of problem `id` at `version` (its latest event's number), quoted.
    static func etag(_ id: Int64, _ version: Int64) -> String {
        "\"\(id).\(version)\""
    }

    /// The tags an `If-Match` lists (weak ones compared as strong, which they name the same).
    static func entityTags(_ header: String) -> Set<String> {
        Set(header.split(separator: ",").map { part in
            var tag = String(part).trimmingSpaces
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag
        })
    }

    /// `limit=`: 50 unless given, at most 500.
    static func pageLimit(_ query: Parameters) throws(APIError) -> Int {
        guard let text = query["limit"] else { return 50 }
        guard let limit = Int(text), (1...500).contains(limit) else { throw .parameter(name: "limit", value: String(text)) }
        return limit
    }

    /// `after=`: the cursor of the page before, as the API gave it.
    static func cursor(_ query: Parameters) throws(APIError) -> PageCursor? {
        guard let text = query["after"] else { return nil }
        guard let cursor = PageCursor(token: String(text)) else { throw .parameter(name: "after", value: String(text)) }
        return cursor
    }

    /// A `true`/`false` query parameter, false when absent.
    static func boolean(_ query: Parameters, _ name: String) throws(APIError) -> Bool {
        switch query[Substring(name)].map(String.init) {
        case nil, "false": return false
        case "true": return true
        case let text?: throw .parameter(name: name, value: text)
        }
    }
}
