import Hummingbird

/// Every route the server answers, by method and pattern (`/api/v1/problems/{id}`): what a
/// wrong method's 405 lists in `Allow`, and how requests are labelled in `/metrics` (by
/// pattern, never by a problem's number).
struct RouteTable: Sendable {
    private var routes: [(method: HTTPRequest.Method, segments: [Substring], pattern: String)] = []

    mutating func add(_ method: HTTPRequest.Method, _ pattern: String) {
        routes.append((method, pattern.split(separator: "/"), pattern))
    }

    /// The methods `path` is answered for.
    func methods(for path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/")
        var methods: [HTTPRequest.Method] = []
        for route in routes where Self.matches(route.segments, segments) && !methods.contains(route.method) {
            methods.append(route.method)
        }
        if methods.contains(.get) && !methods.contains(.head) { methods.append(.head) }
        return methods
    }

    /// The pattern `path` is answered under, if any.
    func pattern(of path: String) -> String? {
        let segments = path.split(separator: "/")
        return routes.first { Self.matches($0.segments, segments) }?.pattern
    }

    /// Whether `path` fits `pattern`, segment by segment: `{id}` fits any segment, `{id}.json`
    /// any that ends in `.json` and has something before it.
    private static func matches(_ pattern: [Substring], _ path: [Substring]) -> Bool {
        pattern.count == path.count && zip(pattern, path).allSatisfy { pattern, segment in
            guard pattern.hasPrefix("{"), let close = pattern.firstIndex(of: "}") else { return pattern == segment }
            let suffix = pattern[pattern.index(after: close)...]
            return segment.hasSuffix(suffix) && segment.count > suffix.count
        }
    }
}
