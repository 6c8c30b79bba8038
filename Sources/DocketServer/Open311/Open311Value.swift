import DocketCore

/// An Open311 answer as data, written as JSON or XML as GeoReport v2 has each: a record is a
/// JSON object or the children of an element; a list is a JSON array or an element repeated
/// under its parent (`<services><service>…</service></services>`).
indirect enum Open311Value: Sendable, Equatable {
    /// Text, or nothing: JSON's string or `null`; an element with the text, or empty.
    case text(String?)
    /// A whole number (an error's code).
    case integer(Int)
    /// True or false (a service's `metadata`).
    case bool(Bool)
    /// Named members in order.
    case record([Member])
    /// Elements of one name in XML (`element`), an array in JSON.
    case list(element: String, [Open311Value])

    /// A record's member: its name and value.
    struct Member: Sendable, Equatable {
        let name: String
        let value: Open311Value
    }

    /// A record of `members`, written in this order.
    static func record(_ members: KeyValuePairs<String, Open311Value>) -> Open311Value {
        .record(members.map { Member(name: $0.key, value: $0.value) })
    }

    /// The value as the JSON writer takes it.
    var json: JSONValue {
        switch self {
        case .text(let text): text.map(JSONValue.string) ?? .null
        case .integer(let number): .integer(number)
        case .bool(let value): .bool(value)
        case .record(let members): .object(members.map { ($0.name, $0.value.json) })
        case .list(_, let items): .array(items.map(\.json))
        }
    }
}

/// The two formats of every GeoReport v2 resource, named by the path's extension.
enum Open311Format: String, Sendable, CaseIterable {
    case json, xml

    /// The media type an answer in this format is sent as.
    var contentType: String {
        switch self {
        case .json: MediaType.json
        case .xml: "text/xml; charset=utf-8"
        }
    }

    /// `value` in this format; in XML, the children of the element `root`.
    func bytes(_ value: Open311Value, root: String) -> [UInt8] {
        switch self {
        case .json:
            return value.json.compactBytes
        case .xml:
            var writer = XMLWriter()
            writer.element(root, value)
            return Array(writer.text.utf8)
        }
    }
}

/// Writes a document of elements and text, escaped: `&`, `<`, `>` and quotes as entities, and
/// the characters XML 1.0 cannot hold (controls but tab and line breaks, unpaired surrogates
/// never occur in a Swift string, U+FFFE and U+FFFF) as U+FFFD.
struct XMLWriter {
    private(set) var text = #"<?xml version="1.0" encoding="UTF-8"?>"#

    /// Writes `value` as the element `name`.
    mutating func element(_ name: String, _ value: Open311Value) {
        switch value {
        case .text(nil):
            text += "<\(name)/>"
        case .text(let content?):
            text += "<\(name)>" + Self.escaped(content) + "</\(name)>"
        case .integer(let number):
            text += "<\(name)>\(number)</\(name)>"
        case .bool(let flag):
            text += "<\(name)>\(flag)</\(name)>"
        case .record(let members):
            text += "<\(name)>"
            for member in members { element(member.name, member.value) }
            text += "</\(name)>"
        case .list(let child, let items):
            text += "<\(name)>"
            for item in items { element(child, item) }
            text += "</\(name)>"
        }
    }

    /// `content` as XML character data.
    static func escaped(_ content: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(content.unicodeScalars.count)
        for scalar in content.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
