import DocketCore
import DocketRegister
import DocketStore
import DocketWorkflow
import Glibc

/// The command line's messages in Vietnamese, for `--lang vi`, `DOCKET_LANG=vi` or a `vi`
/// locale. A state or an action keeps the name people type (`resolved`, `assign`), as the
/// Vietnamese report does, since that is what `--state` and the commands take.
struct VietnameseMessages: MessageCatalogue {
    var language: Language { .vi }

    func sentence(for error: RegisterError) -> String {
        switch error {
        case .missing(let path):
            return "Không có sổ đăng ký tại \(path): hãy chạy 'docket init' để tạo sổ tại đó, hoặc cho --db (hay DOCKET_DB) đường dẫn của một sổ đã có."
        case .notARegister(let path, let reason):
            return "\(path) không phải là sổ đăng ký của docket (\(clause(for: reason))); tệp được giữ nguyên: hãy cho --db đường dẫn của một sổ, hoặc của một tệp mới cho 'docket init'."
        case .newerSchema(let path, let version):
            return "\(path) do một phiên bản docket mới hơn tạo ra (lược đồ phiên bản \(version), phiên bản này chỉ biết đến \(Schema.version)): hãy dùng phiên bản docket đó hoặc mới hơn."
        case .timeZoneMismatch(let existing, let requested):
            return "Múi giờ của sổ là \(existing) và chỉ được đặt một lần: không thể đổi thành \(requested)."
        case .unknownTimeZone(let name):
            return "Máy này không biết múi giờ \(name) của sổ: hãy cài gói tzdata."
        case .unreadableWorkflow(let name, let version, let error):
            return "Không đọc được quy trình \(name) (phiên bản \(version)) của sổ: \(ImportError.clause(sentence(for: error)))."
        case .notFound(let kind, let name):
            return "Không có \(noun(kind)) nào ứng với '\(name)': hãy kiểm tra lại chính tả, hoặc xem danh sách bằng lệnh 'docket \(kind.listCommand)'."
        case .ambiguous(let kind, let name, let candidates):
            let shown = candidates.prefix(12).joined(separator: "; ")
            let more = candidates.count > 12 ? "; và \(candidates.count - 12) mục khác" : ""
            return "'\(name)' ứng với \(candidates.count) \(noun(kind)): \(shown)\(more); hãy cho mã hoặc tên đầy đủ hơn."
        case .outsideScope(let kind, let name):
            return "\(name) (\(noun(kind))) nằm ngoài phạm vi mà người dùng này được làm việc: không có gì thay đổi."
        case .duplicate(.token, let name):
            return "Đã có token tên '\(name)' (token đã thu hồi vẫn giữ tên, vì các sự kiện của nó mang tên ấy): hãy chọn tên khác."
        case .duplicate(let kind, let code):
            return "Đã có \(noun(kind)) mang mã '\(code)': hãy chọn mã khác."
        case .duplicateCategoryName(let name, let code):
            return "Lĩnh vực \(code) đã mang tên \(name) (tên được so sánh không phân biệt hoa thường và dấu): hãy dùng lĩnh vực đó, hoặc cho một tên khác."
        case .notAProvince(let parent):
            return "\(parent) không phải là địa phương cấp tỉnh: hãy nêu một trong 34 tỉnh, thành phố."
        case .duplicateName(let province, let name):
            return "\(province) đã có địa phương tên \(name): hãy dùng địa phương đó, hoặc cho một tên khác."
        case .duplicateGroupTitle(let group, let title):
            return "Nhóm #\(group) đã có tiêu đề '\(title)' (tiêu đề được so sánh không phân biệt hoa thường và dấu): hãy ghi vào nhóm đó bằng --group \(group), hoặc chọn tiêu đề khác."
        case .tokenNeedsScope(let role):
            return role == .locality
                ? "Token vai trò locality làm việc cho một tỉnh, thành phố: hãy cho địa phương đó bằng --locality."
                : "Token vai trò \(role.rawValue) làm việc cho một đơn vị: hãy cho đơn vị đó bằng --unit."
        case .tokenTakesNoScope(let role, let given):
            return "Token vai trò \(role.rawValue) \(reach(of: role)): hãy bỏ --\(given.rawValue)."
        case .tokenNeedsProvince(let locality):
            return "\(locality) là cấp xã: token vai trò locality làm việc cho một trong 34 tỉnh, thành phố; hãy cho tỉnh, thành phố chứa nó."
        case .idempotencyKeyTaken(let key):
            return "Đã có phản hồi được ghi cho Idempotency-Key '\(key)': hãy gửi lại yêu cầu để nhận phản hồi đó, hoặc dùng một khóa mới."
        case .refused(let problem, let refusal):
            return sentence(for: refusal, problem: problem)
        case .nothingToChange(let problem):
            return "Vấn đề #\(problem) không được thay đổi: không có nội dung nào khác với những gì đã ghi; hãy cho --title, --description, --recommendation, --category, --locality, --meeting hoặc --group với một giá trị mới."
        case .unitAlreadyNamed(let unit, let name):
            return "Đơn vị \(unit) đã mang tên \(name): không có gì thay đổi; hãy cho một tên khác."
        case .unitAlreadyUnder(let unit, let parent):
            return "Đơn vị \(unit) đã trực thuộc \(parent): không có gì thay đổi."
        case .unitUnderItself(let unit, let parent):
            return "Không thể đặt đơn vị \(unit) trực thuộc \(parent), vì \(unit == parent ? "đó là chính nó" : "đó là đơn vị cấp dưới của nó"): các đơn vị phải tạo thành một cây; hãy cho một đơn vị không thuộc nó."
        case .calendarDayListed(let date, let name):
            return "Ngày \(date) đã có trong lịch, là \(name): không có gì thay đổi; muốn sửa, hãy xóa ngày đó trước bằng 'docket calendar remove \(date)'."
        case .calendarDayNotListed(let date):
            return "Ngày \(date) không có trong lịch: không có gì thay đổi; xem các ngày trong lịch bằng 'docket calendar list --year \(date.year)'."
        case .calendarDayIsAlreadySo(let date, working: true):
            return "Ngày \(date) là \(weekday(date.isoWeekday)), vốn là ngày làm việc: chỉ thứ Bảy hoặc Chủ nhật được làm bù mới được thêm làm ngày làm việc; không có gì thay đổi."
        case .calendarDayIsAlreadySo(let date, working: false):
            return "Ngày \(date) là \(weekday(date.isoWeekday)), vốn là ngày nghỉ: ngày nghỉ lễ chỉ thêm vào ngày thường (ngày lễ trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày làm việc kế tiếp: hãy thêm ngày đó); không có gì thay đổi."
        case .beforeLatestEvent(let problem, let at, let latest):
            return "Vấn đề #\(problem) không được thay đổi: \(at) sớm hơn sự kiện gần nhất của nó, lúc \(latest); hãy cho một thời điểm không sớm hơn thế, để lịch sử của vấn đề luôn đi tới."
        case .beforeMeeting(let meeting, let heldOn, let at):
            return "\(at) sớm hơn cuộc họp #\(meeting), họp ngày \(heldOn): điều được nêu tại cuộc họp được nêu từ ngày đó trở đi (không cho thời điểm thì là 09:00 ngày họp)."
        case .periodNotBegun(let period, let from, let today):
            return "Kỳ \(period) chưa bắt đầu: kỳ bắt đầu ngày \(from), hôm nay là \(today), nên chưa có gì để báo cáo."
        case .importRow(let line, let column, let fault):
            let reason: String
            switch fault {
            case .register(let error):
                reason = ImportError.clause(sentence(for: error))
            case .refused(.dueBeforeRaised(let due, let raisedOn)):
                reason = "hạn xử lý \(due) trước ngày vấn đề được nêu, \(raisedOn): hãy cho hạn từ ngày \(raisedOn) trở đi"
            case .refused(let refusal):
                reason = ImportError.clause(sentence(for: refusal, problem: nil))
            }
            return "Không nhập gì cả: dòng \(line), cột \(column): \(reason)."
        case .busy(let path):
            return "Sổ \(path) bị một tiến trình ghi khác khóa quá 10 giây: chưa ghi gì; hãy thử lại."
        case .readOnly(let path):
            return "Không ghi được vào sổ \(path) (tệp hoặc thư mục chứa nó chỉ cho đọc): không có gì thay đổi."
        case .noAccess(let path):
            return "Người dùng này không mở được sổ \(path): tệp sổ, các tệp -wal và -shm và thư mục chứa chúng phải cho phép người đó đọc (và, để thay đổi, ghi); không có gì thay đổi."
        case .cannotWrite(let path, let reason):
            return "Không ghi được \(path): \(clause(for: reason))."
        case .restoreTargetExists(let path):
            return "Đã có tệp tại \(path): bản kết xuất chỉ được khôi phục vào một sổ mới, hãy cho --db một đường dẫn chưa có gì; chưa khôi phục gì."
        case .badDump(let line, let fault):
            let place = line.map { "dòng \($0) của bản kết xuất" } ?? "bản kết xuất"
            return "Chưa khôi phục gì: \(place) \(clause(for: fault))."
        case .storage(let error):
            return "Không đọc hoặc ghi được sổ: \(error.message) (mã \(error.store) \(error.code))."
        }
    }

