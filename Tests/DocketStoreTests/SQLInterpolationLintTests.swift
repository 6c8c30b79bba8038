import Foundation
import Testing

/// No SQL is built by interpolating text into it: values are bound. The only interpolations
/// allowed in SQL are the placeholders' list (`marks`, a run of `?`) and a schema version (an
/// integer the program owns, in a PRAGMA, which takes no parameters).
@Suite struct NoSQLIsBuiltFromText {
    static let allowed: Set<String> = ["marks", "step.version"]
    var keywords: Regex<AnyRegexOutput> { try! Regex(#"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WHERE|VALUES|CREATE|ALTER|DROP)\b"#) }
    var interpolation: Regex<AnyRegexOutput> { try! Regex(#"\\\(([^)]*)\)"#) }

    /// Every Swift source file of the program.
    static func sources() throws -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        return files.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    @Test func everySQLStringBindsItsValues() throws {
        var offences: [String] = []
        let files = try Self.sources()
        #expect(files.count > 50)
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            // A multi-line string literal is judged as a whole: SQL often starts a line above.
            var inBlock = false
            var block: [(Int, Substring)] = []
            for (number, line) in lines.enumerated() {
                if line.contains("\"\"\"") {
                    if inBlock { check(block, in: file, into: &offences); block = [] }
                    inBlock.toggle()
                    if inBlock { block.append((number + 1, line)) }
                    continue
                }
                if inBlock {
                    block.append((number + 1, line))
                } else {
                    check([(number + 1, line)], in: file, into: &offences)
                }
            }
        }
        #expect(offences.isEmpty, "SQL built by interpolation:\n\(offences.joined(separator: "\n"))")
    }

    @Test func theCheckFindsInterpolatedText() {
        var offences: [String] = []
        let bad: Substring = #"let sql = "SELECT * FROM problem WHERE title = '\(title)'""#
        check([(7, bad)], in: URL(fileURLWithPath: "/x/Bad.swift"), into: &offences)
        #expect(offences == [#"Bad.swift:7: \(title)"#])
        let good: Substring = #"let sql = "SELECT * FROM problem WHERE state IN (\(marks))""#
        offences.removeAll()
        check([(8, good)], in: URL(fileURLWithPath: "/x/Good.swift"), into: &offences)
        #expect(offences.isEmpty)
    }

    private func check(_ lines: [(Int, Substring)], in file: URL, into offences: inout [String]) {
        let text = lines.map(\.1).joined(separator: "\n")
        guard text.contains(keywords) else { return }
        for match in text.matches(of: interpolation) {
            let expression = String(text[match.range]).dropFirst(2).dropLast()
            if !Self.allowed.contains(String(expression)) {
                offences.append("\(file.lastPathComponent):\(lines[0].0): \\(\(expression))")
            }
        }
    }
}
