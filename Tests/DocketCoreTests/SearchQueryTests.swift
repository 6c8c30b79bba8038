import Testing
@testable import DocketCore

/// A term of `words` (space-separated), a prefix when `prefix`.
private func term(_ words: String, prefix: Bool = false) -> SearchQuery.Term {
    SearchQuery.Term(words: words.split(separator: " ").map(String.init), isPrefix: prefix)
}

@Suite struct SearchQueriesAreFoldedLikeTheIndex {
    @Test func wordsWithoutDiacriticsAreEveryOneRequired() throws {
        #expect(try SearchQuery(parsing: "gia thue ha tang").clauses
                == [[term("gia")], [term("thue")], [term("ha")], [term("tang")]])
    }

    @Test func diacriticsCaseAndDStrokeFoldAway() throws {
        #expect(try SearchQuery(parsing: "Giá THUÊ Đồng").clauses == [[term("gia")], [term("thue")], [term("dong")]])
    }

    @Test func decomposedInputFoldsLikeComposed() throws {
        #expect(try SearchQuery(parsing: "Đo\u{0302}\u{0300}ng").clauses == [[term("dong")]])
    }
}

@Suite struct SearchQueriesUnderstandPrefixesPhrasesAndOr {
    @Test func aWordEndingInAStarIsAPrefix() throws {
        #expect(try SearchQuery(parsing: "thuê* hạ").clauses == [[term("thue", prefix: true)], [term("ha")]])
        #expect(try SearchQuery(parsing: "thue**").clauses == [[term("thue", prefix: true)]])
    }

    @Test func quotedWordsAreOnePhrase() throws {
        #expect(try SearchQuery(parsing: "\"hạ tầng\" viễn").clauses == [[term("ha tang")], [term("vien")]])
    }

    @Test func aPhraseFollowedByAStarEndsInAPrefix() throws {
        #expect(try SearchQuery(parsing: "\"ha ta\"*").clauses == [[term("ha ta", prefix: true)]])
    }

    @Test func orBetweenTwoTermsJoinsThemAndBindsTighterThanAnd() throws {
        #expect(try SearchQuery(parsing: "cap OR day ngam").clauses == [[term("cap"), term("day")], [term("ngam")]])
        #expect(try SearchQuery(parsing: "a OR \"b c\" OR d*").clauses
                == [[term("a"), term("b c"), term("d", prefix: true)]])
    }

    @Test func orWithoutATermOnEachSideIsTheWordOr() throws {
        #expect(try SearchQuery(parsing: "OR gia").clauses == [[term("or")], [term("gia")]])
        #expect(try SearchQuery(parsing: "gia OR").clauses == [[term("gia")], [term("or")]])
        #expect(try SearchQuery(parsing: "a OR OR b").clauses == [[term("a")], [term("or")], [term("or")], [term("b")]])
    }

    @Test func lowerCaseOrIsAWord() throws {
        #expect(try SearchQuery(parsing: "cap or day").clauses == [[term("cap")], [term("or")], [term("day")]])
    }
}

@Suite struct SearchQuerySyntaxOtherThanItsOwnIsText {
    @Test func aQuoteWithoutAPartnerIsASeparator() throws {
        #expect(try SearchQuery(parsing: "gia \"thue").clauses == [[term("gia")], [term("thue")]])
        #expect(try SearchQuery(parsing: "\"a b\" \"c").clauses == [[term("a b")], [term("c")]])
    }

    @Test func punctuationSplitsWordsIntoAPhrase() throws {
        #expect(try SearchQuery(parsing: "covid-19 (NOT:x)").clauses == [[term("covid 19")], [term("not x")]])
    }

    @Test func fts5OperatorsAreWords() throws {
        #expect(try SearchQuery(parsing: "NEAR AND NOT").clauses == [[term("near")], [term("and")], [term("not")]])
        #expect(try SearchQuery(parsing: "title:gia ^thue").clauses == [[term("title gia")], [term("thue")]])
    }

    @Test func termsWithNoWordAreDropped() throws {
        #expect(try SearchQuery(parsing: "gia - * \"\" OR :").clauses == [[term("gia")]])
    }

    @Test func anEmptyOrBlankQueryIsRefused() {
        #expect(throws: InputError.blank(field: "search query")) { try SearchQuery(parsing: "") }
        #expect(throws: InputError.blank(field: "search query")) { try SearchQuery(parsing: " \t\n") }
    }

    @Test func aQueryOfOnlyPunctuationIsRefused() {
        #expect(throws: InputError.noWordToSearch("- \"\" *")) {
            try SearchQuery(parsing: "- \"\" *")
        }
    }
}
