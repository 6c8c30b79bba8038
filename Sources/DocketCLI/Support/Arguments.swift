import DocketCore

/// Reading what people type on the command line into the values commands need; each throws
/// `InputError` (exit 64) with one sentence.
enum Arguments {
    /// A problem, meeting or group number: `12` or `#12`.
    static func number(_ text: String) throws -> Int64 {
        try RecordNumber.parse(text)
    }

    /// An optional number.
    static func number(_ text: String?) throws -> Int64? {
        try text.map(RecordNumber.parse)
    }

    /// A deadline: `YYYY-MM-DD`, or `Nwd` working days.
    static func due(_ text: String) throws -> DueDate {
        try DueDate(parsing: text)
    }

    /// A date `YYYY-MM-DD`.
    static func date(_ text: String) throws -> CivilDate {
        try CivilDate(parsing: text)
    }
}
