import Foundation
import Testing
@testable import DocketCore

private typealias F = TimeFixtures

@Suite struct TimeZoneRulesGiveTheOffsetsOfZoneinfo {
    @Test func hoChiMinhCityIsSevenHoursAheadSince1975AndWasEightBefore() {
        let vietnam = F.zone("Asia/Ho_Chi_Minh")
        #expect(vietnam.identifier == "Asia/Ho_Chi_Minh")
        #expect(vietnam.offset(at: F.utc("2025-08-26T02:00:00Z")) == 25_200)
        #expect(vietnam.offset(at: F.utc("1970-01-01T00:00:00Z")) == 28_800)
        #expect(vietnam.offset(at: F.utc("1975-06-12T15:59:59Z")) == 28_800)
        #expect(vietnam.offset(at: F.utc("1975-06-12T16:00:00Z")) == 25_200)
        // Local mean time, +07:06:30, before 1906.
        #expect(vietnam.offset(at: F.utc("1900-01-01T00:00:00Z")) == 25_590)
        #expect(vietnam.offset(at: F.utc("2040-01-01T00:00:00Z")) == 25_200)
    }

    @Test func utcHasNoTransitionsAndOffsetZeroAlways() {
        let utc = F.zone("UTC")
        #expect(utc.identifier == "UTC")
        #expect(utc.transitions.isEmpty)
        #expect(utc.offset(at: F.utc("1900-01-01T00:00:00Z")) == 0)
        #expect(utc.offset(at: F.utc("2025-08-26T02:00:00Z")) == 0)
        #expect(utc.offset(at: F.utc("2040-07-01T00:00:00Z")) == 0)
        #expect(TimeZoneRules.utc.offset(at: F.utc("2025-08-26T02:00:00Z")) == 0)
    }

    @Test func parisChangesOnTheLastSundaysOfMarchAndOctoberAt0100UTC() {
        let paris = F.zone("Europe/Paris")
        #expect(paris.offset(at: F.utc("2025-03-30T00:59:59Z")) == 3600)
        #expect(paris.offset(at: F.utc("2025-03-30T01:00:00Z")) == 7200)
        #expect(paris.offset(at: F.utc("2025-10-26T00:59:59Z")) == 7200)
        #expect(paris.offset(at: F.utc("2025-10-26T01:00:00Z")) == 3600)
    }

    @Test func newYorkChangesOnTheSecondSundayOfMarchAndFirstOfNovember() {
        let newYork = F.zone("America/New_York")
        #expect(newYork.offset(at: F.utc("2025-03-09T06:59:59Z")) == -18_000)
        #expect(newYork.offset(at: F.utc("2025-03-09T07:00:00Z")) == -14_400)
        #expect(newYork.offset(at: F.utc("2025-11-02T05:59:59Z")) == -14_400)
        #expect(newYork.offset(at: F.utc("2025-11-02T06:00:00Z")) == -18_000)
    }

    @Test func instantsIn2040ComeFromTheFooterRule() throws {
        let paris = F.zone("Europe/Paris")
        let newYork = F.zone("America/New_York")
        // Both files stop listing transitions before 2040 (in 2037 when built fat), so these
        // offsets can only come from the POSIX TZ footer.
        #expect(try #require(paris.transitions.last) < F.utc("2040-01-01T00:00:00Z").secondsSinceEpoch)
        #expect(try #require(newYork.transitions.last) < F.utc("2040-01-01T00:00:00Z").secondsSinceEpoch)
        #expect(paris.offset(at: F.utc("2040-03-25T00:59:59Z")) == 3600)
        #expect(paris.offset(at: F.utc("2040-03-25T01:00:00Z")) == 7200)
        #expect(paris.offset(at: F.utc("2040-10-28T00:59:59Z")) == 7200)
        #expect(paris.offset(at: F.utc("2040-10-28T01:00:00Z")) == 3600)
        #expect(newYork.offset(at: F.utc("2040-03-11T06:59:59Z")) == -18_000)
        #expect(newYork.offset(at: F.utc("2040-03-11T07:00:00Z")) == -14_400)
        #expect(newYork.offset(at: F.utc("2040-11-04T05:59:59Z")) == -14_400)
        #expect(newYork.offset(at: F.utc("2040-11-04T06:00:00Z")) == -18_000)
    }

