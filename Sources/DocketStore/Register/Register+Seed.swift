import DocketCore
import DocketWorkflow

extension Register {
    /// Fills a new register: its settings, the workflow in force, and the 34 provincial-level
    /// localities of the bundled reference list (`provinces.csv`, from the 2025 reorganisation).
    static func seed(_ database: Database, timeZone: TimeZoneRules, at: Instant, recordedAt: Instant) throws {
        let setting = try database.prepare("INSERT INTO setting (key, value) VALUES (?, ?)")
        try setting.run("timezone", timeZone.identifier)
        try setting.run("created_at", String(at.secondsSinceEpoch))
        try setting.run("recorded_at", String(recordedAt.secondsSinceEpoch))

        let workflow = Workflow.standard
        try database.run("INSERT INTO workflow (name, version, definition, installed_at) VALUES (?, ?, ?, ?)",
                         workflow.name, workflow.version, workflow.encodedJSON(), at.secondsSinceEpoch)
        try setting.run("workflow", String(database.lastInsertedRowID))

        let insert = try database.prepare("""
            INSERT INTO locality (code, name, kind, key, parent_id, province_id, merged_from, created_at)
            VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)
            """)
        let own = try database.prepare("UPDATE locality SET province_id = id WHERE id = ?")
        for province in ReferenceData.provinces {
            try insert.run(province.code, province.name, province.kind, Folding.key(province.name),
                           province.mergedFrom, at.secondsSinceEpoch)
            try own.run(database.lastInsertedRowID)
        }
    }
}
