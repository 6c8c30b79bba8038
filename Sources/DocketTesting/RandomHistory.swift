import DocketCore

/// Random histories for a register, drawn from a seed without a register: the same seed gives
/// the same commands, so that a failing seed replays exactly. Play them with
/// ``RegisterFixture/perform(_:)`` on a fixture with ``RegisterFixture/addUnits()``.
public enum RandomHistory {
    /// `count` random transitions, valid and invalid mixed, on problems #1–#8 and a #9 that
    /// does not exist, from 2025-08-04: time mostly runs forward, sometimes a command comes dated
    /// before the latest event; units may be unknown; each command gives only the fields its
    /// action takes, so that most get as far as the workflow.
    public static func validAndInvalid(seed: UInt64, count: Int, timeZone: TimeZoneRules) -> [TransitionCommand] {
        var random = SeededRandom(seed: seed)
        let units = ["chinh-phu", "bo-khcn", "cuc-vt", "vu-pc", "no-such-unit"]
        let actions = ["assign", "answer", "escalate", "resolve", "reopen", "close", "comment", "approve"]
        var clock = RegisterFixture.at("2025-08-04").secondsSinceEpoch
        var commands: [TransitionCommand] = []
        for _ in 0..<count {
            clock += Int64.random(in: -7_200...86_400, using: &random)
            let at = Instant(secondsSinceEpoch: clock)
            let id = Int64.random(in: 1...9, using: &random)
            let action = actions.randomElement(using: &random)!
            let due = Bool.random(using: &random)
                ? nil : CivilDate(dayNumber: timeZone.localDate(of: at).dayNumber + Int.random(in: -40...30, using: &random))
            var command = TransitionCommand(
                action: action, id: id,
                unit: Int.random(in: 0..<4, using: &random) == 0 ? nil : units.randomElement(using: &random),
                target: Int.random(in: 0..<4, using: &random) == 0 ? nil : units.randomElement(using: &random),
                due: due,
                text: [nil, "Lý do", "Đã trả lời", "   "].randomElement(using: &random)!,
                at: at, actor: "random")
            if command.action != "assign" { command.unit = nil; command.due = nil }
            if command.action != "escalate" { command.target = nil }
            commands.append(command)
        }
        return commands
    }

    /// `count` random transitions of every kind on problems #1–#12, an hour apart from
    /// 2025-08-27: assignments to cuc-vt or vu-pc without deadline, escalations to chinh-phu or
    /// bo-khcn, the others with a reason.
    public static func everyKindOfTransition(seed: UInt64, count: Int) -> [TransitionCommand] {
        var random = SeededRandom(seed: seed)
        var clock = RegisterFixture.at("2025-08-27").secondsSinceEpoch
        var commands: [TransitionCommand] = []
        for _ in 0..<count {
            clock += 3_600
            let action = ["assign", "answer", "escalate", "resolve", "reopen", "close"].randomElement(using: &random)!
            let unit = action == "assign" ? ["cuc-vt", "vu-pc"].randomElement(using: &random) : nil
            let target = action == "escalate" ? ["chinh-phu", "bo-khcn"].randomElement(using: &random) : nil
            let text = action == "assign" ? nil : "Lý do"
            commands.append(TransitionCommand(action: action, id: Int64.random(in: 1...12, using: &random),
                                              unit: unit, target: target, text: text,
                                              at: Instant(secondsSinceEpoch: clock)))
        }
        return commands
    }

