import DocketCore
import DocketRegister
import DocketStore
import DocketTesting
import Testing

/// The whole country is there from `init`: every province by every name people give it, and
/// communes by theirs. The expected codes are written out here from the reference lists.
@Suite struct TheWholeCountryByName {
    /// Each province's code with the names that mean it: its name and full name, folded, its
    /// former provinces (before 1 July 2025) and the everyday short forms.
    static let provinces: [(code: String, names: [String])] = [
        ("01", ["Hà Nội", "ha noi", "Thành phố Hà Nội", "TP. Hà Nội", "HN"]),
        ("04", ["Cao Bằng", "Tỉnh Cao Bằng", "cao bang"]),
        ("08", ["Tuyên Quang", "tuyen quang", "Hà Giang", "ha giang", "Tỉnh Hà Giang"]),
        ("11", ["Điện Biên", "dien bien", "Tỉnh Điện Biên"]),
        ("12", ["Lai Châu", "LAI CHAU"]),
        ("14", ["Sơn La", "son la"]),
        ("15", ["Lào Cai", "lao cai", "Tỉnh Lào Cai", "Yên Bái", "yen bai"]),
        ("19", ["Thái Nguyên", "thai nguyen", "Bắc Kạn", "Bac Kan"]),
        ("20", ["Lạng Sơn", "lang son"]),
        ("22", ["Quảng Ninh", "quang ninh", "Tỉnh Quảng Ninh"]),
        ("24", ["Bắc Ninh", "bac ninh", "Bắc Giang", "bac giang"]),
        ("25", ["Phú Thọ", "phu tho", "Vĩnh Phúc", "vinh phuc", "Hòa Bình", "Hoà Bình", "hoa binh"]),
        ("31", ["Hải Phòng", "hai phong", "TP Hải Phòng", "Hải Dương", "hai duong"]),
        ("33", ["Hưng Yên", "hung yen", "Thái Bình", "thai binh"]),
        ("37", ["Ninh Bình", "ninh binh", "Hà Nam", "ha nam", "Nam Định", "nam dinh"]),
        ("38", ["Thanh Hóa", "Thanh Hoá", "thanh hoa", "Tỉnh Thanh Hóa"]),
        ("40", ["Nghệ An", "nghe an"]),
        ("42", ["Hà Tĩnh", "ha tinh"]),
        ("44", ["Quảng Trị", "quang tri", "Quảng Bình", "quang binh"]),
        ("46", ["Huế", "hue", "Thành phố Huế", "Thừa Thiên Huế", "thua thien hue", "Thừa Thiên - Huế"]),
        ("48", ["Đà Nẵng", "da nang", "Quảng Nam", "quang nam"]),
        ("51", ["Quảng Ngãi", "quang ngai", "Kon Tum", "kon tum"]),
        ("52", ["Gia Lai", "gia lai", "Bình Định", "binh dinh"]),
        ("56", ["Khánh Hòa", "Khánh Hoà", "khanh hoa", "Ninh Thuận", "ninh thuan"]),
        ("66", ["Đắk Lắk", "dak lak", "Phú Yên", "phu yen"]),
        ("68", ["Lâm Đồng", "lam dong", "Đắk Nông", "dak nong", "Bình Thuận", "binh thuan"]),
        ("75", ["Đồng Nai", "dong nai", "Bình Phước", "binh phuoc"]),
        ("79", ["Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "TP. HCM", "TPHCM", "HCM", "tp hcm", "Sài Gòn", "sai gon",
                "Bình Dương", "binh duong", "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu", "ba ria vung tau", "BR-VT"]),
        ("80", ["Tây Ninh", "tay ninh", "Long An", "long an"]),
        ("82", ["Đồng Tháp", "dong thap", "Tiền Giang", "tien giang"]),
        ("86", ["Vĩnh Long", "vinh long", "Bến Tre", "ben tre", "Trà Vinh", "tra vinh"]),
        ("91", ["An Giang", "an giang", "Kiên Giang", "kien giang"]),
        ("92", ["Cần Thơ", "can tho", "TP. Cần Thơ", "Sóc Trăng", "soc trang", "Hậu Giang", "hau giang"]),
        ("96", ["Cà Mau", "ca mau", "Bạc Liêu", "bac lieu"]),
    ]

