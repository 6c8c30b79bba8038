/// Where a problem was reported on the map, as an Open311 client gave it: `lat` and `long`
/// in decimal degrees (WGS84), kept as the text the client wrote, never reformatted.
public struct ProblemPlace: Hashable, Sendable {
    /// The latitude as given: `10.0341`.
    public var lat: String?
    /// The longitude as given: `105.7876`.
    public var long: String?

    /// Makes a place; a place of neither is no place (see ``isEmpty``).
    public init(lat: String?, long: String?) {
        self.lat = lat
        self.long = long
    }

    /// Whether neither coordinate was given.
    public var isEmpty: Bool { lat == nil && long == nil }
}
