import DocketCore
import DocketWorkflow

extension RegisterTransaction {
    /// Moves problem `id` through the workflow: checks the transition, appends its event and
    /// updates the problem's current row, its search document and the standing counts. A
    /// refusal changes nothing (the store's transaction is rolled back). `principal` is the
    /// event's actor; a problem outside its scope is not found.
    ///
    /// - Throws: `RegisterError.notFound` for a problem that is not there or not in scope;
    ///   `RegisterError.outsideScope` for an assignment to a unit outside a unit's subtree.
    package func apply(_ input: TransitionInput, to id: Int64, at: Instant, as principal: Principal) async throws -> Problem {
        let text = try TextInput.optionalText(input.text, field: "text")
        // Read first, so that a problem outside the scope is not found whatever was asked.
        let status = try await status(of: id, in: principal.scope)
        let workflow = try await workflow()
        let unit = try await input.unit.asyncMap(resolveUnit)
        if let unit, try await !holds(unit: unit.id, in: principal.scope) {
            throw RegisterError.outsideScope(kind: .unit, name: unit.code)
        }
        let request = TransitionRequest(
            action: input.action,
            unit: unit?.unitRef,
            target: try await input.target.asyncMap { try await resolveUnit($0).unitRef },
            due: try await dueDate(input.due, from: timeZone.localDate(of: at)), text: text, at: at)
        try await transition(id, from: status, by: request, workflow: workflow, actor: principal.name)
        return try await problem(id, in: .everything)
    }

    /// Applies `request` to problem `id` standing at `status`.
    package func transition(_ id: Int64, from status: ProblemStatus, by request: TransitionRequest,
                            workflow: Workflow, actor: String) async throws {
        let outcome: (status: ProblemStatus, event: EventRecord)
        do {
            outcome = try workflow.apply(request, to: status)
        } catch .beforeLatestEvent(let at, let latest) {
            throw RegisterError.beforeLatestEvent(problem: id, at: timeZone.iso8601(at), latest: timeZone.iso8601(latest))
        } catch {
            throw RegisterError.refused(problem: id, refusal: error)
        }
        try await append(outcome.event, to: id, actor: actor, recordedAt: now())
        if outcome.status.state != status.state || outcome.status.owner != status.owner {
            try await moveInTally(problem: id, from: status, to: outcome.status)
        }
        try await project(outcome.status, onto: id, from: status)
        let note = outcome.event.note.flatMap { $0.isEmpty ? nil : " " + Folding.fold($0) }
        let names = outcome.status.owner?.id != status.owner?.id ? try await searchNames(ofProblem: id) : nil
        if note != nil || names != nil {
            try await updateDocument(of: id, appendingToHistory: note ?? "", names: names)
        }
    }

    /// Applies the deadline rules as of `at`: every problem past its deadline in a state the
    /// sweep works on is escalated to its owner's parent, as an event at `at`. Running it
    /// again changes nothing. Returns the problems it escalated. `principal` is the events'
    /// actor, and only problems in its scope are swept.
    package func sweep(at: Instant, as principal: Principal) async throws -> [Problem] {
        let workflow = try await workflow()
        guard let rule = workflow.deadlines.sweep, !rule.from.isEmpty else { return [] }
        let today = timeZone.localDate(of: at)
        var escalated: [Problem] = []
        for id in try await problemsPastDue(inStates: rule.from, before: today, in: principal.scope) {
            let status = try await status(of: id, in: .everything)
            // The sweep escalates to the owner's parent unit: read before it is asked for.
            let owner = try await status.owner.asyncMap { try await unit(id: $0.id) } ?? nil
            let parent = owner.flatMap { owner in owner.parentID.map { UnitRef(id: $0, code: owner.parentCode ?? "") } }
            let request = workflow.sweep(status, on: today, at: at) { _ in parent }
            guard let request else { continue }
            try await transition(id, from: status, by: request, workflow: workflow, actor: principal.name)
            escalated.append(try await problem(id, in: .everything))
        }
        return escalated
    }

    /// The day `due` means for an assignment made on `day`, over the calendar (read only when
    /// it is counted in working days).
    package func dueDate(_ due: DueDate?, from day: CivilDate) async throws -> CivilDate? {
        guard let due else { return nil }
        if case .date(let date) = due { return date }
        return due.date(from: day, over: try await workingCalendar())
    }

    /// Whether unit `unit` is `scope`'s own unit or under it; every unit is in scope of
    /// everything, none in a province's.
    package func holds(unit: Int64, in scope: Principal.Scope) async throws -> Bool {
        switch scope {
        case .everything: true
        case .province: false
        case .unit(let root): try await isUnit(unit, within: root)
        }
    }
}

extension Principal.Scope {
    /// Whether `locality` is inside the scope: a province holds itself and everything under
    /// it; a unit's scope holds no locality (a unit does not file).
    package func holds(_ locality: Locality) -> Bool {
        switch self {
        case .everything: true
        case .unit: false
        case .province(let province): locality.id == province || locality.provinceID == province
        }
    }
}

extension OrgUnit {
    /// The unit as the workflow engine sees it.
    package var unitRef: UnitRef { UnitRef(id: id, code: code) }
}
