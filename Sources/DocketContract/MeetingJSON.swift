import DocketCore

/// A meeting as JSON: `id`, `locality`, `date`, `title`, `lead`, `notes`.
public enum MeetingJSON {
    public static func value(_ meeting: Meeting, context: JSONContext) -> JSONValue {
        .object([
            ("id", .integer(Int(meeting.id))),
            ("locality", NamedRefJSON.value(meeting.locality)),
            ("date", .string(meeting.heldOn.description)),
            ("title", .string(meeting.title)),
            ("lead", .optionalString(meeting.lead)),
            ("notes", .optionalString(meeting.notes)),
            ("created_at", .string(context.format(meeting.createdAt))),
        ])
    }
}
