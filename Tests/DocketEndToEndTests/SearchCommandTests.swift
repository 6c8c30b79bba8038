import Foundation
import Testing

@Suite struct SearchingFromTheCommandLine {
    private func populated() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất",
                      "--at", "2025-08-26")
        try docket.ok("file", "--locality", "Đồng Nai", "--title", "Hợp đồng thuê cột điện", "--at", "2025-08-26")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Thủ tục chồng chéo", "--at", "2025-08-26")
        try docket.ok("assign", "3", "--unit", "vu-pc", "--at", "2025-08-27")
        try docket.ok("resolve", "3", "--resolution", "Ban hành hướng dẫn liên ngành", "--at", "2025-08-28")
        try docket.ok("comment", "2", "Chờ ý kiến Sở Công Thương", "--at", "2025-08-28")
        return docket
    }

    @Test func wordsWithoutDiacriticsFindTheOriginalSpelling() throws {
        let docket = try populated()
        let run = try docket.ok("search", "gia", "thue", "ha", "tang")
        #expect(run.stdout.contains("Giá thuê hạ tầng viễn thông thụ động chưa thống nhất"))
        #expect(run.stdout.split(separator: "\n").count == 2)
        // "Đồng" folds to "dong", as "Hợp đồng" and "thụ động" do.
        #expect(Set(try docket.ok("search", "Đồng", "--json").objects().map { $0["id"] as? Int }) == [1, 2])
    }

    @Test func jsonIsTheProblemsAsListPrintsThem() throws {
        let docket = try populated()
        let found = try docket.ok("search", "thue", "--json").objects()
        let listed = try docket.ok("list", "--json").objects()
        // Both match once, in the title: the shorter title (#2's five words against eleven) ranks
        // first; the comment in #2's history does not lengthen its title.
        #expect(found.map { $0["id"] as? Int } == [2, 1])
        func text(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        for problem in found {
            let same = try #require(listed.first { $0["id"] as? Int == problem["id"] as? Int })
            #expect(try text(problem) == text(same))
        }
    }

    @Test func resolutionsAndCommentsAreSearched() throws {
        let docket = try populated()
        #expect(try docket.ok("search", "huong dan lien nganh", "--json").objects().map { $0["id"] as? Int } == [3])
        #expect(try docket.ok("search", "so cong thuong", "--json").objects().map { $0["id"] as? Int } == [2])
    }

    @Test func noMatchAndTheLimitAreSaid() throws {
        let docket = try populated()
        #expect(try docket.ok("search", "xyzzy").stdout == "No problem matches.\n")
        #expect(try docket.ok("search", "xyzzy", "--json").stdout == "[]\n")
        let limited = try docket.ok("search", "thue", "--limit", "1").stdout
        #expect(limited.hasSuffix("The best 1 are shown and more match: give --limit to see more.\n"))
        #expect(try docket.ok("search", "thue", "--limit", "1", "--json").objects().count == 1)
    }

    @Test func queryTextThatLooksLikeSyntaxIsSearchedAsText() throws {
        let docket = try populated()
        for query in ["\"thue", "thue)", "(thue", "title:thue", "thue -", "NOT thue", "thue AND", "*", "NEAR(a b)"] {
            let run = try docket("search", query)
            #expect(run.status == 0 || run.status == 64, "\(query): \(run.stderr)")
            #expect(!run.stderr.contains("fts5"), "\(query): \(run.stderr)")
        }
        #expect(try docket.ok("search", "thue)", "--json").objects().count == 2)
    }

    @Test func anEmptyOrBlankQueryIsAUsageError() throws {
        let docket = try populated()
        try docket.refuses(64, "search", "", saying: "The search query is empty")
        try docket.refuses(64, "search", "   ", saying: "The search query is empty")
        try docket.refuses(64, "search", saying: "The search query is empty")
        try docket.refuses(64, "search", ": -", saying: "has no word to look for")
        try docket.refuses(64, "search", "thue", "--limit", "0", saying: "--limit")
    }
}
