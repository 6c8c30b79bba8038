import DocketCore
import DocketRegister
import DocketTesting
import Testing
@testable import DocketStore

/// The numbers of the problems `query` finds, best first.
func found(_ register: Register, _ query: String, limit: Int? = nil) throws -> [Int64] {
    let ids = try register.search(try SearchQuery(parsing: query), limit: limit ?? Register.largestPage, as: .admin("test")).items.map(\.id)
    return ids
}

@Suite struct SearchFindsProblemsWhateverTheDiacritics {
    @Test func aQueryWithoutDiacriticsFindsTheOriginalSpelling() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Giá thuê hạ tầng viễn thông thụ động chưa thống nhất")
        try fixture.file("Thiếu cán bộ đo lường ở cấp xã")
        #expect(try found(fixture.register, "gia thue ha tang") == [1])
        let titles = try fixture.register.search(try SearchQuery(parsing: "GIA THUE"), limit: Register.largestPage, as: .admin("test")).items.map(\.title)
        #expect(titles == ["Giá thuê hạ tầng viễn thông thụ động chưa thống nhất"])
    }

    @Test func theDStrokeFoldsOnBothSides() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Hợp đồng thuê cột chưa ký")
        try fixture.file("Đo lường chất lượng")
        #expect(try found(fixture.register, "Đồng") == [1])
        #expect(try found(fixture.register, "dong") == [1])
        #expect(try found(fixture.register, "do luong") == [2])
    }

    @Test func descriptionsAndRecommendationsAreSearched() throws {
        let fixture = try RegisterFixture()
        _ = try fixture.register.file(NewProblem(title: "Cáp treo", locality: "Cần Thơ", description: "Ngầm hóa chậm",
                                             recommendation: "Thống nhất khung giá"),
                                  at: RegisterFixture.at("2025-08-26"), as: .admin("test"))
        #expect(try found(fixture.register, "ngam hoa") == [1])
        #expect(try found(fixture.register, "khung gia") == [1])
    }

    @Test func prefixesPhrasesAndOrWork() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Giá thuê hạ tầng")
        try fixture.file("Thuế đất và tầng hầm")
        try fixture.file("Cáp ngầm")
        #expect(try found(fixture.register, "thu*") == [1, 2])
        #expect(try found(fixture.register, "\"ha tang\"") == [1])
        #expect(try found(fixture.register, "\"tang ha\"") == [])
        #expect(try found(fixture.register, "\"ha ta\"*") == [1])
        #expect(try found(fixture.register, "cap OR ham") == [3, 2])  // the shorter title ranks first
        #expect(try found(fixture.register, "tang cap OR ham") == [2])
    }

    @Test func fts5SyntaxTypedByAUserIsOnlyText() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Covid-19: thủ tục (bổ sung) \"khẩn\"")
        for query in ["covid-19", "\"covid", "thu tuc)", "(bo sung", "title:covid", "NOT khan", "khan AND",
                      "NEAR(covid thu)", "covid^", "covid +19", "'khan'", "{title}: covid"] {
            #expect(throws: Never.self, "\(query)") { try found(fixture.register, query) }
        }
        #expect(try found(fixture.register, "covid-19") == [1])
        #expect(try found(fixture.register, "title:covid") == [])
        #expect(try found(fixture.register, "(bo sung") == [1])
    }

    @Test func theTitleCountsMoreThanTheBodyAndTheBodyMoreThanTheHistory() throws {
        let fixture = try RegisterFixture()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-26")
        try fixture.file("Vấn đề thứ nhất")
        try register.apply(.init(action: "comment", text: "Liên quan hạ tầng viễn thông"), to: 1, at: at, as: .admin("test"))
        _ = try register.file(NewProblem(title: "Vấn đề thứ hai", locality: "92", description: "Hạ tầng viễn thông"),
                          at: at, as: .admin("test"))
        try fixture.file("Hạ tầng viễn thông")
        try fixture.file("Hạ tầng viễn thông")
        #expect(try found(register, "vien thong") == [3, 4, 2, 1])
        #expect(try found(register, "vien thong", limit: 2) == [3, 4])
    }
}

