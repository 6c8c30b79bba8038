/// What a person typed after `docket search`, read into terms the store can look up safely.
///
/// The query is folded as the index is (``Folding``): `"gia thue ha tang"` finds
/// `giá thuê hạ tầng`, and `Đồng` finds `dong`. What it understands:
/// - words, all of which must match (implicit AND): `thue ha tang`;
/// - a word ending in `*`, matching every word that starts with it: `thue*`;
/// - a phrase in double quotes, its words next to each other in that order: `"ha tang"`
///   (and `"ha ta"*`, a phrase whose last word is a prefix);
/// - `OR` in capitals between two terms, matching either: `cap OR day ngam`
///   (the OR binds tighter than the implicit AND: `(cap OR day) AND ngam`).
///
/// Everything else is text: a quote with no partner, `-`, `:`, parentheses, `NOT`, `AND`,
/// an `OR` with no term on one side. Punctuation separates words (`covid-19` is the phrase
/// `covid 19`), and a term with no word in it is dropped. The result is plain data; the
/// store turns it into its own query syntax, quoting every word, so no text a user types is
/// ever read as that syntax.
public struct SearchQuery: Hashable, Sendable {
    /// One thing to look for: one or more words next to each other, in order.
    public struct Term: Hashable, Sendable {
        /// The words, folded (lower case, no diacritics, `đ` → `d`), each only letters,
        /// digits and marks.
        public var words: [String]
        /// Whether the last word matches every word it starts.
        public var isPrefix: Bool

        /// A term of `words`, the last a prefix when `isPrefix`.
        public init(words: [String], isPrefix: Bool = false) {
            self.words = words
            self.isPrefix = isPrefix
        }
    }

    /// What must match: every clause (AND), each clause matching when any of its terms does (OR).
    public var clauses: [[Term]]

    /// A query of `clauses` as they are.
    public init(clauses: [[Term]]) {
        self.clauses = clauses
    }

    /// Reads `text` as typed.
    ///
    /// - Throws: ``InputError/blank(field:)`` when it is empty or only spaces, and
    ///   ``InputError/noWordToSearch(_:)`` when it has no word to look for (only
    ///   punctuation).
    public init(parsing text: String) throws(InputError) {
        let text = TextInput.normalized(text)
        guard text.contains(where: { !$0.isWhitespace }) else { throw .blank(field: "search query") }

        // Pieces: terms as typed, and the OR operators between them.
        enum Piece { case term(Term), or }
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first.isWhitespace {
                rest = rest.dropFirst()
            } else if first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") {
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                var isPrefix = false
                while rest.first == "*" {
                    isPrefix = true
                    rest = rest.dropFirst()
                }
                pieces.append(.term(Term(words: SearchQuery.words(of: inside), isPrefix: isPrefix)))
            } else if first == "\"" {
                // A quote with no partner is only a separator.
                rest = rest.dropFirst()
            } else {
                let end = rest.firstIndex { $0.isWhitespace || $0 == "\"" } ?? rest.endIndex
                var word = rest[..<end]
                rest = rest[end...]
                if word == "OR" {
                    pieces.append(.or)
                    continue
                }
                var isPrefix = false
                while word.last == "*" {
                    isPrefix = true
                    word = word.dropLast()
                }
                pieces.append(.term(Term(words: SearchQuery.words(of: word), isPrefix: isPrefix)))
            }
        }

        // An OR with a term on each side joins them; any other OR is the word "or".
        var clauses: [[Term]] = []
        var joinNext = false
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .term(let term):
                if joinNext, !clauses.isEmpty {
                    clauses[clauses.count - 1].append(term)
                } else {
                    clauses.append([term])
                }
                joinNext = false
            case .or:
                func isTerm(_ position: Int) -> Bool {
                    guard pieces.indices.contains(position), case .term = pieces[position] else { return false }
                    return true
                }
                if isTerm(index - 1) && isTerm(index + 1) {
                    joinNext = true
                } else {
                    clauses.append([Term(words: ["or"])])
                    joinNext = false
                }
            }
        }
        clauses = clauses.map { $0.filter { !$0.words.isEmpty } }.filter { !$0.isEmpty }
        guard !clauses.isEmpty else {
            throw .noWordToSearch(text)
        }
        self.clauses = clauses
    }

    /// The folded words of `text`: runs of letters, digits and marks, split at anything else.
    static func words(of text: Substring) -> [String] {
        let key = Folding.key(String(text))
        return key.isEmpty ? [] : key.split(separator: " ").map(String.init)
    }
}
