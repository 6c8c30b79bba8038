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