    /// Fifty communes: the eight Tân Tiến with their provinces, the pairs that fold alike inside
    /// one province (told apart by their diacritics or their prefix), names several provinces
    /// share, names of one commune only, codes, and an address of the old three levels.
    static let communes: [(typed: String, code: String)] = [
        ("Tân Tiến, Tuyên Quang", "01051"), ("Tân Tiến, Lạng Sơn", "06019"), ("Tân Tiến, Bắc Ninh", "07699"),
        ("Tân Tiến, Hưng Yên", "12478"), ("Tân Tiến, Thanh Hóa", "16108"), ("Tân Tiến, Đắk Lắk", "24526"),
        ("Xã Tân Tiến (Đồng Nai)", "25318"), ("xa tan tien (ca mau)", "32188"),
        ("Xã Cẩm Giang (Hải Phòng)", "10888"), ("Xã Cẩm Giàng (Hải Phòng)", "10903"),
        ("Xã Văn Lang (Thái Nguyên)", "02143"), ("Xã Văn Lăng (Thái Nguyên)", "05665"),
        ("Xã Đồng Tiến (Thanh Hóa)", "15724"), ("Phường Đông Tiến (Thanh Hóa)", "15853"),
        ("xa dong tien, thanh hoa", "15724"), ("phuong dong tien, thanh hoa", "15853"),
        ("Xã Sơn Hạ (Quảng Ngãi)", "21292"), ("Xã Tân Thạnh (Tây Ninh)", "27826"),
        ("Phường Mỹ Tho (Đồng Tháp)", "28261"), ("Xã Mỹ Thọ (Đồng Tháp)", "30076"),
        ("xa tien lu, phu tho", "08842"), ("xa xuan hoa, lao cai", "02962"), ("xa thuong hong, hai phong", "10993"),
        ("xa long thanh, vinh long", "29513"), ("xa yen cuong, ninh binh", "13870"), ("xa hanh phuc, cao bang", "01618"),
        ("phuong phong dien, hue", "19819"), ("xa cat tien, gia lai", "21898"), ("phuong quang phu, da nang", "20356"),
        ("Xã Quảng Ninh, Quảng Bình", "19207"), ("Xã Khánh Hòa (Lào Cai)", "04333"),
        ("Phường Thủ Dầu Một, Bình Dương", "25747"), ("Phường Sài Gòn, Quận 1, TP.HCM", "26740"),
        ("Phường Lào Cai", "02647"), ("Phường Khánh Hòa, Thành phố Cần Thơ", "31789"),
        ("XÃ PA HAM", "03193"), ("xa thanh tung", "32185"), ("xa mang ri", "23446"), ("XÃ TRỊNH TƯỜNG", "02695"),
        ("kien thiet", "02437"), ("Thới Lai", "31258"), ("phuong mong cai 3", "06736"), ("PHƯỜNG NAM HỒNG LĨNH", "18118"),
        ("Ea Drăng", "24181"), ("Phường Ninh Kiều", "31135"), ("Xã Hoằng Thanh, Tỉnh Thanh Hóa", "16000"),
        ("24444", "24444"), ("19489", "19489"), ("31135", "31135"), ("Đặc khu Phú Quốc", "31078"),
    ]

    @Test func everyProvinceByEveryNamePeopleGiveIt() throws {
        let fixture = try RegisterFixture()
        #expect(Set(Self.provinces.map(\.code)).count == 34)
        for (code, names) in Self.provinces {
            #expect(try fixture.register.locality(named: code).code == code)
            for name in names {
                #expect(try fixture.register.locality(named: name).code == code, "\(name)")
            }
        }
    }

    @Test func fiftyCommunesByTheirNamesCodesAndProvinces() throws {
        let fixture = try RegisterFixture()
        #expect(Self.communes.count == 50)
        for (typed, code) in Self.communes {
            #expect(try fixture.register.locality(named: typed).code == code, "\(typed)")
        }
    }

    @Test func theRegisterHoldsEveryCommuneUnderItsProvince() throws {
        let fixture = try RegisterFixture()
        let localities = try fixture.register.localities()
        let communes = localities.filter { !$0.isProvince }
        #expect(localities.count == 34 + 3_321)
        #expect(Dictionary(grouping: communes, by: { $0.kind ?? "" }).mapValues(\.count) == ["Xã": 2_621, "Phường": 687, "Đặc khu": 13])
        let canTho = try fixture.register.locality(named: "92")
        #expect(communes.filter { $0.provinceID == canTho.id }.count == 103)
        #expect(communes.first { $0.code == "31135" }.map { [$0.name, $0.kind, $0.fullName] } == ["Ninh Kiều", "Phường", "Phường Ninh Kiều"])
    }

