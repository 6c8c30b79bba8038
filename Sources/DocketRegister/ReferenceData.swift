import DocketCore

/// The reference data docket is built with: the 34 provincial-level localities and the 3,321
/// communes, wards and special zones in force since 1 July 2025, from `Resources/provinces.csv`
/// and `Resources/communes.csv`, and the public holidays with each year's official days off and
/// swapped working days, from `Resources/calendar.csv` (all embedded when docket is built).
package enum ReferenceData {
    /// One row of the provinces' list.
    package struct Province: Equatable {
        /// The two-digit administrative code.
        package var code: String
        /// The name without its prefix.
        package var name: String
        /// "Thành phố" or "Tỉnh".
        package var kind: String
        /// The former provinces joined into it, or nil.
        package var mergedFrom: String?

        /// The former provinces' names, one each: "Bình Dương", "Bà Rịa - Vũng Tàu".
        package var formerNames: [String] {
            mergedFrom.map { $0.split(separator: ";").map { String($0).trimmingSpaces } } ?? []
        }
    }

    /// One row of the communes' list.
    package struct Commune: Equatable {
        /// The five-digit official code.
        package var code: String
        /// The name without its prefix: "Ninh Kiều".
        package var name: String
        /// "Xã", "Phường" or "Đặc khu".
        package var kind: String
        /// The code of the province it is in.
        package var provinceCode: String
    }

    /// The 34 provincial-level localities, in the list's order.
    package static var provinces: [Province] {
        rows(of: PackageResources.provinces_csv).map { fields in
            Province(code: fields[0], name: fields[1], kind: fields[2], mergedFrom: fields[4].isEmpty ? nil : fields[4])
        }
    }

    /// The 3,321 commune-level localities, in the list's order (by code).
    package static var communes: [Commune] {
        rows(of: PackageResources.communes_csv).map { fields in
            Commune(code: fields[0], name: fields[1], kind: fields[2], provinceCode: fields[4])
        }
    }

    /// The calendar's exceptions to a Monday-to-Friday week that docket is built with, by date:
    /// Vietnam's public holidays (Labour Code 2019, art. 112) as each year's official notice
    /// fixed them, the days off given in compensation or exchange, and the Saturdays worked in
    /// exchange, each with its source. Its sources have commas, so it is read as the CSV it is.
    package static var calendar: [CalendarDay] {
        var reader = CSVReader(bytes: PackageResources.calendar_csv)
        var days: [CalendarDay] = []
        // The bundled file is ours and a test reads every row of it: a row that does not read
        // is a mistake in the build, not a user's.
        while let record = try? reader.next() {
            guard record.line > 1 else { continue }
            let fields = record.fields
            guard fields.count == 4, let date = try? CivilDate(parsing: fields[0]) else {
                preconditionFailure("calendar.csv line \(record.line) is not date,name,working,source")
            }
            days.append(CalendarDay(date: date, name: fields[1], working: fields[2] == "1", source: fields[3]))
        }
        return days
    }

    /// What people type for a province besides its name, by its ``Folding/key(_:)``: the code of
    /// the province it means and the form as written. They are the former provinces joined into
    /// it in 2025 (`"Bình Dương"` is 79) and the everyday short forms (`"TPHCM"`, `"Sài Gòn"`,
    /// `"Thừa Thiên Huế"`). A form with a prefix (`"TP.HCM"`) needs none of its own: the prefix
    /// is split off before the name is looked up.
    package static let provinceAliases: [String: (code: String, form: String)] = {
        var aliases: [String: (code: String, form: String)] = [:]
        for province in provinces {
            for former in province.formerNames { aliases[Folding.key(former)] = (province.code, former) }
        }
        for (form, code) in shortForms { aliases[Folding.key(form)] = (code, form) }
        return aliases
    }()

    /// The everyday short forms of provinces' names, as officials write them.
    package static let shortForms: [(String, String)] = [
        ("HCM", "79"), ("TPHCM", "79"), ("HCMC", "79"), ("Sài Gòn", "79"), ("Saigon", "79"),
        ("BRVT", "79"), ("BR-VT", "79"),
        ("Thừa Thiên Huế", "46"), ("Thừa Thiên - Huế", "46"), ("TT Huế", "46"), ("TTH", "46"),
        ("HN", "01"), ("TPHN", "01"),
    ]

    /// The fields of each line after the header of one of our files (no quoted fields, one
    /// line per row).
    private static func rows(of bytes: [UInt8]) -> [[String]] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst().map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