    /// Bản kết xuất sai ở đâu, sau "dòng N của bản kết xuất" hoặc "bản kết xuất".
    private func clause(for fault: RegisterError.DumpFault) -> String {
        switch fault {
        case .empty: return "trống: bản kết xuất bắt đầu bằng một dòng ghi định dạng của nó"
        case .notJSON: return "không phải một đối tượng JSON"
        case .notADump: return "không ghi định dạng kết xuất của docket (dòng đầu {\"format\":\"\(Dump.format)\",\"version\":…}): đây không phải tệp do 'docket dump' ghi"
        case .newerVersion(let version): return "theo phiên bản \(version) của định dạng kết xuất, mới hơn phiên bản docket này đọc được (đến \(Dump.version)): hãy khôi phục bằng docket mới hơn"
        case .unknownKind(let kind?): return "là bản ghi loại '\(kind)', loại mà bản kết xuất không có"
        case .unknownKind(nil): return "là bản ghi không ghi loại (kind)"
        case .unknownField(let kind, let field): return "cho bản ghi \(kind) trường '\(field)', trường mà nó không có"
        case .wrongValue(let kind, let field): return "cho trường '\(field)' của bản ghi \(kind) một giá trị nó không chứa được"
        case .rejected(let kind, let message): return "có bản ghi \(kind) mà sổ từ chối: \(message)"
        case .danglingReference(let kind, let field): return "có bản ghi \(kind) mà trường \(field) chỉ tới một bản ghi không có trong bản kết xuất"
        case .cutShort: return "kết thúc trước dòng cuối (dòng đếm số bản ghi): nó đã bị cắt ngang"
        case .afterEnd: return "nằm sau dòng kết thúc bản kết xuất"
        case .wrongCount(let expected, let found): return "ghi \(expected) bản ghi ở dòng cuối nhưng có \(found)"
        }
    }

