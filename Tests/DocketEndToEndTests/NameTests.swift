import Foundation
import Testing

/// Names as people type them, through the binary: communes with their provinces, former
/// provinces, short forms, unit codes typed as names, and the candidates of an ambiguous name.
@Suite struct NamesAsPeopleTypeThem {
    @Test func everyFormFilesUnderTheLocalityItMeans() throws {
        let docket = try Docket.withUnits()
        let typed = ["Tân Phú, Đồng Nai", "Xã Tân Phú (Đồng Nai)", "26116", "TP.HCM", "Bình Dương", "Thừa Thiên Huế",
                     "Hậu Giang", "Lào Cai", "Phường Lào Cai", "phuong sai gon, quan 1, tphcm"]
        for (index, locality) in typed.enumerated() {
            try docket.ok("file", "--locality", locality, "--title", "Vấn đề \(index + 1)", "--at", "2025-08-26")
        }
        let filed = try docket.ok("list", "--json").objects().map { ($0["locality"] as? [String: Any])?["code"] as? String }
        #expect(filed == ["26116", "26116", "26116", "79", "79", "46", "92", "15", "02647", "26740"])
        #expect(try docket.ok("list", "--locality", "Đồng Nai", "--json").objects().count == 3)
        #expect(try docket.ok("list", "--locality", "Sài Gòn", "--json").objects().count == 3)
    }

    @Test func anAmbiguousNameListsCandidatesThatCanBeCopiedBack() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(1, "file", "--locality", "tan phu", "--title", "x", saying:
            "docket: 'tan phu' fits 6 localities: Xã Tân Phú (Nghệ An); Xã Tân Phú (Tây Ninh); Xã Tân Phú (Đồng Nai); "
            + "Phường Tân Phú (Hồ Chí Minh); Xã Tân Phú (Đồng Tháp); Xã Tân Phú (Vĩnh Long); give a code or a longer name.")
        let vietnamese = try docket.run(["file", "--locality", "tan phu", "--title", "x", "--lang", "vi", "--db", docket.db])
        #expect(vietnamese.status == 1)
        #expect(vietnamese.stderr.contains("Xã Tân Phú (Đồng Nai); Phường Tân Phú (Hồ Chí Minh)"))
        try docket.ok("file", "--locality", "Phường Tân Phú (Hồ Chí Minh)", "--title", "x", "--at", "2025-08-26")
        #expect(try docket.ok("show", "1", "--json").object()["locality"] as? [String: String] == ["code": "27031", "name": "Phường Tân Phú"])
    }

    @Test func aUnitCodeIsMatchedAsANameIs() throws {
        let docket = try Docket.withUnits()
        try docket.ok("file", "--locality", "92", "--title", "x", "--at", "2025-08-26")
        for (index, unit) in ["bo khcn", "BO-KHCN", "Cuc VT"].enumerated() {
            try docket.ok("assign", "1", "--unit", unit, "--at", "2025-08-2\(7 + index)")
        }
        let owners = try docket.ok("history", "1", "--json").objects().compactMap { ($0["unit"] as? [String: Any])?["code"] as? String }
        #expect(owners == ["bo-khcn", "bo-khcn", "cuc-vt"])
    }

    @Test func theLocalitiesOfOneProvinceAreListedByName() throws {
        let docket = try Docket.withUnits()
        let lines = try docket.ok("locality", "list", "--province", "Bạc Liêu").stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 1 + 64)
        #expect(lines.prefix(3) == [
            "Code   Name                Kind    Province",
            "96     Cà Mau              Tỉnh",
            "31988    An Trạch          Xã      Cà Mau",
        ])
    }
}

/// `search` through the binary finds the problems of a province by its name, without diacritics.
@Suite struct SearchingByPlace {
    @Test func dongNaiFindsTheProblemsOfDongNaiAndItsCommunes() throws {
        let docket = try Docket.withUnits()
        for (title, locality) in [("Giá thuê hạ tầng", "Đồng Nai"), ("Thủ tục chồng chéo", "Tân Phú, Đồng Nai"),
                                  ("Đường truyền chậm", "Cần Thơ"), ("Trạm BTS", "Bình Phước")] {
            try docket.ok("file", "--locality", locality, "--title", title, "--at", "2025-08-26")
        }
        let found = try docket.ok("search", "dong nai", "--json").objects().map { $0["id"] as? Int }
        #expect(found.compactMap { $0 }.sorted() == [1, 2, 4])
        try docket.ok("assign", "3", "--unit", "cuc-vt", "--at", "2025-08-27")
        #expect(try docket.ok("search", "Cục Viễn thông", "--json").objects().map { $0["id"] as? Int } == [3])
    }
}
