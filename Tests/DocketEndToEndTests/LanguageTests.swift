import Foundation
import Testing

/// The Vietnamese sentence `show 999` is refused with.
private let notFoundInVietnamese =
    "docket: Không có vấn đề nào ứng với '#999': hãy kiểm tra lại chính tả, hoặc xem danh sách bằng lệnh 'docket list'.\n"
/// The English one.
private let notFoundInEnglish =
    "docket: No problem matches '#999': check the spelling, or list them with 'docket list'.\n"

@Suite struct MessagesSpeakTheChosenLanguage {
    @Test func langViRefusesInVietnamese() throws {
        let docket = try Docket()
        try docket.ok("init")
        let run = try docket("show", "999", "--lang", "vi")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == notFoundInVietnamese)
        // Before the command's name too, as the other global options.
        #expect(try docket.run(["--lang", "vi", "show", "999", "--db", docket.db]).stderr == notFoundInVietnamese)
    }

    @Test func whatACommandHasDoneIsSaidInVietnamese() throws {
        let docket = try Docket()
        try docket.ok("init")
        func vi(_ arguments: String...) throws -> String { try docket.ok(arguments + ["--lang", "vi"]).stdout }
        #expect(try vi("unit", "add", "bo-khcn", "--name", "Bộ Khoa học và Công nghệ", "--kind", "ministry")
            == "Đã thêm đơn vị bo-khcn (Bộ Khoa học và Công nghệ).\n")
        #expect(try vi("unit", "add", "cuc-vt", "--name", "Cục Viễn thông", "--parent", "bo-khcn")
            == "Đã thêm đơn vị cuc-vt (Cục Viễn thông) trực thuộc bo-khcn.\n")
        #expect(try vi("locality", "add", "Khu vực 1", "--parent", "Cần Thơ") == "Đã thêm Khu vực 1 thuộc Thành phố Cần Thơ.\n")
        #expect(try vi("meeting", "add", "--locality", "Cần Thơ", "--date", "2025-08-26", "--title", "Làm việc với TP. Cần Thơ")
            == "Đã ghi nhận cuộc họp #1: Làm việc với TP. Cần Thơ (Cần Thơ, 2025-08-26).\n")
        #expect(try vi("group", "add", "Khó khăn khi vận hành chính quyền hai cấp") == "Đã lập nhóm #1: Khó khăn khi vận hành chính quyền hai cấp.\n")
        #expect(try vi("file", "--locality", "Cần Thơ", "--title", "Giá thuê hạ tầng chưa thống nhất")
            == "Đã ghi nhận #1: Giá thuê hạ tầng chưa thống nhất (Cần Thơ).\n")
        try Data("title,locality\nThủ tục chồng chéo,Hà Nội\nĐất đai chưa liên thông,Hà Nội\n".utf8)
            .write(to: URL(fileURLWithPath: docket.path("rows.csv")))
        #expect(try vi("import", docket.path("rows.csv"), "--dry-run") == "Đã kiểm tra 2 vấn đề (#2–#3 nếu nhập ngay): chưa ghi gì (--dry-run).\n")
        #expect(try vi("import", docket.path("rows.csv")) == "Đã nhập 2 vấn đề (#2–#3).\n")
        #expect(try docket.ok("import", docket.path("rows.csv")).stdout == "Imported 2 problems (#4–#5).\n")
    }

    @Test func docketLangSelectsVietnameseAndLangOptionWins() throws {
        let docket = try Docket()
        try docket.ok("init")
        #expect(try docket("show", "999", environment: ["DOCKET_LANG": "vi"]).stderr == notFoundInVietnamese)
        #expect(try docket("show", "999", "--lang", "en", environment: ["DOCKET_LANG": "vi"]).stderr == notFoundInEnglish)
        #expect(try docket("show", "999", environment: ["DOCKET_LANG": "en", "LANG": "vi_VN.UTF-8"]).stderr == notFoundInEnglish)
    }

    @Test func aVietnameseLocaleSelectsVietnamese() throws {
        let docket = try Docket()
        try docket.ok("init")
        let run = try docket("show", "999", environment: ["LANG": "vi_VN.UTF-8"])
        #expect(run.status == 1)
        #expect(run.stderr == notFoundInVietnamese)
        #expect(try docket("show", "999", environment: ["LC_MESSAGES": "vi_VN.UTF-8"]).stderr == notFoundInVietnamese)
        // LC_ALL comes first, then LC_MESSAGES, then LANG.
        #expect(try docket("show", "999", environment: ["LC_ALL": "C.UTF-8", "LANG": "vi_VN.UTF-8"]).stderr == notFoundInEnglish)
        #expect(try docket("show", "999", environment: ["LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"]).stderr == notFoundInVietnamese)
        #expect(try docket("show", "999").stderr == notFoundInEnglish)
    }

    @Test func theLanguageFeedsTheReportToo() throws {
        let docket = try Docket()
        try docket.ok("init")
        let run = try docket("report", "weekly", "--week", "2025-W35", environment: ["DOCKET_LANG": "vi"])
        #expect(run.status == 0)
        // Laid out as an official document: the national title first, the title under it.
        #expect(run.stdout.hasPrefix("             ……………                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"))
        #expect(run.stdout.contains("\n                                    BÁO CÁO\n"))
    }

    @Test func aLanguageDocketDoesNotSpeakIsAUsageError() throws {
        let docket = try Docket()
        try docket.ok("init")
        try docket.refuses(64, "show", "1", "--lang", "fr", saying: "'fr' is not a value of --lang: give en or vi")
    }
}
