#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension TimeZoneRules {
    /// The rules of the IANA zone `identifier` (`Asia/Ho_Chi_Minh`, `Europe/Paris`, `UTC`),
    /// read from `/usr/share/zoneinfo`.
    ///
    /// Names are case-sensitive, as the tz database's are. Anything that is not a plain zone
    /// name is refused before the file system is touched: an empty name, an absolute path,
    /// `.` or `..` components, characters outside the tz project's `A-Z a-z 0-9 / _ - + .`,
    /// and the non-zones `localtime` and `posixrules`. `Asia/Ho_Chi_Minh` and `UTC` (also
    /// `Etc/UTC`) work without zoneinfo, from built-in rules.
    ///
    /// - Throws: ``InputError/unknownTimeZone(_:)`` when the name is refused or no TZif file
    ///   docket can use has it.
    public static func named(_ identifier: String) throws(InputError) -> TimeZoneRules {
        try named(identifier, zoneinfo: "/usr/share/zoneinfo")
    }

    /// The zone docket uses unless a register says otherwise: Vietnam's, +07:00 since
    /// 13 June 1975. Read from zoneinfo when it is there, else built in.
    public static let hoChiMinh: TimeZoneRules =
        (try? named("Asia/Ho_Chi_Minh")) ?? builtIn["Asia/Ho_Chi_Minh"]!

    /// Coordinated Universal Time: offset zero at every instant.
    public static let utc: TimeZoneRules = (try? named("UTC")) ?? builtIn["UTC"]!

    /// ``named(_:)`` reading from the directory `zoneinfo`, so that tests can point it at a
    /// directory without the zone and see the built-in rules used.
    static func named(_ identifier: String, zoneinfo: String) throws(InputError) -> TimeZoneRules {
        guard isPlausibleName(identifier) else { throw .unknownTimeZone(identifier) }
        if let bytes = readSmallFile(zoneinfo + "/" + identifier),
           let rules = decodeTZif(bytes, identifier: identifier) {
            return rules
        }
        if let rules = builtIn[identifier] { return rules }
        throw .unknownTimeZone(identifier)
    }

    /// Whether `identifier` could be a tz database name, and so is safe to append to the
    /// zoneinfo directory: relative, every component non-empty and not starting with a dot
    /// (which rules out `.` and `..`), in the portable characters the tz project allows.
    static func isPlausibleName(_ identifier: String) -> Bool {
        guard !identifier.isEmpty, identifier.utf8.count <= 255,
              identifier != "localtime", identifier != "posixrules"
        else { return false }
        for component in identifier.utf8.split(separator: UInt8(ascii: "/"),
                                               omittingEmptySubsequences: false) {
            guard let first = component.first, first != UInt8(ascii: ".") else { return false }
            for byte in component {
                let allowed = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: ".")
                guard allowed else { return false }
            }
        }
        return true
    }

    /// The whole of a regular file of at most 1 MiB (TZif files are a few kilobytes), or nil.
    /// Read with POSIX calls because the library does not import Foundation.
    private static func readSmallFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let limit = 1 << 20
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil  // a directory (EISDIR) or an unreadable file
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return nil }
        }
    }

    /// Rules for the zones docket must have even where zoneinfo is not installed (a minimal
    /// container): its default zone and UTC. Hồ Chí Minh City's history is copied from
    /// tzdata 2025b; only the part since 1975-06-13 (+07:00) is relied on.
    static let builtIn: [String: TimeZoneRules] = {
        let vietnam = TimeZoneRules(
            identifier: "Asia/Ho_Chi_Minh",
            transitions: [
                -1_851_577_590,  // 1911-05-01 +07:00 (local mean time until then)
                -852_105_600,    // 1943-01-01 +08:00
                -782_643_600,    // 1945-03-15 +09:00
                -767_869_200,    // 1945-09-01 22:00 +07:00
                -718_095_600,    // 1947-04-01 +08:00
                -457_772_400,    // 1955-07-01 +07:00
                -315_648_000,    // 1960-01-01 +08:00
                171_820_800,     // 1975-06-12 23:00 +07:00, since reunification
            ],
            offsetsAfter: [25_200, 28_800, 32_400, 25_200, 28_800, 25_200, 28_800, 25_200],
            initialOffset: 25_590,
            footer: TimeZonePosixRule(standardOffset: 25_200))
        func utc(_ identifier: String) -> TimeZoneRules {
            TimeZoneRules(identifier: identifier, transitions: [], offsetsAfter: [],
                          initialOffset: 0, footer: TimeZonePosixRule(standardOffset: 0))
        }
        return ["Asia/Ho_Chi_Minh": vietnam, "UTC": utc("UTC"), "Etc/UTC": utc("Etc/UTC")]
    }()
}