    func sentence(for error: CLIError) -> String {
        switch error {
        case .outputIsTheRegister(let path):
            return "Không ghi được \(path): đó chính là sổ đăng ký; hãy chọn tệp khác."
        case .outputIsADirectory(let path):
            return "Không ghi được \(path): đó là một thư mục; hãy cho đường dẫn của một tệp."
        case .inputUnreadable(let path, let errno):
            return "Không đọc được \(path): \(String(cString: strerror(errno))); hãy cho đường dẫn của một tệp CSV."
        case .inputIsADirectory(let path):
            return "Không đọc được \(path): đó là một thư mục; hãy cho đường dẫn của một tệp CSV."
        case .unsoundWorkflow(let name, let issues):
            return "Quy trình \(name) không hợp lệ: \(issues.map(\.description).joined(separator: " "))"
        case .unknownState(let text, let states):
            return "--state: '\(text)' không phải là trạng thái của quy trình; các trạng thái là \(states.joined(separator: ", "))."
        case .invalidOverdueLimit(let text):
            return "--overdue-limit: '\(text)' không phải là số vấn đề, cũng không phải all."
        case .unknownReportFormat(let text):
            return "--format: '\(text)' không phải là định dạng báo cáo; hãy chọn text, markdown, csv, json hoặc html."
        case .jsonWithFormat(let format):
            return "--json: tùy chọn này có nghĩa là --format json, nên không đi cùng --format \(format) được; hãy chỉ cho một trong hai."
        case .invalidFileMode(let text):
            return "--mode: '\(text)' không phải là quyền tệp cho phép chủ sở hữu đọc và ghi; hãy cho ba chữ số bát phân như 600 hoặc 660."
        case .invalidListenAddress(let text):
            return "--listen: '\(text)' không phải là địa chỉ lắng nghe; hãy cho HOST:PORT, ví dụ 127.0.0.1:8080 (cổng 0 sẽ lấy một cổng còn trống)."
        case .invalidDuration(let text):
            return "--sweep-every: '\(text)' không phải là một khoảng thời gian; hãy cho số phút, giờ hoặc ngày, ví dụ 15m, 1h hoặc 1d."
        case .serverNotInstalled(let path):
            return "docket serve cần chương trình docket-serve đặt cạnh docket, tại \(path); hãy cài cả hai từ cùng một bản dựng (make release)."
        case .postgresUnavailable(let url):
            return "Bản docket này chỉ giữ sổ trong một tệp SQLite, không dùng được cơ sở dữ liệu PostgreSQL \(url): hãy cho đường dẫn của một tệp sổ."
        }
    }

