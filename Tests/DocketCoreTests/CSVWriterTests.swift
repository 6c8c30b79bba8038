import Testing
@testable import DocketCore

/// The text a CSV writer makes of `rows`.
func csvText(_ rows: [[String]], byteOrderMark: Bool = false) -> String {
    let output = OutputBuffer()
    let writer = CSVWriter(to: output, byteOrderMark: byteOrderMark)
    for row in rows { writer.write(row: row) }
    return output.text
}

@Suite struct CSVWriterQuotesOnlyWhenNeeded {
    @Test func plainFieldsAreNotQuoted() {
        #expect(csvText([["title", "locality"], ["Giá thuê hạ tầng", "Cần Thơ"], ["", "92"]])
            == "title,locality\r\nGiá thuê hạ tầng,Cần Thơ\r\n,92\r\n")
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        #expect(csvText([["a,b", "say \"hi\"", "one\ntwo", "cr\rhere", "crlf\r\n"]])
            == "\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\"cr\rhere\",\"crlf\r\n\"\r\n")
    }

    @Test func fieldsWithSpaceAtAnEndAreQuoted() {
        #expect(csvText([[" lead", "trail ", "tab\t", "in side"]]) == "\" lead\",\"trail \",\"tab\t\",in side\r\n")
    }

    @Test func cellsASpreadsheetWouldRunAsFormulasAreWrittenAfterAQuote() {
        #expect(csvText([["=1+1", "+84 292 3820 000", "-5%", "@SUM(A1)", "\tTab", "a=b", "'quoted", "'=x", "''-y"]])
            == "'=1+1,'+84 292 3820 000,'-5%,'@SUM(A1),'\tTab,a=b,'quoted,''=x,'''-y\r\n")
    }

    @Test func unguardingGivesEachCellBack() {
        for cell in ["=1+1", "+84", "-5%", "@x", "\tt", "\rr", "'quoted", "'=x", "''-y", "'", "", "plain", "''"] {
            #expect(FormulaGuard.unguarded(FormulaGuard.guarded(cell)) == cell, "\(cell)")
        }
        #expect(FormulaGuard.unguarded("'hello") == "'hello")
        #expect(FormulaGuard.unguarded("'=HYPERLINK(\"x\")") == "=HYPERLINK(\"x\")")
    }

    @Test func aLoneEmptyFieldIsQuotedSoItIsNotABlankLine() {
        #expect(csvText([["a"], [""], ["b"], [""]]) == "a\r\n\"\"\r\nb\r\n\"\"\r\n")
        #expect(csvText([["", ""]]) == ",\r\n")
    }

    @Test func aFieldStartingWithAByteOrderMarkIsQuoted() {
        #expect(csvText([["\u{FEFF}x"]]) == "\"\u{FEFF}x\"\r\n")
    }

    @Test func theByteOrderMarkIsWrittenFirstWhenAsked() {
        #expect(Array(csvText([["a"]], byteOrderMark: true).utf8) == [0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A])
    }
}

@Suite struct CSVRoundTrips {
    @Test func trickyFieldsReadBackExactly() throws {
        let rows = [
            ["title", "locality", "description"],
            ["Dự án \"Đất xanh\", giai đoạn 2", "TP. Cần Thơ", "dòng một\r\ndòng hai\nba\rbốn"],
            [" ", "\"", ",", ""],
            [""],
            ["\u{FEFF}", "東京 🇻🇳", "\"\"\"\""],
            [""],
        ]
        let bytes = Array(csvText(rows, byteOrderMark: true).utf8)
        for size in chunkSizes {
            #expect(try readRecords(bytes, chunkSize: size).map(\.fields) == rows, "chunk size \(size)")
        }
        #expect(try readRecords(bytes, chunkSize: 2).map(\.line) == [1, 2, 6, 7, 8, 9])
    }

    @Test func randomRowsReadBackExactly() throws {
        var random = SeededRandom(seed: 2025_08_26)
        let alphabet: [Character] = ["a", "Z", " ", ",", "\"", "\r", "\n", "ệ", "Đ", "東", "🇻🇳", "\t", "x", "=", "-", "'", "@", "+"]
        for _ in 0..<200 {
            let rows: [[String]] = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                (0..<Int.random(in: 1...5, using: &random)).map { _ in
                    String((0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
                }
            }
            let bytes = Array(csvText(rows).utf8)
            let size = [1, 2, 3, 4, 5, 8, 13, 1024].randomElement(using: &random)!
            // Read back, then unguarded as import does: exactly the rows written.
            #expect(try readRecords(bytes, chunkSize: size).map { $0.fields.map(FormulaGuard.unguarded) } == rows,
                    "chunk size \(size): \(rows)")
        }
    }
}
