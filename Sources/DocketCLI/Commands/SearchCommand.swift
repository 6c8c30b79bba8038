import DocketContract
import DocketCore
import DocketStore

/// `docket search QUERY`: full-text search over problems and their histories.
struct SearchCommand: DocketCommand {
    static let help = CommandHelp(
        name: "search",
        abstract: "Find problems by the words of their title, description, recommendation and history.",
        discussion: """
            Case and diacritics do not matter ("gia thue ha tang" finds "giá thuê hạ tầng", \
            "dong" finds "Đồng"). Every word must match; a word ending in * matches every word \
            it starts; "a phrase in quotes" matches those words in that order; OR between two \
            terms matches either. Anything else is read as text. The history holds responses, \
            resolutions, reasons and comments. Best matches first: a word in the title counts \
            more than one in the description or recommendation, and those more than one in the \
            history. When more than 1,000 problems match, the 1,000 filed most recently are \
            the ones ranked: add a word to narrow an older search.

            Examples:
              docket search gia thue ha tang
              docket search 'thue* "ha tang"'
              docket search "cap ngam OR cap treo" --limit 20
              docket search "chữ ký số" --json
            """
    )
    let global: GlobalOptions
    let query: [String]
    let limit: Int

    init(_ arguments: inout ArgumentReader) throws {
        query = arguments.arguments("query", help: "What to look for: words, prefix* terms, \"phrases\", OR.")
        limit = try arguments.count("limit", help: "At most this many problems, the best first (default: 100).") ?? 100
        global = GlobalOptions(&arguments)
    }

    func validate() throws {
        if limit < 1 { throw CommandLineError("--limit must be a whole number from 1 up.", vi: "--limit phải là số nguyên từ 1 trở lên.") }
    }

    func execute(in context: CommandContext) throws {
        let query = try SearchQuery(parsing: query.joined(separator: " "))
        let register = try context.register()
        var problems: [Problem] = []
        var more = false
        // Page after page on one snapshot, until the limit or the last match.
        try register.snapshot {
            var cursor: PageCursor?
            repeat {
                let page = try register.search(query, limit: min(limit - problems.count, Register.largestPage),
                                               after: cursor, as: context.principal)
                problems += page.items
                cursor = page.next
            } while cursor != nil && problems.count < limit
            more = cursor != nil
        }
        if global.json {
            context.console.json(.array(try problems.map { ProblemJSON.value($0, context: try context.json()) }))
        } else if problems.isEmpty {
            context.console.line("No problem matches.")
        } else {
            try ProblemText.table(problems, context: context)
            if more { context.console.line("The best \(limit) are shown and more match: give --limit to see more.") }
        }
    }
}