    @Test func aProvinceNamedWithoutAPrefixIsTheProvinceNotTheCommune() throws {
        let fixture = try RegisterFixture()
        #expect(try fixture.register.locality(named: "Lào Cai").code == "15")
        #expect(try fixture.register.locality(named: "Phường Lào Cai").code == "02647")
        #expect(try fixture.register.locality(named: "Bình Dương").code == "79")
        #expect(try fixture.register.locality(named: "Xã Bình Dương").code == "21733")
        #expect(try fixture.register.locality(named: "Phường Bình Dương").code == "25760")
        #expect(try fixture.register.locality(named: "Sài Gòn").code == "79")
        #expect(try fixture.register.locality(named: "Phường Sài Gòn").code == "26740")
        #expect(try fixture.register.locality(named: "Hậu Giang").code == "92")
    }

    @Test func aNameThatFitsSeveralIsRefusedWithCandidatesThatCanBeGivenBack() throws {
        let fixture = try RegisterFixture()
        let tanPhu = ["Xã Tân Phú (Nghệ An)", "Xã Tân Phú (Tây Ninh)", "Xã Tân Phú (Đồng Nai)", "Phường Tân Phú (Hồ Chí Minh)",
                      "Xã Tân Phú (Đồng Tháp)", "Xã Tân Phú (Vĩnh Long)"]
        #expect(throws: RegisterError.ambiguous(kind: .locality, name: "tan phu", candidates: tanPhu)) {
            try fixture.register.locality(named: "tan phu")
        }
        #expect(try tanPhu.map { try fixture.register.locality(named: $0).code } == ["17272", "25549", "26116", "27031", "28468", "28840"])
        #expect(throws: RegisterError.ambiguous(kind: .locality, name: "cam giang, hai phong", candidates: [
            "Xã Cẩm Giang (Hải Phòng)", "Xã Cẩm Giàng (Hải Phòng)",
        ])) {
            try fixture.register.locality(named: "cam giang, hai phong")
        }
        #expect(throws: RegisterError.ambiguous(kind: .locality, name: "Xã Quảng Ninh", candidates: [
            "Xã Quảng Ninh (Thanh Hóa)", "Xã Quảng Ninh (Quảng Trị)",
        ])) {
            try fixture.register.locality(named: "Xã Quảng Ninh")
        }
        // A prefix that fits three provinces and many communes lists the provinces first.
        let quang = #expect(throws: RegisterError.self) { try fixture.register.locality(named: "Quảng") }
        guard case .ambiguous(_, _, let candidates) = quang else { Issue.record("\(String(describing: quang))"); return }
        #expect(candidates.prefix(4) == ["Tỉnh Quảng Ninh", "Tỉnh Quảng Trị", "Tỉnh Quảng Ngãi", "Xã Quảng Nguyên (Tuyên Quang)"])
        #expect(candidates.count == 52)
    }

    @Test func anUnknownNameOrAProvinceThatIsNotOneIsNotFound() throws {
        let fixture = try RegisterFixture()
        // The part after the comma must be a province, and the commune must be in it.
        for (typed, missing) in [("Atlantis", "Atlantis"), ("Tân Phú, Atlantis", "Atlantis"), ("Xã Tân Phú (Atlantis)", "Atlantis"),
                                 ("Tân Phú, Ninh Kiều", "Tân Phú, Ninh Kiều"), ("Ninh Kiều, Đồng Nai", "Ninh Kiều, Đồng Nai")] {
            #expect(throws: RegisterError.notFound(kind: .locality, name: missing)) {
                try fixture.register.locality(named: typed)
            }
        }
    }

    @Test func aMissingCommuneIsAddedAndOneThereAlreadyIsRefused() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-08-01")
        let (zone, province) = try fixture.register.addLocality(name: "Khu công nghệ cao", parent: "can tho", code: "99001", at: at)
        #expect([zone.name, zone.kind, zone.code, province.code] == ["Khu công nghệ cao", nil, "99001", "92"])
        #expect(try fixture.register.locality(named: "khu cong nghe cao, can tho").code == "99001")
        #expect(throws: RegisterError.notAProvince(parent: "Phường Ninh Kiều")) {
            try fixture.register.addLocality(name: "Khu vực 1", parent: "Ninh Kiều", code: nil, at: at)
        }
        #expect(throws: RegisterError.duplicate(kind: .locality, code: "31135")) {
            try fixture.register.addLocality(name: "Phường Cái Khế Mới", parent: "can tho", code: "31135", at: at)
        }
        for name in ["Phường Ninh Kiều", "Ninh Kiều", "ninh kieu"] {
            #expect(throws: RegisterError.duplicateName(province: "Cần Thơ", name: PlaceName.parse(name).name)) {
                try fixture.register.addLocality(name: name, parent: "can tho", code: nil, at: at)
            }
        }
        #expect(try fixture.register.localities().count == 34 + 3_321 + 1)
    }
}
