import DocketCore

extension CivilDate {
    /// The day `text` (`YYYY-MM-DD`) names, for a fixture; a text that names no day stops the test.
    public static func fixture(_ text: String) -> CivilDate {
        do {
            return try CivilDate(parsing: text)
        } catch {
            preconditionFailure("fixture \(text) is not a day: \(error)")
        }
    }

    /// The day `year`-`month`-`day`, for a fixture; a day that does not exist stops the test.
    public static func fixture(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            preconditionFailure("fixture \(year)-\(month)-\(day) does not exist")
        }
        return date
    }
}
