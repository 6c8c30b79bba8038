/// The reference data docket is built with: the 34 provincial-level localities in force since
/// 1 July 2025, from `Resources/provinces.csv` (embedded when docket is built).
enum ReferenceData {
    /// One row of the reference list.
    struct Province: Equatable {
        /// The two-digit administrative code.
        var code: String
        /// The name without its prefix.
        var name: String
        /// "Thành phố" or "Tỉnh".
        var kind: String
        /// The former provinces joined into it, or nil.
        var mergedFrom: String?
    }

    /// The 34 provincial-level localities, in the list's order.
    static var provinces: [Province] {
        // The file is ours and simple (no quoted fields): code,name,type,full_name,merged_from.
        let text = String(decoding: PackageResources.provinces_csv, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Province(code: fields[0], name: fields[1], kind: fields[2],
                            mergedFrom: fields[4].isEmpty ? nil : fields[4])
        }
    }
}
