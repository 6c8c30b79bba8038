import DocketCore

/// The Vietnamese a generated register is written in: real words in plausible sentences.
enum Words {
    static let categories = [
        "Viễn thông", "Thủ tục hành chính", "Tiêu chuẩn, đo lường, chất lượng", "Chuyển đổi số", "Bưu chính",
        "Sở hữu trí tuệ", "Năng lượng nguyên tử", "Dịch vụ công trực tuyến", "Chữ ký số", "Khoa học công nghệ",
        "Đổi mới sáng tạo", "Tần số vô tuyến điện",
    ]

    static let ministries = [
        "Bộ Tài chính", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Y tế",
        "Bộ Giáo dục và Đào tạo", "Bộ Nông nghiệp và Môi trường", "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Dân tộc và Tôn giáo", "Thanh tra Chính phủ",
        "Ngân hàng Nhà nước Việt Nam", "Văn phòng Chính phủ", "Bộ Khoa học và Công nghệ (liên ngành)", "Ủy ban Dân tộc",
    ]

    static let departments = [
        "Vụ Pháp chế", "Cục Viễn thông", "Cục Bưu điện Trung ương", "Vụ Tổ chức cán bộ", "Vụ Kế hoạch - Tài chính",
        "Cục Chuyển đổi số quốc gia", "Cục Tần số vô tuyến điện", "Cục Sở hữu trí tuệ", "Cục An toàn bức xạ và hạt nhân",
        "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia", "Vụ Khoa học xã hội, nhân văn và tự nhiên",
        "Vụ Kinh tế - Kỹ thuật", "Cục Thông tin, Thống kê", "Cục Đổi mới sáng tạo", "Cục Khởi nghiệp và Doanh nghiệp công nghệ",
        "Văn phòng Bộ", "Thanh tra Bộ", "Vụ Hợp tác quốc tế", "Cục Công nghiệp công nghệ thông tin",
        "Trung tâm Chứng thực điện tử quốc gia", "Cục Ứng dụng và Phát triển công nghệ", "Vụ Bưu chính",
        "Cục Năng lượng nguyên tử", "Vụ Đánh giá, Thẩm định và Giám định công nghệ", "Học viện Công nghệ Bưu chính Viễn thông",
        "Viện Chiến lược Khoa học và Công nghệ", "Trung tâm Thông tin và Dự báo", "Cục Báo chí", "Cục Phát thanh, truyền hình",
        "Vụ Thi đua - Khen thưởng",
    ]

    private static let problems = [
        "Giá thuê hạ tầng viễn thông thụ động chưa thống nhất", "Trách nhiệm giữa các bộ, ngành còn chồng chéo",
        "Cán bộ cấp xã thiếu chuyên môn đo lường", "Hệ thống dịch vụ công trực tuyến thường xuyên gián đoạn",
        "Thiếu thiết bị ký số chuyên dùng", "Chưa có hướng dẫn phân cấp thủ tục cấp giấy phép",
        "Đường truyền dữ liệu đến cấp xã chậm", "Thủ tục công bố hợp chuẩn còn phức tạp",
        "Chưa thống nhất mẫu biểu báo cáo thống kê", "Kinh phí duy trì phần mềm dùng chung chưa được bố trí",
        "Cáp viễn thông treo chưa được ngầm hóa", "Khó khăn khi chuyển giao nhiệm vụ sau sắp xếp đơn vị hành chính",
        "Quy định về tần số cho đài truyền thanh cấp xã chưa rõ", "Thiếu nhân lực an toàn thông tin",
        "Chứng thư số của công chức hết hạn chưa được gia hạn", "Văn bản hướng dẫn Nghị định 133 chưa ban hành",
    ]

    private static let places = ["tại cấp xã", "sau sáp nhập", "ở vùng sâu, vùng xa", "trong khu công nghiệp", "ở đô thị", "tại bộ phận một cửa"]

    static func topic(_ random: inout SeededRandom) -> String {
        problems.randomElement(using: &random)!
    }

    static func title(_ random: inout SeededRandom) -> String {
        "\(problems.randomElement(using: &random)!) \(places.randomElement(using: &random)!)"
    }

    static func description(_ random: inout SeededRandom) -> String {
        "Địa phương phản ánh: \(problems.randomElement(using: &random)!.lowercased()), ảnh hưởng đến việc giải quyết hồ sơ của người dân và doanh nghiệp \(places.randomElement(using: &random)!)."
    }

    static func recommendation(_ random: inout SeededRandom) -> String {
        ["Đề nghị Bộ sớm ban hành văn bản hướng dẫn", "Đề nghị tăng cường đào tạo, bồi dưỡng công chức cấp xã",
         "Đề nghị phối hợp với các bộ, ngành để thống nhất cách xử lý", "Đề nghị bố trí kinh phí thực hiện",
         "Đề nghị thống nhất khung giá thuê hạ tầng"].randomElement(using: &random)!
    }

    static func response(_ random: inout SeededRandom) -> String {
        "Đã có văn bản hướng dẫn số \(Int.random(in: 100...9999, using: &random))/BKHCN gửi địa phương"
    }

    static func reason(_ random: inout SeededRandom) -> String {
        ["Vượt thẩm quyền của đơn vị", "Cần ý kiến liên ngành", "Cần bố trí kinh phí từ ngân sách trung ương"].randomElement(using: &random)!
    }

    static func comment(_ random: inout SeededRandom) -> String {
        ["Đã liên hệ Sở Khoa học và Công nghệ", "Đang chờ địa phương bổ sung hồ sơ", "Đã họp trực tuyến với địa phương"].randomElement(using: &random)!
    }

    static func resolution(_ random: inout SeededRandom) -> String {
        "Đã xử lý dứt điểm theo văn bản số \(Int.random(in: 100...9999, using: &random))/BKHCN"
    }
}
