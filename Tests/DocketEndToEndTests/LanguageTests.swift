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