    @Test func localDatesAndTimesAreReadWithTheOffset() {
        let vietnam = F.zone("Asia/Ho_Chi_Minh")
        // 17:30 UTC is already the next day in Vietnam.
        let instant = F.utc("2025-08-25T17:30:00Z")
        #expect(vietnam.localDateTime(of: instant) == F.local(2025, 8, 26, 0, 30))
        #expect(vietnam.localDate(of: instant) == F.date(2025, 8, 26))
        #expect(F.zone("UTC").localDate(of: instant) == F.date(2025, 8, 25))
        #expect(vietnam.instant(for: F.local(2025, 8, 26, 9, 0)) == F.utc("2025-08-26T02:00:00Z"))
        #expect(vietnam.startOfDay(F.date(2025, 8, 25)) == F.utc("2025-08-24T17:00:00Z"))
        // Before 1970, where the second of the day must not come out negative.
        #expect(vietnam.localDateTime(of: F.utc("1969-12-31T15:59:59Z")) == F.local(1969, 12, 31, 23, 59, 59))
    }

    @Test func everyZoneOnThisMachineLoadsAndRoundTripsItsTransitions() throws {
        let root = "/usr/share/zoneinfo"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root)
        var loaded = 0
        for path in files where !path.hasPrefix("right/") && !path.hasPrefix("posix/") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                  !isDirectory.boolValue,
                  let head = FileManager.default.contents(atPath: root + "/" + path)?.prefix(4),
                  head.elementsEqual("TZif".utf8),
                  path != "localtime", path != "posixrules"
            else { continue }
            let rules = try TimeZoneRules.named(path)
            loaded += 1
            // Just after each of the last transitions, the local reading maps back exactly.
            for t in rules.transitions.suffix(4) {
                let instant = Instant(secondsSinceEpoch: t + 7200)
                let back = rules.instant(for: rules.localDateTime(of: instant))
                #expect(back <= instant, "\(path) at \(t)")
                #expect(rules.localDateTime(of: back) == rules.localDateTime(of: instant), "\(path) at \(t)")
            }
        }
        // tzdata 2025b has 597 zones and links outside right/ and posix/; allow for releases.
        #expect(loaded > 500)
    }
}

@Suite struct TimeZoneNamesAreCheckedBeforeTheFileSystemIsTouched {
    @Test(arguments: [
        "", "../etc/passwd", "/etc/passwd", "Asia/../Asia/Ho_Chi_Minh", "Asia//Ho_Chi_Minh",
        "Asia/Ho_Chi_Minh/", "./UTC", "Asia/Ho Chi Minh", "Asia/Hồ_Chí_Minh", "asia/ho_chi_minh",
        "Mars/Olympus_Mons", "Asia", "zone.tab", "tzdata.zi", "localtime", "posixrules",
        "right/Asia/Ho_Chi_Minh", "UTC\u{0}",
    ])
    func namesThatAreNotZonesAreRefused(name: String) {
        #expect(throws: InputError.unknownTimeZone(name)) { try TimeZoneRules.named(name) }
    }

    @Test func aLinkKeepsTheNameItWasAskedBy() throws {
        let saigon = try TimeZoneRules.named("Asia/Saigon")
        #expect(saigon.identifier == "Asia/Saigon")
        #expect(saigon.offset(at: F.utc("2025-08-26T02:00:00Z")) == 25_200)
    }
}

@Suite struct BuiltInZonesWorkWithoutZoneinfo {
    @Test func hoChiMinhCityAndUTCAreBuiltIn() throws {
        let vietnam = try TimeZoneRules.named("Asia/Ho_Chi_Minh", zoneinfo: "/nonexistent")
        #expect(vietnam == TimeZoneRules.builtIn["Asia/Ho_Chi_Minh"])
        #expect(vietnam.identifier == "Asia/Ho_Chi_Minh")
        #expect(vietnam.offset(at: F.utc("2025-08-26T02:00:00Z")) == 25_200)
        #expect(vietnam.offset(at: F.utc("2040-08-26T02:00:00Z")) == 25_200)
        let utc = try TimeZoneRules.named("UTC", zoneinfo: "/nonexistent")
        #expect(utc.offset(at: F.utc("2025-08-26T02:00:00Z")) == 0)
        #expect(utc.identifier == "UTC")
    }

    @Test func otherZonesAreUnknownWithoutZoneinfo() {
        #expect(throws: InputError.unknownTimeZone("Europe/Paris")) {
            try TimeZoneRules.named("Europe/Paris", zoneinfo: "/nonexistent")
        }
    }

    @Test func theBuiltInVietnameseZoneAgreesWithZoneinfoSince1975() {
        let file = F.zone("Asia/Ho_Chi_Minh")
        let builtIn = TimeZoneRules.builtIn["Asia/Ho_Chi_Minh"]!
        // Weekly samples, one hour off each week so every time of day is visited; the
        // disagreements are collected so that one expectation reports them all.
        let samples = stride(from: F.utc("1975-06-12T16:00:00Z").secondsSinceEpoch,
                             to: F.utc("2100-01-01T00:00:00Z").secondsSinceEpoch,
                             by: 86_400 * 7 + 3_600)
        let disagreements = samples.map(Instant.init(secondsSinceEpoch:))
            .filter { builtIn.offset(at: $0) != file.offset(at: $0) }
        #expect(disagreements == [])
        #expect(TimeZoneRules.hoChiMinh.offset(at: F.utc("2025-08-26T02:00:00Z")) == 25_200)
        #expect(TimeZoneRules.hoChiMinh.identifier == "Asia/Ho_Chi_Minh")
    }
}

