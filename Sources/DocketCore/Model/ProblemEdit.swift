/// What `docket edit` asks to correct in a problem, as typed, before the register resolves its
/// names: each field given or not, and a field that may be empty either set or cleared.
public struct ProblemEdit: Sendable, Hashable {
    /// A new value for a field that may be empty, or the field cleared.
    public enum Setting<Value: Sendable & Hashable>: Sendable, Hashable {
        /// The field takes this value.
        case to(Value)
        /// The field is emptied: a text removed, the problem taken out of its meeting or group.
        case cleared

        /// The value, or nil when cleared.
        public var value: Value? {
            if case .to(let value) = self { return value }
            return nil
        }
    }

    /// The new title; nil keeps it.
    public var title: String?
    /// The new description, or none.
    public var description: Setting<String>?
    /// The new recommendation, or none.
    public var recommendation: Setting<String>?
    /// The new category, or none.
    public var category: Setting<String>?
    /// The locality, as typed: a code or a name. A problem always has one.
    public var locality: String?
    /// The meeting it was raised at, or none.
    public var meeting: Setting<Int64>?
    /// The group it belongs to, or none.
    public var group: Setting<Int64>?

    /// Makes an edit; a field left nil is not touched.
    public init(title: String? = nil, description: Setting<String>? = nil, recommendation: Setting<String>? = nil,
                category: Setting<String>? = nil, locality: String? = nil, meeting: Setting<Int64>? = nil,
                group: Setting<Int64>? = nil) {
        self.title = title
        self.description = description
        self.recommendation = recommendation
        self.category = category
        self.locality = locality
        self.meeting = meeting
        self.group = group
    }

    /// Whether it names no field at all.
    public var isEmpty: Bool {
        title == nil && description == nil && recommendation == nil && category == nil && locality == nil
            && meeting == nil && group == nil
    }

    /// The same edit with every text checked as `docket file` checks it (NFC, trimmed, within
    /// the contract's limits, no control character where none may be). A text given empty or
    /// blank clears its field, as an empty description is no description when filing; a title
    /// may not be blank, and a locality must name one.
    public func validated() throws(InputError) -> ProblemEdit {
        var copy = self
        copy.title = try title.map { text throws(InputError) in try TextInput.title(text) }
        copy.description = try Self.text(description, field: "description")
        copy.recommendation = try Self.text(recommendation, field: "recommendation")
        copy.category = try Self.text(category, field: "category")
        if let locality, TextInput.normalized(locality).trimmingSpaces.isEmpty {
            throw .blank(field: "locality")
        }
        return copy
    }

    private static func text(_ setting: Setting<String>?, field: String) throws(InputError) -> Setting<String>? {
        guard case .to(let text)? = setting else { return setting }
        return try TextInput.optionalText(text, field: field).map { .to($0) } ?? .cleared
    }
}
