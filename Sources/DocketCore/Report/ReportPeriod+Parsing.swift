extension ReportPeriod {
    /// The ways a period is written on the command line, one option each of `report period`.
    public enum Form: String, Hashable, Sendable, CaseIterable {
        /// `--month YYYY-MM`.
        case month
        /// `--quarter YYYY-Qn`.
        case quarter
        /// `--half YYYY-Hn`.
        case half
        /// `--year YYYY`.
        case year

        /// How it is written.
        public var pattern: String {
            switch self {
            case .month: "YYYY-MM"
            case .quarter: "YYYY-Qn (n from 1 to 4)"
            case .half: "YYYY-Hn (n 1 or 2)"
            case .year: "YYYY"
            }
        }

        /// One written that way.
        public var example: String {
            switch self {
            case .month: "2025-08"
            case .quarter: "2025-Q3"
            case .half: "2025-H2"
            case .year: "2025"
            }
        }

        /// What it is called in an English sentence.
        public var noun: String {
            switch self {
            case .month: "month"
            case .quarter: "quarter"
            case .half: "half-year"
            case .year: "year"
            }
        }

        /// What it is called in a Vietnamese sentence.
        public var vietnameseNoun: String {
            switch self {
            case .month: "một tháng"
            case .quarter: "một quý"
            case .half: "một nửa năm (6 tháng)"
            case .year: "một năm"
            }
        }
    }

    /// Reads a period written in `form` (surrounding spaces ignored): `2025-08`, `2025-Q3`
    /// (or `q3`), `2025-H2` (or `h2`), `2025`.
    ///
    /// - Throws: ``InputError/invalidPeriod(_:form:)`` with `text` as given.
    public init(parsing text: String, as form: Form) throws(InputError) {
        var scanner = TimeTextScanner(trimming: text)
        let period: ReportPeriod?
        if let year = scanner.digits(4), year >= 1 {
            switch form {
            case .year:
                period = scanner.isAtEnd ? .year(year) : nil
            case .month:
                period = scanner.take(UInt8(ascii: "-")) ? scanner.digits(2).flatMap { month in
                    scanner.isAtEnd ? .month(month, of: year) : nil
                } : nil
            case .quarter, .half:
                let letter = form == .quarter ? UInt8(ascii: "Q") : UInt8(ascii: "H")
                if scanner.take(UInt8(ascii: "-")), scanner.take(oneOf: [letter, letter | 0x20]) != nil,
                   let number = scanner.digits(1), scanner.isAtEnd {
                    period = form == .quarter ? .quarter(number, of: year) : .half(number, of: year)
                } else {
                    period = nil
                }
            }
        } else {
            period = nil
        }
        guard let period else { throw .invalidPeriod(text, form: form) }
        self = period
    }
}

extension ReportPeriod {
    /// The period `report period` was asked for: exactly one of the `forms` given (`--month`
    /// and the rest, each with its text), or `from` and `to`, two dates.
    ///
    /// - Throws: ``InputError/periodChoice`` when none or more than one is given, or one of
    ///   `from` and `to` without the other; the errors of reading what was given.
    public init(choosing forms: [Form: String], from: String?, to: String?) throws(InputError) {
        switch (forms.count, from, to) {
        case (1, nil, nil):
            let (form, text) = forms.first!
            try self.init(parsing: text, as: form)
        case (0, let from?, let to?):
            let first = try CivilDate(parsing: from), last = try CivilDate(parsing: to)
            guard let period = ReportPeriod(from: first, to: last) else {
                throw .periodEndsBeforeItBegins(from: from, to: to)
            }
            self = period
        default:
            throw .periodChoice
        }
    }
}
