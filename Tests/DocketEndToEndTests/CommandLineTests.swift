import DocketCore
import DocketTesting
import Foundation
import Testing
@testable import DocketCLI

/// How a command line is split into a command's parameters, in-process.
@Suite struct ReadingACommandLine {
    /// A command that takes one of each kind of parameter.
    private struct Sample: DocketCommand {
        static let help = CommandHelp(name: "sample", abstract: "A command for these tests.")
        let global: GlobalOptions
        let id: String
        let unit: String
        let note: String?
        let limit: Int?
        let overdue: Bool
        let words: [String]

        init(_ arguments: inout ArgumentReader) throws {
            id = try arguments.argument("id", help: "A number.")
            unit = try arguments.requiredOption("unit", help: "A unit.")
            note = arguments.option("note", help: "A note.")
            limit = try arguments.count("limit", help: "How many.")
            overdue = arguments.flag("overdue", help: "Only overdue.")
            words = arguments.arguments("words", help: "The rest.")
            global = GlobalOptions(&arguments)
        }

        func execute(in context: CommandContext) throws {}
    }

    private func read(_ words: String...) throws -> Sample {
        try #require(try Entry.read(Sample.self, from: words) as? Sample)
    }

    private func refusal(_ words: String...) -> String? {
        do {
            _ = try Entry.read(Sample.self, from: words)
            return nil
        } catch {
            return (error as? CommandLineError)?.description
        }
    }

    @Test func optionsFlagsAndWordsInAnyOrder() throws {
        let sample = try read("--overdue", "12", "--unit", "cuc-vt", "gia", "--note=ghi chú", "thue", "--limit", "5", "--json")
        #expect(sample.id == "12")
        #expect(sample.unit == "cuc-vt")
        #expect(sample.note == "ghi chú")
        #expect(sample.limit == 5)
        #expect(sample.overdue)
        #expect(sample.words == ["gia", "thue"])
        #expect(sample.global.json)
        #expect(sample.global.db == nil)
    }

    @Test func aValueMayBeginWithADashAndTheLastOfARepeatedOptionCounts() throws {
        let sample = try read("-1", "--unit", "a", "--unit", "b", "--note", "-giảm 5%", "--", "--limit", "-")
        #expect(sample.id == "-1")
        #expect(sample.unit == "b")
        #expect(sample.note == "-giảm 5%")
        #expect(sample.limit == nil)
        #expect(sample.words == ["--limit", "-"])
    }

    @Test func whatDoesNotFitIsOneSentence() {
        #expect(refusal("--unit", "a") == "Missing expected argument '<id>'")
        #expect(refusal("12") == "Missing expected option '--unit <unit>'")
        #expect(refusal("12", "--unit") == "Missing value for '--unit <unit>'")
        #expect(refusal("12", "--note", "--unit", "a") == "Missing value for '--note <note>'")
        #expect(refusal("12", "--unit", "a", "--overdue=yes") == "The flag '--overdue' takes no value, but 'yes' was given")
        #expect(refusal("12", "--unit", "a", "--limt", "3") == "Unknown option '--limt': did you mean '--limit'?")
        #expect(refusal("12", "--unit", "a", "--colour") == "Unknown option '--colour'")
        #expect(refusal("12", "--unit", "a", "-x") == "Unknown option '-x'")
        #expect(refusal("12", "--unit", "a", "--limit", "0") == "--limit must be a whole number from 1 up, not '0'")
        #expect(refusal("12", "--unit", "a", "--limit", "ba") == "--limit must be a whole number from 1 up, not 'ba'")
    }

