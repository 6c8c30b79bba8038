import Foundation
import Testing
@testable import DocketStore

@Suite struct EmbeddedSchema {
    @Test func embeddedSchemaEqualsTheTopLevelFile() throws {
        let top = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema.sql")
        let onDisk = try String(contentsOf: top, encoding: .utf8)
        #expect(Schema.sql == onDisk)
    }
}
