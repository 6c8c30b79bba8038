import Foundation

/// `text` parsed by Foundation, an RFC 8259 parser independent of docket's JSON writer.
public func parsedJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}
