import DocketCLI
import DocketCore

/// The sentences of the refusals only the server makes (a token, a path, a body, a header),
/// in English and Vietnamese; the register's refusals are the command line's sentences.
struct ServerSentences: Sendable {
    let language: Language

    static func of(_ language: Language) -> ServerSentences {
        ServerSentences(language: language)
    }

    private var vi: Bool { language == .vi }

    /// The sentence for `error`, one the register's catalogue does not hold.
    func sentence(for error: APIError) -> String {
        switch error {
        case .unauthorized:
            return vi ? "Cần một mã truy cập hợp lệ: gửi \"Authorization: Bearer MÃ\" với mã do 'docket token add' cấp."
                : "A valid token is needed: send \"Authorization: Bearer TOKEN\" with a token made by 'docket token add'."
        case .forbidden:
            return vi ? "Vai trò của mã truy cập này không được làm việc đó."
                : "This token's role may not do that."
        case .notFound:
            return vi ? "Không có gì ở địa chỉ này." : "There is nothing at this address."
        case .methodNotAllowed(let allowed):
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            return vi ? "Địa chỉ này không nhận phương thức đó; nó nhận \(list)." : "This address does not take that method; it takes \(list)."
        case .body(let fault):
            return sentence(for: fault)
        case .parameter(let name, let value):
            return vi ? "Tham số \(name) không nhận giá trị \"\(value)\"." : "The parameter \(name) does not take the value \"\(value)\"."
        case .tooLarge(let limit):
            let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
            return vi ? "Nội dung gửi lên vượt quá giới hạn \(size)." : "The request's body is over the limit of \(size)."
        case .unsupportedMediaType(let expected):
            return vi ? "Nội dung gửi lên phải có kiểu \(expected)." : "The request's body must be \(expected)."
        case .stale:
            return vi ? "Vấn đề đã thay đổi kể từ phiên bản ghi trong If-Match; hãy đọc lại rồi gửi lại."
                : "The problem has changed since the version named in If-Match; read it again and retry."
        case .idempotencyKeyReused:
            return vi ? "Idempotency-Key này đã được dùng cho một yêu cầu khác." : "This Idempotency-Key was already used for another request."
        case .draining:
            return vi ? "Máy chủ đang dừng; hãy thử lại sau ít phút." : "The server is shutting down; retry in a few minutes."
        case .register, .input, .importFile, .csv:
            preconditionFailure("the register's catalogue words these")
        }
    }

    private func sentence(for fault: APIError.BodyFault) -> String {
        switch fault {
        case .notJSON(let error):
            if case .invalidUTF8 = error {
                return vi ? "Nội dung gửi lên không phải UTF-8 hợp lệ." : "The request's body is not valid UTF-8."
            }
            return vi ? "Nội dung gửi lên không phải JSON hợp lệ." : "The request's body is not valid JSON."
        case .notAnObject:
            return vi ? "Nội dung gửi lên phải là một đối tượng JSON." : "The request's body must be a JSON object."
        case .unknownKey(let key):
            return vi ? "Khóa \"\(key)\" không được nhận ở đây." : "The key \"\(key)\" is not taken here."
        case .wrongType(let key, let expected):
            switch expected {
            case .text: return vi ? "Khóa \"\(key)\" phải là một chuỗi." : "The key \"\(key)\" must be a string."
            case .number: return vi ? "Khóa \"\(key)\" phải là một số nguyên dương." : "The key \"\(key)\" must be a positive whole number."
            case .boolean: return vi ? "Khóa \"\(key)\" phải là true hoặc false." : "The key \"\(key)\" must be true or false."
            }
        case .missingKey(let key):
            return vi ? "Thiếu khóa \"\(key)\"." : "The key \"\(key)\" is required."
        }
    }
}
