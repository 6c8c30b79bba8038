import DocketCore
import DocketRegister
import DocketWorkflow

extension Register {
    /// Fills a new register: its settings, the workflow in force, the 34 provincial-level
    /// localities of the bundled reference list (`provinces.csv`, from the 2025 reorganisation)
    /// with their communes, and the calendar's holidays (`calendar.csv`).
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
        try seedCommunes(database, at: at)
        try seedCalendar(database, at: at)
    }

    /// Adds every commune, ward and special zone of `communes.csv` that the register does not
    /// hold yet, under its province; one it holds already is the row with its code or, for a
    /// commune added by hand without it, the row of the same province and folded name (and
    /// kind, and spelling, where those are needed to tell two apart), which gains the code.
    /// Nothing is deleted or renumbered. A new register runs it at `init`, an older one in
    /// migration 4.
    static func seedCommunes(_ database: Database, at: Instant) throws {
        var provinceIDs: [String: Int64] = [:]
        try database.prepare("SELECT code, id FROM locality WHERE parent_id IS NULL").forEachRow { row in
            provinceIDs[row.text(0)] = row.int64(1)
        }
        var coded = Set<String>()
        try database.prepare("SELECT code FROM locality WHERE code IS NOT NULL").forEachRow { coded.insert($0.text(0)) }
        let list = ReferenceData.communes
        let communes = list.filter { !coded.contains($0.code) && provinceIDs[$0.provinceCode] != nil }
        var byPlace: [String: [ReferenceData.Commune]] = [:]
        for commune in communes {
            byPlace[String(provinceIDs[commune.provinceCode]!) + "|" + Folding.key(commune.name), default: []].append(commune)
        }

        // A commune added by hand without an official code is the list's one when exactly one
        // fits it: same province and key, the same kind if it has one, the same spelling if
        // need be. It takes the list's code, name and kind; its number stays.
        let official = Set(list.map(\.code))
        let adopt = try database.prepare("UPDATE locality SET code = ?, name = ?, kind = ? WHERE id = ?")
        var adopted = Set<String>()
        try database.prepare("""
            SELECT id, province_id, key, name, kind, code FROM locality WHERE parent_id IS NOT NULL ORDER BY id
            """).map { ($0.int64(0), String($0.int64(1)) + "|" + $0.text(2), $0.text(3), $0.optionalText(4), $0.optionalText(5)) }
            .filter { $0.4.map { !official.contains($0) } ?? true }
            .forEach { id, place, name, kind, _ in
                var fits = (byPlace[place] ?? []).filter { !adopted.contains($0.code) && (kind == nil || $0.kind == kind) }
                if fits.count > 1 { fits = fits.filter { Folding.toneKey($0.name) == Folding.toneKey(name) } }
                guard fits.count == 1 else { return }
                try adopt.run(fits[0].code, fits[0].name, fits[0].kind, id)
                adopted.insert(fits[0].code)
            }

        let insert = try database.prepare("""
            INSERT INTO locality (code, name, kind, key, parent_id, province_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for commune in communes where !adopted.contains(commune.code) {
            let provinceID = provinceIDs[commune.provinceCode]!
            try insert.run(commune.code, commune.name, commune.kind, Folding.key(commune.name),
                           provinceID, provinceID, at.secondsSinceEpoch)
        }
    }
}
