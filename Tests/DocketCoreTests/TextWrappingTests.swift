import DocketTesting
import Foundation
import Testing
@testable import DocketCore

/// Moved from the report's tests with the wrapper (the report and `--help` share it).
@Suite struct WrappingFitsTextToATerminalsWidth {
    /// The wrapper's quick measure of a word is DisplayWidth's, composed or decomposed, in
    /// Vietnamese and beyond.
    @Test func theQuickWidthOfAWordIsDisplayWidths() {
        let words = ["Đồng", "Nghệ", "thuê", "hạ", "tầng", "Ủy", "ban", "chữ", "ký", "số", "東京", "🇻🇳", "e\u{0301}",
                     "\u{0301}", "Ølberg", "naïve", "«trần»", "x\u{200B}y", "a\u{00AD}b", "½"]
        for word in words + words.map(nfd) {
            #expect(TextWrapping.columns(Substring(word)) == DisplayWidth.columns(word), "\(word)")
        }
        #expect(TextWrapping.words(of: " một\u{00A0}hai\tba\u{3000}bốn\r\nnăm ") == ["một", "hai", "ba", "bốn", "năm"])
    }

    /// The wrapper's white space is Unicode's White_Space, for every scalar there is.
    @Test func whiteSpaceIsUnicodes() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if TextWrapping.isSpace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }

    /// Writing the lines to an output gives the lines, each ending in a line break: for texts
    /// plain and not (two spaces, a tab, a leading or ending space, CJK, a decomposed letter,
    /// a word longer than a line), at random widths, after a first part and an indent of
    /// their own widths.
    @Test func writingGivesTheLines() {
        var random = SeededRandom(seed: 7)
        let words = ["một", "hai", "ba", "bốn", "năm", "Đồng", "Nghệ", "hạ", "tầng", "Ủy", "khó", "khăn", "thuê",
                     "abcdefghijklmnopqrstuvwxyz", "東京", "e\u{0301}", "x", "", " ", "\t"]
        var texts = ["một hai ba bốn năm", "Đã ban hành văn bản", "abcdefghij", "", "Đã  ban", " Đã ban ", "dòng một\ndòng hai"]
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 0...14, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "  "))
        }
        for text in texts {
            for (first, indent) in [("# ", "  "), ("#123456  ", "         "), ("", "")] {
                let width = Int.random(in: 4...40, using: &random)
                let output = OutputBuffer()
                TextWrapping.write(text, width: width, first: first, indent: indent, to: output)
                let lines = TextWrapping.lines(of: text, width: width, first: first, indent: indent)
                #expect(output.text == lines.map { $0 + "\n" }.joined(), "\(text) at \(width)")
            }
        }
    }

    /// Wrapping breaks at spaces, cuts a word longer than a line, and indents the lines after the first.
    @Test func wrappingBreaksAtSpacesAndCutsOverlongWords() {
        #expect(TextWrapping.lines(of: "một hai ba bốn năm", width: 8, first: "# ", indent: "  ")
            == ["# một", "  hai ba", "  bốn", "  năm"])
        #expect(TextWrapping.lines(of: "abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrapping.lines(of: "東京東京", width: 5) == ["東京", "東京"])
        #expect(TextWrapping.lines(of: "dòng một\ndòng hai", width: 80) == ["dòng một dòng hai"])
        #expect(TextWrapping.lines(of: "", width: 80, first: "#1  ") == ["#1  "])
        // Text that fits is kept as it is, unless wrapping would change its spaces.
        #expect(TextWrapping.lines(of: "Đã ban hành văn bản", width: 19) == ["Đã ban hành văn bản"])
        #expect(TextWrapping.lines(of: "Đã  ban", width: 19) == ["Đã ban"])
        #expect(TextWrapping.lines(of: " Đã ban ", width: 19) == ["Đã ban"])
        #expect(TextWrapping.plainWidth("Nghệ An") == 7)
        #expect(TextWrapping.plainWidth("Nghe\u{0323}\u{0302} An") == 7)
        #expect(TextWrapping.plainWidth("東京") == nil)
    }

    /// The byte-by-byte measure at every edge of the ranges it decodes.
    @Test func plainWidthAtEveryEdgeOfItsRanges() {
        let cases: [(String, Int?)] = [
            ("", 0), ("a", 1), ("a b", 3), ("a  b", nil), (" a", nil), ("a ", nil), ("a\tb", nil), ("~", 1),
            ("\u{7F}", nil), ("\u{A0}", nil), ("\u{A1}", 1), ("ǿ", 1), ("Ͱ", nil), ("e\u{0300}", 1), ("e\u{036F}", 1),
            ("Ḁ", 1), ("ỹ", 1), ("\u{1F00}", nil), ("\u{1DFF}", nil), ("東", nil), ("😀", nil),
            ("Giá thuê hạ tầng viễn thông thụ động", 36), ("Nghe\u{0323}\u{0302} An", 7),
        ]
        for (text, width) in cases {
            #expect(TextWrapping.plainWidth(text) == width, "\(text.debugDescription)")
        }
    }

    /// Help's words stay whole however long they are, and a first part that ends a line of its
    /// own is continued on its last line.
    @Test func helpsWordsAreKeptWhole() {
        #expect(TextWrapping.lines(ofWords: ["docket", "[--output <file>]"], width: 12, first: "USAGE: ", indent: "       ")
            == ["USAGE: docket", "       [--output <file>]"])
        #expect(TextWrapping.lines(ofWords: ["a", "b"], width: 8, first: "  --long-label\n    ", indent: "    ")
            == ["  --long-label\n    a b"])
    }
}