@Suite struct TheSearchIndexStaysExact {
    @Test func historyTextsAreFoundAfterEveryKindOfChange() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        try fixture.file("Giá thuê hạ tầng")
        try fixture.file("Thủ tục chồng chéo")
        let steps: [(Int64, Register.TransitionInput)] = [
            (1, .init(action: "assign", unit: "cuc-vt", due: .date(RegisterFixture.date("2025-09-30")), text: "Giao Cục chủ trì")),
            (1, .init(action: "comment", text: "Đang lấy ý kiến doanh nghiệp")),
            (1, .init(action: "answer", text: "Đã hướng dẫn tạm thời")),
            (1, .init(action: "resolve", text: "Ban hành khung giá thuê")),
            (1, .init(action: "reopen", text: "Doanh nghiệp chưa áp dụng")),
            (2, .init(action: "escalate", target: "chinh-phu", text: "Vượt thẩm quyền của Bộ")),
            (2, .init(action: "close", text: "Trùng với nhóm khác")),
        ]
        var minute: Int64 = 0
        for (id, input) in steps {
            minute += 60
            try register.apply(input, to: id, at: RegisterFixture.at("2025-08-27").adding(seconds: minute), as: .admin("test"))
        }
        #expect(try found(register, "giao cuc chu tri") == [1])
        #expect(try found(register, "doanh nghiep") == [1])
        #expect(try found(register, "khung gia") == [1])
        #expect(try found(register, "vuot tham quyen") == [2])
        #expect(try found(register, "trung nhom") == [2])
        let check = try register.searchIndexCheck()
        #expect(check.documents == 2)
        #expect(check.problems == 2)
        #expect(check.wrong == [])
        try register.database.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    }

    @Test func aBatchWritesItsOperationsDocumentsAtItsEndAsEachOperationLeftThem() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        let register = fixture.register
        let at = RegisterFixture.at("2025-08-26")
        try fixture.file("Giá thuê hạ tầng")
        try fixture.file("Thủ tục chồng chéo")
        struct Undone: Error {}
        try register.batch {
            // Out of order, and some documents twice or more: a new one changed again, an
            // old one commented on, moved and edited in one batch.
            _ = try register.file(NewProblem(title: "Cấp phép trạm gốc", locality: "Cần Thơ"), at: at, as: .admin("test"))
            try register.apply(.init(action: "comment", text: "Đã gửi doanh nghiệp"), to: 3, at: at, as: .admin("test"))
            try register.apply(.init(action: "comment", text: "Chờ ý kiến Sở"), to: 2, at: at, as: .admin("test"))
            try register.apply(.init(action: "assign", unit: "cuc-vt", text: "Giao Cục chủ trì"), to: 2, at: at, as: .admin("test"))
            _ = try register.edit(2, ProblemEdit(title: "Thủ tục cấp phép chồng chéo"), at: at, as: .admin("test"))
            try register.apply(.init(action: "comment", text: "Lần thứ hai"), to: 1, at: at, as: .admin("test"))
            // An operation undone in its savepoint takes its documents' writes with it.
            #expect(throws: Undone.self) {
                try register.batch {
                    try register.apply(.init(action: "comment", text: "Bị hủy bỏ"), to: 1, at: at, as: .admin("test"))
                    _ = try register.file(NewProblem(title: "Không được lưu", locality: "Cần Thơ"), at: at, as: .admin("test"))
                    throw Undone()
                }
            }
            // Nothing is in the index before the batch ends.
            #expect(try found(register, "tram goc") == [])
        }
        #expect(try found(register, "tram goc") == [3])
        #expect(try found(register, "doanh nghiep") == [3])
        #expect(try found(register, "y kien so") == [2])
        #expect(try found(register, "giao cuc") == [2])
        #expect(try Set(found(register, "cap phep")) == [2, 3])
        #expect(try found(register, "vien thong") == [2])
        #expect(try found(register, "lan thu hai") == [1])
        #expect(try found(register, "huy bo") == [])
        #expect(try found(register, "khong duoc luu") == [])
        let check = try register.searchIndexCheck()
        #expect(check.documents == 3)
        #expect(check.problems == 3)
        #expect(check.wrong == [])
    }

    @Test func aRefusedChangeLeavesTheIndexAsItWas() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Giá thuê hạ tầng")
        #expect(throws: RegisterError.self) {
            try fixture.register.apply(.init(action: "resolve", text: "Từ chối"), to: 1,
                                       at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        }
        #expect(try found(fixture.register, "tu choi") == [])
        #expect(try fixture.register.searchIndexCheck().wrong == [])
    }
}

