import DocketTesting
import Testing
@testable import DocketCore

@Suite struct DisplayWidthCountsTerminalColumns {
    @Test func vietnameseTakesOneColumnPerLetterInNFCAndNFD() {
        let name = "Thành phố Hồ Chí Minh"
        #expect(DisplayWidth.columns(name) == 21)
        #expect(DisplayWidth.columns(nfd(name)) == 21)
        #expect(nfd(name).unicodeScalars.count == 27)
        #expect(DisplayWidth.columns(nfd("Nghệ An")) == 7)
    }

    /// The quick count of Latin, Vietnamese and punctuation gives what measuring each grapheme
    /// gives, for every scalar it counts, alone and after a letter.
    @Test func theQuickCountIsTheGraphemeCount() {
        for value in UInt32(0)...0x2100 {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.isLatinCluster(scalar) else { continue }
            for text in [String(scalar), "a" + String(scalar), String(scalar) + "b"] {
                #expect(DisplayWidth.columns(text) == text.reduce(0) { $0 + DisplayWidth.columns($1) },
                        "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func asciiIsItsLength() {
        #expect(DisplayWidth.columns("") == 0)
        #expect(DisplayWidth.columns("docket #12") == 10)
    }

    @Test func cjkAndFullwidthTakeTwo() {
        #expect(DisplayWidth.columns("中文") == 4)
        #expect(DisplayWidth.columns("日本語テキスト") == 14)
        #expect(DisplayWidth.columns("한국어") == 6)
        #expect(DisplayWidth.columns("ＡＢ") == 4)
        #expect(DisplayWidth.columns("a中b") == 4)
    }

    @Test func emojiTakeTwo() {
        #expect(DisplayWidth.columns("✅") == 2)
        #expect(DisplayWidth.columns("👍🏽") == 2)
        #expect(DisplayWidth.columns("👨‍👩‍👧‍👦") == 2)
        #expect(DisplayWidth.columns("🇻🇳") == 2)
        #expect(DisplayWidth.columns("❤️") == 2)
        #expect(DisplayWidth.columns("1️⃣") == 2)
        #expect(DisplayWidth.columns("ok 🎉") == 5)
    }

    @Test func textPresentationSymbolsTakeOne() {
        #expect(DisplayWidth.columns("❤") == 1)
        #expect(DisplayWidth.columns("…") == 1)
        #expect(DisplayWidth.columns("©") == 1)
    }

    @Test func controlsAndLoneMarksTakeNone() {
        #expect(DisplayWidth.columns("\u{0301}") == 0)
        #expect(DisplayWidth.columns("a\tb") == 2)
        #expect(DisplayWidth.columns("\u{1B}") == 0)
        #expect(DisplayWidth.columns("\u{200B}") == 0)
        #expect(DisplayWidth.columns("a\r\nb") == 2)
    }
}
