import DocketContract
import DocketCore
import DocketRegister
import DocketStore
import Hummingbird

/// The register's other records: localities, units, meetings, groups, and the workflow.
/// Everyone with a token reads them; an admin adds them.
extension API {
    /// `GET /localities`: the provinces and their communes and wards.
    func localities(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        return try await read { register in
            let localities = try register.localities()
            let provinces = Dictionary(uniqueKeysWithValues: localities.filter(\.isProvince).map { ($0.id, $0) })
            return Response.items(localities.map { LocalityJSON.value($0, province: provinces[$0.provinceID]) })
        }
    }

    /// `POST /localities`: a commune or ward under a province.
    func addLocality(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.administer)
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"), allowed: ["name", "parent", "code", "at"])
        let (name, parent, code, at) = (try fields.requiredText("name"), try fields.requiredText("parent"), try fields.text("code"), try fields.text("at"))
        let now = clock()
        return try await write { register in
            let (locality, province) = try register.addLocality(name: name, parent: parent, code: code,
                                                                at: try API.instant(at, in: register, now: now))
            return Response.json(LocalityJSON.value(locality, province: province), status: .created)
        }
    }

    /// `GET /units`.
    func units(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        return try await read { Response.items(try $0.units().map(UnitJSON.value)) }
    }

    /// `POST /units`.
    func addUnit(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.administer)
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"), allowed: ["code", "name", "parent", "kind", "at"])
        let (code, name, parent, at) = (try fields.requiredText("code"), try fields.requiredText("name"), try fields.text("parent"), try fields.text("at"))
        let kindText = try fields.text("kind")
        guard let kind = kindText.map({ OrgUnit.Kind(rawValue: $0) }) ?? .internal else {
            throw APIError.parameter(name: "kind", value: kindText ?? "")
        }
        let now = clock()
        return try await write { register in
            let unit = try register.addUnit(code: code, name: name, kind: kind, parent: parent, at: try API.instant(at, in: register, now: now))
            return Response.json(UnitJSON.value(unit), status: .created)
        }
    }

    /// `PATCH /units/{code}`: renames the unit, moves it under another parent, or both in one
    /// transaction (`docket unit rename` and `unit move`); 200 with the unit. Admin only, as
    /// adding one is. The unit is named by its code (or its name) in the path: one the register
    /// does not have is 404; an unknown parent is 422.
    func changeUnit(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.administer)
        guard let text = context.parameters.get("code") else { throw APIError.notFound }
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"), allowed: ["name", "parent", "at"])
        let (name, parent, at) = (try fields.nonNullText("name"), try fields.nonNullText("parent"), try fields.text("at"))
        guard name != nil || parent != nil else { throw APIError.body(.missingKey("name")) }
        let now = clock()
        return try await write { register in
            let unit = try Self.found { try register.unit(named: text) }
            let when = try API.instant(at, in: register, now: now)
            let changed = try register.batch {
                var changed = unit
                if let name { changed = try register.renameUnit(unit.code, to: name, at: when, actor: caller.principal.name) }
                if let parent { changed = try register.moveUnit(unit.code, under: parent, at: when, actor: caller.principal.name) }
                return changed
            }
            return Response.json(UnitJSON.value(changed))
        }
    }

    /// `GET /meetings`.
    func meetings(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        let now = clock()
        return try await read { register in
            let json = try API.json(register, now: now)
            return Response.items(try register.meetings().map { MeetingJSON.value($0, context: json) })
        }
    }

    /// `GET /meetings/{id}`: the meeting, with the problems raised at it that the caller sees.
    func meeting(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let id = try Self.pathID(context)
        let now = clock()
        return try await read { register in
            let meeting = try Self.found { try register.meeting(id: id) }
            let json = try API.json(register, now: now)
            return Response.json(try Self.with(problems: ProblemFilter(meeting: id), MeetingJSON.value(meeting, context: json),
                                               register: register, caller: caller, json: json))
        }
    }

    /// `POST /meetings`.
    func addMeeting(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.administer)
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"),
                                       allowed: ["locality", "date", "title", "lead", "notes", "at"])
        let (locality, dateText, title) = (try fields.requiredText("locality"), try fields.requiredText("date"), try fields.requiredText("title"))
        let (lead, notes, at) = (try fields.text("lead"), try fields.text("notes"), try fields.text("at"))
        let heldOn: CivilDate
        do { heldOn = try CivilDate(parsing: dateText) } catch { throw APIError.input(error) }
        let now = clock()
        return try await write { register in
            let meeting = try register.addMeeting(locality: locality, heldOn: heldOn, title: title, lead: lead, notes: notes,
                                                  at: try API.instant(at, in: register, now: now), actor: caller.principal.name)
            return Response.json(MeetingJSON.value(meeting, context: try API.json(register, now: now)), status: .created,
                                 headers: [.location: "/api/v1/meetings/\(meeting.id)"])
        }
    }

    /// `GET /groups`.
    func groups(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        let now = clock()
        return try await read { register in
            let workflow = try register.workflow()
            let json = try API.json(register, now: now)
            return Response.items(try register.groups().map { GroupJSON.value($0.group, counts: $0.counts, workflow: workflow, context: json) })
        }
    }

    /// `GET /groups/{id}`: the group, with its problems that the caller sees.
    func group(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        let id = try Self.pathID(context)
        let now = clock()
        return try await read { register in
            let (group, counts) = try Self.found { try register.group(id: id) }
            let json = try API.json(register, now: now)
            let value = GroupJSON.value(group, counts: counts, workflow: try register.workflow(), context: json)
            return Response.json(try Self.with(problems: ProblemFilter(group: id), value, register: register, caller: caller, json: json))
        }
    }

    /// `POST /groups`.
    func addGroup(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.administer)
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"), allowed: ["title", "at"])
        let (title, at) = (try fields.requiredText("title"), try fields.text("at"))
        let now = clock()
        return try await write { register in
            let group = try register.addGroup(title: title, at: try API.instant(at, in: register, now: now), actor: caller.principal.name)
            let value = GroupJSON.value(group, counts: [:], workflow: try register.workflow(), context: try API.json(register, now: now))
            return Response.json(value, status: .created, headers: [.location: "/api/v1/groups/\(group.id)"])
        }
    }

    /// `GET /workflow`: the definition in force, as `workflow show --json` prints it.
    func workflow(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        return try await read { Response.bytes(Array(try $0.workflow().encodedJSON().utf8), contentType: MediaType.json) }
    }

    /// A record addressed by the path: one the register does not have is 404, not 422.
    private static func found<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch RegisterError.notFound {
            throw APIError.notFound
        }
    }

    /// `value` (an object) with `problems`: those `filter` matches in the caller's scope.
    private static func with(problems filter: ProblemFilter, _ value: JSONValue, register: Register, caller: Caller,
                             json: JSONContext) throws -> JSONValue {
        guard case .object(var fields) = value else { return value }
        var problems: [JSONValue] = []
        try register.forEachProblem(matching: filter, overdueStates: [], as: caller.principal) {
            problems.append(ProblemJSON.value($0, context: json))
        }
        fields.append(("problems", .array(problems)))
        return .object(fields)
    }
}

/// The categories problems are filed under (`docket category`): everyone with a token reads
/// them; an admin adds them, as units and localities.
extension API {
    /// `GET /categories`: every category, by code.
    func categories(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        _ = try await caller(context)
        return try await read { Response.items(try $0.categories().map(CategoryJSON.value)) }
    }

    /// `POST /categories`: `{code, name, description}`; 201 with the category.
    func addCategory(_ request: Request, _ context: DocketRequestContext) async throws -> Response {
        let caller = try await caller(context)
        try caller.require(.administer)
        let fields = try RequestFields(try await body(of: request, mediaType: "application/json"),
                                       allowed: ["code", "name", "description", "at"])
        let category = Category(code: try fields.requiredText("code"), name: try fields.requiredText("name"),
                                description: try fields.text("description"))
        let at = try fields.text("at")
        let now = clock()
        return try await write { register in
            let added = try register.addCategory(category, at: try API.instant(at, in: register, now: now), actor: caller.principal.name)
            return Response.json(CategoryJSON.value(added), status: .created)
        }
    }
}