@Suite struct AQueryThatMatchesManyRanksTheNewest {
    @Test func onlyTheMostRecentMatchesWithinTheWindowAreRanked() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Giá thuê")                                  // #1: the best match, but old
        try fixture.file("Giá thuê hạ tầng viễn thông thụ động")      // #2
        try fixture.file("Giá thuê cột điện và cống bể cáp")          // #3
        try fixture.file("Giá thuê mặt bằng")                         // #4
        func ranked(window: Int) throws -> [Int64] {
            let ids = try fixture.register.search(try SearchQuery(parsing: "gia thue"), limit: Register.largestPage, rankingWindow: window, as: .admin("test")).items.map(\.id)
            return ids
        }
        // All ranked: the shortest title, the best match, first; then by length (7 words, 8).
        #expect(try ranked(window: 1000) == [1, 4, 2, 3])
        // Only the three newest ranked: #1 is left out, the others keep their order.
        #expect(try ranked(window: 3) == [4, 2, 3])
        #expect(try ranked(window: 1) == [4])
    }
}

/// A problem is found by its locality's and its owner's names too: "dong nai" finds the
/// problems of Đồng Nai and of its communes, "cuc vien thong" those Cục Viễn thông owns.
@Suite struct SearchFindsTheLocalityAndTheOwnerByName {
    @Test func theLocalityItsProvinceAndTheOwnerAreSearched() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Giá thuê hạ tầng", at: "Đồng Nai")
        try fixture.file("Thủ tục chồng chéo", at: "Xã Tân Phú (Đồng Nai)")
        try fixture.file("Đường truyền chậm", at: "Phường Ninh Kiều")
        try fixture.file("Cán bộ thiếu", at: "Hà Nội")
        #expect(try found(fixture.register, "dong nai") == [1, 2])
        #expect(try found(fixture.register, "tan phu") == [2])
        #expect(try found(fixture.register, "ninh kieu") == [3])
        #expect(try found(fixture.register, "can tho") == [3])
        #expect(try found(fixture.register, "dong nai thu tuc") == [2])
        #expect(try found(fixture.register, "cuc vien thong") == [])

        try fixture.register.apply(.init(action: "assign", unit: "cuc-vt"), to: 3, at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        try fixture.register.apply(.init(action: "assign", unit: "vu-pc"), to: 4, at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        #expect(try found(fixture.register, "cuc vien thong") == [3])
        // Reassigned, a problem is found by its new owner's name and no longer by the old one's.
        try fixture.register.apply(.init(action: "assign", unit: "vu-pc"), to: 3, at: RegisterFixture.at("2025-08-28"), as: .admin("test"))
        #expect(try found(fixture.register, "cuc vien thong") == [])
        #expect(try found(fixture.register, "vu phap che").sorted() == [3, 4])
        #expect(try fixture.register.searchIndexCheck().wrong == [])
    }

    @Test func aWordOfTheTitleCountsMoreThanTheSameWordInANameSoItComesFirst() throws {
        let fixture = try RegisterFixture()
        try fixture.file("Thiếu cán bộ", at: "Xã Tân Phú (Đồng Nai)")
        try fixture.file("Cán bộ xã Tân Phú chưa được đào tạo", at: "Hà Nội")
        #expect(try found(fixture.register, "tan phu") == [2, 1])
    }
}

/// Corrections keep the names in the index: a problem moved to another locality is found by
/// the new one's name, and a renamed unit's problems by its new name.
@Suite struct TheNamesInTheIndexFollowCorrections {
    @Test func anEditedLocalityAndARenamedUnitAreFoundByTheirNewNames() throws {
        let fixture = try RegisterFixture()
        try fixture.addUnits()
        try fixture.file("Giá thuê hạ tầng", at: "Đồng Nai")
        try fixture.register.apply(.init(action: "assign", unit: "cuc-vt"), to: 1, at: RegisterFixture.at("2025-08-27"), as: .admin("test"))
        #expect(try found(fixture.register, "dong nai") == [1])
        _ = try fixture.register.edit(1, ProblemEdit(locality: "Tân Phú, Đồng Tháp"), at: RegisterFixture.at("2025-08-28"), as: .admin("test"))
        #expect(try found(fixture.register, "dong nai") == [])
        #expect(try found(fixture.register, "dong thap tan phu") == [1])
        _ = try fixture.register.renameUnit("cuc-vt", to: "Cục Bưu điện", at: RegisterFixture.at("2025-08-29"), actor: "test")
        #expect(try found(fixture.register, "vien thong") == [])
        #expect(try found(fixture.register, "buu dien") == [1])
        #expect(try fixture.register.searchIndexCheck().wrong == [])
    }
}
