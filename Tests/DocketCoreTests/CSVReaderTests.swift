import DocketTesting
import Foundation
import Testing
@testable import DocketCore

/// Chunk sizes that put a chunk boundary at every possible place in short inputs — inside a
/// quoted field, between CR and LF, inside a multi-byte character, inside the byte order mark
/// — and the default, where there is none.
let chunkSizes = [1, 2, 3, 5, 7, 64 * 1024]

/// Every record of `bytes`, read `chunkSize` bytes at a time.
func readRecords(_ bytes: [UInt8], chunkSize: Int) throws -> [CSVRecord] {
    var reader = CSVReader(bytes: bytes, chunkSize: chunkSize)
    var records: [CSVRecord] = []
    while let record = try reader.next() { records.append(record) }
    return records
}

/// Checks that `text` reads as `expected` (line, fields) with every chunk size.
func expectRecords(_ text: String, _ expected: [(Int, [String])], sourceLocation: SourceLocation = #_sourceLocation) throws {
    try expectRecords(Array(text.utf8), expected, sourceLocation: sourceLocation)
}

/// Checks that `bytes` read as `expected` (line, fields) with every chunk size.
func expectRecords(_ bytes: [UInt8], _ expected: [(Int, [String])], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let wanted = expected.map { CSVRecord(line: $0.0, fields: $0.1) }
    for size in chunkSizes {
        #expect(try readRecords(bytes, chunkSize: size) == wanted, "chunk size \(size)", sourceLocation: sourceLocation)
    }
}

/// Checks that `bytes` are refused with `error` with every chunk size.
func expectCSVError(_ bytes: [UInt8], line: Int, column: Int, reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for size in chunkSizes {
        #expect(throws: CSVError(line: line, column: column, reason: reason), "chunk size \(size)", sourceLocation: sourceLocation) {
            try readRecords(bytes, chunkSize: size)
        }
    }
}

let notUTF8 = "the text is not valid UTF-8: save the file as UTF-8"
let unterminated = "a quoted field starts here and is never closed: a closing quote is missing"
let strayQuote = "a quote appears in a field that does not start with one: put the whole field in quotes and double each quote inside it"
let afterQuote = "there is text after the closing quote of a quoted field: double each quote inside a quoted field"
let nul = "there is a NUL byte, so this is not a text file: give a CSV file saved as UTF-8 text"

@Suite struct CSVRecordsAndLines {
    @Test func recordsEndedByLineFeed() throws {
        try expectRecords("title,locality\nGiá thuê,Cần Thơ\nĐất đai,92\n", [
            (1, ["title", "locality"]), (2, ["Giá thuê", "Cần Thơ"]), (3, ["Đất đai", "92"]),
        ])
    }

    @Test func recordsEndedByCRLF() throws {
        try expectRecords("a,b\r\nc,d\r\n", [(1, ["a", "b"]), (2, ["c", "d"])])
    }

    @Test func recordsEndedByLoneCR() throws {
        try expectRecords("a,b\rc,d\r", [(1, ["a", "b"]), (2, ["c", "d"])])
    }

    @Test func mixedLineEnds() throws {
        try expectRecords("a\r\nb\nc\rd", [(1, ["a"]), (2, ["b"]), (3, ["c"]), (4, ["d"])])
    }

    @Test func theLastRecordNeedsNoLineEnd() throws {
        try expectRecords("a,b\nc,d", [(1, ["a", "b"]), (2, ["c", "d"])])
        try expectRecords("a,\"b\"", [(1, ["a", "b"])])
    }

    @Test func blankLinesAtTheEndAreIgnored() throws {
        try expectRecords("a,b\n\n", [(1, ["a", "b"])])
        try expectRecords("a,b\r\n\r\n\r\n", [(1, ["a", "b"])])
        try expectRecords("a,b\n\r\n\r\n\n", [(1, ["a", "b"])])
    }

