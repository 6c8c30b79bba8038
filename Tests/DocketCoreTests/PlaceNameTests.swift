import DocketTesting
import Testing
@testable import DocketCore

@Suite struct PlaceNamesSplitTheirPrefix {
    @Test(arguments: ["TP. Cần Thơ", "Thành phố Cần Thơ", "thanh pho can tho", "Cần Thơ", "can tho",
                      "TP Cần Thơ", "T.P. Cần Thơ", "Tp. Cần Thơ", "TP.Cần Thơ", "THÀNH PHỐ CẦN THƠ",
                      "  Thành   phố  Cần  Thơ "])
    func everyWayOfWritingCanThoHasTheSameKey(text: String) {
        #expect(PlaceName.parse(text).key == "can tho")
    }

    @Test func aCityPrefixGivesTheCityKindAndTheNameWithoutIt() {
        let name = PlaceName.parse("TP. Cần Thơ")
        #expect(name.kind == .city)
        #expect(name.name == "Cần Thơ")
        #expect(name.key == "can tho")
        #expect(name.fullKey == "tp can tho")
        #expect(name.fullName == "Thành phố Cần Thơ")
    }

    @Test func aNameWithoutPrefixHasNoKind() {
        let name = PlaceName.parse("Cần Thơ")
        #expect(name.kind == nil)
        #expect(name.name == "Cần Thơ")
        #expect(name.fullKey == "can tho")
    }

    @Test func aCommuneKeepsItsOriginalSpelling() {
        let name = PlaceName.parse("Xã Mường Thanh")
        #expect(name.kind == .commune)
        #expect(name.name == "Mường Thanh")
        #expect(name.key == "muong thanh")
    }

    @Test func dWithStrokeFoldsSoDongNaiMatches() {
        #expect(PlaceName.parse("dong nai").key == "dong nai")
        #expect(PlaceName.parse("Đồng Nai").key == "dong nai")
        #expect(PlaceName.parse("Tỉnh Đồng Nai").kind == .province)
        #expect(PlaceName.parse("tinh dong nai").name == "dong nai")
    }

    @Test func everyPrefixIsUnderstood() {
        let cases: [(String, AdministrativeKind, String)] = [
            ("Tỉnh Cà Mau", .province, "Cà Mau"),
            ("Phường Ninh Kiều", .ward, "Ninh Kiều"),
            ("phuong ninh kieu", .ward, "ninh kieu"),
            ("Xã Phong Điền", .commune, "Phong Điền"),
            ("Đặc khu Phú Quốc", .specialZone, "Phú Quốc"),
            ("dac khu phu quoc", .specialZone, "phu quoc"),
            ("Thị trấn Cái Răng", .township, "Cái Răng"),
            ("Thị xã Long Mỹ", .town, "Long Mỹ"),
            ("Quận 3", .urbanDistrict, "3"),
            ("Huyện Thới Lai", .ruralDistrict, "Thới Lai"),
            ("T.P.HCM", .city, "HCM"),
        ]
        for (text, kind, name) in cases {
            let parsed = PlaceName.parse(text)
            #expect(parsed.kind == kind, "\(text)")
            #expect(parsed.name == name, "\(text)")
        }
    }

    @Test func aPrefixAloneIsAName() {
        let commune = PlaceName.parse("Xã")
        #expect(commune.kind == nil)
        #expect(commune.name == "Xã")
        #expect(commune.key == "xa")
        #expect(PlaceName.parse("Thành phố").name == "Thành phố")
        #expect(PlaceName.parse("TP.").key == "tp")
    }

    @Test func aWordWithOtherDiacriticsIsNotAPrefix() {
        // Phương Liệt is a ward of Hà Nội; Quan Sơn a commune of Thanh Hóa.
        let ward = PlaceName.parse("Phường Phương Liệt")
        #expect(ward.kind == .ward)
        #expect(ward.name == "Phương Liệt")
        #expect(PlaceName.parse("Phương Liệt").kind == nil)
        #expect(PlaceName.parse("Phương Liệt").key == "phuong liet")
        #expect(PlaceName.parse("Quan Sơn").kind == nil)
        #expect(PlaceName.parse("Quan Sơn").key == "quan son")
    }

    @Test func textWithDiacriticsNeedsThemOnThePrefixToo() {
        #expect(PlaceName.parse("Thanh pho Cần Thơ").kind == nil)
        #expect(PlaceName.parse("Thanh pho Cần Thơ").key == "thanh pho can tho")
    }

    @Test func textWithoutDiacriticsKeepsTheWholeKeyForAmbiguousPrefixes() {
        let typed = PlaceName.parse("phuong liet")
        #expect(typed.kind == .ward)
        #expect(typed.key == "liet")
        #expect(typed.fullKey == "phuong liet")
    }

    @Test func decomposedInputGivesTheSameResultAsComposed() {
        for text in ["Thành phố Cần Thơ", "Xã Mường Thanh", "Đặc khu Phú Quốc", "Phường Phương Liệt"] {
            #expect(PlaceName.parse(nfd(text)) == PlaceName.parse(text), "\(text)")
        }
        #expect(PlaceName.parse(nfd("Thành phố Cần Thơ")).name.unicodeScalars.count == 7)
    }

    @Test func namesMadeFromTheRegisterHaveTheSameKeys() {
        let city = PlaceName(kind: .city, name: "Cần  Thơ")
        #expect(city == PlaceName.parse("Thành phố Cần Thơ"))
    }
}

@Suite struct AdministrativeKindsHaveTheirOfficialSpelling {
    @Test func labelsAreTheOfficialSpelling() {
        #expect(AdministrativeKind.allCases.map(\.label) == [
            "Thành phố", "Tỉnh", "Phường", "Xã", "Đặc khu", "Thị trấn", "Quận", "Huyện", "Thị xã",
        ])
    }

    @Test func aLabelIsReadBackInAnySpelling() {
        #expect(AdministrativeKind(label: "Thành phố") == .city)
        #expect(AdministrativeKind(label: "thanh pho") == .city)
        #expect(AdministrativeKind(label: "TP.") == .city)
        #expect(AdministrativeKind(label: "Tỉnh") == .province)
        #expect(AdministrativeKind(label: "Thị xã") == .town)
        #expect(AdministrativeKind(label: "Tỉnh Cà Mau") == nil)
        #expect(AdministrativeKind(label: "Làng") == nil)
    }
}

@Suite struct PlaceNamesFoundByFuzzing {
    @Test func combiningMarksAfterASpaceStayInTheNameAsInTheKey() {
        for text in [" \u{0300}", " \u{064F}\u{064F}", "Xã \u{0301}"] {
            let place = PlaceName.parse(text)
            // A name the prefix took whole would have nothing to match by.
            #expect(!place.name.isEmpty || Folding.key(text).isEmpty, "\(text.debugDescription)")
        }
        #expect(PlaceName.parse(" \u{064F}\u{064F}").key == "\u{064F}\u{064F}")
    }
}