@Suite struct LocalTimesInGapsMoveForwardAndInOverlapsTakeTheEarlierInstant {
    @Test func aTimeSkippedBySpringingForwardMovesForwardByTheGap() {
        let newYork = F.zone("America/New_York")
        // 02:30 on 9 March 2025 never happened in New York: it is read as 03:30 EDT.
        let instant = newYork.instant(for: F.local(2025, 3, 9, 2, 30))
        #expect(instant == F.utc("2025-03-09T07:30:00Z"))
        #expect(newYork.iso8601(instant) == "2025-03-09T03:30:00-04:00")
        let paris = F.zone("Europe/Paris")
        #expect(paris.instant(for: F.local(2025, 3, 30, 2, 30)) == F.utc("2025-03-30T01:30:00Z"))
        #expect(paris.instant(for: F.local(2025, 3, 30, 2, 0)) == F.utc("2025-03-30T01:00:00Z"))
        #expect(paris.instant(for: F.local(2025, 3, 30, 1, 59, 59)) == F.utc("2025-03-30T00:59:59Z"))
        #expect(paris.instant(for: F.local(2025, 3, 30, 3, 0)) == F.utc("2025-03-30T01:00:00Z"))
    }

    @Test func aTimeRepeatedByFallingBackIsTheFirstOfTheTwo() {
        let newYork = F.zone("America/New_York")
        let instant = newYork.instant(for: F.local(2025, 11, 2, 1, 30))
        #expect(instant == F.utc("2025-11-02T05:30:00Z"))
        #expect(newYork.iso8601(instant) == "2025-11-02T01:30:00-04:00")
        let paris = F.zone("Europe/Paris")
        #expect(paris.instant(for: F.local(2025, 10, 26, 2, 30)) == F.utc("2025-10-26T00:30:00Z"))
        #expect(paris.instant(for: F.local(2025, 10, 26, 3, 0)) == F.utc("2025-10-26T02:00:00Z"))
    }

    @Test func gapsAndOverlapsIn2040FollowTheFooterToo() {
        let newYork = F.zone("America/New_York")
        #expect(newYork.instant(for: F.local(2040, 3, 11, 2, 30)) == F.utc("2040-03-11T07:30:00Z"))
        #expect(newYork.instant(for: F.local(2040, 11, 4, 1, 30)) == F.utc("2040-11-04T05:30:00Z"))
    }

    @Test func aDayWhoseMidnightIsSkippedStartsWhenTheClocksResume() {
        // Chile springs forward from Saturday 24:00 to Sunday 01:00.
        let santiago = F.zone("America/Santiago")
        let start = santiago.startOfDay(F.date(2025, 9, 7))
        #expect(start == F.utc("2025-09-07T04:00:00Z"))
        #expect(santiago.iso8601(start) == "2025-09-07T01:00:00-03:00")
    }
}

