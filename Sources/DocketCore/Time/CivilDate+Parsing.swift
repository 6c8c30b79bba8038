extension CivilDate {
    /// Reads a date typed on the command line (`--due`, `meeting add --date`): exactly
    /// `YYYY-MM-DD`, a four-digit year, two-digit month and day, a day that exists.
    /// Surrounding spaces are ignored; nothing else is (`2025-8-26`, `25-08-26`, `2025-02-29`
    /// and `2025-08-26T09:00` are all refused).
    ///
    /// - Throws: ``InputError/invalidDate(_:)`` with `text` as given.
    public init(parsing text: String) throws(InputError) {
        var scanner = TimeTextScanner(trimming: text)
        guard let date = CivilDate.scan(&scanner), scanner.isAtEnd else {
            throw .invalidDate(text)
        }
        self = date
    }

    /// Reads `YYYY-MM-DD` at the scanner's position, leaving it just after the day; nil (with
    /// the position unspecified) when the text is not a day that exists. Shared with `When`,
    /// whose date-times start with a date.
    static func scan(_ scanner: inout TimeTextScanner) -> CivilDate? {
        guard let year = scanner.digits(4), scanner.take(UInt8(ascii: "-")),
              let month = scanner.digits(2), scanner.take(UInt8(ascii: "-")),
              let day = scanner.digits(2)
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}
