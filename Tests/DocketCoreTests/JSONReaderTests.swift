import Testing
@testable import DocketCore

/// `text` read by ``JSONReader``.
private func read(_ text: String) throws(JSONReadError) -> JSONValue {
    try JSONReader.parse(text.utf8)
}

/// `n` arrays inside one another, the innermost empty: `[[[]]]` for 3.
private func nestedArrays(_ n: Int) -> String {
    String(repeating: "[", count: n) + String(repeating: "]", count: n)
}

@Suite struct JSONReaderReadsTheGrammar {
    static let literalsArraysAndObjectsCases: [(String, JSONValue)] = [
        ("true", JSONValue.bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        (" \t\n\r null \t\n\r", .null),
        ("\u{FEFF}{}", .object([])),
        ("\u{FEFF} [1]", .array([.integer(1)])),
        ("[]", .array([])),
        ("[ ]", .array([])),
        ("{ }", .object([])),
        ("[1,\"a\",null,true,false,[],{}]", .array([1, "a", .null, true, false, [], [:]])),
        (" [ 1 , [ 2 , [ 3 ] ] ] ", .array([1, [2, [3]]])),
        ("{\"b\":1,\"a\":[true,{\"c\":null}]}", .object([("b", 1), ("a", [true, ["c": .null]])])),
        ("{ \"a\" : 1 , \"b\" : 2 }", .object([("a", 1), ("b", 2)])),
        ("[{\"a\":1},{\"a\":2}]", .array([["a": 1], ["a": 2]])),
        ("{\"\":\"\"}", .object([("", "")])),
    ]

    @Test(arguments: literalsArraysAndObjectsCases)
    func literalsArraysAndObjects(text: String, expected: JSONValue) throws {
        #expect(try read(text) == expected)
    }

    static let numbersCases: [(String, JSONValue)] = [
        ("0", JSONValue.integer(0)),
        ("-0", .integer(0)),
        ("7", .integer(7)),
        ("-12", .integer(-12)),
        ("1234567890", .integer(1_234_567_890)),
        ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)),
        ("9223372036854775808", .number(9_223_372_036_854_775_808.0)),
        ("-9223372036854775809", .number(-9_223_372_036_854_775_809.0)),
        ("99999999999999999999", .number(1e20)),
        ("0.5", .number(0.5)),
        ("-0.25", .number(-0.25)),
        ("1.0", .number(1.0)),
        ("0.0", .number(0.0)),
        ("1e2", .number(100)),
        ("1E2", .number(100)),
        ("1e+2", .number(100)),
        ("1E-2", .number(0.01)),
        ("0e1", .number(0)),
        ("-1.5e3", .number(-1500)),
        ("1e-7", .number(1e-7)),
        ("1E22", .number(1e22)),
        ("1e-400", .number(0)),
        ("1.7976931348623157e308", .number(.greatestFiniteMagnitude)),
        ("[-1,0.5]", .array([-1, 0.5])),
    ]

    @Test(arguments: numbersCases)
    func numbers(text: String, expected: JSONValue) throws {
        #expect(try read(text) == expected)
    }

    @Test func negativeZeroAsAFractionKeepsItsSign() throws {
        let value = try read("-0.0")
        #expect(value == .number(0))
        #expect(value.doubleValue?.sign == .minus)
    }

    static let stringsCases: [(String, String)] = [
        (#""""#, ""),
        (#""a""#, "a"),
        (#""\" \\ \/ \b \f \n \r \t""#, "\" \\ / \u{8} \u{C} \n \r \t"),
        (#""\u0041\u00e9\u00C9""#, "AéÉ"),
        (#""\u0000""#, "\u{0}"),
        (#""a\u0000b""#, "a\u{0}b"),
        (#""\u001f\u007F""#, "\u{1F}\u{7F}"),
        (#""\uFFFF""#, "\u{FFFF}"),
        ("\"Cần Thơ\"", "Cần Thơ"),
        (#""C\u1ea7n Th\u01a1""#, "Cần Thơ"),
        (#""C\u1EA7n Th\u01A1, Vi\u1ec7t Nam""#, "Cần Thơ, Việt Nam"),
        ("\"Giá thuê hạ tầng – Đồng Nai 東京\"", "Giá thuê hạ tầng – Đồng Nai 東京"),
        ("\"😀\"", "😀"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\uD83C\uDDFB\uD83C\uDDF3""#, "🇻🇳"),
        (#""a\uDBFF\uDFFFb""#, "a\u{10FFFF}b"),
        ("\"\u{10FFFF}\"", "\u{10FFFF}"),
        (#""Th\u01a1 😀 \"q\"""#, "Thơ 😀 \"q\""),
    ]

    @Test(arguments: stringsCases)
    func strings(text: String, expected: String) throws {
        #expect(try read(text) == .string(expected))
    }

    @Test func keysHaveEscapesUndoneToo() throws {
        #expect(try read(#"{"C\u1ea7n":1,"a\nb":2}"#) == .object([("Cần", 1), ("a\nb", 2)]))
    }

    @Test func anObjectOfManyKeysKeepsTheirOrder() throws {
        let keys = (0..<40).map { "k\(39 - $0)" }
        let text = "{" + keys.map { "\"\($0)\":\($0.dropFirst())" }.joined(separator: ",") + "}"
        #expect(try read(text) == .object(keys.map { ($0, .integer(Int($0.dropFirst())!)) }))
    }

    @Test func anyCollectionOfBytesIsRead() throws {
        let bytes = Array("[1,{\"a\":\"Thơ\"}]".utf8)
        let expected: JSONValue = [1, ["a": "Thơ"]]
        #expect(try JSONReader.parse(bytes) == expected)
        #expect(try JSONReader.parse(bytes.lazy.map { $0 }) == expected)  // not contiguous: copied
        #expect(try JSONReader.parse(Array("xx[1]".utf8)[2...]) == [1])
        #expect(throws: JSONReadError.trailingContent(offset: 3)) { try JSONReader.parse(Array("xx[1]x".utf8)[2...]) }
    }
}

@Suite struct JSONReaderRefusesWhatIsNotJSON {
    static let syntaxCases: [(String, JSONReadError)] = [
        ("", JSONReadError.empty),
        (" \t\r\n", .empty),
        ("\u{FEFF}", .empty),
        ("\u{FEFF}\u{FEFF}1", .unexpected(offset: 3)),
        // JSONTestSuite's n_ cases, and their neighbours.
        ("[1,]", .unexpected(offset: 3)),
        ("[,1]", .unexpected(offset: 1)),
        ("[1,,2]", .unexpected(offset: 3)),
        ("{\"a\":1,}", .unexpected(offset: 7)),
        ("{,}", .unexpected(offset: 1)),
        ("[01]", .unexpected(offset: 2)),
        ("-01", .unexpected(offset: 2)),
        ("00", .unexpected(offset: 1)),
        ("[-]", .unexpected(offset: 2)),
        ("-", .unexpected(offset: 1)),
        ("[.1]", .unexpected(offset: 1)),
        ("[+1]", .unexpected(offset: 1)),
        ("[1.]", .unexpected(offset: 3)),
        ("[1.e5]", .unexpected(offset: 3)),
        ("[1e]", .unexpected(offset: 3)),
        ("[1e+]", .unexpected(offset: 4)),
        ("[1E-]", .unexpected(offset: 4)),
        ("[0x1]", .unexpected(offset: 2)),
        ("[1 2]", .unexpected(offset: 3)),
        ("[- 1]", .unexpected(offset: 2)),
        ("[NaN]", .unexpected(offset: 1)),
        ("[Infinity]", .unexpected(offset: 1)),
        ("[-Infinity]", .unexpected(offset: 2)),
        ("tru", .unexpected(offset: 3)),
        ("trUe", .unexpected(offset: 2)),
        ("True", .unexpected(offset: 0)),
        ("nul", .unexpected(offset: 3)),
        ("[fals]", .unexpected(offset: 5)),
        ("['a']", .unexpected(offset: 1)),
        ("{a:1}", .unexpected(offset: 1)),
        ("{1:1}", .unexpected(offset: 1)),
        ("{\"a\" 1}", .unexpected(offset: 5)),
        ("{\"a\":}", .unexpected(offset: 5)),
        ("{\"a\":1 \"b\":2}", .unexpected(offset: 7)),
        ("{\"a\"}", .unexpected(offset: 4)),
        ("[1}", .unexpected(offset: 2)),
        ("{\"a\":1]", .unexpected(offset: 6)),
        ("]", .unexpected(offset: 0)),
        ("/* */ 1", .unexpected(offset: 0)),
        ("\u{C}1", .unexpected(offset: 0)),  // form feed is not JSON's white space
        ("[1,\u{A0}2]", .unexpected(offset: 3)),  // nor is a no-break space
        // Cut short.
        ("[", .unexpected(offset: 1)),
        ("[1", .unexpected(offset: 2)),
        ("[1,", .unexpected(offset: 3)),
        ("{", .unexpected(offset: 1)),
        ("{\"a\"", .unexpected(offset: 4)),
        ("{\"a\":", .unexpected(offset: 5)),
        ("{\"a\":1", .unexpected(offset: 6)),
        // Trailing content.
        ("[1]x", .trailingContent(offset: 3)),
        ("1 2", .trailingContent(offset: 2)),
        ("{\"a\":1}}", .trailingContent(offset: 7)),
        ("[1]]", .trailingContent(offset: 3)),
        ("nulll", .trailingContent(offset: 4)),
        ("\"a\"\"b\"", .trailingContent(offset: 3)),
        ("[]\u{FEFF}", .trailingContent(offset: 2)),
        // Numbers beyond a Double.
        ("[1e400]", .numberOutOfRange(offset: 1)),
        ("-1e400", .numberOutOfRange(offset: 0)),
        ("1" + String(repeating: "0", count: 400), .numberOutOfRange(offset: 0)),
    ]

    @Test(arguments: syntaxCases)
    func syntax(text: String, error: JSONReadError) {
        #expect(throws: error) { try read(text) }
    }

    static let stringsCases: [(String, JSONReadError)] = [
        ("\"abc", JSONReadError.unterminatedString(offset: 0)),
        ("[\"a", .unterminatedString(offset: 1)),
        ("[\"a\\", .unterminatedString(offset: 1)),
        ("[\"a\\\"]", .unterminatedString(offset: 1)),
        ("{\"a", .unterminatedString(offset: 1)),
        ("[\"\\x\"]", .invalidEscape(offset: 2)),
        ("[\"\\'\"]", .invalidEscape(offset: 2)),
        ("[\"\\U0041\"]", .invalidEscape(offset: 2)),
        ("[\"\\u12\"]", .invalidEscape(offset: 2)),
        ("[\"\\u12G4\"]", .invalidEscape(offset: 2)),
        ("[\"ab\\u00\"", .invalidEscape(offset: 4)),
        ("[\"\\uD800\\u12\"]", .invalidEscape(offset: 8)),
        ("[\"\u{0}\"]", .controlCharacter(offset: 2)),
        ("[\"a\nb\"]", .controlCharacter(offset: 3)),
        ("[\"\t\"]", .controlCharacter(offset: 2)),
        ("\"\u{1F}\"", .controlCharacter(offset: 1)),
        ("[\"\\uD800\"]", .loneSurrogate(offset: 2)),
        ("[\"\\uDC00\"]", .loneSurrogate(offset: 2)),
        ("[\"\\udfff\\ud800\"]", .loneSurrogate(offset: 2)),
        ("[\"x\\uD800\\u0041\"]", .loneSurrogate(offset: 3)),
        ("[\"\\uD800x\"]", .loneSurrogate(offset: 2)),
        ("[\"\\uD800\\n\"]", .loneSurrogate(offset: 2)),
        ("[\"\\uD800\\uD800\"]", .loneSurrogate(offset: 2)),
        ("[\"\\uD800", .loneSurrogate(offset: 2)),
    ]

    @Test(arguments: stringsCases)
    func strings(text: String, error: JSONReadError) {
        #expect(throws: error) { try read(text) }
    }

    static let bytesThatAreNotUTF8Cases: [([UInt8], JSONReadError)] = [
        ([0x22, 0xFF, 0x22], JSONReadError.invalidUTF8(offset: 1)),
        ([0x5B, 0x22, 0x61, 0x80, 0x22, 0x5D], .invalidUTF8(offset: 3)),  // a lone continuation byte
        ([0x22, 0xC0, 0xAF, 0x22], .invalidUTF8(offset: 1)),  // "/" in two bytes
        ([0x22, 0xC1, 0xBF, 0x22], .invalidUTF8(offset: 1)),
        ([0x22, 0xE0, 0x80, 0xAF, 0x22], .invalidUTF8(offset: 1)),  // "/" in three bytes
        ([0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], .invalidUTF8(offset: 1)),  // "/" in four bytes
        ([0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8(offset: 1)),  // U+D800 encoded
        ([0x22, 0xED, 0xBF, 0xBF, 0x22], .invalidUTF8(offset: 1)),  // U+DFFF encoded
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], .invalidUTF8(offset: 1)),  // U+110000
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], .invalidUTF8(offset: 1)),
        ([0x22, 0xE1, 0xBA, 0x22], .invalidUTF8(offset: 1)),  // "ầ" cut short
        ([0x22, 0x61, 0xE1, 0xBA], .invalidUTF8(offset: 2)),  // cut short by the end
        ([0x22, 0xF0, 0x9F, 0x98, 0x41, 0x22], .invalidUTF8(offset: 1)),
        ([0x22, 0xC3, 0xA9, 0xC3, 0x22], .invalidUTF8(offset: 3)),
        ([0x7B, 0x22, 0xFE, 0x22, 0x3A, 0x31, 0x7D], .invalidUTF8(offset: 2)),  // in a key
        ([0xFF], .unexpected(offset: 0)),  // outside a string, any byte above ASCII is out of place
        ([0x5B, 0xC3, 0xA9, 0x5D], .unexpected(offset: 1)),
        ([0x5B, 0xEF, 0xBB, 0xBF, 0x31, 0x5D], .unexpected(offset: 1)),  // a byte order mark inside
    ]

    @Test(arguments: bytesThatAreNotUTF8Cases)
    func bytesThatAreNotUTF8(bytes: [UInt8], error: JSONReadError) {
        #expect(throws: error) { try JSONReader.parse(bytes) }
    }

    @Test func wellFormedBytesAtTheEdgesOfUTF8AreRead() throws {
        let bytes: [UInt8] = [0x22, 0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80,
                              0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF, 0x22]
        #expect(try JSONReader.parse(bytes) == .string("\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}"))
    }
}

@Suite struct JSONReaderRefusesDuplicateKeys {
    static let inOneObjectCases: [(String, String)] = [
        (#"{"a":1,"a":2}"#, "a"),
        (#"{"a":1,"a":1}"#, "a"),
        (#"{"a":1,"b":{"a":1},"a":3}"#, "a"),
        (#"[{"x":[{"y":1,"y":2}]}]"#, "y"),
        (#"{"a":1,"\u0061":2}"#, "a"),
        (#"{"Thơ":1,"Th\u01a1":2}"#, "Thơ"),
        ("{\"é\":1,\"e\u{301}\":2}", "e\u{301}"),  // the same key once normalised
        (#"{"":1,"":2}"#, ""),
    ]

    @Test(arguments: inOneObjectCases)
    func inOneObject(text: String, key: String) {
        #expect(throws: JSONReadError.duplicateKey(key)) { try read(text) }
    }

    @Test func inALargeObjectToo() throws {
        let members = (0..<30).map { "\"k\($0)\":\($0)" }
        #expect(try read("{" + members.joined(separator: ",") + "}").objectMembers?.count == 30)
        #expect(throws: JSONReadError.duplicateKey("k3")) {
            try read("{" + (members + ["\"k3\":0"]).joined(separator: ",") + "}")
        }
        #expect(throws: JSONReadError.duplicateKey("k14")) {
            try read("{" + (members.prefix(15) + ["\"k14\":0"]).joined(separator: ",") + "}")
        }
        #expect(throws: JSONReadError.duplicateKey("k15")) {
            try read("{" + (members.prefix(16) + ["\"k15\":0"]).joined(separator: ",") + "}")
        }
    }
}

@Suite struct JSONReaderLimitsNesting {
    @Test func sixtyFourArraysDeepAreRead() throws {
        var expected = JSONValue.array([])
        for _ in 1..<64 { expected = .array([expected]) }
        #expect(try read(nestedArrays(64)) == expected)
    }

    @Test func sixtyFiveArraysDeepAreRefused() {
        #expect(throws: JSONReadError.tooDeep) { try read(nestedArrays(65)) }
    }

    @Test func objectsCountAsArraysDo() throws {
        let open = String(repeating: "{\"a\":[", count: 32)
        let close = String(repeating: "]}", count: 32)
        #expect(try read(open + close).objectMembers?.count == 1)
        #expect(throws: JSONReadError.tooDeep) { try read(open + "{}" + close) }
        #expect(throws: JSONReadError.tooDeep) { try read(open + "[]" + close) }
    }

    @Test func aMillionOpenBracketsAreRefusedWithoutOverflowingTheStack() {
        #expect(throws: JSONReadError.tooDeep) { try read(String(repeating: "[", count: 1_000_000)) }
        #expect(throws: JSONReadError.tooDeep) { try read(String(repeating: "{\"a\":", count: 1_000_000)) }
    }
}

@Suite struct WhatJSONWriterWritesJSONReaderReadsBack {
    let value: JSONValue = [
        "id": 12,
        "title": "Giá thuê \"hạ tầng\" – Cần Thơ 🇻🇳",
        "control": "\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\\/",
        "numbers": [0, -7, .integer(.max), .integer(.min), 0.5, 1.0, 1e-7, -0.25, 1e300, 123456.789],
        "flags": [true, false, .null],
        "nested": ["a": [["b": []], [:]], "": ["x"]],
        "empty": "",
    ]

    @Test(arguments: [true, false])
    func aNestedValue(pretty: Bool) throws {
        #expect(try read(value.rendered(pretty: pretty)) == value)
    }
}

@Suite struct JSONValuesAreLookedIntoByType {
    let body: JSONValue = ["title": "Thơ", "count": 3, "ratio": 0.5, "open": true, "unit": .null, "tags": ["a"]]

    @Test func membersByName() {
        #expect(body.member("title") == "Thơ")
        #expect(body.member("unit") == .null)
        #expect(body.member("missing") == nil)
        #expect(JSONValue.array([]).member("title") == nil)
        #expect(body.objectMembers?.map(\.0) == ["title", "count", "ratio", "open", "unit", "tags"])
        #expect(body.member("tags")?.arrayElements == ["a"])
    }

    @Test func scalars() {
        #expect(body.member("title")?.stringValue == "Thơ")
        #expect(body.member("count")?.integerValue == 3)
        #expect(body.member("count")?.doubleValue == 3.0)
        #expect(body.member("ratio")?.doubleValue == 0.5)
        #expect(body.member("ratio")?.integerValue == nil)
        #expect(body.member("open")?.boolValue == true)
        #expect(body.member("unit")?.isNull == true)
        #expect(body.member("title")?.isNull == false)
        #expect(body.member("count")?.stringValue == nil)
        #expect(body.member("title")?.integerValue == nil)
        #expect(body.member("title")?.boolValue == nil)
        #expect(body.stringValue == nil)
        #expect(body.arrayElements == nil)
        #expect(JSONValue.string("x").objectMembers == nil)
    }

    static let typeNamesCases: [(JSONValue, String)] = [
        (JSONValue.string("a"), "string"),
        (.integer(1), "number"),
        (.number(0.5), "number"),
        (.bool(false), "boolean"),
        (.null, "null"),
        (.array([]), "array"),
        (.object([]), "object"),
    ]

    @Test(arguments: typeNamesCases)
    func typeNames(value: JSONValue, name: String) {
        #expect(value.typeName == name)
    }
}
