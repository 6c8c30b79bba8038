import DocketCore
import FuzzDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTime(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: count), as: UTF8.self) else { return 0 }
    let now = Instant(secondsSinceEpoch: 1_900_000_000)
    for zone in [TimeZoneRules.hoChiMinh, TimeZoneRules.utc] {
        if let instant = try? When.parse(text, in: zone, now: now) {
            // An instant printed with its offset parses back to itself.
            let printed = zone.iso8601(instant)
            precondition((try? When.parse(printed, in: zone, now: now)) == instant, "\(text) → \(printed) does not parse back")
        }
    }
    if let date = try? CivilDate(parsing: text) {
        precondition((try? CivilDate(parsing: date.description)) == date, "date \(text) does not print back")
        precondition(CivilDate(dayNumber: date.dayNumber) == date)
    }
    if let week = try? ISOWeek(parsing: text) {
        precondition((try? ISOWeek(parsing: week.description)) == week, "week \(text) does not print back")
        precondition(ISOWeek(containing: week.monday) == week && ISOWeek(containing: week.sunday) == week)
    }
    _ = try? RecordNumber.parse(text)
    return 0
}

@_cdecl("FuzzTime_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    fuzz(argc, argv) { fuzzTime($0, $1) }
}
