import DocketCore

/// A `{code, name}` as JSON, or null.
public enum NamedRefJSON {
    public static func value(_ ref: NamedRef?) -> JSONValue {
        guard let ref else { return .null }
        return .object([("code", .optionalString(ref.code)), ("name", .string(ref.name))])
    }
}

/// A problem as JSON, with the contract's keys (`show --json`, each element of `list --json`).
public enum ProblemJSON {
    public static func value(_ problem: Problem, context: JSONContext) -> JSONValue {
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
            ("raised_at", .string(context.format(problem.raisedAt))),
            ("resolved_at", problem.resolvedAt.map { .string(context.format($0)) } ?? .null),
            ("overdue", .bool(context.isOverdue(problem))),
            ("description", .optionalString(problem.description)),
            ("recommendation", .optionalString(problem.recommendation)),
            ("response", .optionalString(problem.response)),
            ("resolution", .optionalString(problem.resolution)),
            ("close_reason", .optionalString(problem.closeReason)),
            ("updated_at", .string(context.format(problem.updatedAt))),
        ])
    }
}

/// An event as JSON (`history --json`): `at`, `recorded_at`, `actor`, `action`, `from`, `to`,
/// `note`, and the owner, escalation and deadline after it; an `edit` event also has `changes`,
/// [{`field`, `old`, `new`}], each value as a problem's JSON shows its field.
public enum EventJSON {
    public static func value(_ event: Event, context: JSONContext) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("at", .string(context.format(event.at))),
            ("recorded_at", .string(context.format(event.recordedAt))),
            ("actor", .string(event.actor)),
            ("action", .string(event.action)),
            ("from", .optionalString(event.from)),
            ("to", .string(event.to)),
            ("note", .optionalString(event.note)),
            ("unit", NamedRefJSON.value(event.unit)),
            ("escalated_to", NamedRefJSON.value(event.escalatedTo)),
            ("due", .optionalString(event.due?.description)),
        ]
        if event.action == "edit" {
            members.append(("changes", .array(event.changes.map(CorrectionJSON.value))))
        }
        return .object(members)
    }
}

/// One field an edit corrected, as JSON: {`field`, `old`, `new`}, the field named as `docket
/// edit`'s option and the values as a problem's JSON shows it (a locality as {`code`, `name`},
/// a meeting or group as its number, a text as a string, none as null).
public enum CorrectionJSON {
    public static func value(_ correction: Correction) -> JSONValue {
        .object([
            ("field", .string(correction.field.rawValue)),
            ("old", value(correction.old)),
            ("new", value(correction.new)),
        ])
    }

    /// A field's value as JSON.
    public static func value(_ value: Correction.Value) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .locality(let locality): NamedRefJSON.value(locality)
        case .record(let number): .integer(Int(number))
        case .empty: .null
        }
    }
}