    func sentence(for refusal: Refusal, problem: Int64?) -> String {
        let subject = problem.map { "Vấn đề #\($0)" } ?? "Vấn đề"
        switch refusal {
        case .notAllowed(let transition, let state, let allowed):
            let next = allowed.isEmpty
                ? "từ \(state) chỉ có thể thêm ghi chú"
                : "từ \(state) có thể \(Self.or(allowed))"
            return "\(subject) đang ở trạng thái \(state): không được \(transition); \(next)."
        case .unknownTransition(let name, let known):
            return "\(subject) không được thay đổi: '\(name)' không phải là thao tác của quy trình này; hãy dùng \(Self.or(known))."
        case .unknownState(let state):
            return "\(subject) đang ở trạng thái '\(state)', trạng thái mà quy trình này không định nghĩa: hãy kiểm tra quy trình đang áp dụng có đúng là quy trình đã tạo ra lịch sử của nó không."
        case .missingField(let transition, let field):
            return "\(subject) không được thay đổi: \(transition) cần \(option(field)); hãy cho giá trị đó rồi thử lại."
        case .fieldNotAccepted(let transition, let field):
            return "\(subject) không được thay đổi: \(transition) không nhận \(option(field)); hãy bỏ nó đi rồi thử lại."
        case .beforeLatestEvent(let at, let latest):
            return "\(subject) không được thay đổi: \(at.utcText) sớm hơn sự kiện gần nhất của nó, lúc \(latest.utcText); hãy cho một thời điểm không sớm hơn thế, để lịch sử của vấn đề luôn đi tới."
        case .dueBeforeRaised(let due, let raisedOn):
            return "\(subject) không được thay đổi: hạn xử lý \(due) trước ngày vấn đề được nêu, \(raisedOn); hãy cho hạn từ ngày \(raisedOn) trở đi."
        case .targetIsOwner(let transition, let unit):
            return "\(subject) do \(unit.code) chủ trì: hãy \(transition) tới một đơn vị khác đơn vị chủ trì."
        case .alreadyEscalated(let transition, let unit):
            return "\(subject) đã được chuyển tới \(unit.code): hãy \(transition) tới đơn vị khác, hoặc để nguyên."
        }
    }

