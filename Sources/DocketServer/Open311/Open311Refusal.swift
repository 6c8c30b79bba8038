import DocketCLI
import DocketCore
import DocketRegister
import DocketStore
import HTTPTypes

/// Why an Open311 call was refused, and how GeoReport v2 says it: the array
/// `[{"code", "description"}]` (`<errors><error>…` in XML) with the spec's statuses — 403 for
/// the api_key (and what its role may not do), 404 for what is not there or not in its scope,
/// 400 for the rest. The register's own trouble keeps its 503.
enum Open311Refusal: Error, Sendable {
    /// No `api_key`, or one that is unknown or revoked.
    case key
    /// A field the call needs is missing.
    case missing(String)
    /// Neither `address_string` nor `jurisdiction_id` says where the problem is.
    case noLocality
    /// Neither `title` nor `description` gives the problem a title.
    case noTitle
    /// No category has this code (POST requests).
    case unknownService(String)
    /// No category has this code (a service definition).
    case noSuchService(String)
    /// No locality has this code.
    case unknownJurisdiction(String)
    /// `lat` or `long` is not a number of degrees in its range.
    case badCoordinate(name: String, value: String)
    /// A query parameter's value is not one the call takes.
    case badParameter(name: String, value: String)
    /// `start_date` to `end_date` spans more than the spec's 90 days.
    case rangeTooLong
    /// A field that is not percent-encoded UTF-8.
    case badEncoding
    /// A refusal the rest of the server words (a role, the register, a value).
    case api(APIError)

    /// The refusal of `error`, thrown by a handler; nil for a failure that is a bug.
    init?(_ error: any Error) {
        switch error {
        case let refusal as Open311Refusal: self = refusal
        case let error as APIError: self = .api(error)
        case let error as RegisterError: self = .api(.register(error))
        case let error as InputError: self = .api(.input(error))
        default: return nil
        }
    }

    /// The status it is answered with.
    var status: HTTPResponse.Status {
        switch self {
        case .key: return .forbidden
        case .noSuchService, .unknownJurisdiction: return .notFound
        case .missing, .noLocality, .noTitle, .unknownService, .badCoordinate, .badParameter, .rangeTooLong, .badEncoding:
            return .badRequest
        case .api(let error):
            switch error {
            case .unauthorized, .forbidden, .register(.outsideScope): return .forbidden
            case .notFound, .register(.notFound(.problem, _)): return .notFound
            case .draining: return .serviceUnavailable
            default: return error.status == .serviceUnavailable ? .serviceUnavailable : .badRequest
            }
        }
    }

    /// The one sentence that says what was wrong, in `language`.
    func description(in language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .key:
            return vi ? "Cần một api_key hợp lệ: gửi api_key là một mã truy cập do 'docket token add' cấp."
                : "A valid api_key is needed: send as api_key a token made by 'docket token add'."
        case .missing(let field):
            return vi ? "Thiếu trường \(field)." : "The field \(field) is required."
        case .noLocality:
            return vi ? "Cần address_string (tên địa phương, ví dụ \"Phường Ninh Kiều, Cần Thơ\") hoặc jurisdiction_id (mã địa phương)."
                : "Either address_string (a locality's name, such as \"Phường Ninh Kiều, Cần Thơ\") or jurisdiction_id (a locality's code) is required."
        case .noTitle:
            return vi ? "Cần title hoặc description để đặt tiêu đề cho vấn đề." : "Either title or description is required, to title the problem."
        case .unknownService(let code), .noSuchService(let code):
            return vi ? "Không có dịch vụ nào có service_code \"\(code)\"; danh sách ở services."
                : "No service has the service_code \"\(code)\"; services lists them."
        case .unknownJurisdiction(let code):
            return vi ? "Không có địa phương nào có mã \"\(code)\"." : "No locality has the code \"\(code)\"."
        case .badCoordinate(let name, let value):
            let range = name == "lat" ? "-90 … 90" : "-180 … 180"
            return vi ? "\(name) phải là một số độ thập phân trong khoảng \(range), không phải \"\(value)\"."
                : "\(name) must be decimal degrees within \(range), not \"\(value)\"."
        case .badParameter(let name, let value):
            return vi ? "Tham số \(name) không nhận giá trị \"\(value)\"." : "The parameter \(name) does not take the value \"\(value)\"."
        case .rangeTooLong:
            return vi ? "Từ start_date đến end_date không được quá 90 ngày." : "start_date to end_date may not span more than 90 days."
        case .badEncoding:
            return vi ? "Các trường phải được mã hóa phần trăm theo UTF-8." : "The fields must be percent-encoded UTF-8."
        case .api(let error):
            return error.detail(in: language)
        }
    }

    /// The spec's error array of this refusal.
    func value(in language: Language) -> Open311Value {
        .list(element: "error", [.record(["code": .integer(Int(status.code)), "description": .text(description(in: language))])])
    }
}
