import DocketTesting
import Foundation
import Testing
@testable import DocketCore

/// What `write` makes a JSON writer produce.
func jsonText(pretty: Bool = true, _ write: (inout JSONWriter) -> Void) -> String {
    let output = OutputBuffer()
    var writer = JSONWriter(to: output, pretty: pretty)
    write(&writer)
    #expect(writer.isComplete)
    return output.text
}

@Suite struct JSONStringsAreEscaped {
    @Test func quotesAndBackslashes() {
        #expect(jsonText { $0.value(#"say "hi" \ bye"#) } == #""say \"hi\" \\ bye""#)
    }

    @Test func controlCharacters() {
        #expect(jsonText { $0.value("a\nb\rc\td\u{8}e\u{C}f\u{0}g\u{1F}h\u{1B}") }
            == #""a\nb\rc\td\be\ff\u0000g\u001fh\u001b""#)
    }

    @Test func vietnameseAndOtherUnicodeStayUTF8() {
        #expect(jsonText { $0.value("Giá thuê hạ tầng – Đồng Nai 東京 🇻🇳 /") } == "\"Giá thuê hạ tầng – Đồng Nai 東京 🇻🇳 /\"")
    }

    @Test func everyControlCharacterReadsBack() throws {
        let all = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! })) + "\"\\\u{7F}"
        let text = jsonText { $0.value(all) }
        #expect(try parsedJSON(text) as? String == all)
    }

    @Test func keysAreEscapedToo() {
        #expect(jsonText(pretty: false) { json in
            json.beginObject()
            json.key("a\"b\n")
            json.value(1)
            json.endObject()
        } == #"{"a\"b\n":1}"#)
    }
}

@Suite struct JSONDocumentsHaveAnExactShape {
    /// A document shaped like the weekly report's.
    let report: JSONValue = [
        "week": "2025-W35",
        "during": ["raised": 3, "resolved": 1],
        "by_state": [:],
        "resolved": [["id": 12, "title": "Giá thuê \"hạ tầng\"", "resolution": .null]],
        "resolution_rate": 0.25,
        "overdue": [],
        "complete": true,
    ]

    @Test func prettyOutputIndentsByTwoSpaces() {
        #expect(report.rendered() == """
            {
              "week": "2025-W35",
              "during": {
                "raised": 3,
                "resolved": 1
              },
              "by_state": {},
              "resolved": [
                {
                  "id": 12,
                  "title": "Giá thuê \\"hạ tầng\\"",
                  "resolution": null
                }
              ],
              "resolution_rate": 0.25,
              "overdue": [],
              "complete": true
            }
            """)
    }

    @Test func compactOutputHasNoWhiteSpace() {
        #expect(report.rendered(pretty: false)
            == #"{"week":"2025-W35","during":{"raised":3,"resolved":1},"by_state":{},"resolved":[{"id":12,"title":"Giá thuê \"hạ tầng\"","resolution":null}],"resolution_rate":0.25,"overdue":[],"complete":true}"#)
    }

    @Test func theOutputIsValidJSON() throws {
        let parsed = try #require(try parsedJSON(report.rendered()) as? [String: Any])
        #expect(parsed["week"] as? String == "2025-W35")
        #expect((parsed["resolved"] as? [[String: Any]])?.first?["title"] as? String == "Giá thuê \"hạ tầng\"")
        #expect(parsed["resolution_rate"] as? Double == 0.25)
    }

    @Test func scalarsAtTheTopLevel() {
        #expect(JSONValue.null.rendered() == "null")
        #expect(JSONValue.integer(-7).rendered() == "-7")
        #expect(JSONValue.string("x").rendered() == "\"x\"")
        #expect(JSONValue.array([]).rendered() == "[]")
    }

    @Test func numbersAreWrittenSoTheyReadBack() {
        #expect(jsonText(pretty: false) { json in
            json.beginArray()
            json.value(0)
            json.value(Int64.max)
            json.value(Int.min)
            json.value(0.5)
            json.value(1.0)
            json.value(1e-7)
            json.value(Double.infinity)
            json.value(Double.nan)
            json.value(false)
            json.value(nil as String?)
            json.endArray()
        } == "[0,9223372036854775807,-9223372036854775808,0.5,1.0,1e-07,null,null,false,null]")
    }

    @Test func theStreamingWriterAndValuesAgree() {
        let streamed = jsonText { json in
            json.beginArray()
            for id in 1...2 {
                json.beginObject()
                json.key("id")
                json.value(id)
                json.key("unit")
                json.value(nil as String?)
                json.key("tags")
                json.beginArray()
                json.endArray()
                json.endObject()
            }
            json.endArray()
        }
        let value: JSONValue = [["id": 1, "unit": .null, "tags": []], ["id": 2, "unit": .null, "tags": []]]
        #expect(streamed == value.rendered())
        #expect(streamed == """
            [
              {
                "id": 1,
                "unit": null,
                "tags": []
              },
              {
                "id": 2,
                "unit": null,
                "tags": []
              }
            ]
            """)
    }

    @Test func valuesCompareMembersInOrder() {
        #expect(JSONValue.object([("a", 1), ("b", 2)]) == ["a": 1, "b": 2])
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != ["b": 2, "a": 1])
    }
}

@Suite struct OutputBuffersWriteInChunks {
    @Test func memoryKeepsEverything() {
        let output = OutputBuffer()
        output.write("Cần ")
        output.write("Thơ, Việt Nam"[...].prefix(3))
        output.write(byte: 0x21)
        let bytes: [UInt8] = Array(repeating: 0x61, count: 1000)
        bytes.withUnsafeBytes { output.write($0) }
        #expect(output.text == "Cần Thơ!" + String(repeating: "a", count: 1000))
        #expect(output.bytes.count == 1011)
    }

    @Test func aFileGetsWholeChunksThenTheRestOnFlush() throws {
        let directory = try TemporaryDirectory()
        defer { withExtendedLifetime(directory) {} }  // removed only when the test is done
        let path = directory.path("out")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }

        let output = OutputBuffer(fileDescriptor: descriptor)
        let piece = String(repeating: "ệ", count: 333) + "\n"  // 1,000 bytes
        for _ in 0..<200 { output.write(piece) }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 3 * 65_536)
        try output.flush()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == String(repeating: piece, count: 200))
    }

    @Test func nothingIsWrittenWithoutFlush() throws {
        let directory = try TemporaryDirectory()
        defer { withExtendedLifetime(directory) {} }  // removed only when the test is done
        let path = directory.path("out")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        do {
            let output = OutputBuffer(fileDescriptor: descriptor)
            output.write("a refused command's half-made output")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
    }

    @Test func aFailedWriteIsThrownByFlush() throws {
        let descriptor = open("/dev/null", O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let output = OutputBuffer(fileDescriptor: descriptor)
        output.write("lost")
        #expect(throws: IOError(.write, code: EBADF)) { try output.flush() }
        #expect(IOError(.write, code: EBADF).description == "The output could not be written: Bad file descriptor.")
    }
}