    /// Random command lines, in any order and either spelling of an option, read back as the
    /// values they were made from.
    @Test(arguments: 1...200) func anyOrderAndSpellingReadsTheSameValues(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let texts = ["12", "#7", "-3", "cuc-vt", "Cục Viễn thông", "-giảm 5%", "a=b", "", "--", "-", "thuê*"]
        // A word in its place may not look like an option ("-giảm"); a value may.
        let id = ["12", "#7", "-3", "-", "cuc-vt", "Cục Viễn thông", "a=b", "thuê*"].randomElement(using: &random)!
        let unit = texts.randomElement(using: &random)!
        let note = Bool.random(using: &random) ? texts.randomElement(using: &random)! : nil
        let limit = Bool.random(using: &random) ? Int.random(in: 1...500, using: &random) : nil
        let overdue = Bool.random(using: &random)
        let json = Bool.random(using: &random)
        let words = (0..<Int.random(in: 0...3, using: &random)).map { _ in ["gia", "thue", "hạ tầng", "OR"].randomElement(using: &random)! }

        // Each option as one word (--unit=x) or two (--unit x); "--" is a value only inline.
        func option(_ name: String, _ value: String) -> [String] {
            value == "--" || Bool.random(using: &random) ? ["--\(name)=\(value)"] : ["--\(name)", value]
        }
        var named: [[String]] = [option("unit", unit)]
        if let note { named.append(option("note", note)) }
        if let limit { named.append(option("limit", "\(limit)")) }
        if overdue { named.append(["--overdue"]) }
        if json { named.append(["--json"]) }
        named.shuffle(using: &random)
        // The words in their places keep their order; the options go anywhere among them.
        var line: [String] = []
        var placed = [id] + words
        while !named.isEmpty || !placed.isEmpty {
            if !named.isEmpty && (placed.isEmpty || Bool.random(using: &random)) {
                line += named.removeFirst()
            } else {
                line.append(placed.removeFirst())
            }
        }

        let sample = try #require(try Entry.read(Sample.self, from: line) as? Sample, "\(line)")
        #expect(sample.id == id, "\(line)")
        #expect(sample.unit == unit, "\(line)")
        #expect(sample.note == note, "\(line)")
        #expect(sample.limit == limit, "\(line)")
        #expect(sample.overdue == overdue, "\(line)")
        #expect(sample.global.json == json, "\(line)")
        #expect(sample.words == words, "\(line)")
    }

    @Test func aCommandWithoutARestRefusesExtraWords() throws {
        #expect(throws: CommandLineError.self) { try Entry.read(ShowCommand.self, from: ["12", "13"]) }
        let show = try #require(try Entry.read(ShowCommand.self, from: ["#12"]) as? ShowCommand)
        #expect(show.id == "#12")
    }
}

/// Every command declares what it takes, with the global options, and explains itself in 80
/// columns.
@Suite struct EveryCommandDeclaresItself {
    /// Every command with the words that call it.
    private static func commands(under node: CommandNode = DocketCLI.Docket.commands, path: [String] = ["docket"])
        -> [([String], any DocketCommand.Type)] {
        switch node {
        case .command(let type):
            return [(path, type)]
        case .group(_, let sections):
            return sections.flatMap(\.members).flatMap { commands(under: $0, path: path + [$0.help.name]) }
        }
    }

    @Test func thereAreFiftyOneCommandsEachWithTheGlobalOptions() {
        let commands = Self.commands()
        #expect(commands.count == 51)
        for (path, type) in commands {
            var declaring = ArgumentReader.declaring
            #expect(throws: Never.self, "\(path)") { _ = try type.init(&declaring) }
            let names = declaring.parameters.filter(\.isNamed).map(\.name)
            #expect(Array(names.suffix(3)) == ["db", "actor", "json"], "\(path)")
            #expect(Set(declaring.parameters.map(\.name)).count == declaring.parameters.count, "\(path): a name twice")
        }
    }

    @Test func everyHelpFitsEightyColumns() {
        var pages = Self.commands().map { HelpText.command($0.1, path: $0.0) }
        if case .group(let help, let sections) = DocketCLI.Docket.commands {
            pages.append(HelpText.group(help, sections: sections, path: ["docket"]))
        }
        for page in pages {
            for line in page.split(separator: "\n") where !line.hasPrefix("  docket") {
                #expect(DisplayWidth.columns(String(line)) <= 80, "\(line)")
                // A backslash ends only a shell example's line, never a sentence's.
                #expect(!line.hasSuffix("\\") || line.contains("docket ") || line.hasPrefix("      "), "\(line)")
            }
        }
    }