    func sentence(for error: WorkflowError) -> String {
        switch error {
        case .unreadableDefinition(let reason):
            return "Không đọc được định nghĩa quy trình (\(reason)): đó phải là JSON của một quy trình, như docket ghi ra."
        case .emptyHistory:
            return "Vấn đề không có sự kiện nào, kể cả việc ghi nhận: sổ bị hỏng, hãy khôi phục từ bản sao lưu."
        case .notFiledFirst(let action, let to):
            return "Lịch sử của vấn đề bắt đầu bằng \(action) sang \(to), không phải bằng việc ghi nhận vào trạng thái đầu: hãy kiểm tra quy trình đang áp dụng có đúng là quy trình đã tạo ra lịch sử đó không."
        case .eventRefused(let index, let action, let refusal):
            return "Sự kiện \(index) trong lịch sử của vấn đề (\(action)) bị quy trình từ chối, vì \(ImportError.clause(sentence(for: refusal, problem: nil))). Hãy kiểm tra quy trình đang áp dụng có đúng là quy trình đã tạo ra lịch sử đó không."
        case .eventDisagrees(let index, let action, let field, let recorded, let expected):
            return "Sự kiện \(index) trong lịch sử của vấn đề (\(action)) ghi \(field) là \(recorded) trong khi quy trình cho \(expected): hãy kiểm tra quy trình đang áp dụng có đúng là quy trình đã tạo ra lịch sử đó không."
        }
    }

    func sentence(for error: InputError) -> String {
        switch error {
        case .invalidDate(let text):
            return "'\(text)' không phải là một ngày: hãy viết theo dạng YYYY-MM-DD, một ngày có thật."
        case .invalidDue(let text):
            return "'\(text)' không phải là một thời hạn: hãy cho một ngày dạng YYYY-MM-DD, hoặc số ngày làm việc từ 1 đến \(DueDate.maximumWorkingDays) dạng Nwd (15wd)."
        case .invalidInstant(let text):
            return "'\(text)' không phải là một thời điểm: hãy cho một ngày (YYYY-MM-DD) hoặc ngày giờ theo ISO 8601 (2025-08-26T14:30 hoặc 2025-08-26T14:30:00+07:00)."
        case .invalidWeek(let text, _):
            return "'\(text)' không phải là một tuần: hãy viết theo dạng YYYY-Www, ví dụ 2025-W35."
        case .invalidPeriod(let text, let form):
            return "'\(text)' không phải là \(form.vietnameseNoun): hãy viết theo dạng \(form.pattern), ví dụ \(form.example)."
        case .periodEndsBeforeItBegins(let from, let to):
            return "--to \(to) sớm hơn --from \(from): kỳ báo cáo chạy từ ngày đầu đến ngày cuối."
        case .periodChoice:
            return "Hãy cho kỳ báo cáo theo một cách: --month YYYY-MM, --quarter YYYY-Qn, --half YYYY-Hn, --year YYYY, hoặc --from NGÀY cùng --to NGÀY."
        case .unknownTimeZone(let name):
            return "Máy này không biết múi giờ '\(name)': hãy cho một tên IANA như Asia/Ho_Chi_Minh."
        case .inFuture(let text):
            return "\(text) nằm trong tương lai: --at cho biết việc xảy ra khi nào, nên không thể muộn hơn bây giờ."
        case .invalidID(let text):
            return "'\(text)' không phải là số hiệu docket cấp: hãy dùng số nguyên từ 1 trở lên, có hoặc không có '#'."
        case .blank(let field):
            return "\(Self.capitalised(field: field)) đang trống: hãy nhập nội dung."
        case .tooLong(let field, let limit):
            return "\(Self.capitalised(field: field)) quá dài: chỉ được tối đa \(limit) ký tự."
        case .notUTF8(let argument):
            return "Tham số \(argument) không phải là văn bản UTF-8 hợp lệ: hãy kiểm tra bảng mã của cửa sổ lệnh."
        case .noLetterOrDigit(let field, let text):
            return "\(Self.capitalised(field: field)): '\(text)' không có chữ hoặc số nào để tìm theo."
        case .invalidCode(let field, let text):
            return "\(Self.capitalised(field: field)): '\(text)' chỉ được gồm chữ, số, '-', '_' và '.'."
        case .noWordToSearch(let text):
            return "Từ khóa tìm kiếm: '\(text)' không có từ nào để tìm: hãy cho ít nhất một từ gồm chữ hoặc số."
        case .controlCharacter(let field, let oneLine):
            if oneLine {
                return "\(Self.capitalised(field: field)) chứa ký tự điều khiển (xuống dòng, tab hoặc ký tự khác): hãy viết trên một dòng gồm các ký tự nhìn thấy được."
            }
            return "\(Self.capitalised(field: field)) chứa ký tự điều khiển không phải xuống dòng hay tab: hãy bỏ ký tự đó đi."
        }
    }

