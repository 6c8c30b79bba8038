/// The header row of an import file: which field holds which column. It reads the rows that
/// follow into ``ImportRow``s.
///
/// Column names are matched in any case, with spaces around them ignored, and may come in any
/// order. An unknown or repeated column, or a missing `title` or `locality`, refuses the file.
public struct ImportHeader: Sendable {
    /// The column of each field, in the file's order.
    public let columns: [ImportColumn]
    /// The field (0-based) of each column, by the column's raw value; -1 when it is absent.
    private let fields: [Int]

    /// Reads the header `record`.
    ///
    /// - Throws: ``ImportError`` naming the line and the column at fault.
    public init(_ record: CSVRecord) throws(ImportError) {
        var columns: [ImportColumn] = []
        var fields = Array(repeating: -1, count: ImportColumn.allCases.count)
        let known = ImportColumn.allCases.map(\.name).joined(separator: ", ")
        for (index, cell) in record.fields.enumerated() {
            guard let column = ImportColumn(header: cell) else {
                let shown = cell.trimmingSpaces
                throw ImportError(line: record.line, column: shown.isEmpty ? "\(index + 1)" : shown,
                                  reason: shown.isEmpty
                                    ? "the header names no column here: name every column, among \(known)"
                                    : "'\(shown)' is not a column docket imports: the columns are \(known)")
            }
            guard fields[column.rawValue] < 0 else {
                throw ImportError(line: record.line, column: column.name,
                                  reason: "the column \(column.name) appears twice in the header: keep one")
            }
            fields[column.rawValue] = index
            columns.append(column)
        }
        for column in ImportColumn.allCases where column.isRequired && fields[column.rawValue] < 0 {
            throw ImportError(line: record.line, column: column.name,
                              reason: "the header has no column \(column.name), which every file needs: add it")
        }
        self.columns = columns
        self.fields = fields
    }

    /// The name of field `index` (1-based, as ``CSVError`` counts), to say where a fault is.
    public func name(ofField index: Int) -> String {
        columns.indices.contains(index - 1) ? columns[index - 1].name : "\(index)"
    }

    /// Reads `record`, a row after the header.
    ///
    /// - Parameters:
    ///   - zone: the register's time zone, in which `raised_at` and `due` are read.
    ///   - now: the current instant: a row raised later is refused.
    ///   - defaultRaisedAt: when a row without `raised_at` was raised.
    /// - Returns: the row, or nil when every field of it is empty (a blank line, or a row of
    ///   commas a spreadsheet left), which is skipped.
    /// - Throws: ``ImportError`` naming the line and the column at fault.
    public func row(_ record: CSVRecord, in zone: TimeZoneRules, now: Instant,
                    defaultRaisedAt: Instant) throws(ImportError) -> ImportRow? {
        let cells = record.fields
        let line = record.line
        guard cells.count == columns.count else {
            if cells.allSatisfy(ImportHeader.isBlank) { return nil }
            throw ImportError(line: line, column: nil, reason: cells.count < columns.count
                ? "the row has \(cells.count) field\(cells.count == 1 ? "" : "s") where the header has \(columns.count): add the missing ones, empty if need be"
                : "the row has \(cells.count) fields where the header has \(columns.count): quote any field that holds a comma")
        }
        if cells.allSatisfy(ImportHeader.isBlank) { return nil }

        // A cell as it was before docket's CSV guarded it against formulas (`'=1+1` is `=1+1`).
        func cell(_ column: ImportColumn) -> String? {
            let index = fields[column.rawValue]
            return index < 0 ? nil : FormulaGuard.unguarded(cells[index])
        }
        func text(_ column: ImportColumn) throws(ImportError) -> String? {
            do {
                return try TextInput.optionalText(cell(column), field: column.name)
            } catch {
                throw ImportError(line: line, column: column.name, sentence: error.description)
            }
        }

        let title: String
        do {
            title = try TextInput.title(cell(.title) ?? "")
        } catch {
            throw ImportError(line: line, column: ImportColumn.title.name, sentence: error.description)
        }
        guard let locality = try text(.locality) else {
            throw ImportError(line: line, column: ImportColumn.locality.name,
                              reason: "the locality is empty: give the code or name of the locality that raised the problem")
        }
        let unit = try text(.unit)
        var due: CivilDate?
        if let dueText = try text(.due) {
            do {
                due = try CivilDate(parsing: dueText)
            } catch {
                throw ImportError(line: line, column: ImportColumn.due.name, sentence: error.description)
            }
            guard unit != nil else {
                throw ImportError(line: line, column: ImportColumn.due.name,
                                  reason: "a deadline needs a unit to own the problem: give the unit column too, or leave due empty")
            }
        }
        var raisedAt = defaultRaisedAt
        if let raisedText = try text(.raisedAt) {
            do {
                raisedAt = try When.parse(raisedText, in: zone, now: now)
            } catch .inFuture {
                throw ImportError(line: line, column: ImportColumn.raisedAt.name,
                                  reason: "'\(raisedText)' is in the future: raised_at says when the problem was raised, so it cannot be later than now")
            } catch {
                throw ImportError(line: line, column: ImportColumn.raisedAt.name,
                                  reason: "'\(raisedText)' is not a time: give a date (YYYY-MM-DD) or an ISO 8601 date-time (2025-08-26T14:30 or 2025-08-26T14:30:00+07:00)")
            }
        }
        var group: ImportRow.GroupReference?
        if let groupText = try text(.group) {
            if ImportHeader.looksLikeNumber(groupText) {
                do {
                    group = .number(try RecordNumber.parse(groupText))
                } catch {
                    throw ImportError(line: line, column: ImportColumn.group.name, sentence: error.description)
                }
            } else {
                do {
                    group = .title(try TextInput.title(groupText))
                } catch {
                    throw ImportError(line: line, column: ImportColumn.group.name, sentence: error.description)
                }
            }
        }
        return ImportRow(line: line, title: title, locality: locality, category: try text(.category),
                         description: try text(.description), recommendation: try text(.recommendation),
                         group: group, unit: unit, due: due, raisedAt: raisedAt)
    }

    /// Whether `text` is a group's number (`3`, `#3`) rather than its title.
    static func looksLikeNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "#" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether a field holds nothing but spaces.
    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
