import DocketCore
import DocketRegister

extension Register {
    /// How much a match in each column of a search document counts:
    /// a word of the title more than one of the description or recommendation, those more
    /// than one of the names (locality, province, owner), and those more than one of the
    /// history (comments, responses, resolutions, reasons).
    static let searchWeights = (title: 10.0, body: 4.0, history: 1.0, names: 2.0)

    /// How many matching problems, at most, are ranked: the most recently filed. Ranking reads
    /// every ranked document's statistics, so a query that matches a fifth of a million
    /// problems would take a quarter of a second; a query specific enough to match fewer is
    /// ranked whole.
    public static let searchRankingWindow = 1000

    /// One page of the problems that match `query` and that `principal` may see, best match
    /// first (BM25 term scores within the folded title, body and history, weighted by
    /// ``searchWeights``, without BM25's inverse document frequency, whose cost grows with how
    /// many problems hold a word — see `docket_rank` in CSQLite's shim.h; equal scores by
    /// number): at most `limit`, starting after `cursor`. When more than `rankingWindow`
    /// problems match, the most recently filed of them are the ones ranked.
    ///
    /// - Complexity: proportional to the length of the query's terms' lists in the index,
    ///   plus ``searchRankingWindow`` rankings and `limit` problem reads — not to the number of
    ///   problems that match.
    public func search(_ query: SearchQuery, limit: Int, after cursor: PageCursor? = nil,
                       rankingWindow: Int = Register.searchRankingWindow, as principal: Principal) throws -> Page<Problem> {
        precondition((1...Register.largestPage).contains(limit), "a page of \(limit) problems")
        return try readOperation { store in
            try await store.searchPage(query, after: cursor, limit: limit, rankingWindow: rankingWindow, in: principal.scope)
        }
    }

    /// The first `limit` of the problems inside `scope` that match `query`, best match first,
    /// after `cursor`, each with its score (as ``search(_:limit:after:rankingWindow:as:)`` ranks them).
    func searchHits(_ query: SearchQuery, in scope: Principal.Scope, after cursor: PageCursor?, limit: Int,
                    rankingWindow: Int) throws -> [SearchHit] {
        try database.registerSearchRanking()
        let expression = Register.ftsExpression(query)
        let condition = scope.problemCondition()
        // The newest problems' numbers come first in the index's own order, so the window's
        // lower bound is found without ranking anything; within a scope, among its problems.
        let floor: Int64
        if let condition {
            let newest = "SELECT s.rowid FROM search AS s JOIN problem AS p ON p.id = s.rowid WHERE search MATCH ? AND "
                + condition.sql + " ORDER BY s.rowid DESC LIMIT 1 OFFSET ?"
            floor = try database.cached(newest)
                .first(bound: [expression] + condition.values + [rankingWindow - 1]) { $0.int64(0) } ?? 0
        } else {
            floor = try database.scalar("""
                SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
                """, expression, rankingWindow - 1) ?? 0
        }
        let weights = Register.searchWeights
        var values: [any SQLValueConvertible] = [weights.title, weights.body, weights.history, weights.names, expression, floor]
        // Only the page's problems are ranked through to the end and read: the page is cut
        // inside the ranking, where the scope is a condition too.
        var ranked = """
            SELECT search.rowid AS hit, docket_rank(search, ?, ?, ?, ?) AS score FROM search
            """
        var conditions = " WHERE search MATCH ? AND search.rowid >= ?"
        if let condition {
            ranked += " JOIN problem AS p ON p.id = search.rowid"
            conditions += " AND " + condition.sql
            values += condition.values
        }
        var sql = "SELECT hit, score FROM (" + ranked + conditions + ")"
        if let cursor {
            sql += " WHERE (score, hit) > (?, ?)"
            values += [SearchHit.score(after: cursor), cursor.id]
        }
        sql += " ORDER BY score, hit LIMIT ?"
        values.append(limit)
        // The ranked numbers come first, from the index alone; then each problem is read by
        // its primary key, in that order.
        let texts = try problemTexts()
        sql = "SELECT " + Register.problemSelection + texts.sql + ", found.score\n" + Register.problemTables
            + " JOIN (" + sql + ") AS found ON found.hit = p.id ORDER BY found.score, p.id"
        values = texts.values + values
        var hits: [SearchHit] = []
        try database.cached(sql).forEachRow(values) { row in
            hits.append(SearchHit(problem: Register.problem(from: row), score: row.double(23)))
        }
        return hits
    }

    /// `query` as an FTS5 expression in which every word is a quoted string, so nothing a
    /// user typed is read as FTS5 syntax: `("cap" OR "day") AND "ha tang" AND "thue"*`.
    static func ftsExpression(_ query: SearchQuery) -> String {
        query.clauses.map { clause in
            let terms = clause.map { term in
                let words = term.words.joined(separator: " ").replacingQuotes
                return "\"" + words + "\"" + (term.isPrefix ? "*" : "")
            }
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// How the search index stands against the problems: the number of documents and of
    /// problems, and the problems whose document is not what their row and history give.
    /// Both counts equal and no problem listed means the index is exact.
    func searchIndexCheck() throws -> (documents: Int, problems: Int, wrong: [Int64]) {
        try read { _ in
            let documents = Int(try database.scalar("SELECT count(*) FROM search") ?? 0)
            let problems = Int(try database.scalar("SELECT count(*) FROM problem") ?? 0)
            var notes: [Int64: [String]] = [:]
            try database.prepare("SELECT problem_id, note FROM event WHERE note IS NOT NULL AND note <> '' ORDER BY problem_id, at, id")
                .forEachRow { notes[$0.int64(0), default: []].append(Folding.fold($0.text(1))) }
            var wrong: [Int64] = []
            try database.prepare("""
                SELECT p.id, p.title, p.description, p.recommendation, s.title, s.body, s.history, s.names
                FROM problem AS p LEFT JOIN search AS s ON s.rowid = p.id ORDER BY p.id
                """).forEachRow { row in
                let id = row.int64(0)
                let history = (notes[id] ?? []).map { " " + $0 }.joined()
                let names = try searchNames(ofProblem: id)
                if row.optionalText(4) != Folding.fold(row.text(1))
                    || row.optionalText(5) != SearchDocument.body(row.optionalText(2), row.optionalText(3))
                    || row.optionalText(6) != history
                    || row.optionalText(7) != names {
                    wrong.append(id)
                }
            }
            return (documents, problems, wrong)
        }
    }
}

extension String {
    /// The string with each double quote doubled, as inside an FTS5 string.
    fileprivate var replacingQuotes: String {
        guard utf8.contains(0x22) else { return self }
        var out = ""
        for character in self {
            out.append(character)
            if character == "\"" { out.append("\"") }
        }
        return out
    }
}

extension SQLiteStoreTransaction {
    func searchHits(_ query: SearchQuery, in scope: Principal.Scope, after cursor: PageCursor?, limit: Int,
                    rankingWindow: Int) throws -> [SearchHit] {
        try register.searchHits(query, in: scope, after: cursor, limit: limit, rankingWindow: rankingWindow)
    }
}
