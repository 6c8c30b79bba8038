import DocketCore
import Hummingbird

/// The media types the API answers with.
enum MediaType {
    static let json = "application/json; charset=utf-8"
    static let problemJSON = "application/problem+json; charset=utf-8"
    static let csv = "text/csv; charset=utf-8"
}

extension Response {
    /// `value` as compact JSON.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(value.compactBytes, contentType: MediaType.json, status: status, headers: headers)
    }

    /// `{"items": [...]}`, the shape of every list.
    static func items(_ values: [JSONValue], extra: [(String, JSONValue)] = []) -> Response {
        json(.object([("items", .array(values))] + extra))
    }

    /// `bytes` as a body of `contentType`.
    static func bytes(_ bytes: [UInt8], contentType: String, status: HTTPResponse.Status = .ok,
                      headers: HTTPFields = [:]) -> Response {
        .bytes(ByteBuffer(bytes: bytes), contentType: contentType, status: status, headers: headers)
    }

    /// `buffer` as a body of `contentType`, its storage shared rather than copied.
    static func bytes(_ buffer: ByteBuffer, contentType: String, status: HTTPResponse.Status = .ok,
                      headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: buffer))
    }
}

extension JSONValue {
    /// The value as compact JSON, as every answer's body is written.
    var compactBytes: [UInt8] {
        let output = OutputBuffer()
        var writer = JSONWriter(to: output, pretty: false)
        writer.value(self)
        return output.bytes
    }
}
