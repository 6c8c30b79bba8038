import Mustache

/// The templates read a page's words by name (`{{t.desk}}`) hundreds of times a page: from a
/// table built once per language, not by reflecting over all of ``WebText``'s fields at each
/// read (which made a page of 300 rows take a second).
extension WebText: MustacheParent {
    public func child(named name: String) -> Any? {
        (code == "en" ? Self.englishWords : Self.vietnameseWords)[name]
    }

    private static let englishWords = words(of: .english)
    private static let vietnameseWords = words(of: .vietnamese)

    /// Every text field of `text`, by its name.
    private static func words(of text: WebText) -> [String: String] {
        var words: [String: String] = [:]
        for child in Mirror(reflecting: text).children {
            if let label = child.label, let value = child.value as? String { words[label] = value }
        }
        return words
    }
}
