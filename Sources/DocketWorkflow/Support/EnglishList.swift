/// Joins names the way the contract's sentences do: `a`, `a or b`, `a, b or c`.
public enum EnglishList {
    /// The names joined with commas and a final "or".
    public static func or(_ items: [String]) -> String {
        join(items, last: "or")
    }

    private static func join(_ items: [String], last: String) -> String {
        guard let final = items.last else { return "" }
        if items.count == 1 { return final }
        return items.dropLast().joined(separator: ", ") + " \(last) " + final
    }
}
