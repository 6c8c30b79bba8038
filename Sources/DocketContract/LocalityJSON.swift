import DocketCore

/// A locality as `locality list --json` prints it (CONTRACT.md): `code`, `name`,
/// `full_name`, `kind`, and `province` — {`code`, `name`} for a commune, null for a province —
/// with the former provinces it absorbed, when it has any.
public enum LocalityJSON {
    public static func value(_ locality: Locality, province: Locality?) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("code", .optionalString(locality.code)),
            ("name", .string(locality.name)),
            ("full_name", .string(locality.fullName)),
            ("kind", .optionalString(locality.kind)),
        ]
        if !locality.isProvince, let province {
            fields.append(("province", .object([("code", .optionalString(province.code)), ("name", .string(province.name))])))
        } else {
            fields.append(("province", .null))
        }
        if let merged = locality.mergedFrom {
            fields.append(("merged_from", .array(merged.split(separator: ";").map { .string(String($0).trimmingSpaces) })))
        }
        return .object(fields)
    }
}
