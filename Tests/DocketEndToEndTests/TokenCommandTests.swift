import DocketCore
import DocketStore
import DocketTesting
import Foundation
import Testing

/// What `token add` says before the secret, in English.
private func added(_ name: String) -> String {
    "Added the token \(name); its secret, on the next line, is shown only this once: keep it where only its holder can read it."
}

/// The secret `token add` printed as its second and last line, after checking that it is one.
private func secret(of run: ProgramRun, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count == 3 && lines[2].isEmpty, "\(run.stdout)", sourceLocation: sourceLocation)
    #expect(lines[0] == added(name), sourceLocation: sourceLocation)
    let secret = String(lines[1])
    #expect(secret.hasPrefix("dkt_") && secret.count == 47, "\(secret)", sourceLocation: sourceLocation)
    #expect(secret.dropFirst(4).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") },
            sourceLocation: sourceLocation)
    return secret
}

@Suite struct TokensAreAddedListedAndRevokedOnTheCommandLine {
    @Test func inText() throws {
        let docket = try Docket.withUnits()
        let coordinator = try secret(of: try docket.ok("token", "add", "dieu-phoi", "--role", "coordinator", "--at", "2025-08-02"),
                                     name: "dieu-phoi")
        let unit = try secret(of: try docket.ok("token", "add", "cuc-vt", "--role", "unit", "--unit", "Cục Viễn thông",
                                                "--at", "2025-08-02T10:00"), name: "cuc-vt")
        let locality = try secret(of: try docket.ok("token", "add", "Sở KH&CN Cần Thơ", "--role", "LOCALITY",
                                                    "--locality", "can tho", "--at", "2025-08-02T11:00"),
                                  name: "Sở KH&CN Cần Thơ")
        #expect(Set([coordinator, unit, locality]).count == 3)

        let revoke = try docket.ok("token", "revoke", "cuc-vt", "--at", "2025-08-03")
        #expect(revoke.stdout == "Revoked the token cuc-vt: from the next request on, its secret opens nothing.\n")
        let again = try docket.ok("token", "revoke", "cuc-vt")
        #expect(again.stdout == "The token cuc-vt was already revoked, at 2025-08-03T09:00:00+07:00: nothing changed.\n")

        let list = try docket.ok("token", "list")
        #expect(list.stdout == """
            Name              Role         Scope                    Created                    Revoked
            cuc-vt            unit         cuc-vt (Cục Viễn thông)  2025-08-02T10:00:00+07:00  2025-08-03T09:00:00+07:00
            dieu-phoi         coordinator  everything               2025-08-02T09:00:00+07:00
            Sở KH&CN Cần Thơ  locality     92 (Cần Thơ)             2025-08-02T11:00:00+07:00

            """)
        for secret in [coordinator, unit, locality] { #expect(!list.stdout.contains(secret)) }
    }

    @Test func inJSON() throws {
        let docket = try Docket.withUnits()
        let run = try docket.ok("token", "add", "cuc-vt", "--role", "unit", "--unit", "cuc-vt", "--at", "2025-08-02", "--json")
        let secret = try #require(try run.object()["token"] as? String)
        #expect(secret.hasPrefix("dkt_") && secret.count == 47)
        #expect(run.stdout == """
            {
              "name": "cuc-vt",
              "role": "unit",
              "unit": {
                "code": "cuc-vt",
                "name": "Cục Viễn thông"
              },
              "locality": null,
              "token": "\(secret)"
            }

            """)
        let province = try docket.ok("token", "add", "ct", "--role", "locality", "--locality", "92", "--json")
        #expect(try province.object()["unit"] is NSNull)
        #expect(try province.object()["locality"] as? [String: String] == ["code": "92", "name": "Cần Thơ"])
        let admin = try docket.ok("token", "add", "quan-tri", "--role", "admin", "--json", "--at", "2025-08-02")
        #expect(try admin.object().keys.sorted() == ["locality", "name", "role", "token", "unit"])

        try docket.ok("token", "revoke", "ct", "--at", "2025-08-03", "--json")
        let list = try docket.ok("token", "list", "--json")
        #expect(!list.stdout.contains("dkt_"))
        let tokens = try list.objects()
        #expect(tokens.map { $0["name"] as? String } == ["ct", "cuc-vt", "quan-tri"])
        #expect(tokens.map { $0.keys.sorted() } == Array(repeating: ["created_at", "locality", "name", "revoked_at", "role", "unit"], count: 3))
        #expect(tokens.map { $0["revoked_at"] as? String } == ["2025-08-03T09:00:00+07:00", nil, nil])
        #expect(tokens.map { $0["role"] as? String } == ["locality", "unit", "admin"])
        #expect(tokens[1]["created_at"] as? String == "2025-08-02T09:00:00+07:00")
        #expect(tokens[1]["unit"] as? [String: String] == ["code": "cuc-vt", "name": "Cục Viễn thông"])
    }

    @Test func theSecretPrintedOpensTheRegisterUntilRevoked() throws {
        let docket = try Docket.withUnits()
        let secret = try secret(of: try docket.ok("token", "add", "cuc-vt", "--role", "unit", "--unit", "cuc-vt"), name: "cuc-vt")
        let register = try Register.open(at: docket.db)
        let unit = try register.unit(named: "cuc-vt")
        #expect(try register.principal(forSecret: secret)?.principal == Principal(name: "cuc-vt", role: .unit, scope: .unit(unit.id)))
        try docket.ok("token", "revoke", "cuc-vt")
        #expect(try register.principal(forSecret: secret) == nil)
    }
}

@Suite struct ATokenCommandIsRefusedWithTheContractsStatus {
    @Test func aWrongCommandLineIsAUsageError() throws {
        let docket = try Docket.withUnits()
        try docket.refuses(64, "token", "add", "x", "--role", "boss",
                           saying: "'boss' is not a value of --role: give admin, coordinator, unit or locality.")
        try docket.refuses(64, "token", "add", "x", saying: "--role")
        try docket.refuses(64, "token", "add", "x", "--role", "unit",
                           saying: "docket: A unit token works for one unit: give it with --unit.")
        try docket.refuses(64, "token", "add", "x", "--role", "locality",
                           saying: "docket: A locality token works for one province: give it with --locality.")
        try docket.refuses(64, "token", "add", "x", "--role", "admin", "--unit", "cuc-vt",
                           saying: "docket: An admin token sees everything: leave out --unit.")
        try docket.refuses(64, "token", "add", "x", "--role", "unit", "--unit", "cuc-vt", "--locality", "92",
                           saying: "docket: A unit token works for its unit alone: leave out --locality.")
        try docket.refuses(64, "token", "add", "  ", "--role", "admin", saying: "docket: The token name is empty: give some text.")
        try docket.refuses(64, "token", "add", "a\tb", "--role", "admin",
                           saying: "docket: The token name holds a control character (a line break, a tab or another): give it on one line of visible characters.")
        try docket.refuses(64, "token", "add", String(repeating: "a", count: 101), "--role", "admin",
                           saying: "docket: The token name is too long: at most 100 characters are allowed.")
        try docket.refuses(64, "token", "revoke")
    }

    @Test func whatTheRegisterDoesNotHaveOrAlreadyHasIsRefused() throws {
        let docket = try Docket.withUnits()
        try docket.ok("token", "add", "dieu-phoi", "--role", "coordinator")
        try docket.ok("token", "revoke", "dieu-phoi")
        try docket.refuses(1, "token", "add", "x", "--role", "unit", "--unit", "cuc-xyz",
                           saying: "docket: No unit matches 'cuc-xyz': check the spelling, or list them with 'docket unit list'.")
        try docket.refuses(1, "token", "add", "x", "--role", "locality", "--locality", "Atlantis",
                           saying: "docket: No locality matches 'Atlantis'")
        try docket.refuses(1, "token", "add", "x", "--role", "locality", "--locality", "31135",
                           saying: "docket: Phường Ninh Kiều is a commune or ward: a locality token works for one of the 34 provinces and cities; give the one it belongs to.")
        try docket.refuses(1, "token", "add", "dieu-phoi", "--role", "admin",
                           saying: "docket: A token named 'dieu-phoi' already exists (a revoked token keeps its name, which its events carry): choose another name.")
        try docket.refuses(1, "token", "revoke", "khong-co",
                           saying: "docket: No token matches 'khong-co': check the spelling, or list them with 'docket token list'.")
    }

    @Test func inVietnamese() throws {
        let docket = try Docket.withUnits()
        let run = try docket("token", "add", "dieu-phoi", "--role", "coordinator", "--lang", "vi")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "Đã thêm token dieu-phoi; mã bí mật của nó, ở dòng dưới, chỉ hiện một lần này: hãy cất giữ ở nơi chỉ người được giao đọc được.")
        #expect(lines.count == 2 && lines[1].hasPrefix("dkt_"))
        let revoke = try docket("token", "revoke", "dieu-phoi", "--lang", "vi", "--at", "2025-08-03")
        #expect(revoke.stdout == "Đã thu hồi token dieu-phoi: từ yêu cầu tiếp theo, mã bí mật của nó không còn mở được gì.\n")
        let again = try docket("token", "revoke", "dieu-phoi", environment: ["DOCKET_LANG": "vi"])
        #expect(again.stdout == "Token dieu-phoi đã bị thu hồi từ trước, lúc 2025-08-03T09:00:00+07:00: không có gì thay đổi.\n")
        try docket.refuses(64, "token", "add", "x", "--role", "unit", "--lang", "vi",
                           saying: "docket: Token vai trò unit làm việc cho một đơn vị: hãy cho đơn vị đó bằng --unit.")
        try docket.refuses(1, "token", "add", "dieu-phoi", "--role", "admin", "--lang", "vi",
                           saying: "docket: Đã có token tên 'dieu-phoi' (token đã thu hồi vẫn giữ tên, vì các sự kiện của nó mang tên ấy): hãy chọn tên khác.")
        try docket.refuses(1, "token", "revoke", "khong-co", "--lang", "vi",
                           saying: "docket: Không có token nào ứng với 'khong-co': hãy kiểm tra lại chính tả, hoặc xem danh sách bằng lệnh 'docket token list'.")
    }

    @Test func theHelpShowsExamplesAndTheRootListsTheGroup() throws {
        let docket = try Docket()
        let help = try docket.run(["token", "add", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("  docket token add cuc-vt --role unit --unit cuc-vt\n"))
        #expect(help.stdout.contains("USAGE: docket token add <name> --role <role> [--unit <unit>]"))
        let root = try docket.run(["--help"])
        #expect(root.stdout.contains("""
            THE SERVER SUBCOMMANDS:
              serve                   Serve the register over HTTP to every province and
                                      unit at once.
              token                   Who may use docket serve, and within what.

            """))
        let completion = try docket.run(["completion", "bash"])
        #expect(completion.stdout.contains("[\"docket token add\"]=\"--role --unit --locality --at --lang --db --actor --json --help\""))
    }
}