    @Test func theUsageLineBreaksBetweenParametersOnly() {
        let help = HelpText.command(ReportCommand.Weekly.self, path: ["docket", "report", "weekly"])
        #expect(help.contains("""

            USAGE: docket report weekly [--week <YYYY-Www>] [--format <format>]
                   [--output <file>] [--bom] [--issuer <name>] [--overdue-limit <n>]
                   [--lang <lang>] [--db <path>] [--actor <name>] [--json]

            OPTIONS:
              --week <YYYY-Www>       The ISO week (default: the last complete one).

            """))
    }

    @Test func helpBeforeACommandIsItsHelp() throws {
        let docket = try Docket()
        #expect(try docket.ok("help", "locality", "add").stdout == (try docket.ok("locality", "add", "--help").stdout))
        #expect(try docket.ok("help").stdout == (try docket.ok("--help").stdout))
        try docket.refuses(64, "help", "nonsense", saying: "'nonsense' is not a docket command: 'docket --help' lists them.")
    }

    @Test func globalOptionsWithoutACommandSaySo() throws {
        let docket = try Docket()
        try docket.refuses(64, "--db", "r.db", saying: "--db goes with a command, and none was given: 'docket --help' lists them.")
        try docket.refuses(64, "locality", "--json", saying: "--json goes with a command, and none was given: 'docket locality --help' lists them.")
        try docket.refuses(64, "locality", "--colour", saying: "Unknown option '--colour'. See 'docket locality --help'.")
    }

    @Test func wrappingCountsVietnameseLettersAsOneColumn() {
        let text = String(repeating: "Giá thuê hạ tầng ", count: 6)
        #expect(HelpText.wrapped(text, first: "OVERVIEW: ") == """
            OVERVIEW: Giá thuê hạ tầng Giá thuê hạ tầng Giá thuê hạ tầng Giá thuê hạ tầng
                      Giá thuê hạ tầng Giá thuê hạ tầng
            """)
    }
}

/// `docket completion bash`, sourced into a real bash and asked what comes next.
@Suite struct CompletingInBash {
    /// What the script offers for the words typed so far (the last one being completed).
    private func completions(_ words: [String], script: String) throws -> [String] {
        let run = try runProgram(URL(fileURLWithPath: "/bin/bash"), ["-c", """
            source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _docket
            printf '%s\\n' "${COMPREPLY[@]}"
            """, script] + words)
        #expect(run.status == 0)
        return run.stdout.split(separator: "\n").map(String.init)
    }

    @Test func itCompletesCommandsOptionsAndLeavesFileNamesToTheShell() throws {
        let docket = try Docket()
        let script = docket.path("docket.bash")
        try Data(try docket.ok("completion", "bash").stdout.utf8).write(to: URL(fileURLWithPath: script))
        #expect(try completions(["docket", "loc"], script: script) == ["locality"])
        #expect(try completions(["docket", "locality", ""], script: script) == ["list", "add"])
        #expect(try completions(["docket", "--db", "r.db", "re"], script: script) == ["resolve", "reopen", "restore", "report"])
        #expect(try completions(["docket", "assign", "12", "--u"], script: script) == ["--unit"])
        #expect(try completions(["docket", "report", "weekly", "--o"], script: script) == ["--output", "--overdue-limit"])
        #expect(try completions(["docket", "--v"], script: script) == ["--version"])
        // A file name, a value docket does not know: the shell's own completion.
        #expect(try completions(["docket", "import", ""], script: script) == [])
        #expect(try completions(["docket", "report", "weekly", "--output", ""], script: script) == [])
    }

    @Test func itCompletesValuesFromTheRegisterWithoutDiacritics() throws {
        let docket = try Docket.withUnits()
        let script = docket.path("docket.bash")
        try Data(try docket.ok("completion", "bash").stdout.utf8).write(to: URL(fileURLWithPath: script))
        // The first word runs docket: here, the binary under test.
        let program = Docket.executable.path
        #expect(try completions([program, "report", "weekly", "--format", "m"], script: script) == ["markdown"])
        #expect(try completions([program, "workflow", "graph", "--format", ""], script: script) == ["mermaid", "dot"])
        #expect(try completions([program, "list", "--state", "ESC"], script: script) == ["escalated"])
        #expect(try completions([program, "list", "--state", "o"], script: script) == ["open"])
        #expect(try completions([program, "--lang", "v"], script: script) == ["vi"])
        #expect(try completions([program, "token", "add", "x", "--role", "lo"], script: script) == ["locality"])
        #expect(try completions([program, "unit", "add", "x", "--kind", "g"], script: script) == ["government"])
        #expect(try completions([program, "assign", "1", "--db", docket.db, "--unit", "c"], script: script) == ["chinh-phu", "cuc-vt"])
        #expect(try completions([program, "unit", "add", "x", "--db", docket.db, "--parent", "bo"], script: script) == ["bo-khcn"])
        #expect(try completions([program, "--db", docket.db, "file", "--locality", "can"], script: script) == ["Cần\\ Thơ"])
        #expect(try completions([program, "file", "--db", docket.db, "--locality", "Đồng"], script: script) == ["Đồng\\ Nai", "Đồng\\ Tháp"])
        #expect(try completions([program, "locality", "add", "x", "--db", docket.db, "--parent", "ha\\ n"], script: script) == ["Hà\\ Nội"])
        // Without a register there is nothing to offer, and nothing is said.
        #expect(try completions([program, "assign", "1", "--db", docket.path("none.db"), "--unit", ""], script: script) == [])
    }

    @Test func anotherShellIsAUsageError() throws {
        try Docket().refuses(64, "completion", "fish", saying: "'fish' is not a docket completion command: 'docket completion --help' lists them.")
        try Docket().refuses(64, "completion", "values", "colours", saying: "'colours' is not a kind of value docket completes")
    }
}
