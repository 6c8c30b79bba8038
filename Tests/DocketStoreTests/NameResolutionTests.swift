import DocketCore
import DocketStore
import DocketTesting
import Testing

@Suite struct LocalitiesByTheNamesPeopleType {
    @Test(arguments: ["92", "Cần Thơ", "can tho", "CAN THO", "TP. Cần Thơ", "Thành phố Cần Thơ", "thanh pho can tho",
                      "Ca\u{0300}n Tho\u{031B}", "  Cần   Thơ  ", "TP Cần Thơ"])
    func everySpellingOfCanThoFindsIt(_ typed: String) throws {
        let fixture = try RegisterFixture()
        let locality = try fixture.register.locality(named: typed)
        #expect(locality.code == "92")
        #expect(locality.name == "Cần Thơ")
    }

    @Test func dFoldsToD() throws {
        let fixture = try RegisterFixture()
        #expect(try fixture.register.locality(named: "dong nai").name == "Đồng Nai")
        #expect(try fixture.register.locality(named: "DA NANG").code == "48")
        #expect(try fixture.register.locality(named: "Dak Lak").code == "66")
    }

    @Test func bothTonePlacementsOfThanhHoaMatch() throws {
        let fixture = try RegisterFixture()
        #expect(try fixture.register.locality(named: "Thanh Hoá").code == "38")
        #expect(try fixture.register.locality(named: "Thanh Hóa").code == "38")
        #expect(try fixture.register.locality(named: "Khánh Hoà").code == "56")
    }

    @Test func aUniquePrefixOfANameIsEnough() throws {
        let fixture = try RegisterFixture()
        #expect(try fixture.register.locality(named: "Quang Ni").name == "Quảng Ninh")
        #expect(try fixture.register.locality(named: "ho chi").code == "79")
    }

    @Test func aNameThatFitsSeveralIsRefusedWithTheCandidates() throws {
        let fixture = try RegisterFixture()
        #expect(throws: RegisterError.ambiguous(kind: .locality, name: "Quảng", candidates: [
            "Tỉnh Quảng Ninh (22)", "Tỉnh Quảng Trị (44)", "Tỉnh Quảng Ngãi (51)",
        ])) {
            try fixture.register.locality(named: "Quảng")
        }
    }

    @Test func aCommuneNamedInTwoProvincesIsAmbiguousUntilItsKindOrCodeIsGiven() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-08-01")
        _ = try fixture.register.addLocality(name: "Phường Tân Phú", parent: "Hồ Chí Minh", code: "27028", at: at)
        _ = try fixture.register.addLocality(name: "Xã Tân Phú", parent: "Đồng Nai", code: "26116", at: at)
        #expect(throws: RegisterError.ambiguous(kind: .locality, name: "tan phu", candidates: [
            "Phường Tân Phú (27028, under Hồ Chí Minh)", "Xã Tân Phú (26116, under Đồng Nai)",
        ])) {
            try fixture.register.locality(named: "tan phu")
        }
        #expect(try fixture.register.locality(named: "xa tan phu").code == "26116")
        #expect(try fixture.register.locality(named: "27028").kind == "Phường")
    }

    @Test func anUnknownNameIsNotFound() throws {
        let fixture = try RegisterFixture()
        #expect(throws: RegisterError.notFound(kind: .locality, name: "Atlantis")) {
            try fixture.register.locality(named: "Atlantis")
        }
    }

    @Test func aCommuneIsAddedUnderAProvinceOnly() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-08-01")
        let (ward, province) = try fixture.register.addLocality(name: "Phường Ninh Kiều", parent: "can tho", code: "31117", at: at)
        #expect(ward.name == "Ninh Kiều")
        #expect(ward.kind == "Phường")
        #expect(ward.fullName == "Phường Ninh Kiều")
        #expect(province.code == "92")
        #expect(throws: RegisterError.self) {
            try fixture.register.addLocality(name: "Khu vực 1", parent: "Ninh Kiều", code: nil, at: at)
        }
        #expect(throws: RegisterError.duplicate(kind: .locality, code: "31117")) {
            try fixture.register.addLocality(name: "Phường Cái Khế", parent: "can tho", code: "31117", at: at)
        }
        #expect(try fixture.register.localities().count == 35)
    }
}

@Suite struct UnitsByTheNamesPeopleType {
    @Test func aUnitIsFoundByCodeInAnyCaseOrByName() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        #expect(try fixture.register.unit(named: "CUC-VT").name == "Cục Viễn thông")
        #expect(try fixture.register.unit(named: "cuc vien thong").code == "cuc-vt")
        #expect(try fixture.register.unit(named: "Cục Viễn").code == "cuc-vt")
        #expect(try fixture.register.unit(named: "bo khoa hoc").code == "bo-khcn")
    }

    @Test func unitsAreListedUnderTheirParents() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        #expect(try fixture.register.units().map(\.code) == ["chinh-phu", "bo-khcn", "cuc-vt", "vu-pc"])
        #expect(try fixture.register.units().map(\.parentCode) == [nil, "chinh-phu", "bo-khcn", "bo-khcn"])
    }

    @Test func aTakenCodeIsRefused() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        #expect(throws: RegisterError.duplicate(kind: .unit, code: "Cuc-VT")) {
            try fixture.register.addUnit(code: "Cuc-VT", name: "Another", kind: .internal, parent: nil, at: RegisterFixture.at("2025-08-02"))
        }
    }

    @Test func aNameThatFitsSeveralUnitsIsRefused() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        #expect(throws: RegisterError.ambiguous(kind: .unit, name: "c", candidates: ["chinh-phu (Chính phủ)", "cuc-vt (Cục Viễn thông)"])) {
            try fixture.register.unit(named: "c")
        }
    }
}

@Suite struct NamesWithNothingToFindThemBy {
    @Test func aLocalityOrUnitWhoseNameHasNoLetterOrDigitIsRefused() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-08-01")
        #expect(throws: InputError.self) { try fixture.register.addLocality(name: "Xã ·", parent: "92", code: nil, at: at) }
        #expect(throws: InputError.self) { try fixture.register.addLocality(name: "- . -", parent: "92", code: nil, at: at) }
        #expect(throws: InputError.self) { try fixture.register.addUnit(code: "x", name: "!!!", kind: .internal, parent: nil, at: at) }
        #expect(try fixture.register.localities().count == 34)
        #expect(try fixture.register.units().isEmpty)
    }
}

@Suite struct ANameTypedWithItsDiacriticsBreaksATie {
    @Test func thanhHoaWithDiacriticsMeansTheProvinceWithoutThemIsAmbiguous() throws {
        let fixture = try RegisterFixture()
        let at = RegisterFixture.at("2025-08-01")
        _ = try fixture.register.addLocality(name: "Phường Thành Hòa", parent: "Hà Nội", code: "10038", at: at)
        _ = try fixture.register.addLocality(name: "Phường Thạnh Hòa", parent: "Cà Mau", code: "13307", at: at)
        #expect(try fixture.register.locality(named: "Thanh Hóa").code == "38")
        #expect(try fixture.register.locality(named: "Thanh Hoá").code == "38")
        #expect(try fixture.register.locality(named: "Thành Hòa").code == "10038")
        #expect(throws: RegisterError.ambiguous(kind: .locality, name: "thanh hoa", candidates: [
            "Tỉnh Thanh Hóa (38)", "Phường Thành Hòa (10038, under Hà Nội)", "Phường Thạnh Hòa (13307, under Cà Mau)",
        ])) {
            try fixture.register.locality(named: "thanh hoa")
        }
    }
}
