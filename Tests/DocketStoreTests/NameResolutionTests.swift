import DocketCore
import DocketRegister
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

}

@Suite struct UnitsByTheNamesPeopleType {
    @Test func aUnitIsFoundByCodeInAnyCaseOrByName() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        #expect(try fixture.register.unit(named: "CUC-VT").name == "Cục Viễn thông")
        #expect(try fixture.register.unit(named: "cuc vien thong").code == "cuc-vt")
        #expect(try fixture.register.unit(named: "Cục Viễn").code == "cuc-vt")
        #expect(try fixture.register.unit(named: "bo khoa hoc").code == "bo-khcn")
        #expect(try fixture.register.unit(named: "bo khcn").code == "bo-khcn")
        #expect(try fixture.register.unit(named: "BO-KHCN").code == "bo-khcn")
        #expect(try fixture.register.unit(named: " Bo_Khcn ").code == "bo-khcn")
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
        #expect(try fixture.register.localities().count == 34 + 3_321)
        #expect(try fixture.register.units().isEmpty)
    }
}

