import DocketTesting
import Foundation
import Testing

@Suite struct TheCategoriesProblemsAreFiledUnder {
    /// A register with two categories.
    private func docketWithCategories() throws -> Docket {
        let docket = try Docket.withUnits()
        try docket.ok("category", "add", "vien-thong", "--name", "Viễn thông",
                      "--description", "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung")
        try docket.ok("category", "add", "tthc", "--name", "Thủ tục hành chính")
        return docket
    }

    @Test func theyAreAddedAndListedAsATableAndInJSON() throws {
        let docket = try Docket.withUnits()
        #expect(try docket.ok("category", "list", "--json").stdout == "[]\n")
        #expect(try docket.ok("category", "add", "vien-thong", "--name", "Viễn thông",
                              "--description", "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung").stdout
            == "Added the category vien-thong (Viễn thông).\n")
        #expect(try docket.ok("category", "add", "tthc", "--name", " Thủ tục hành chính ", "--lang", "vi").stdout
            == "Đã thêm lĩnh vực tthc (Thủ tục hành chính).\n")
        #expect(try docket.ok("category", "add", "CKS", "--name", "Chữ ký số", "--json").stdout == """
            {
              "code": "CKS",
              "name": "Chữ ký số",
              "description": null
            }

            """)
        #expect(try docket.ok("category", "list").stdout == """
            Code        Name                Description
            CKS         Chữ ký số
            tthc        Thủ tục hành chính
            vien-thong  Viễn thông          Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung

            """)
        #expect(try docket.ok("category", "list", "--lang", "vi").stdout.hasPrefix("Mã          Tên                 Mô tả\n"))
        let listed = try docket.ok("category", "list", "--json").objects()
        #expect(listed.map { $0["code"] as? String } == ["CKS", "tthc", "vien-thong"])
        #expect(listed[2]["description"] as? String == "Hạ tầng viễn thông, tần số, giá thuê hạ tầng dùng chung")
    }

    @Test func aCodeOrANameTakenIsRefusedAndNothingIsAdded() throws {
        let docket = try docketWithCategories()
        try docket.refuses(1, "category", "add", "tthc", "--name", "Hành chính",
                           saying: "A category with the code 'tthc' already exists: choose another code.")
        try docket.refuses(1, "category", "add", "vt", "--name", "VIEN THONG",
                           saying: "The category vien-thong is already named VIEN THONG (names are compared without case or diacritics): use it, or give a different name.")
        try docket.refuses(1, "category", "add", "vt", "--name", "viễn thông", "--lang", "vi",
                           saying: "Lĩnh vực vien-thong đã mang tên viễn thông")
        try docket.refuses(64, "category", "add", "a b", "--name", "Đất đai",
                           saying: "category code: 'a b' may hold only letters, digits, '-', '_' and '.'.")
        try docket.refuses(64, "category", "add", "dat-dai", "--name", "  ", saying: "The category name is empty: give some text.")
        try docket.refuses(64, "category", "add", "dat-dai", saying: "--name")
        #expect(try docket.ok("category", "list", "--json").objects().count == 2)
    }

    @Test func aListedCategoryIsFiledEditedAndFoundByItsCodeOrNameAndAnotherIsKeptAsTyped() throws {
        let docket = try docketWithCategories()
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng chưa thống nhất", "--category", "VIEN-THONG")
        try docket.ok("file", "--locality", "Cần Thơ", "--title", "Sóng yếu ở cù lao", "--category", "vien thong")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Thủ tục chồng chéo", "--category", "tthc")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Chưa có hướng dẫn chữ ký số", "--category", "chữ ký số")
        func category(_ id: Int) throws -> String? {
            try docket.ok("show", String(id), "--json").object()["category"] as? String
        }
        #expect(try category(1) == "Viễn thông")
        #expect(try category(2) == "Viễn thông")
        #expect(try category(3) == "Thủ tục hành chính")
        #expect(try category(4) == "chữ ký số")

        func listed(_ category: String) throws -> [Int] {
            try docket.ok("list", "--category", category, "--json").objects().compactMap { ($0["id"] as? NSNumber)?.intValue }
        }
        #expect(try listed("vien-thong") == [1, 2])
        #expect(try listed("Viễn Thông") == [1, 2])
        #expect(try listed("THU TUC HANH CHINH") == [3])
        #expect(try listed("chu ky so") == [4])

        try docket.ok("edit", "4", "--category", "tthc")
        #expect(try category(4) == "Thủ tục hành chính")
        #expect(try listed("tthc") == [3, 4])
        let change = try docket.ok("history", "4", "--json").objects().last
        #expect((change?["changes"] as? [[String: Any]])?.first?["new"] as? String == "Thủ tục hành chính")

        // A category added later does not change what was filed before.
        try docket.ok("category", "add", "cks", "--name", "Chữ ký số")
        try docket.ok("file", "--locality", "Hà Nội", "--title", "Thiếu chứng thư số cấp xã", "--category", "cks")
        #expect(try category(5) == "Chữ ký số")
        #expect(try listed("cks") == [5])
    }

    @Test func anImportRowsCategoryIsRecordedByItsName() throws {
        let docket = try docketWithCategories()
        try Data("""
            title,locality,category
            Giá thuê hạ tầng,Cần Thơ,vien-thong
            Thủ tục chồng chéo,Hà Nội,Thu tuc hanh chinh
            Đất đai chưa liên thông,Hà Nội,Đất đai

            """.utf8).write(to: URL(fileURLWithPath: docket.path("rows.csv")))
        try docket.ok("import", docket.path("rows.csv"))
        #expect(try docket.ok("list", "--json").objects().map { $0["category"] as? String }
            == ["Viễn thông", "Thủ tục hành chính", "Đất đai"])
    }
}

extension ServeProcess {
    /// The categories over real sockets: an admin adds them, everyone reads them, and a problem
    /// filed over HTTP under a code keeps the name.
    @Suite struct TheCategoriesOverASocket {
        @Test func anAdminAddsThemEveryoneReadsThemAndAFilingKeepsTheName() throws {
            let (served, coordinator) = try ServeProcess.served()
            let admin = try served.addToken("quan-tri", role: "admin")
            let locality = try served.addToken("so-khcn-can-tho", role: "locality", locality: "Cần Thơ")
            let connection = try served.client().connect()
            let body = #"{"code":"vien-thong","name":"Viễn thông","description":"Hạ tầng viễn thông"}"#

            let refused = try connection.request("POST", "/api/v1/categories", headers: ServeProcess.bearer(coordinator), json: body)
            #expect(refused.status == 403)
            let added = try connection.request("POST", "/api/v1/categories", headers: ServeProcess.bearer(admin), json: body)
            #expect(added.status == 201)
            #expect(added.text == #"{"code":"vien-thong","name":"Viễn thông","description":"Hạ tầng viễn thông"}"#)
            let twice = try connection.request("POST", "/api/v1/categories", headers: ServeProcess.bearer(admin),
                                               json: #"{"code":"vt","name":"vien thong"}"#)
            #expect(twice.status == 409)
            let blank = try connection.request("POST", "/api/v1/categories", headers: ServeProcess.bearer(admin),
                                               json: #"{"code":"vt","name":" "}"#)
            #expect(blank.status == 422)

            let listed = try connection.request("GET", "/api/v1/categories", headers: ServeProcess.bearer(locality))
            #expect(listed.status == 200)
            #expect(listed.text == #"{"items":[{"code":"vien-thong","name":"Viễn thông","description":"Hạ tầng viễn thông"}]}"#)

            let filed = try connection.request("POST", "/api/v1/problems", headers: ServeProcess.bearer(locality),
                                               json: #"{"title":"Giá thuê hạ tầng chưa thống nhất","locality":"Cần Thơ","category":"VIEN-THONG"}"#)
            #expect(filed.status == 201)
            #expect(try filed.object()["category"] as? String == "Viễn thông")
            #expect(try served.program.ok("category", "list", "--json").objects().map { $0["code"] as? String } == ["vien-thong"])
        }
    }
}
