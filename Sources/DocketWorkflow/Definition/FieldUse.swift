/// How a transition uses one of a request's fields: required or merely accepted, and what
/// the field is called where a person sees it.
///
/// A field a transition does not list is not accepted: a request giving it is refused,
/// so a value is never silently dropped.
public struct FieldUse: Hashable, Sendable, Codable {
    /// The field's name: one of ``RequestField``'s raw values.
    public var field: String
    /// Whether the transition is refused without it.
    public var isRequired: Bool
    /// What the field is called for people, as its command-line option without the dashes:
    /// `unit`, `to`, `due`, `response`, `resolution`, `reason`, `note`.
    public var label: String

    /// Makes a use of the field named `field`.
    public init(field: String, isRequired: Bool, label: String) {
        self.field = field
        self.isRequired = isRequired
        self.label = label
    }

    /// A field the transition is refused without.
    public static func requires(_ field: RequestField, label: String) -> FieldUse {
        FieldUse(field: field.rawValue, isRequired: true, label: label)
    }

    /// A field the transition takes when given and does without otherwise.
    public static func accepts(_ field: RequestField, label: String) -> FieldUse {
        FieldUse(field: field.rawValue, isRequired: false, label: label)
    }

    /// The field this use names, or nil when the name is not one the engine knows.
    public var requestField: RequestField? {
        RequestField(rawValue: field)
    }

    /// The field as a person types it: `--reason`.
    public var option: String {
        "--" + label
    }

    private enum CodingKeys: String, CodingKey {
        case field
        case isRequired = "required"
        case label
    }
}