    func sentence(for notice: Notice) -> String {
        switch notice {
        case .tokenAdded(let name):
            return "Đã thêm token \(name); mã bí mật của nó, ở dòng dưới, chỉ hiện một lần này: hãy cất giữ ở nơi chỉ người được giao đọc được."
        case .tokenRevoked(let name):
            return "Đã thu hồi token \(name): từ yêu cầu tiếp theo, mã bí mật của nó không còn mở được gì."
        case .tokenAlreadyRevoked(let name, let at):
            return "Token \(name) đã bị thu hồi từ trước, lúc \(at): không có gì thay đổi."
        case .calendarDayAdded(let date, let name, let working):
            return "Đã thêm ngày \(date) (\(weekday(date.isoWeekday))) vào lịch, là \(working ? "ngày làm việc" : "ngày nghỉ"): \(name)."
        case .filed(let id, let title, let locality):
            return "Đã ghi nhận #\(id): \(title) (\(locality))."
        case .dumped(let path, let records):
            return "Đã kết xuất sổ ra \(path): \(records) bản ghi."
        case .restored(let path, let problems, let events, let records):
            return "Đã khôi phục sổ tại \(path): \(problems) vấn đề với \(events) sự kiện, tổng cộng \(records) bản ghi."
        case .imported(let count, let numbers, let dryRun):
            if dryRun {
                return "Đã kiểm tra \(count) vấn đề\(numbers.map { " (\($0) nếu nhập ngay)" } ?? ""): chưa ghi gì (--dry-run)."
            }
            return "Đã nhập \(count) vấn đề\(numbers.map { " (\($0))" } ?? "")."
        case .groupMade(let id, let title):
            return "Đã lập nhóm #\(id): \(title)."
        case .meetingRecorded(let id, let title, let locality, let heldOn):
            return "Đã ghi nhận cuộc họp #\(id): \(title) (\(locality), \(heldOn))."
        case .localityAdded(let name, let code, let province):
            return "Đã thêm \(name)\(code.map { " (\($0))" } ?? "") thuộc \(province)."
        case .unitAdded(let code, let name, let parent):
            return "Đã thêm đơn vị \(code) (\(name))\(parent.map { " trực thuộc \($0)" } ?? "")."
        case .categoryAdded(let code, let name):
            return "Đã thêm lĩnh vực \(code) (\(name))."
        case .calendarDayRemoved(let date, let name):
            return "Đã xóa ngày \(date) (\(name)) khỏi lịch: ngày đó lại là \(CalendarDay.isWeekend(date) ? "ngày nghỉ" : "ngày làm việc")."
        }
    }

    func weekday(_ isoWeekday: Int) -> String {
        ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"][(isoWeekday - 1) % 7]
    }

    var calendarColumns: [String] { ["Ngày", "Thứ", "Tên", "Loại ngày"] }

    var categoryColumns: [String] { ["Mã", "Tên", "Mô tả"] }

    func calendarKind(working: Bool) -> String {
        working ? "làm việc" : "nghỉ"
    }

