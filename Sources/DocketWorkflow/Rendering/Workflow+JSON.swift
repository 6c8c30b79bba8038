#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Workflow {
    /// The definition as compact JSON with sorted keys, as the register stores it: the same
    /// definition always gives the same text, so two stored definitions can be compared as text.
    public func encodedJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            // Every part is a string, number, array or keyed object: encoding cannot fail.
            preconditionFailure("A workflow could not be encoded: \(error)")
        }
    }

    /// Reads a definition written by ``encodedJSON()``. It is not checked: call ``check()``
    /// before putting it in force.
    public static func decode(json: String) throws(WorkflowError) -> Workflow {
        do {
            return try JSONDecoder().decode(Workflow.self, from: Data(json.utf8))
        } catch let error as DecodingError {
            throw .unreadableDefinition(reason: reason(error))
        } catch {
            throw .unreadableDefinition(reason: "it is not JSON")
        }
    }

    // DecodingError's own description is a debugging dump; this names the place in the
    // document where reading stopped.
    private static func reason(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            let parts = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
            return parts.isEmpty ? "the top level" : parts.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context):
            let place = path(context.codingPath)
            return "'\(key.stringValue)' is missing at \(place)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong kind of value"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not JSON" : "\(path(context.codingPath)) has a value that is not allowed"
        @unknown default:
            return "it does not have a workflow's shape"
        }
    }
}
