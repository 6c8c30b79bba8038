import DocketTesting
import Foundation
import Testing
@testable import DocketCore

/// The table the tests render: a number, a province, a flexible title and a count.
func problemTable(_ rows: [[String]]) -> TextTable {
    var table = TextTable(columns: [
        .init("#", alignment: .right),
        .init("Tỉnh"),
        .init("Vấn đề", flexible: true),
        .init("Số", alignment: .right),
    ])
    for row in rows { table.append(row) }
    return table
}

let problemRows = [
    ["1", "Cần Thơ", "Giá thuê hạ tầng", "3"],
    ["12", "Hồ Chí Minh", "Đất đai", "10"],
]

@Suite struct TextTablesAlignByDisplayWidth {
    @Test func vietnameseColumnsLineUp() {
        #expect(problemTable(problemRows).render() == """
             #  Tỉnh         Vấn đề            Số
             1  Cần Thơ      Giá thuê hạ tầng   3
            12  Hồ Chí Minh  Đất đai           10

            """)
    }

    @Test func decomposedTextLinesUpLikeComposed() {
        let decomposed = problemRows.map { $0.map(nfd) }
        #expect(problemTable(decomposed).render() == nfd(problemTable(problemRows).render()))
    }

    @Test func wideCharactersTakeTwoColumns() {
        var table = TextTable(columns: [.init("Tên"), .init("N", alignment: .right)])
        table.append(["東京", "1"])
        table.append(["Huế", "2"])
        table.append(["🇻🇳 ok", "3"])
        #expect(table.render() == """
            Tên    N
            東京   1
            Huế    2
            🇻🇳 ok  3

            """)
    }

    @Test func noLineEndsWithASpace() {
        var table = TextTable(columns: [.init("A"), .init("B")])
        table.append(["x", ""])
        table.append(["", "y"])
        table.append(["long text", " "])
        #expect(table.render() == "A          B\nx\n           y\nlong text\n")
    }

    @Test func anEmptyTableIsItsHeader() {
        #expect(problemTable([]).render() == "#  Tỉnh  Vấn đề  Số\n")
    }

    @Test func newlinesAndTabsInACellShowAsSpaces() {
        var table = TextTable(columns: [.init("A"), .init("B")])
        table.append(["a\nb\tc", "d"])
        #expect(table.render() == "A      B\na b c  d\n")
    }
}

@Suite struct TextTablesShrinkTheirFlexibleColumns {
    @Test func aTableThatFitsIsUnchanged() {
        #expect(problemTable(problemRows).render(maxWidth: 37) == problemTable(problemRows).render())
    }

    @Test func theFlexibleColumnIsCutWithAnEllipsis() {
        #expect(problemTable(problemRows).render(maxWidth: 30) == """
             #  Tỉnh         Vấn đề     Số
             1  Cần Thơ      Giá thuê…   3
            12  Hồ Chí Minh  Đất đai    10

            """)
    }

    @Test func cuttingKeepsGraphemesWholeInNFD() {
        let decomposed = problemRows.map { $0.map(nfd) }
        let lines = problemTable(decomposed).render(maxWidth: 30).split(separator: "\n")
        #expect(lines[1] == nfd(" 1  Cần Thơ      Giá thuê…   3"))
    }

    @Test func aFlexibleColumnKeepsItsHeaderWidth() {
        #expect(problemTable(problemRows).render(maxWidth: 10) == """
             #  Tỉnh         Vấn đề  Số
             1  Cần Thơ      Giá t…   3
            12  Hồ Chí Minh  Đất đ…  10

            """)
    }

    @Test func severalFlexibleColumnsShrinkEvenly() {
        var table = TextTable(columns: [.init("A", flexible: true), .init("B", flexible: true)])
        table.append(["aaaaaaaaaa", "bbbbbbbbbb"])
        #expect(table.render(maxWidth: 16) == "A        B\naaaaaa…  bbbbbb…\n")
    }

    /// A cut is the same whether it takes the quick way (Latin and Vietnamese in NFC) or goes
    /// a grapheme at a time: for NFC, NFD, a letter with a mark added, CJK and emoji, at every width.
    @Test func theQuickCutIsTheGraphemeCut() {
        let texts = ["Giá thuê hạ tầng viễn thông thụ động", "Khó khăn khi chuyển giao nhiệm vụ", "ab\u{0301}cd", "abc\u{0301}",
                     "Ủy ban nhân dân xã", "東京都 Đà Nẵng", "🇻🇳 Việt Nam", "x\u{200D}y", "a\u{FE0F}b"]
        for text in texts + texts.map(nfd) {
            for width in 0...(text.unicodeScalars.count + 1) {
                #expect(TextTable.cut(text, to: width) == TextTable.graphemeCut(text, to: width), "\(text) to \(width)")
            }
        }
    }

    @Test func aWideCharacterThatDoesNotFitLeavesAGap() {
        #expect(TextTable.cut("東京都", to: 4) == "東…")
        #expect(TextTable.cut("abc", to: 1) == "…")
        #expect(TextTable.cut("abc", to: 0) == "")
    }
}
