/// The guard against formula injection in the CSV docket writes: a spreadsheet runs a cell
/// that begins with `=`, `+`, `-` or `@` (and, in some, a tab or a carriage return) as a
/// formula, so `=HYPERLINK(…)` typed into a title would run when a coordinator opens an export.
///
/// Such a cell is written with a `'` before it, which spreadsheets read as "text follows" and
/// do not show; ``CSVWriter`` does this to every cell. `import` takes one `'` off again with
/// ``unguarded(_:)``, so an export re-imports to exactly the texts it holds. A text that itself
/// begins with `'` and then a formula's first character gains one `'` more, so that taking one
/// off gives it back too.
public enum FormulaGuard {
    /// Whether a spreadsheet would read a cell beginning with `byte` as a formula.
    private static func starts(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
    }

    /// Whether `cell` is one a reader of the guarded form takes a `'` off: `'`s, then a
    /// formula's first character.
    private static func isGuarded(_ cell: Substring.UTF8View) -> Bool {
        guard let first = cell.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return starts(first)
    }

    /// `cell` as docket writes it: with a `'` before it when a spreadsheet would read it as a
    /// formula, or when it begins with `'`s before such a character.
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.utf8.first else { return cell }
        if starts(first) || (first == UInt8(ascii: "'") && isGuarded(Substring(cell).utf8)) {
            return "'" + cell
        }
        return cell
    }

    /// `cell` as it was before ``guarded(_:)``: without its first `'` when `'`s and then a
    /// formula's first character begin it; anything else as it is.
    public static func unguarded(_ cell: String) -> String {
        let utf8 = Substring(cell).utf8
        guard utf8.first == UInt8(ascii: "'"), isGuarded(utf8) else { return cell }
        return String(cell.dropFirst())
    }
}
