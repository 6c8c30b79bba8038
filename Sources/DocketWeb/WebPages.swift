import Mustache

/// The web pages' templates, parsed once, and the style sheet they share.
///
/// Every value a template writes with `{{…}}` is escaped for HTML by the template engine; no
/// template writes a value unescaped (`{{{…}}}`), so whatever a user typed is shown as text.
public struct WebPages: Sendable {
    private let library: MustacheLibrary

    /// The pages of docket's own templates, embedded in the program when it was built.
    public init() {
        var library = MustacheLibrary()
        for (name, bytes) in Self.templates {
            do {
                try library.register(String(decoding: bytes, as: UTF8.self), named: name)
            } catch {
                // The templates are part of the program, checked by its tests: one that does not
                // parse is a build that must not ship.
                preconditionFailure("the template \(name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// The style sheet every page links to, at `/static/docket.css`.
    public static let styleSheet: [UInt8] = PackageResources.docket_css

    public func signIn(_ page: SignInPage) -> String { render(page, "signin") }
    public func desk(_ page: DeskPage) -> String { render(page, "desk") }
    public func problems(_ page: ProblemListPage) -> String { render(page, "problems") }
    public func problem(_ page: ProblemPage) -> String { render(page, "problem") }
    public func file(_ page: FilePage) -> String { render(page, "file") }
    public func meetings(_ page: MeetingsPage) -> String { render(page, "meetings") }
    public func meeting(_ page: MeetingPage) -> String { render(page, "meeting") }
    public func groups(_ page: GroupsPage) -> String { render(page, "groups") }
    public func group(_ page: GroupPage) -> String { render(page, "group") }
    public func report(_ page: ReportPage) -> String { render(page, "report") }
    public func error(_ page: ErrorPage) -> String { render(page, "error") }

    private func render(_ page: Any, _ template: String) -> String {
        guard let html = library.render(page, withTemplate: template) else {
            preconditionFailure("no template \(template)")
        }
        return html
    }

    private static let templates: [(String, [UInt8])] = [
        ("layout", PackageResources.layout_mustache), ("signin", PackageResources.signin_mustache),
        ("desk", PackageResources.desk_mustache), ("problems", PackageResources.problems_mustache),
        ("problem", PackageResources.problem_mustache), ("file", PackageResources.file_mustache),
        ("meetings", PackageResources.meetings_mustache), ("meeting", PackageResources.meeting_mustache),
        ("groups", PackageResources.groups_mustache), ("group", PackageResources.group_mustache),
        ("report", PackageResources.report_mustache), ("error", PackageResources.error_mustache),
        ("problem-table", PackageResources.problem_table_mustache),
    ]
}
