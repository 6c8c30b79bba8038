import DocketCore

/// A `{code, name}` as JSON, or null.
enum NamedRefJSON {
    static func value(_ ref: NamedRef?) -> JSONValue {
        guard let ref else { return .null }
        return .object([("code", .optionalString(ref.code)), ("name", .string(ref.name))])
    }
}

/// A problem as JSON, with the contract's keys (`show --json`, each element of `list --json`).
enum ProblemJSON {
    static func value(_ problem: Problem, context: CommandContext) throws -> JSONValue {
        .object([
            ("id", .integer(Int(problem.id))),
            ("title", .string(problem.title)),
            ("state", .string(problem.state)),
            ("locality", NamedRefJSON.value(problem.locality)),
            ("province", NamedRefJSON.value(problem.province)),
            ("unit", NamedRefJSON.value(problem.unit)),
            ("escalated_to", NamedRefJSON.value(problem.escalatedTo)),
            ("category", .optionalString(problem.category)),
            ("group", problem.groupID.map { .integer(Int($0)) } ?? .null),
            ("meeting", problem.meetingID.map { .integer(Int($0)) } ?? .null),
            ("due", .optionalString(problem.due?.description)),
            ("raised_at", .string(try context.format(problem.raisedAt))),
            ("resolved_at", try problem.resolvedAt.map { .string(try context.format($0)) } ?? .null),
            ("overdue", .bool(try context.isOverdue(problem))),
            ("description", .optionalString(problem.description)),
            ("recommendation", .optionalString(problem.recommendation)),
            ("resolution", .optionalString(problem.resolution)),
            ("updated_at", .string(try context.format(problem.updatedAt))),
        ])
    }
}

/// An event as JSON (`history --json`): `at`, `recorded_at`, `actor`, `action`, `from`, `to`,
/// `note`, and the owner, escalation and deadline after it.
enum EventJSON {
    static func value(_ event: Event, context: CommandContext) throws -> JSONValue {
        .object([
            ("at", .string(try context.format(event.at))),
            ("recorded_at", .string(try context.format(event.recordedAt))),
            ("actor", .string(event.actor)),
            ("action", .string(event.action)),
            ("from", .optionalString(event.from)),
            ("to", .string(event.to)),
            ("note", .optionalString(event.note)),
            ("unit", NamedRefJSON.value(event.unit)),
            ("escalated_to", NamedRefJSON.value(event.escalatedTo)),
            ("due", .optionalString(event.due?.description)),
        ])
    }
}
