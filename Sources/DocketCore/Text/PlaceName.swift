/// A locality's name as someone typed or wrote it, split into its administrative prefix and
/// the name proper: `"TP. Cần Thơ"` is the city *Cần Thơ*, with key `"can tho"`.
///
/// The key is what matching compares: `"TP. Cần Thơ"`, `"Thành phố Cần Thơ"`,
/// `"thanh pho can tho"`, `"Cần Thơ"` and `"can tho"` all have the key `"can tho"`.
public struct PlaceName: Hashable, Sendable {
    /// The kind the prefix said, or nil when there was no prefix.
    public var kind: AdministrativeKind?
    /// The name without its prefix, in its original spelling, NFC, spaces collapsed:
    /// `"Cần Thơ"`.
    public var name: String
    /// ``Folding/key(_:)`` of ``name``: `"can tho"`.
    public var key: String
    /// ``Folding/key(_:)`` of the whole text, prefix included. Text typed without diacritics
    /// is ambiguous — `"phuong liet"` may be the ward *Phương Liệt* (`Phường Phương Liệt`) as
    /// well as a ward called *Liệt* — so a lookup that finds nothing by ``key`` may try this.
    public var fullKey: String

    /// A name of a known kind, as the register holds it: `PlaceName(kind: .city, name: "Cần Thơ")`.
    public init(kind: AdministrativeKind?, name: String) {
        let clean = PlaceName.words(of: TextInput.normalized(name)).joined(separator: " ")
        let key = Folding.key(clean)
        self.init(kind: kind, name: clean, key: key,
                  fullKey: kind.map { Folding.key($0.label + " " + clean) } ?? key)
    }

    /// The full name, prefix first: `"Thành phố Cần Thơ"`, or just ``name`` without a kind.
    public var fullName: String {
        kind.map { $0.label + " " + name } ?? name
    }

    /// Splits a leading administrative prefix (`Thành phố`, `TP.`, `TP`, `T.P.`, `Tỉnh`,
    /// `Phường`, `Xã`, `Đặc khu`, `Thị trấn`, `Quận`, `Huyện`, `Thị xã`) from `text`, in any
    /// case and Unicode form, with or without diacritics.
    ///
    /// In text with diacritics, the prefix must have the right ones: `"Phương Liệt"` is a name,
    /// not the ward *Liệt*, and `"Quan Sơn"` is not the district *Sơn*. In text typed without
    /// any, it matches by its letters (`"phuong"` is `Phường`). Nothing is stripped when only
    /// the prefix is there: `"Xã"` alone is a name.
    public static func parse(_ text: String) -> PlaceName {
        let normal = TextInput.normalized(text)
        var words = words(of: normal)
        splitGluedAbbreviation(&words)
        let whole = words.joined(separator: " ")
        guard let (kind, count) = prefix(of: words), count < words.count else {
            let key = Folding.key(whole)
            return PlaceName(kind: nil, name: whole, key: key, fullKey: key)
        }
        let name = words[count...].joined(separator: " ")
        return PlaceName(kind: kind, name: name, key: Folding.key(name), fullKey: Folding.key(whole))
    }

    /// A commune written with its province, split in two: `"Tân Phú, Đồng Nai"` and
    /// `"Xã Tân Phú (Đồng Nai)"` are `("Tân Phú", "Đồng Nai")`, `("Xã Tân Phú", "Đồng Nai")`. In an
    /// address of the old three levels, `"Phường Bến Nghé, Quận 1, TP.HCM"`, the first part is
    /// the commune and the last the province; the district between them is gone. Nil when
    /// `text` is not written so.
    public static func splitProvince(_ text: String) -> (place: String, province: String)? {
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let place = String(text[..<open]).trimmingSpaces
            let province = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces
            return place.isEmpty || province.isEmpty ? nil : (place, province)
        }
        let parts = text.split(separator: ",").map { String($0).trimmingSpaces }
        guard parts.count > 1, let place = parts.first, let province = parts.last, !place.isEmpty, !province.isEmpty else {
            return nil
        }
        return (place, province)
    }

    /// Every field given, already computed.
    init(kind: AdministrativeKind?, name: String, key: String, fullKey: String) {
        self.kind = kind
        self.name = name
        self.key = key
        self.fullKey = fullKey
    }

    /// The white-space separated words of `text` (any white space, any run of it).
    ///
    /// Split on scalars, as ``Folding/key(_:)`` reads text: a combining mark typed after a
    /// space belongs to no letter but is still text, where a split on characters would take
    /// the whole cluster for white space (found by fuzzing).
    static func words(of text: String) -> [Substring] {
        text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map { Substring($0) }
    }

    /// The kind of the prefix `words` start with, and how many words it takes; nil if none.
    static func prefix(of words: [Substring]) -> (AdministrativeKind, Int)? {
        // Someone who typed one diacritic typed them all; someone who typed none lost them all.
        let folded = words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        for prefix in prefixes where prefix.words.count <= words.count {
            if zip(prefix.words, words).allSatisfy({ wordMatches($1, official: $0, folded: folded) }) {
                return (prefix.kind, prefix.words.count)
            }
        }
        return nil
    }

    /// Whether a typed word is the official prefix word (lower case, NFC) in any case, or,
    /// when `folded`, equal to it folded.
    static func wordMatches(_ word: Substring, official: String, folded: Bool) -> Bool {
        let lower = word.lowercased()
        return lower == official || (folded && lower == Folding.fold(official))
    }

    /// `"TP.Cần Thơ"` and `"T.P.HCM"`, common in headings, glue the abbreviation to the name;
    /// the abbreviation is split off as a word of its own so ``prefix(of:)`` can see it.
    static func splitGluedAbbreviation(_ words: inout [Substring]) {
        guard let first = words.first else { return }
        for abbreviation in ["t.p.", "tp."] {
            let count = abbreviation.count
            guard first.count > count, first.prefix(count).lowercased() == abbreviation else { continue }
            let cut = first.index(first.startIndex, offsetBy: count)
            words.replaceSubrange(0..<1, with: [first[..<cut], first[cut...]])
            return
        }
    }

    /// The prefixes understood, each as its official lower-case words, longest first within a
    /// kind so `Thị xã` is tried as a whole.
    static let prefixes: [(words: [String], kind: AdministrativeKind)] = [
        (["thành", "phố"], .city),
        (["tp."], .city),
        (["tp"], .city),
        (["t.p."], .city),
        (["t.p"], .city),
        (["tỉnh"], .province),
        (["phường"], .ward),
        (["xã"], .commune),
        (["đặc", "khu"], .specialZone),
        (["thị", "trấn"], .township),
        (["thị", "xã"], .town),
        (["quận"], .urbanDistrict),
        (["huyện"], .ruralDistrict),
    ]
}

