/// One page of a list that is read a page at a time, and where the next one starts.
///
/// Pages are keyset pages: the cursor names the last item given, not an offset, so the next
/// page starts right after it whatever was filed meanwhile, and reading page 1,000 costs what
/// reading page 1 does.
public struct Page<Item> {
    /// The items of this page, in the list's order.
    public var items: [Item]
    /// Where the next page starts; nil when this page is the last.
    public var next: PageCursor?

    /// A page of `items`, followed by the page after `next`.
    public init(items: [Item], next: PageCursor?) {
        self.items = items
        self.next = next
    }
}

extension Page: Sendable where Item: Sendable {}
extension Page: Equatable where Item: Equatable {}

/// Where a page of a list starts: the sort key of the last item of the page before it, kept
/// opaque to clients as a short string of letters, digits, `-` and `_`.
public struct PageCursor: Sendable, Hashable {
    /// The sort key of the last item before the page: for a list, when that problem was
    /// raised (seconds since 1970) and its number; for a search, its score's bit pattern and its
    /// number.
    public let key: Int64
    /// The number of the last item before the page, which breaks ties in `key`.
    public let id: Int64

    /// A cursor after the item with sort key `key` and number `id`.
    public init(key: Int64, id: Int64) {
        self.key = key
        self.id = id
    }

    /// The cursor as clients carry it: `key` and `id` in base 36, joined by `_`
    /// (a negative key keeps its `-`).
    public var token: String {
        String(key, radix: 36) + "_" + String(id, radix: 36)
    }

    /// Reads a cursor that ``token`` wrote; nil for anything else.
    public init?(token: String) {
        let parts = token.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 14 }),
              let key = Int64(parts[0], radix: 36), let id = Int64(parts[1], radix: 36), id > 0,
              String(key, radix: 36) == parts[0], String(id, radix: 36) == parts[1]
        else { return nil }
        self.init(key: key, id: id)
    }
}