    @Test func blankLinesBeforeMoreRecordsAreEmptyRecords() throws {
        try expectRecords("a\n\n\r\nb\n\n", [(1, ["a"]), (2, [""]), (3, [""]), (4, ["b"])])
        try expectRecords("\nb", [(1, [""]), (2, ["b"])])
    }

    @Test func emptyInputHasNoRecords() throws {
        try expectRecords("", [])
        try expectRecords("\n\n", [])
        try expectRecords([0xEF, 0xBB, 0xBF], [])
    }

    @Test func emptyFieldsAreKept() throws {
        try expectRecords(",,\na,,b\nc,\n", [(1, ["", "", ""]), (2, ["a", "", "b"]), (3, ["c", ""])])
        try expectRecords("a,", [(1, ["a", ""])])
    }

    @Test func spacesAreData() throws {
        try expectRecords(" a , b \n", [(1, [" a ", " b "])])
    }

    @Test func recordsMayHaveDifferentLengths() throws {
        try expectRecords("a,b,c\nd\ne,f\n", [(1, ["a", "b", "c"]), (2, ["d"]), (3, ["e", "f"])])
    }
}

@Suite struct CSVQuotedFields {
    @Test func commasInsideQuotes() throws {
        try expectRecords("\"Cần Thơ, Việt Nam\",x\n", [(1, ["Cần Thơ, Việt Nam", "x"])])
    }

    @Test func doubledQuotesAreOneQuote() throws {
        try expectRecords("\"Dự án \"\"Đất xanh\"\"\",\"\"\"\"\n", [(1, ["Dự án \"Đất xanh\"", "\""])])
    }

    @Test func anEmptyQuotedField() throws {
        try expectRecords("\"\",a,\"\"\n\"\"", [(1, ["", "a", ""]), (2, [""])])
    }

    @Test func lineFeedsInsideQuotesCountAsLines() throws {
        try expectRecords("title,description\n\"Giá thuê\",\"dòng một\ndòng hai\ndòng ba\"\nĐất đai,x\n", [
            (1, ["title", "description"]), (2, ["Giá thuê", "dòng một\ndòng hai\ndòng ba"]), (5, ["Đất đai", "x"]),
        ])
    }

    @Test func crlfInsideQuotesCountsAsOneLine() throws {
        try expectRecords("\"a\r\nb\",c\r\nd\r\n", [(1, ["a\r\nb", "c"]), (3, ["d"])])
    }

    @Test func loneCRInsideQuotesCountsAsALine() throws {
        try expectRecords("\"a\rb\"\nc", [(1, ["a\rb"]), (3, ["c"])])
    }

    @Test func aQuotedFieldMayEndTheFileWithoutALineEnd() throws {
        try expectRecords("a,\"b\nc\"", [(1, ["a", "b\nc"])])
    }

    @Test func aLongQuotedFieldSpansManyChunks() throws {
        let long = String(repeating: "Kiến nghị, \"gấp\"\n", count: 500)
        let quoted = "\"" + long.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try expectRecords("id,text\n1," + quoted + "\n2,x", [(1, ["id", "text"]), (2, ["1", long]), (503, ["2", "x"])])
    }
}

@Suite struct CSVTextIsUnicode {
    @Test func aLeadingByteOrderMarkIsIgnored() throws {
        try expectRecords([0xEF, 0xBB, 0xBF] + Array("title\nx".utf8), [(1, ["title"]), (2, ["x"])])
    }

    @Test func aByteOrderMarkElsewhereIsText() throws {
        try expectRecords("a\n\u{FEFF}b", [(1, ["a"]), (2, ["\u{FEFF}b"])])
    }

    @Test func multiByteCharactersSurviveEveryChunkBoundary() throws {
        try expectRecords("Thành phố Hồ Chí Minh,東京,🇻🇳\n", [(1, ["Thành phố Hồ Chí Minh", "東京", "🇻🇳"])])
    }

