import DocketCore

/// A unit as JSON: `code`, `name`, `kind`, `parent`.
public enum UnitJSON {
    public static func value(_ unit: OrgUnit) -> JSONValue {
        .object([
            ("code", .string(unit.code)), ("name", .string(unit.name)),
            ("kind", .string(unit.kind.rawValue)), ("parent", .optionalString(unit.parentCode)),
        ])
    }
}