@Suite struct InstantsPrintAsISO8601WithTheirOffset {
    @Test func theTextIsTheFieldsPrintedWithLeadingZerosFromYearZeroToYearTenThousand() {
        var random = SystemRandomNumberGenerator()
        let zones = [TimeZoneRules.hoChiMinh, F.zone("America/New_York"), F.zone("Asia/Kolkata"), F.zone("UTC")]
        // From 0000-01-01 to 10000-12-31 in UTC, where a year of five digits takes the slow way.
        let seconds = Int64(-62_167_219_200)...Int64(253_433_923_199)
        let fixed: [Int64] = [seconds.lowerBound + 86_400, 0, 1, 253_402_300_799, 253_402_300_800, seconds.upperBound - 86_400]
        for t in fixed + (0..<2_000).map({ _ in Int64.random(in: seconds, using: &random) }) {
            for zone in zones {
                let instant = Instant(secondsSinceEpoch: t)
                // The clock time is read with the offset the text gives (rounded to minutes).
                let offset = zone.iso8601(instant).suffix(6)
                let minutes = Int(offset.dropFirst().prefix(2))! * 60 + Int(offset.suffix(2))!
                let local = CivilDateTime(secondsSinceLocalEpoch: t + Int64(offset.first == "-" ? -minutes : minutes) * 60)
                let date = local.date
                let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", date.year, date.month, date.day,
                                      local.hour, local.minute, local.second) + offset
                #expect(zone.iso8601(instant) == expected)
                #expect(local.description == String(expected.prefix(expected.count - 6)))
                #expect(date.description == String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
            }
        }
        #expect(TimeZoneRules.hoChiMinh.iso8601(Instant(secondsSinceEpoch: 253_402_300_800)) == "10000-01-01T07:00:00+07:00")
        #expect(F.zone("UTC").iso8601(Instant(secondsSinceEpoch: -62_167_219_200)) == "0000-01-01T00:00:00+00:00")
        #expect(CivilDate(year: 5, month: 3, day: 9)?.description == "0005-03-09")
    }

    @Test func theOffsetIsAlwaysSignedHoursAndMinutesAndSecondsAreAlwaysShown() {
        let instant = F.utc("2025-08-26T02:00:00Z")
        #expect(TimeZoneRules.hoChiMinh.iso8601(instant) == "2025-08-26T09:00:00+07:00")
        #expect(F.zone("UTC").iso8601(instant) == "2025-08-26T02:00:00+00:00")
        #expect(F.zone("America/New_York").iso8601(instant) == "2025-08-25T22:00:00-04:00")
        #expect(F.zone("Asia/Kolkata").iso8601(instant) == "2025-08-26T07:30:00+05:30")
        #expect(F.zone("America/St_Johns").iso8601(instant) == "2025-08-25T23:30:00-02:30")
        #expect(F.zone("Asia/Kathmandu").iso8601(F.utc("2025-08-26T02:00:07Z")) == "2025-08-26T07:45:07+05:45")
    }

    @Test func anOffsetWithSecondsIsRoundedAndTheClockShownStillNamesTheInstant() {
        // +07:06:30 rounds to +07:07; 07:07:00+07:07 is exactly midnight UTC.
        let instant = F.utc("1900-01-01T00:00:00Z")
        #expect(F.zone("Asia/Ho_Chi_Minh").iso8601(instant) == "1900-01-01T07:07:00+07:07")
        #expect(F.zone("Asia/Ho_Chi_Minh").localDateTime(of: instant) == F.local(1900, 1, 1, 7, 6, 30))
    }
}

@Suite struct TZifDataIsValidated {
    /// A version 1 TZif file: +01:00 until the epoch, +02:00 from it.
    static let version1: [UInt8] = {
        func be32(_ value: Int32) -> [UInt8] {
            withUnsafeBytes(of: value.bigEndian) { Array($0) }
        }
        var bytes = Array("TZif".utf8) + [0] + [UInt8](repeating: 0, count: 15)
        for count: Int32 in [0, 0, 0, 1, 2, 8] { bytes += be32(count) }  // isut, isstd, leap, time, type, char
        bytes += be32(0) + [1]                                            // one transition, to type 1
        bytes += be32(3600) + [0, 0] + be32(7200) + [1, 4]                // two types
        bytes += Array("AAA\0BBB\0".utf8)
        return bytes
    }()

    @Test func aVersion1FileIsRead() throws {
        let rules = try #require(TimeZoneRules.decodeTZif(Self.version1, identifier: "Test/V1"))
        #expect(rules.offset(at: Instant(secondsSinceEpoch: -1)) == 3600)
        #expect(rules.offset(at: Instant(secondsSinceEpoch: 0)) == 7200)
        #expect(rules.offset(at: Instant(secondsSinceEpoch: 4_000_000_000)) == 7200)
        #expect(rules.footer == nil)
    }

    @Test func everyTruncationOfAFileIsRefused() throws {
        let paris = try #require(FileManager.default.contents(atPath: "/usr/share/zoneinfo/Europe/Paris"))
        let bytes = [UInt8](paris)
        #expect(TimeZoneRules.decodeTZif(bytes, identifier: "Europe/Paris") != nil)
        for length in stride(from: 0, to: bytes.count, by: 5) {
            #expect(TimeZoneRules.decodeTZif(Array(bytes[0..<length]), identifier: "x") == nil,
                    "truncated to \(length) bytes")
        }
        // The footer's closing newline is required.
        #expect(TimeZoneRules.decodeTZif(Array(bytes.dropLast()), identifier: "x") == nil)
    }

    @Test func aTypeIndexOutOfRangeOrTransitionsOutOfOrderAreRefused() {
        var badIndex = Self.version1
        badIndex[44 + 4] = 2  // the one transition's type index; only 0 and 1 exist
        #expect(TimeZoneRules.decodeTZif(badIndex, identifier: "x") == nil)
        var badMagic = Self.version1
        badMagic[0] = UInt8(ascii: "X")
        #expect(TimeZoneRules.decodeTZif(badMagic, identifier: "x") == nil)
    }
}