    /// What a token of `role` works within, as a clause.
    private func reach(of role: Principal.Role) -> String {
        switch role {
        case .admin, .coordinator: return "được thấy mọi thứ"
        case .unit: return "chỉ làm việc cho đơn vị của nó"
        case .locality: return "chỉ làm việc cho tỉnh, thành phố của nó"
        }
    }

    func sentence(for error: ImportError) -> String {
        var place = "dòng \(error.line)"
        if let column = error.column { place += ", cột \(column)" }
        return "Không nhập gì cả: \(place): \(error.reason)."
    }

    func sentence(for error: CSVError) -> String {
        "Dòng \(error.line), trường \(error.column): \(error.reason)."
    }

    func sentence(for error: IOError) -> String {
        let reason = String(cString: strerror(error.code))
        switch error.operation {
        case .read: return "Không đọc được dữ liệu vào: \(reason)."
        case .write: return "Không ghi được dữ liệu ra: \(reason)."
        }
    }

    func sentence(for error: StoreFault) -> String {
        "Không dùng được sổ: \(error.message)."
    }

    private func noun(_ kind: RegisterError.Record) -> String {
        switch kind {
        case .problem: return "vấn đề"
        case .locality: return "địa phương"
        case .unit: return "đơn vị"
        case .meeting: return "cuộc họp"
        case .group: return "nhóm"
        case .token: return "token"
        case .category: return "lĩnh vực"
        }
    }

    private func clause(for fault: RegisterError.FileFault) -> String {
        switch fault {
        case .empty: return "đó là một tệp rỗng; 'docket init' sẽ biến nó thành sổ đăng ký"
        case .directory: return "đó là một thư mục"
        case .notRegularFile: return "đó không phải là một tệp thông thường"
        case .unreadable(let errno?): return "không đọc được: \(String(cString: strerror(errno)))"
        case .unreadable(nil): return "không đọc được"
        case .notSQLite: return "đó không phải là cơ sở dữ liệu SQLite"
        case .truncated(let pages, let pageSize, let bytes):
            return "tệp bị cắt cụt: phần đầu ghi \(pages) trang, mỗi trang \(pageSize) byte, nhưng tệp chỉ có \(bytes) byte"
        case .otherProgram: return "đó là cơ sở dữ liệu SQLite của một chương trình khác"
        case .noTimeZone: return "sổ không có thiết lập múi giờ"
        case .noWorkflow: return "sổ không nêu quy trình nào đang áp dụng"
        case .damaged(let message): return "tệp bị hỏng hoặc không phải là cơ sở dữ liệu: \(message)"
        }
    }

    private func clause(for fault: RegisterError.WriteFault) -> String {
        switch fault {
        case .isTheRegister: return "đó chính là sổ đăng ký"
        case .isADirectory: return "đó là một thư mục"
        case .exists: return "tệp đã tồn tại; hãy thêm --force để ghi đè"
        case .anotherBackupInProgress: return "một bản sao lưu khác đang được ghi vào đó"
        case .system(let errno): return String(cString: strerror(errno))
        case .storage(let error): return String(describing: error)
        }
    }

    /// `a`, `a hoặc b`, `a, b hoặc c`.
    private static func or(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " hoặc " + last
    }

    /// The words for a field named in English below the command line (`title`,
    /// `locality name`), at the start of a sentence.
    private static func capitalised(field: String) -> String {
        let words: [String: String] = [
            "title": "Tiêu đề", "description": "Mô tả", "recommendation": "Kiến nghị", "locality": "Địa phương",
            "unit": "Đơn vị", "locality name": "Tên địa phương", "unit name": "Tên đơn vị",
            "locality code": "Mã địa phương", "unit code": "Mã đơn vị", "search query": "Từ khóa tìm kiếm",
            "actor": "Người thực hiện", "note": "Ghi chú", "reason": "Lý do", "response": "Nội dung trả lời",
            "resolution": "Kết quả giải quyết", "comment": "Ghi chú", "name": "Tên", "category": "Lĩnh vực",
            "token name": "Tên token", "day's name": "Tên ngày",
        ]
        if let word = words[field] { return word }
        return "Trường \(field)"
    }
}