    /// A history of `count` commands over several weeks from 2025-W31, made as users make it:
    /// filings (backdated or not, in `groups` now and then) at provinces, wards and communes
    /// (those of ``RegisterFixture/addGroups()``), imports, sweeps, edits (of the locality, the
    /// group and the title), and transitions of every kind, with deadlines; some exactly at a
    /// Monday 00:00. Returns the commands and the
    /// clock at the end (commands may be dated before it, none after).
    public static func multiWeek(seed: UInt64, count: Int = 450, timeZone: TimeZoneRules,
                                 groups: [Int64]) -> (commands: [RegisterCommand], end: Instant) {
        var random = SeededRandom(seed: seed)
        let localities = ["Cần Thơ", "Ninh Kiều", "Cái Khế", "Đồng Nai", "Xã Tân Phú (Đồng Nai)", "Hà Nội", "Phường Ba Đình (Hà Nội)", "Huế"]
        let owners = ["cuc-vt", "vu-pc", "bo-khcn"]
        let targets = ["bo-khcn", "chinh-phu", "vu-pc", "cuc-vt"]
        let actions = ["assign", "assign", "answer", "escalate", "resolve", "resolve", "reopen", "reopen", "close", "comment"]

        let firstWeek = ISOWeek(year: 2025, week: 31)!
        var clock = firstWeek.interval(in: timeZone).start.secondsSinceEpoch
        var filed: Int64 = 0
        // The problems filed in a group or put into one: those an edit takes out of its group.
        var grouped: [Int64] = []
        var commands: [RegisterCommand] = []
        for _ in 0..<count {
            clock += Int64.random(in: 0...36_000, using: &random)
            let weekNow = ISOWeek(containing: timeZone.localDate(of: Instant(secondsSinceEpoch: clock)))
            let boundary = weekNow.next.interval(in: timeZone).start.secondsSinceEpoch
            if Int.random(in: 0..<20, using: &random) == 0 { clock = boundary }  // exactly Monday 00:00
            // Backdated now and then: what happened earlier, recorded later.
            let at = Instant(secondsSinceEpoch: clock - (Bool.random(using: &random) ? 0 : Int64.random(in: 0...200_000, using: &random)))
            let roll = Int.random(in: 0..<100, using: &random)
            if filed == 0 || roll < 18 {
                let group = Int.random(in: 0..<3, using: &random) == 0 ? groups.randomElement(using: &random) : nil
                commands.append(.file(title: "Vấn đề \(filed + 1)", locality: localities.randomElement(using: &random)!,
                                      group: group, at: at))
                filed += 1
                if group != nil { grouped.append(filed) }
                continue
            }
            if roll < 21 {
                commands.append(.sweep(at: Instant(secondsSinceEpoch: clock)))
                continue
            }
            if roll < 24 {
                // An import: rows filed, those with a unit assigned at once.
                var csv = "title,locality,unit,due,raised_at\n"
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    filed += 1
                    let unit = Bool.random(using: &random) ? owners.randomElement(using: &random)! : ""
                    let due = unit.isEmpty ? "" : timeZone.localDate(of: at).adding(days: Int.random(in: 0...10, using: &random)).description
                    csv += "Nhập \(filed),\(localities.randomElement(using: &random)!),\(unit),\(due),\(timeZone.iso8601(at))\n"
                }
                commands.append(.importCSV(csv, at: at))
                continue
            }
            if roll < 32 {
                // An edit: the problem moved to another locality (another province, often), into
                // or out of a group, renamed — one or more of them. Dated now, not backdated, so
                // that most come after the problem's latest event and are made.
                var edit = ProblemEdit()
                if Bool.random(using: &random) {
                    edit.group = Int.random(in: 0..<3, using: &random) == 0 ? .to(groups.randomElement(using: &random)!) : .cleared
                }
                if Int.random(in: 0..<3, using: &random) == 0 { edit.title = "Vấn đề đã sửa \(Int.random(in: 1...99, using: &random))" }
                if edit.isEmpty || Bool.random(using: &random) { edit.locality = localities.randomElement(using: &random)! }
                var id = Int64.random(in: 1...filed, using: &random)
                if edit.group == .cleared, let inGroup = grouped.randomElement(using: &random) { id = inGroup }
                if case .to = edit.group { grouped.append(id) }
                commands.append(.edit(id: id, edit, at: Instant(secondsSinceEpoch: clock)))
                continue
            }
            let action = actions.randomElement(using: &random)!
            let day = timeZone.localDate(of: at)
            let unit = action == "assign" ? owners.randomElement(using: &random) : nil
            let target = action == "escalate" ? targets.randomElement(using: &random) : nil
            let due = action == "assign" && Int.random(in: 0..<4, using: &random) > 0
                ? day.adding(days: Int.random(in: -3...12, using: &random)) : nil
            let text = action == "assign" ? nil : "Ghi chú \(Int.random(in: 1...99, using: &random))"
            commands.append(.transition(TransitionCommand(
                action: action, id: Int64.random(in: 1...filed, using: &random), unit: unit, target: target,
                due: due, text: text, at: at)))
        }
        return (commands, Instant(secondsSinceEpoch: clock))
    }
}