    @Test func decomposedTextIsComposed() throws {
        let records = try readRecords(Array(nfd("Giá thuê,\"hạ tầng\"").utf8), chunkSize: 3)
        #expect(records == [CSVRecord(line: 1, fields: ["Giá thuê", "hạ tầng"])])
        #expect(records[0].fields[0].unicodeScalars.count == 8)
    }
}

@Suite struct CSVErrorsNameTheirLineAndField {
    @Test func invalidUTF8() {
        expectCSVError(Array("a,b\nc,".utf8) + [0x47, 0x69, 0xE1, 0x20] + Array("\n".utf8), line: 2, column: 2, reason: notUTF8)
    }

    @Test func invalidUTF8InsideAMultiLineFieldNamesItsOwnLine() {
        expectCSVError(Array("a\n\"one\r\ntwo\nthr".utf8) + [0xFF] + Array("ee\"".utf8), line: 4, column: 1, reason: notUTF8)
    }

    @Test func aTruncatedCharacterAtTheEndOfAField() {
        expectCSVError([0x61, 0x2C, 0xE1, 0xBA, 0x2C, 0x62], line: 1, column: 2, reason: notUTF8)
    }

    @Test func anUnterminatedQuoteNamesTheLineItStartsOn() {
        expectCSVError(Array("title,x\nok,1\n\"never closed,2\nmore\nlines\n".utf8), line: 3, column: 1, reason: unterminated)
        expectCSVError(Array("a,\"".utf8), line: 1, column: 2, reason: unterminated)
    }

    @Test func aQuoteInsideAnUnquotedField() {
        expectCSVError(Array("a,b\nc,Dự án \"X\"\n".utf8), line: 2, column: 2, reason: strayQuote)
    }

    @Test func aSpaceBeforeAnOpeningQuote() {
        expectCSVError(Array("a, \"b\"\n".utf8), line: 1, column: 2, reason: strayQuote)
    }

    @Test func textAfterAClosingQuote() {
        expectCSVError(Array("\"a\"b,c\n".utf8), line: 1, column: 1, reason: afterQuote)
        expectCSVError(Array("x,\"a\" \n".utf8), line: 1, column: 2, reason: afterQuote)
    }

    @Test func linesAfterAMultiLineFieldAreCountedInErrors() {
        expectCSVError(Array("h1,h2\n\"a\nb\nc\",d\ne,f\"g\n".utf8), line: 5, column: 2, reason: strayQuote)
    }

    @Test func aNulByteMeansABinaryFile() {
        expectCSVError([0x61, 0x2C, 0x62, 0x0A, 0x63, 0x00, 0x64], line: 2, column: 1, reason: nul)
        expectCSVError(Array("a,\"b\n".utf8) + [0x00] + Array("\"".utf8), line: 2, column: 2, reason: nul)
    }

    @Test func theErrorIsOneSentence() {
        let error = CSVError(line: 4, column: 2, reason: notUTF8)
        #expect(error.description == "Line 4, field 2: the text is not valid UTF-8: save the file as UTF-8.")
    }
}

@Suite struct CSVReadsFromFileDescriptors {
    @Test func aFileIsReadInChunks() throws {
        let directory = try TemporaryDirectory()
        defer { withExtendedLifetime(directory) {} }  // removed only when the test is done
        let path = directory.path("rows.csv")
        let text = "title,locality\r\n" + (1...2000).map { "\"Vấn đề \($0)\",Cần Thơ\r\n" }.joined()
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }

        var reader = CSVReader(fileDescriptor: descriptor, chunkSize: 1000)
        var count = 0
        var last: CSVRecord?
        while let record = try reader.next() {
            count += 1
            last = record
        }
        #expect(count == 2001)
        #expect(last == CSVRecord(line: 2001, fields: ["Vấn đề 2000", "Cần Thơ"]))
    }

    @Test func aDirectoryCannotBeRead() throws {
        let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var reader = CSVReader(fileDescriptor: descriptor)
        #expect(throws: IOError(.read, code: EISDIR)) { try reader.next() }
        #expect(IOError(.read, code: EISDIR).description == "The input could not be read: Is a directory.")
    }
}
