/// One of the categories problems are filed under (`docket category`): telecom
/// infrastructure, administrative procedures, standards and quality.
public struct Category: Hashable, Sendable {
    /// Its code, which `--category` takes as well as its name: `vien-thong`.
    public var code: String
    /// Its name, which a problem filed under it keeps: "Viễn thông".
    public var name: String
    /// What falls under it, when said.
    public var description: String?

    /// Makes a category.
    public init(code: String, name: String, description: String? = nil) {
        self.code = code
        self.name = name
        self.description = description
    }
}
