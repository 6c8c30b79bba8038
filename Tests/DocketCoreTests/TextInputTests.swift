import DocketTesting
import Testing
@testable import DocketCore

@Suite struct TextInputIsNormalisedAndTrimmed {
    @Test func decomposedTextIsComposed() {
        let typed = nfd("Giá thuê hạ tầng")
        #expect(typed.unicodeScalars.count == 21)
        #expect(TextInput.normalized(typed) == "Giá thuê hạ tầng")
        #expect(TextInput.normalized(typed).unicodeScalars.count == 16)
        #expect(TextInput.normalized("plain") == "plain")
    }

    @Test func titlesAreTrimmedOfAnyWhiteSpace() throws {
        #expect(try TextInput.title("  Giá thuê \n") == "Giá thuê")
        #expect(try TextInput.title("\u{00A0}\u{3000}Đất\t") == "Đất")
        #expect(try TextInput.title(nfd(" Hạ tầng ")) == "Hạ tầng")
    }

    @Test(arguments: ["", "   ", "\n\t", "\u{00A0}\u{2003}"])
    func blankTitlesAreRefused(text: String) {
        #expect(throws: InputError.blank(field: "title")) { try TextInput.title(text) }
    }

    @Test func aTitleOf500CharactersIsAcceptedAnd501Refused() throws {
        let five = String(repeating: "ệ", count: 500)
        #expect(try TextInput.title(five) == five)
        #expect(try TextInput.title(nfd(five)) == five)
        #expect(throws: InputError.tooLong(field: "title", limit: 500)) {
            try TextInput.title(five + "a")
        }
        #expect(throws: InputError.tooLong(field: "title", limit: 500)) {
            try TextInput.title(String(repeating: "a", count: 501))
        }
    }

    @Test func spacesAroundALongTitleDoNotCount() throws {
        let title = String(repeating: "a", count: 500)
        #expect(try TextInput.title("  " + title + "  ") == title)
    }

    @Test func charactersAreGraphemeClusters() throws {
        // 500 family emoji are 500 characters, though 3,500 scalars and 12,500 bytes.
        let family = String(repeating: "👨‍👩‍👧‍👦", count: 500)
        #expect(try TextInput.title(family) == family)
    }

    @Test func otherTextsMayHave100000Characters() throws {
        let full = String(repeating: "ơ", count: 100_000)
        #expect(try TextInput.text(full, field: "description") == full)
        #expect(throws: InputError.tooLong(field: "description", limit: 100_000)) {
            try TextInput.text(full + "!", field: "description")
        }
    }

    @Test func requiredTextsRefuseBlankNamingTheField() {
        #expect(throws: InputError.blank(field: "resolution")) {
            try TextInput.text(" \r\n ", field: "resolution")
        }
    }

    @Test func optionalTextsAreNilWhenAbsentOrBlank() throws {
        #expect(try TextInput.optionalText(nil, field: "description") == nil)
        #expect(try TextInput.optionalText("", field: "description") == nil)
        #expect(try TextInput.optionalText("  ", field: "description") == nil)
        #expect(try TextInput.optionalText(" Kiến nghị ", field: "recommendation") == "Kiến nghị")
        #expect(throws: InputError.tooLong(field: "notes", limit: 100_000)) {
            try TextInput.optionalText(String(repeating: "x", count: 100_001), field: "notes")
        }
    }
}

@Suite struct ArgumentsThatAreNotUTF8AreRefused {
    @Test func validArgumentsPass() throws {
        try TextInput.validateUTF8(arguments: [Array("file".utf8), Array("--title".utf8), Array("Giá thuê".utf8), []])
    }

    @Test func theValueOfAnOptionIsNamedWithTheOptionBeforeItAndShownEscaped() {
        // "Giá thuê" in Windows-1258, as a misconfigured terminal sends it.
        let latin: [UInt8] = [0x47, 0x69, 0xE1, 0x20, 0x74, 0x68, 0x75, 0xEA]
        #expect(throws: InputError.notUTF8(argument: #"#3 ("Gi\xE1 thu\xEA", after --title)"#)) {
            try TextInput.validateUTF8(arguments: [Array("file".utf8), Array("--title".utf8), latin])
        }
    }

    @Test func aPositionalArgumentIsNamedByItsPosition() {
        #expect(throws: InputError.notUTF8(argument: #"#1 ("\xC3(")"#)) {
            try TextInput.validateUTF8(arguments: [[0xC3, 0x28], [0xFF]])
        }
        #expect(throws: InputError.notUTF8(argument: #"#2 ("--title=\xFFok")"#)) {
            try TextInput.validateUTF8(arguments: [Array("file".utf8), Array("--title=".utf8) + [0xFF] + Array("ok".utf8)])
        }
    }

    @Test func overlongSurrogateAndTruncatedSequencesAreInvalid() {
        for bytes: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE1, 0xBA], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            #expect(UTF8Scan.firstInvalidOffset(in: [0x61] + bytes) == 1, "\(bytes)")
        }
        #expect(UTF8Scan.firstInvalidOffset(in: Array("Cần Thơ 🇻🇳".utf8)) == nil)
    }

    @Test func controlCharactersQuotesAndLongTextAreShownSafely() {
        let bytes = Array("a\"b\\c\u{1B}[0m".utf8) + [0xFE]
        #expect(TextInput.escaped(bytes) == #""a\"b\\c\x1B[0m\xFE""#)
        #expect(TextInput.escaped(Array(String(repeating: "ư", count: 70).utf8) + [0xFF])
            == "\"" + String(repeating: "ư", count: 60) + "…\"")
    }

    @Test func theMessageIsOneSentence() {
        let error = InputError.notUTF8(argument: #"#3 ("Gi\xE1", after --title)"#)
        #expect(error.description == #"The argument #3 ("Gi\xE1", after --title) is not valid UTF-8 text: check the terminal's encoding."#)
    }
}

/// A title is one line; other texts may hold line breaks and tabs, and no other control character.
@Suite struct ControlCharactersInTexts {
    @Test func aTitleIsOneLine() {
        #expect(throws: InputError.controlCharacter(field: "title", oneLine: true)) { try TextInput.title("hai\ndòng") }
        #expect(throws: InputError.controlCharacter(field: "title", oneLine: true)) { try TextInput.title("a\tb") }
        #expect((try? TextInput.title("Giá thuê hạ tầng")) == "Giá thuê hạ tầng")
    }

    @Test func aTextKeepsLineBreaksAndTabsButNoOtherControl() throws {
        #expect(try TextInput.text("dòng một\r\ndòng hai\tcột", field: "description") == "dòng một\r\ndòng hai\tcột")
        #expect(throws: InputError.controlCharacter(field: "reason", oneLine: false)) { try TextInput.text("a\u{07}b", field: "reason") }
        #expect(throws: InputError.controlCharacter(field: "note", oneLine: false)) { try TextInput.optionalText("x\u{1B}[31m", field: "note") }
    }
}
